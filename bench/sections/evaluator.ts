import { Session } from "inspector";
import type { CellValue, SupplierColumns, SupplierRow } from "../../src/core";
import { columnsFromRows, dayFromYmd, evaluate, evaluateColumns, wonenLimburgPolicy } from "../core";
import { CLEAN_HEADERS, generateCells, generateCleanCells, toSupplierRows } from "../generate";
import { loadBaselineCore, RULE_TABLE_BASELINE } from "../baselineCore";
import { Figure, fmtInt, fmtMs, fmtRatio, median, nowMs, QUICK, Section, timeMedian } from "../lib";

const PEIL = dayFromYmd(2026, 12, 1);

/**
 * The floor: one pass over the same rows that touches every raw cell and does the cheapest possible check. What
 * evaluate costs above this is parsing and the rules.
 */
function floorPass(rows: readonly SupplierRow[]): number {
  let n = 0;
  for (const r of rows) {
    if (typeof r.spend === "number" && r.spend >= 150_000) n++;
    if (r.level) n++;
    if (r.validUntil) n++;
    if (r.awardDate) n++;
    if (r.supplier) n++;
  }
  return n;
}

/** The generated cells as a column reader hands them over: one array of raw cells per mapped column. */
const toColumns = (cells: CellValue[][]): SupplierColumns => columnsFromRows(toSupplierRows(cells));

/** Bytes the JavaScript heap allocates while `fn` runs, garbage included, from V8's sampling heap profiler. */
async function allocatedBytes(fn: () => unknown): Promise<number> {
  const session = new Session();
  session.connect();
  const post = (method: string, params: object = {}) =>
    new Promise<unknown>((resolve, reject) => session.post(method, params, (error, result) => (error ? reject(error) : resolve(result))));
  await post("HeapProfiler.startSampling", { samplingInterval: 512, includeObjectsCollectedByMinorGC: true, includeObjectsCollectedByMajorGC: true });
  fn();
  const { profile } = (await post("HeapProfiler.stopSampling")) as { profile: { samples: { size: number }[] } };
  session.disconnect();
  return profile.samples.reduce((sum, sample) => sum + sample.size, 0);
}

/** The clean bench rows (numbers, serial dates, canonical levels) as columns. */
function cleanColumns(n: number): SupplierColumns {
  const rows = generateCleanCells(n);
  const column = (header: string) => rows.map((r) => r[CLEAN_HEADERS.indexOf(header)]);
  return {
    count: n,
    cells: {
      supplier: column("Leverancier"), spend: column("Opdrachtsom per jaar"), level: column("PSO-trede"), validUntil: column("Geldig tot"),
      awardDate: column("Gunningsdatum"), termMonths: column("Looptijd (maanden)"),
    },
  };
}

/**
 * Issue 27.2: evaluateColumns today against evaluateColumns from just before the rule table (bench/baselineCore.ts,
 * built from git in this run with lib/'s compiler options), on the same rows, runs interleaved.
 */
