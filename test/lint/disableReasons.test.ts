import * as fs from "fs";
import * as path from "path";

/* Issue 27 items 4 and 3: an eslint-disable names the rule and says why (`-- reason`), wherever it is. */

const ROOT = path.join(__dirname, "../..");

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? filesUnder(p) : /\.(tsx?|js|mjs|cjs)$/.test(e.name) ? [p] : [];
  });
}

test("every eslint-disable comment in src, test, bench, scripts and eslint names its rule and gives a reason", () => {
  const bare: string[] = [];
  for (const dir of ["src", "test", "bench", "scripts", "eslint"]) {
    for (const file of filesUnder(path.join(ROOT, dir))) {
      if (file === __filename) continue;
      fs.readFileSync(file, "utf8").split("\n").forEach((line, i) => {
        const m = /eslint-disable(?:-next-line|-line)?(?=[\s*]|$)(.*)/.exec(line);
        if (m && !/^\s+[@\w/-]+(?:,\s*[@\w/-]+)*\s+--\s+\S/.test(m[1])) bare.push(`${path.relative(ROOT, file)}:${i + 1}`);
      });
    }
  }
  expect(bare).toEqual([]);
});
