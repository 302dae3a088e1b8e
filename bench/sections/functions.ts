import { dayFromYmd, dayToExcelSerial, evaluate, wonenLimburgPolicy } from "../core";
import { generateCells, toSupplierRows } from "../generate";
import { Figure, fmtInt, fmtMs, fmtRatio, QUICK, Section, timeMedian } from "../lib";
import { loadShippedFunctions } from "../shippedFunctions";

/** `dist`: a production build of the add-in (buildBundles); PSO.STATUS is called from its functions.js. */
export async function functionsSection(dist: string): Promise<Section> {
  const status = loadShippedFunctions(dist).get("STATUS");
  if (!status) throw new Error(`functions.js in ${dist} associates no STATUS`);
  const n = QUICK ? 20_000 : 100_000;
  const cells = generateCells(n);
  const peil = dayToExcelSerial(dayFromYmd(2026, 12, 1));
  const col = (i: number) => cells.map((c) => [c[i] ?? null]);
  const [level, validUntil, spend, award, term] = [col(3), col(4), col(2), col(5), col(6)];
  // Excel batches one call per formula cell: every argument a 1x1 array.
  const perCell = () => {
    const out = new Array(n);
    for (let i = 0; i < n; i++) out[i] = status([level[i]], [validUntil[i]], [spend[i]], [[peil]], [award[i]], [term[i]], [[null]]);
    return out;
  };
  const range = () => status(level, validUntil, spend, [[peil]], award, term, [[null]]);
  const rows = toSupplierRows(cells);
  const runs = QUICK ? 3 : 5;
  const cellMs = await timeMedian(perCell, runs);
  const rangeMs = await timeMedian(range, runs);
  const coreMs = await timeMedian(() => evaluate(rows, wonenLimburgPolicy, dayFromYmd(2026, 12, 1)), runs);
  const rate = (ms: number) => (n / ms) * 1000;
  const figures: Figure[] = [
    {
      name: `PSO.STATUS, ${fmtInt(n)} single-cell calls`,
      value: `${fmtMs(cellMs)} (${fmtInt(rate(cellMs))} cells/s)`,
      baseline: `evaluate on the same rows ${fmtMs(coreMs)}`,
      ratio: fmtRatio(cellMs / coreMs),
      target: "-",
      met: null,
    },
    {
      name: `PSO.STATUS, one range call spilling ${fmtInt(n)} rows`,
      value: `${fmtMs(rangeMs)} (${fmtInt(rate(rangeMs))} cells/s)`,
      baseline: `evaluate on the same rows ${fmtMs(coreMs)}`,
      ratio: fmtRatio(rangeMs / coreMs),
      target: ">= 500,000 cells/s",
      met: rate(rangeMs) >= 500_000,
    },
  ];
  return {
    title: "5. Custom functions",
    figures,
    notes: [
      "`PSO.STATUS` as it ships: the function the production functions.js (webpack --mode production, the build of section 6) associates with STATUS, loaded in Node with a CustomFunctions stand-in and called outside Excel with arguments as Excel passes them (2-D arrays, dates as serials, peildatum 2026-12-01 as a cell). Includes building the Dutch status text per row, which `evaluate` does not. Excel's own calc-engine overhead per call is not in this figure.",
      "The 500,000 cells/s target (issue 14) is for one formula over a range. One formula per cell is shown for comparison: there Excel's own cost per call comes on top, and a sheet that fills a column with it is better served by the range form.",
      "The range form goes through the column evaluator in one call (`evaluateColumns`, then the status text per row); one formula per cell goes through `evaluateRow`. Both give the same cells (test/properties/statusRange.property.test.ts).",
    ],
  };
}
