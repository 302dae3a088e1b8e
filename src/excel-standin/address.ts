import { columnLetter } from "../core/read/columns";
/** A1 addresses for the stand-in: "B3", "A1:C10", "C:D", "3:5", optionally prefixed with a (quoted) sheet name. */
export interface Rect {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;

/** Column letters as Excel shows them; the one definition lives in the core. */
export const columnName = columnLetter;

function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** Splits "'PSO-beleid'!A1:C3" into the sheet name (or null) and the local part. */
export function splitAddress(address: string): { sheet: string | null; local: string } {
  const bang = address.lastIndexOf("!");
  if (bang < 0) return { sheet: null, local: address };
  let sheet = address.slice(0, bang);
  if (sheet.startsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, local: address.slice(bang + 1) };
}

export function parseLocal(local: string): Rect | null {
  const parts = local.replace(/\$/g, "").toUpperCase().split(":");
  if (parts.length > 2) return null;
  const cells = parts.map((p) => /^([A-Z]{0,3})(\d{0,7})$/.exec(p));
  if (cells.some((m) => !m || (!m[1] && !m[2]))) return null;
  const [a, b] = [cells[0]!, (cells[1] ?? cells[0])!];
  const r0 = a[2] ? Number(a[2]) - 1 : 0;
  const r1 = b[2] ? Number(b[2]) - 1 : MAX_ROWS - 1;
  const c0 = a[1] ? columnIndex(a[1]) : 0;
  const c1 = b[1] ? columnIndex(b[1]) : MAX_COLS - 1;
  if (r0 < 0 || c0 < 0 || r1 < r0 || c1 < c0 || r1 >= MAX_ROWS || c1 >= MAX_COLS) return null;
  return { row: r0, col: c0, rows: r1 - r0 + 1, cols: c1 - c0 + 1 };
}

export function formatLocal(rect: Rect): string {
  const tl = `${columnName(rect.col)}${rect.row + 1}`;
  if (rect.rows === 1 && rect.cols === 1) return tl;
  return `${tl}:${columnName(rect.col + rect.cols - 1)}${rect.row + rect.rows}`;
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
