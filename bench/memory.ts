/**
 * `npx tsx bench/memory.ts [rows]`: the 1,000,000-row memory figure of section 2 alone, without the rest of the bench.
 * Writes the generated workbook once (kept in the OS temp folder between runs), then runs the built CLI
 * (`npm run build:cli` first) with `check --out` and prints its wall time and peak memory (max RSS).
 */
import { spawnSync } from "child_process";
import { existsSync, mkdirSync } from "fs";
import os from "os";
import path from "path";
import { BENCH_HEADERS, generateCells } from "./generate";
import { nowMs } from "./lib";
import { writeSheet } from "./xlsxFiles";

const ROOT = path.resolve(__dirname, "..");

async function main(): Promise<void> {
  const rows = Number(process.argv[2] ?? 1_000_000);
  const dir = path.join(os.tmpdir(), "pso-bench-memory");
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `leveranciers-${rows}.xlsx`);
  if (!existsSync(file)) await writeSheet(file, "Leveranciers", BENCH_HEADERS, generateCells(rows));
  const t = nowMs();
  const r = spawnSync(
    process.execPath,
    ["-r", path.join(ROOT, "bench/maxrss.js"), path.join(ROOT, "bin/pso-toets.js"), "check", file, "--out", path.join(dir, `copy-${rows}.xlsx`), "--peildatum", "2026-12-01"],
    { cwd: ROOT, encoding: "utf8", maxBuffer: 1 << 30 },
  );
  const ms = nowMs() - t;
  const rss = Number(/BENCH_MAXRSS_KB=(\d+)/.exec(r.stderr ?? "")?.[1] ?? NaN) / 1024;
  console.log(`${rows.toLocaleString("en-US")} rows: check --out ${(ms / 1000).toFixed(1)} s, peak ${rss.toFixed(0)} MB, exit ${r.status}`);
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
