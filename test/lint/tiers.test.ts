import { existsSync, readdirSync, readFileSync, statSync } from "fs";
import path from "path";
// eslint-disable-next-line @typescript-eslint/no-require-imports -- jest.config.js reads the same CommonJS list
const { INTEGRATION } = require("../support/tiers") as { INTEGRATION: string[] };

const ROOT = path.resolve(__dirname, "../..");

function testFiles(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = `${dir}/${e.name}`;
    if (e.isDirectory()) return testFiles(rel);
    return /\.test\.tsx?$/.test(e.name) ? [rel] : [];
  });
}

/** What makes a suite leave the jest process: another program, a build, or what is built (bin/, lib/, dist/). */
const LEAVES = [
  /from "child_process"/,
  /support\/libreoffice"/,
  /require\("webpack"\)|webpack\.config/,
  /builtFunctionsDir|builtAddinDir|ensureCliBuilt|ensureBuilt|functions\/support\/cli"/,
  /bin\/pso-toets\.js|"bin", "pso-toets\.js"/,
];

/** A test file and the test helpers it imports, directly or through another helper (relative imports inside test/). */
function withHelpers(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const text = readFileSync(path.join(ROOT, file), "utf8");
  for (const [, spec] of text.matchAll(/(?:from |require\()"(\.{1,2}\/[^"]+)"/g)) {
    const base = path.join(path.dirname(file), spec);
    const found = [base, `${base}.ts`, `${base}.tsx`, `${base}.js`].find((f) => f.startsWith("test/") && existsSync(path.join(ROOT, f)) && !statSync(path.join(ROOT, f)).isDirectory());
    if (found) withHelpers(found, seen);
  }
  return seen;
}

describe("test tiers (jest.config.js)", () => {
  test("every suite that starts another program or needs a build, itself or through a test helper, is in the integration tier", () => {
    const leaves = (f: string) => [...withHelpers(f)].some((g) => LEAVES.some((re) => re.test(readFileSync(path.join(ROOT, g), "utf8"))));
    const outside = testFiles("test")
      .filter((f) => !f.startsWith("test/e2e/") && f !== path.relative(ROOT, __filename))
      .filter(leaves);
    expect(outside.filter((f) => !INTEGRATION.includes(f))).toEqual([]);
  });

  test("every integration suite named exists", () => {
    expect(INTEGRATION.filter((f) => !existsSync(path.join(ROOT, f)))).toEqual([]);
  });
});
