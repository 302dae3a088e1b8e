/**
 * The project's eslint.config.mjs on small pieces of code placed at real paths: the Office add-in rules and the layer
 * rule are on where they should be. ESLint loads its config as an ES module, so it runs in a child process here.
 */
import { execFileSync } from "child_process";
import path from "path";

const ROOT = path.resolve(__dirname, "../..");

interface Piece {
  file: string;
  code: string;
}

/** The rule ids ESLint reports for each piece, in order. */
function lint(pieces: Piece[]): string[][] {
  const script = `
    const { ESLint } = require("eslint");
    const pieces = JSON.parse(process.argv[1]);
    (async () => {
      const eslint = new ESLint({ cwd: process.cwd() });
      const out = [];
      for (const p of pieces) {
        const [result] = await eslint.lintText(p.code, { filePath: p.file });
        out.push(result.messages.map((m) => m.ruleId ?? m.message));
      }
      process.stdout.write(JSON.stringify(out));
    })().catch((e) => { console.error(e); process.exit(1); });`;
  return JSON.parse(execFileSync(process.execPath, ["-e", script, JSON.stringify(pieces)], { cwd: ROOT, encoding: "utf8", timeout: 120_000 }));
}

const loopSync = `export async function f(context: Excel.RequestContext, ranges: Excel.Range[]): Promise<void> {
  for (const range of ranges) {
    range.load("values");
    await context.sync();
  }
}
`;

test("eslint.config.mjs: Office's rules in the Excel adapter, the layers of src/ everywhere in it", () => {
  const [excelLoop, standinLoop, coreFs, xlsxFs, xlsxReaderFs, xlsxZlib, excelFunctions, cliFs] = lint([
    { file: "src/excel/lintProbe.ts", code: loopSync },
    { file: "test/lintProbe.test.ts", code: loopSync },
    { file: "src/core/lintProbe.ts", code: `import { readFileSync } from "fs";\nexport const f = () => readFileSync("x");\n` },
    { file: "src/xlsx/lintProbe.ts", code: `import path from "path";\nexport const f = () => path.sep;\n` },
    // the readers take bytes from the CLI (issue 27.1): no exception left for them
    { file: "src/xlsx/readRegister.ts", code: `import path from "path";\nexport const f = () => path.sep;\n` },
    { file: "src/xlsx/nodeCodec.ts", code: `import zlib from "zlib";\nexport const f = () => zlib.constants;\n` },
    { file: "src/excel/lintProbe.ts", code: `import { getActivePolicy } from "../functions/activePolicy";\nexport const f = getActivePolicy;\n` },
    { file: "src/cli/lintProbe.ts", code: `import { readFileSync } from "fs";\nexport const f = () => readFileSync("x");\n` },
  ]);
  expect(excelLoop).toEqual(["office-addins/no-context-sync-in-loop"]);
  expect(standinLoop).toEqual([]);
  expect(coreFs).toEqual(["pso/layers"]);
  expect(xlsxFs).toEqual(["pso/layers"]);
  expect(xlsxReaderFs).toEqual(["pso/layers"]);
  expect(xlsxZlib).toEqual(["pso/layers"]);
  expect(excelFunctions).toEqual(["pso/layers"]);
  expect(cliFs).toEqual([]);
});
