import type { CellValue } from "../core";

/**
 * Every text PSO-toets writes through Office.js is written as text. Excel parses a string written through
 * `Range.values` as if it were typed: "=…", "+…", "-…" become formulas (a supplier named `=WEBSERVICE(…)` would become
 * a live formula), "2026-11" and "1-2" become dates, "007" becomes 7. The text format "@", set in the same batch before
 * the values, keeps the string exactly as it is.
 */
export const TEXT_FORMAT = "@";
export const GENERAL_FORMAT = "General";

/** "@" for every string cell; `other` for numbers, booleans and empty cells. */
export function formatsFor(values: readonly (readonly CellValue[])[], other: (row: number, col: number) => string = () => GENERAL_FORMAT): string[][] {
  return values.map((line, r) => line.map((v, c) => (typeof v === "string" && v !== "" ? TEXT_FORMAT : other(r, c))));
}

/** Queues the number formats first, then the values: Excel applies them in that order within one sync. */
export function queueWrite(range: Excel.Range, values: CellValue[][], formats: string[][]): void {
  range.numberFormat = formats;
  range.values = values as (string | number | boolean)[][];
}

/** A rows x cols grid of one value (the formats of a block). */
export const filled = <T>(rows: number, cols: number, value: T): T[][] => Array.from({ length: rows }, () => new Array<T>(cols).fill(value));
