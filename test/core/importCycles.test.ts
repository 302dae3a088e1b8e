import * as fs from "fs";
import * as path from "path";

/*
 * Issue 27 items 1 and 3: src/ has no import cycles (type imports included: a cycle of types still ties two subjects
 * together), and the Excel adapter does not lean on the custom functions' adapter.
 */

const SRC = path.join(__dirname, "../../src");

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? filesUnder(p) : /\.tsx?$/.test(e.name) ? [p] : [];
  });
}

function resolve(from: string, spec: string): string | null {
  if (!spec.startsWith(".")) return null;
  const base = path.join(path.dirname(from), spec);
  return [`${base}.ts`, `${base}.tsx`, path.join(base, "index.ts")].find((f) => fs.existsSync(f)) ?? null;
}

function importsOf(file: string): string[] {
  const text = fs.readFileSync(file, "utf8");
  const specs = [...text.matchAll(/^\s*(?:import|export)\s[^;]*?\sfrom\s+["']([^"']+)["']/gm)].map((m) => m[1]);
  return specs.map((s) => resolve(file, s)).filter((f): f is string => f !== null);
}

/** The strongly connected groups of more than one file (Tarjan). */
function cycles(files: string[]): string[][] {
  const graph = new Map(files.map((f) => [f, importsOf(f).filter((g) => files.includes(g))]));
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const out: string[][] = [];
  const visit = (v: string) => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (stack.includes(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const group: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        group.push(path.relative(SRC, w));
      } while (w !== v);
      if (group.length > 1) out.push(group.sort());
    }
  };
  for (const f of files) if (!index.has(f)) visit(f);
  return out;
}

test("src/core has no import cycles (read/numbers and read/messages; rules/finding and register/register)", () => {
  expect(cycles(filesUnder(path.join(SRC, "core")))).toEqual([]);
});

test("nothing in src/ has an import cycle (the stand-in had two: coerce and model, apiSets and context)", () => {
  expect(cycles(filesUnder(SRC))).toEqual([]);
});

test("the Excel adapter and the workbench take the active policy from src/addin, not from the custom functions", () => {
  const leaning = [...filesUnder(path.join(SRC, "excel")), ...filesUnder(path.join(SRC, "workbench"))].filter((f) =>
    importsOf(f).some((g) => g.startsWith(path.join(SRC, "functions") + path.sep)),
  );
  expect(leaning.map((f) => path.relative(SRC, f))).toEqual([]);
});
