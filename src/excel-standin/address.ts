import { columnLetter, formatRange, parseRange, quoteSheet } from "../core/read/address";
/** The stand-in's rectangles over the core's A1 addresses (src/core/read/address.ts). */
export interface Rect {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

export { MAX_ROWS, MAX_COLUMNS as MAX_COLS, quoteSheet, splitSheet as splitAddress } from "../core/read/address";

/** Column letters as Excel shows them; the one definition lives in the core. */
export const columnName = columnLetter;

/** "B3", "A1:C10", "C:D", "3:5" as the stand-in's rectangle; null when Excel would refuse the address. */
export function parseLocal(local: string): Rect | null {
  const b = parseRange(local);
  return b && { row: b.r1, col: b.c1, rows: b.r2 - b.r1 + 1, cols: b.c2 - b.c1 + 1 };
}

export function formatLocal(rect: Rect): string {
  return formatRange({ r1: rect.row, c1: rect.col, r2: rect.row + rect.rows - 1, c2: rect.col + rect.cols - 1 });
}

export function formatAddress(sheet: string, rect: Rect): string {
  return `${quoteSheet(sheet)}!${formatLocal(rect)}`;
}

export function intersects(a: Rect, b: Rect): boolean {
  return a.row < b.row + b.rows && b.row < a.row + a.rows && a.col < b.col + b.cols && b.col < a.col + a.cols;
}

export function contains(outer: Rect, row: number, col: number): boolean {
  return row >= outer.row && row < outer.row + outer.rows && col >= outer.col && col < outer.col + outer.cols;
}
