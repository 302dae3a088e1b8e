import { execFileSync, spawnSync } from "child_process";
import path from "path";
import { generateCells, BENCH_HEADERS } from "../generate";
import { Figure, fmtInt, fmtMs, fmtRatio, median, nowMs, QUICK, Section } from "../lib";
import { writeSheet } from "../xlsxFiles";

const ROOT = path.resolve(__dirname, "../..");

interface Phases {
  readMs: number;
  evaluateMs: number;
  writeMs: number;
  rows: number;
  maxRssKb: number;
}

function runPhases(file: string, out: string): Phases {
  const stdout = execFileSync(process.execPath, ["--import", "tsx", path.join(ROOT, "bench/fileChild.ts"), file, out], {
    cwd: ROOT,
    encoding: "utf8",
    maxBuffer: 1 << 20,
  });
  return JSON.parse(stdout.trim().split("\n").pop()!);
}

/** The real CLI, end to end, as a user runs it; peak memory from the preloaded maxrss.js. */
function runCli(file: string, out: string): { ms: number; maxRssKb: number; exit: number | null } {
  const t = nowMs();
  const r = spawnSync(
    process.execPath,
    ["-r", path.join(ROOT, "bench/maxrss.js"), path.join(ROOT, "bin/pso-toets.js"), "check", file, "--out", out, "--peildatum", "2026-12-01"],
    { cwd: ROOT, encoding: "utf8", maxBuffer: 256 << 20 },
  );
  const ms = nowMs() - t;
  const m = /BENCH_MAXRSS_KB=(\d+)/.exec(r.stderr ?? "");
  return { ms, maxRssKb: m ? Number(m[1]) : NaN, exit: r.status };
}

export async function fileSection(tmp: string): Promise<Section> {
  // The CLI reads at most 100,000 supplier rows per sheet (MAX_ROWS).
  const n = QUICK ? 10_000 : 100_000;
  const runs = QUICK ? 2 : 3;
  const file = path.join(tmp, `leveranciers-${n}.xlsx`);
  await writeSheet(file, "Leveranciers", BENCH_HEADERS, generateCells(n));
  const phases: Phases[] = [];
  const cli: { ms: number; maxRssKb: number; exit: number | null }[] = [];
  for (let i = 0; i < runs; i++) {
    phases.push(runPhases(file, path.join(tmp, `phases-${n}.xlsx`)));
    cli.push(runCli(file, path.join(tmp, `cli-${n}.xlsx`)));
  }
  const read = median(phases.map((p) => p.readMs));
  const evalMs = median(phases.map((p) => p.evaluateMs));
  const write = median(phases.map((p) => p.writeMs));
  const whole = median(cli.map((c) => c.ms));
  const rss = Math.max(...cli.map((c) => c.maxRssKb), ...phases.map((p) => p.maxRssKb)) / 1024;
  const figures: Figure[] = [
    { name: `read ${fmtInt(n)} rows (exceljs load + table)`, value: fmtMs(read), baseline: "itself (the physical limit)", ratio: "1x", target: "-", met: null },
    { name: "evaluate", value: fmtMs(evalMs), baseline: `read ${fmtMs(read)}`, ratio: fmtRatio(evalMs / read), target: "<= 0.10x read", met: evalMs / read <= 0.1 },
    { name: "annotate + write .xlsx", value: fmtMs(write), baseline: `read ${fmtMs(read)}`, ratio: fmtRatio(write / read), target: "-", met: null },
    {
      name: "whole `pso-toets check --out` (new process)",
      value: fmtMs(whole),
      baseline: `read + evaluate + write ${fmtMs(read + evalMs + write)}`,
      ratio: fmtRatio(whole / (read + evalMs + write)),
      target: "< 3 s",
      met: whole < 3000,
    },
    { name: "peak memory (max RSS)", value: `${rss.toFixed(0)} MB`, baseline: "600 MB budget", ratio: fmtRatio(rss / 600), target: "< 600 MB", met: rss < 600 },
  ];
  const checked = phases[0].rows;
  if (checked !== n) figures.push({ name: "rows evaluated", value: fmtInt(checked), baseline: `${fmtInt(n)} in the file`, ratio: fmtRatio(checked / n), target: "all rows", met: false });
  return {
    title: `2. File path: CLI on a ${fmtInt(n)}-row .xlsx`,
    figures,
    notes: [
      `Phases timed in a child process calling readSupplierFile, evaluate, annotateWorksheet + writeFile from lib/ (the CLI's own build); the whole check is \`node bin/pso-toets.js check file.xlsx --out copy.xlsx --peildatum 2026-12-01\` timed from spawn to exit (Node start-up included). Median of ${runs} runs; memory is the highest max RSS of all runs. CLI exit codes: ${[...new Set(cli.map((c) => c.exit))].join(", ")} (1 = some rows fail, expected).`,
    ],
  };
}
