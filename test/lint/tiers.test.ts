import { existsSync, readdirSync, readFileSync } from "fs";
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

describe("test tiers (jest.config.js)", () => {
  test("every suite that starts another program or needs a build is in the integration tier, not the unit tier", () => {
    const outside = testFiles("test")
      .filter((f) => !f.startsWith("test/e2e/") && f !== path.relative(ROOT, __filename))
      .filter((f) => LEAVES.some((re) => re.test(readFileSync(path.join(ROOT, f), "utf8"))));
    expect(outside.filter((f) => !INTEGRATION.includes(f))).toEqual([]);
  });

  test("every integration suite named exists", () => {
    expect(INTEGRATION.filter((f) => !existsSync(path.join(ROOT, f)))).toEqual([]);
  });
});
