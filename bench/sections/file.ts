import { execFileSync } from "child_process";
import path from "path";
import { generateCells, BENCH_HEADERS } from "../generate";
import { Figure, fmtInt, fmtMs, fmtRatio, median, QUICK, Section } from "../lib";
import { MeasuredRun, runCliMeasured } from "../measuredRun";
import { writeSheet } from "../xlsxFiles";
import { measureCandidates } from "../xlsxCandidates";

const ROOT = path.resolve(__dirname, "../..");

interface Phases {
  readMs: number;
  evaluateMs: number;
  writeMs: number;
  rows: number;
}

function runPhases(file: string, out: string): Phases {
  const stdout = execFileSync(process.execPath, ["--import", "tsx", path.join(ROOT, "bench/fileChild.ts"), file, out], {
    cwd: ROOT,
    encoding: "utf8",
    maxBuffer: 1 << 20,
  });
  return JSON.parse(stdout.trim().split("\n").pop()!);
}

/** The real CLI, end to end, as a user runs it. */
function runCli(file: string, out: string): MeasuredRun {
  return runCliMeasured(["check", file, "--out", out, "--peildatum", "2026-12-01"], 256 << 20);
}

export async function fileSection(tmp: string): Promise<Section> {
  // No row limit for .xlsx any more: 100,000 rows side by side with the candidates, and a full-size sheet's worth.
  const n = QUICK ? 10_000 : 100_000;
  const big = QUICK ? 50_000 : 1_000_000;
  const runs = QUICK ? 2 : 3;
  const file = path.join(tmp, `leveranciers-${n}.xlsx`);
  await writeSheet(file, "Leveranciers", BENCH_HEADERS, generateCells(n));
  const phases: Phases[] = [];
  const cli: MeasuredRun[] = [];
  for (let i = 0; i < runs; i++) {
    phases.push(runPhases(file, path.join(tmp, `phases-${n}.xlsx`)));
    cli.push(runCli(file, path.join(tmp, `cli-${n}.xlsx`)));
  }
  const read = median(phases.map((p) => p.readMs));
  const evalMs = median(phases.map((p) => p.evaluateMs));
  const write = median(phases.map((p) => p.writeMs));
  const whole = median(cli.map((c) => c.ms));
  const rss = Math.max(...cli.map((c) => c.maxRssKb)) / 1024;

  const bigFile = path.join(tmp, `leveranciers-${big}.xlsx`);
  await writeSheet(bigFile, "Leveranciers", BENCH_HEADERS, generateCells(big));
  const bigRun = runCli(bigFile, path.join(tmp, `cli-${big}.xlsx`));
  const bigRss = bigRun.maxRssKb / 1024;

  const candidates = await measureCandidates(file, runs);
  const slowestUnzip = Math.max(...candidates.unzip.map((c) => c.ms));
  const slowestParse = Math.max(...candidates.parse.map((c) => c.ms));
  const expected = candidates.parse[candidates.parse.length - 1].values;
  const figures: Figure[] = [
    { name: `read ${fmtInt(n)} rows (streaming reader + table)`, value: fmtMs(read), baseline: "itself (the physical limit)", ratio: "1x", target: "-", met: null },
    { name: "evaluate", value: fmtMs(evalMs), baseline: `read ${fmtMs(read)}`, ratio: fmtRatio(evalMs / read), target: "-", met: null },
    { name: "patch the sheet + styles, copy the other parts, write", value: fmtMs(write), baseline: `read ${fmtMs(read)}`, ratio: fmtRatio(write / read), target: "-", met: null },
    {
      name: "whole `pso-toets check --out` (new process)",
      value: fmtMs(whole),
      baseline: `read + evaluate + write ${fmtMs(read + evalMs + write)}`,
      ratio: fmtRatio(whole / (read + evalMs + write)),
      target: "< 3 s",
      met: whole < 3000,
    },
    { name: `peak memory (peak resident set), ${fmtInt(n)} rows`, value: `${rss.toFixed(0)} MB`, baseline: "300 MB budget", ratio: fmtRatio(rss / 300), target: "< 300 MB", met: rss < 300 },
    {
      name: `whole \`check --out\`, ${fmtInt(big)} rows: time and peak memory`,
      value: `${fmtMs(bigRun.ms)}, ${bigRss.toFixed(0)} MB`,
      baseline: "600 MB budget",
      ratio: fmtRatio(bigRss / 600),
      target: "< 600 MB, exit 1",
      met: bigRss < 600 && bigRun.exit === 1,
    },
    ...candidates.unzip.map((c) => ({ name: `unzip the sheet: ${c.name}`, value: fmtMs(c.ms), baseline: `slowest ${fmtMs(slowestUnzip)}`, ratio: fmtRatio(c.ms / slowestUnzip), target: "-", met: null })),
    ...candidates.parse.map((c) => ({
      name: `walk the sheet XML: ${c.name}`,
      value: fmtMs(c.ms),
      baseline: `slowest ${fmtMs(slowestParse)}`,
      ratio: fmtRatio(c.ms / slowestParse),
      target: c.values === expected ? "-" : `same values (${fmtInt(c.values)} vs ${fmtInt(expected)})`,
      met: c.values === expected ? null : false,
    })),
  ];
  const checked = phases[0].rows;
  if (checked !== n) figures.push({ name: "rows evaluated", value: fmtInt(checked), baseline: `${fmtInt(n)} in the file`, ratio: fmtRatio(checked / n), target: "all rows", met: false });
  return {
    title: `2. File path: CLI on a ${fmtInt(n)}-row .xlsx`,
    figures,
    notes: [
      `Phases timed in a child process calling readSupplierFile, evaluate, annotatedCopy + writeAtomically from lib/ (the CLI's own build); the whole check is \`node bin/pso-toets.js check file.xlsx --out copy.xlsx --peildatum 2026-12-01\` timed from spawn to exit (Node start-up included). Median of ${runs} runs; memory is the highest peak resident set (Linux VmHWM, read by bench/maxrss.js as the process exits) of the CLI runs: getrusage's max RSS would also count what the child inherits from the bench process at fork. CLI exit codes: ${[...new Set(cli.map((c) => c.exit))].join(", ")} (1 = some rows fail, expected). The ${fmtInt(big)}-row file is one run.`,
      `Candidates for the reader, on the same ${fmtInt(n)}-row sheet (${fmtInt(expected)} cell values), median of ${runs}: the event parsers get the sheet already unzipped as one string; the scanner's time includes unzipping it in chunks. Every parser only counts values, the scanner also decodes them (shared strings, numbers, inline text). The scanner was chosen: fastest, no dependency, and it never holds the whole sheet; fflate was chosen for inflating because it streams (a zip bomb is stopped after at most one 16 KB compressed step) and runs in the browser.`,
    ],
  };
}
