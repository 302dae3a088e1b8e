/**
 * `npx tsx bench/memory.ts [rows] [more check options]`: the 1,000,000-row memory figure of section 2 alone, without
 * the rest of the bench; e.g. `npx tsx bench/memory.ts 1000000 --register examples/register.csv`. Writes the generated
 * workbook once (kept in the OS temp folder between runs), then runs the built CLI (`npm run build:cli` first) with
 * `check --out` and prints its wall time and peak memory (the child's own peak resident set, see maxrss.js).
 */
import { existsSync, mkdirSync } from "fs";
import os from "os";
import path from "path";
import { BENCH_HEADERS, generateCells } from "./generate";
import { runCliMeasured } from "./measuredRun";
import { writeSheet } from "./xlsxFiles";

async function main(): Promise<void> {
  const rows = Number(process.argv[2] ?? 1_000_000);
  const dir = path.join(os.tmpdir(), "pso-bench-memory");
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `leveranciers-${rows}.xlsx`);
  if (!existsSync(file)) await writeSheet(file, "Leveranciers", BENCH_HEADERS, generateCells(rows));
  const more = process.argv.slice(3);
  const r = runCliMeasured(["check", file, "--out", path.join(dir, `copy-${rows}.xlsx`), "--peildatum", "2026-12-01", ...more]);
  const label = ["check --out", ...more].join(" ");
  console.log(`${rows.toLocaleString("en-US")} rows: ${label} ${(r.ms / 1000).toFixed(1)} s, peak ${(r.maxRssKb / 1024).toFixed(0)} MB, exit ${r.exit}`);
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