function beforeRuleTable(tmp: string): { figures: Figure[]; note: string } {
  const old = loadBaselineCore(tmp);
  const label = `before the rule table (${RULE_TABLE_BASELINE.slice(0, 7)}, built in this run)`;
  if (typeof old === "string") {
    return { figures: [], note: `Issue 27.2 baseline not measured: building src/core at ${RULE_TABLE_BASELINE.slice(0, 7)} from git failed (${old}).` };
  }
  const n = 100_000;
  const oldPeil = old.dayFromYmd(2026, 12, 1);
  const cells = generateCells(n);
  const nowColumns = toColumns(cells);
  const oldColumns = old.columnsFromRows(toSupplierRows(cells) as Parameters<typeof old.columnsFromRows>[0]);
  const runNow = () => evaluateColumns(nowColumns, wonenLimburgPolicy, PEIL);
  const runOld = () => old.evaluateColumns(oldColumns, old.wonenLimburgPolicy, oldPeil);
  for (let k = 0; k < 5; k++) {
    runNow();
    runOld();
  }
  const nowTimes: number[] = [];
  const oldTimes: number[] = [];
  for (let k = 0; k < (QUICK ? 5 : 11); k++) {
    let t = nowMs();
    runNow();
    nowTimes.push(nowMs() - t);
    t = nowMs();
    runOld();
    oldTimes.push(nowMs() - t);
  }
  const nowT = median(nowTimes);
  const oldT = median(oldTimes);
  const a = runNow().status;
  const b = runOld().status;
  let differ = 0;
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) differ++;
  return {
    figures: [
      {
        name: `evaluateColumns after the rule table, ${fmtInt(n)} mixed rows (issue 27.2)`,
        value: `${fmtMs(nowT)} (${fmtInt((n / nowT) * 1000)} rows/s)`,
        baseline: `${label} ${fmtMs(oldT)} (${fmtInt((n / oldT) * 1000)} rows/s)`,
        ratio: fmtRatio(nowT / oldT),
        target: "<= 1.10x (as fast)",
        met: nowT / oldT <= 1.1,
      },
    ],
    note: `Issue 27.2 (the rule table keeps the hot path as fast): today's evaluateColumns against the same function built from commit ${RULE_TABLE_BASELINE.slice(0, 7)} (the parent of 4643a73, which brought src/core/rules/ruleTable.ts), compiled in this run with lib/'s tsc options and fed the same ${fmtInt(n)} generated rows through its own columnsFromRows; five warm-up calls each, then ${nowTimes.length} calls each, alternating, median. Status codes that differ between the two: ${fmtInt(differ)} of ${fmtInt(n)} (rules added since, e.g. a contract ended before the peildatum is Buiten scope; the code numbering is each version's own).`,
  };
}

