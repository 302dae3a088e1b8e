import { existsSync, mkdirSync } from "fs";
import os from "os";
import path from "path";
import { BENCH_HEADERS, CLEAN_HEADERS, generateCells, generateCleanCells } from "./generate";
import { median } from "./lib";
import { MeasuredRun, runNodeMeasured } from "./measuredRun";
import { writeSheet } from "./xlsxFiles";

/*
 * `check --out` against the floor (bench/floor.js), alone and quickly: for an engineer working on the copy's writer,
 * between full `npm run bench` runs. The same files as sections 2 and 3 (100,000 mixed rows; 100,000 clean rows), each
 * run alternating with the floor so load on a shared machine falls on both alike; median wall time, CPU time and peak
 * memory of each, as new processes.
 *
 *   npx tsx bench/checkOutFloor.ts [--runs 5] [--rows 100000] [--bin path/to/bin/pso-toets.js] [--dir /tmp/…]
 *
 * `--bin` measures another build of the CLI (a reference made from an earlier commit) on the same files.
 */

const ROOT = path.resolve(__dirname, "..");

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && i + 1 < process.argv.length ? process.argv[i + 1] : fallback;
}

const runs = Number(arg("runs", "5"));
const rows = Number(arg("rows", "100000"));
const bin = path.resolve(arg("bin", path.join(ROOT, "bin/pso-toets.js")));
const dir = arg("dir", path.join(os.tmpdir(), "pso-check-out-floor"));

function checked(r: MeasuredRun, what: string): MeasuredRun {
  if (r.exit !== 0 && r.exit !== 1) throw new Error(`${what} exited ${r.exit}: ${r.stderr}`);
  return r;
}

function summary(label: string, list: MeasuredRun[]): { ms: number; line: string } {
  const ms = median(list.map((r) => r.ms));
  const cpu = median(list.map((r) => r.cpuMs));
  const rss = Math.max(...list.map((r) => r.maxRssKb)) / 1024;
  const all = list.map((r) => r.ms.toFixed(0)).join(" ");
  return { ms, line: `${label}: median ${ms.toFixed(0)} ms (cpu ${cpu.toFixed(0)} ms), peak ${rss.toFixed(0)} MB  [${all}]` };
}

async function main(): Promise<void> {
  mkdirSync(dir, { recursive: true });
  const files = [
    { name: `mixed ${rows}`, file: path.join(dir, `leveranciers-${rows}.xlsx`), make: () => writeSheet(path.join(dir, `leveranciers-${rows}.xlsx`), "Leveranciers", BENCH_HEADERS, generateCells(rows)) },
    { name: `clean ${rows}`, file: path.join(dir, `schoon-${rows}.xlsx`), make: () => writeSheet(path.join(dir, `schoon-${rows}.xlsx`), "Leveranciers", CLEAN_HEADERS, generateCleanCells(rows)) },
  ];
  for (const f of files) if (!existsSync(f.file)) await f.make();
  console.log(`CLI: ${bin}`);
  for (const f of files) {
    const out = path.join(dir, "uit.xlsx");
    const floorOut = path.join(dir, "floor.xlsx");
    runNodeMeasured(path.join(ROOT, "bench/floor.js"), [f.file, floorOut]); // unmeasured: into the page cache
    const cli: MeasuredRun[] = [];
    const floor: MeasuredRun[] = [];
    for (let i = 0; i < runs; i++) {
      cli.push(checked(runNodeMeasured(bin, ["check", f.file, "--out", out, "--peildatum", "2026-12-01"]), "check --out"));
      floor.push(checked(runNodeMeasured(path.join(ROOT, "bench/floor.js"), [f.file, floorOut]), "floor"));
    }
    const a = summary("  check --out", cli);
    const b = summary("  floor      ", floor);
    console.log(`${f.name} rows, ${runs} runs each:\n${a.line}\n${b.line}\n  ratio ${(a.ms / b.ms).toFixed(2)}x`);
  }
}

void main();
