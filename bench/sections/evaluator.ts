import type { SupplierRow } from "../../src/core";
import { dayFromYmd, evaluate, wonenLimburgPolicy } from "../core";
import { generateCells, toSupplierRows } from "../generate";
import { Figure, fmtInt, fmtMs, fmtRatio, QUICK, Section, timeMedian } from "../lib";

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

export async function evaluatorSection(): Promise<Section> {
  const sizes = QUICK ? [1_000, 10_000, 100_000] : [1_000, 10_000, 100_000, 1_000_000];
  const figures: Figure[] = [];
  // Warm the JIT on other rows so the small sizes measure steady state, not compilation.
  evaluate(toSupplierRows(generateCells(50_000, 7)), wonenLimburgPolicy, PEIL);
  const perRow = new Map<number, number>();
  for (const n of sizes) {
    const rows = toSupplierRows(generateCells(n));
    const runs = n >= 1_000_000 ? 3 : n >= 100_000 ? 5 : 9;
    const ms = await timeMedian(() => evaluate(rows, wonenLimburgPolicy, PEIL), runs);
    const floor = await timeMedian(() => floorPass(rows), runs);
    const rate = (n / ms) * 1000;
    perRow.set(n, ms / n);
    figures.push({
      name: `evaluate, ${fmtInt(n)} rows`,
      value: `${fmtMs(ms)} (${fmtInt(rate)} rows/s)`,
      baseline: `plain loop over the cells ${fmtMs(floor)}`,
      ratio: fmtRatio(ms / floor),
      target: ">= 1,000,000 rows/s",
      met: rate >= 1_000_000,
    });
  }
  const big = Math.max(...sizes);
  const growth = perRow.get(big)! / perRow.get(10_000)!;
  figures.push({
    name: `time per row, ${fmtInt(big)} vs 10,000 rows`,
    value: `${(perRow.get(big)! * 1000).toFixed(2)} µs vs ${(perRow.get(10_000)! * 1000).toFixed(2)} µs`,
    baseline: "10,000 rows",
    ratio: fmtRatio(growth),
    target: "<= 1.5x (linear)",
    met: growth <= 1.5,
  });
  return {
    title: "1. Evaluator scaling",
    figures,
    notes: [
      "Rows from bench/generate.ts (seed 42): mixed level spellings, money as numbers and Dutch text, dates as serials and text, 20 % on a growth path. Timed: `evaluate(rows, wonenLimburgPolicy, 2026-12-01)` on rows of raw cell values, so every parse is included; median of 3 to 9 runs after a JIT warm-up.",
    ],
  };
}