export async function evaluatorSection(tmp: string): Promise<Section> {
  const sizes = QUICK ? [1_000, 10_000, 100_000] : [1_000, 10_000, 100_000, 1_000_000];
  const figures: Figure[] = [];
  // Warm the JIT on other rows so the small sizes measure steady state, not compilation.
  const warm = generateCells(50_000, 7);
  evaluate(toSupplierRows(warm), wonenLimburgPolicy, PEIL);
  evaluateColumns(toColumns(warm), wonenLimburgPolicy, PEIL);
  const perRow = new Map<number, number>();
  for (const n of sizes) {
    const cells = generateCells(n);
    const rows = toSupplierRows(cells);
    const columns = toColumns(cells);
    const runs = n >= 1_000_000 ? 3 : n >= 100_000 ? 5 : 9;
    const columnMs = await timeMedian(() => evaluateColumns(columns, wonenLimburgPolicy, PEIL), runs);
    const findingsMs = await timeMedian(() => evaluate(rows, wonenLimburgPolicy, PEIL), runs);
    const floor = await timeMedian(() => floorPass(rows), runs);
    const rate = (ms: number) => (n / ms) * 1000;
    perRow.set(n, columnMs / n);
    figures.push({
      name: `evaluateColumns (status per row), ${fmtInt(n)} rows`,
      value: `${fmtMs(columnMs)} (${fmtInt(rate(columnMs))} rows/s)`,
      baseline: `evaluate (a Finding per row) ${fmtMs(findingsMs)} (${fmtInt(rate(findingsMs))} rows/s)`,
      ratio: fmtRatio(columnMs / findingsMs),
      target: ">= 1,000,000 rows/s",
      met: rate(columnMs) >= 1_000_000,
    });
    figures.push({
      name: `evaluate (a Finding per row), ${fmtInt(n)} rows`,
      value: `${fmtMs(findingsMs)} (${fmtInt(rate(findingsMs))} rows/s)`,
      baseline: `plain loop over the cells ${fmtMs(floor)}`,
      ratio: fmtRatio(findingsMs / floor),
      target: "",
      met: null,
    });
  }
  const big = Math.max(...sizes);
  const growth = perRow.get(big)! / perRow.get(10_000)!;
  figures.push({
    name: `evaluateColumns, time per row, ${fmtInt(big)} vs 10,000 rows`,
    value: `${(perRow.get(big)! * 1000).toFixed(3)} µs vs ${(perRow.get(10_000)! * 1000).toFixed(3)} µs`,
    baseline: "10,000 rows",
    ratio: fmtRatio(growth),
    target: "<= 1.5x (linear)",
    met: growth <= 1.5,
  });
  const allocN = 100_000;
  const clean = cleanColumns(allocN);
  const mixed = toColumns(generateCells(allocN));
  // Optimised code only: the interpreter and baseline tiers box numbers that TurboFan keeps in registers.
  for (let k = 0; k < 5; k++) evaluateColumns(clean, wonenLimburgPolicy, PEIL);
  const cleanBytes = await allocatedBytes(() => evaluateColumns(clean, wonenLimburgPolicy, PEIL));
  const old = loadBaselineCore(tmp);
  let oldCleanBytes = NaN;
  if (typeof old !== "string") {
    // The same column arrays: the shape of SupplierColumns is unchanged since.
    const oldClean = clean as unknown as Parameters<typeof old.evaluateColumns>[0];
    const oldPeil = old.dayFromYmd(2026, 12, 1);
    for (let k = 0; k < 5; k++) old.evaluateColumns(oldClean, old.wonenLimburgPolicy, oldPeil);
    oldCleanBytes = await allocatedBytes(() => old.evaluateColumns(oldClean, old.wonenLimburgPolicy, oldPeil));
  }
  const mixedBytes = await allocatedBytes(() => evaluateColumns(mixed, wonenLimburgPolicy, PEIL));
  figures.push({
    name: `evaluateColumns, JS heap allocated per row (${fmtInt(allocN)} rows)`,
    value: `${(cleanBytes / allocN).toFixed(1)} B/row (number, serial-date and level cells)`,
    baseline: `${(mixedBytes / allocN).toFixed(1)} B/row on the generated mixed cells`,
    ratio: "",
    target: "< 1 B/row: no allocation per row",
    met: cleanBytes / allocN < 1,
  });
  if (!Number.isNaN(oldCleanBytes)) {
    figures.push({
      name: `evaluateColumns, JS heap allocated per row after the rule table (issue 27.2), same clean cells`,
      value: `${(cleanBytes / allocN).toFixed(1)} B/row`,
      baseline: `before the rule table (${RULE_TABLE_BASELINE.slice(0, 7)}, built in this run) ${(oldCleanBytes / allocN).toFixed(1)} B/row`,
      ratio: "",
      target: "< 1 B/row, as before",
      met: cleanBytes / allocN < 1,
    });
  }
  const before = beforeRuleTable(tmp);
  figures.push(...before.figures);
  return {
    title: "1. Evaluator scaling",
    figures,
    notes: [
      before.note,
      "Rows from bench/generate.ts (seed 42): mixed level spellings, money as numbers and Dutch text, dates as serials and text, 20 % on a growth path. Timed on raw cell values, so every parse is included; median of 3 to 9 runs after a JIT warm-up.",
      "Heap allocated per row: V8's sampling heap profiler (512-byte interval, garbage included) over one evaluateColumns call after five warm-up calls; the typed arrays' backing stores live outside the JS heap and are not counted. On the mixed cells what remains is parsing Dutch text (money as \"€ 123.456,00\" through parseMoney's regular expressions), not the rules.",
      "`evaluateColumns(columns, wonenLimburgPolicy, 2026-12-01)` takes one array of raw cells per mapped column (as a column reader hands them over), parses each column once into typed arrays and decides a status code per row; reasons and texts are built only for rows that are shown or written (`findingAt(i)`). `evaluate(rows, ...)` is the row API the callers use today: the same rules, plus a Finding with its reasons for every row.",
    ],
  };
}
