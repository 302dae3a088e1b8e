/**
 * Cell addresses, the one place that knows them: column letters and indexes, A1 references and ranges
 * ("B3", "$A$1:C10", "C:D", "3:5"), optionally after a sheet name ("'PSO-beleid'!A1:C3"). Everything is 0-based
 * inside; Excel's limits hold: columns A..XFD, rows 1..1,048,576, anything beyond is refused.
 */

/** Excel's last column, XFD. */
export const MAX_COLUMNS = 16_384;
/** Excel's last row. */
export const MAX_ROWS = 1_048_576;

/**
 * A column letter's value, 1 for "A" (or "a") to 26 for "Z", and 0 for any other character code. For readers that
 * walk XML by char code and must not allocate: `col = col * 26 + letterValue(code)` while it is not 0.
 */
export function letterValue(code: number): number {
  if (code >= 97 && code <= 122) return code - 96;
  return code >= 65 && code <= 90 ? code - 64 : 0;
}

/** "A" for 0, "XFD" for 16,383: column letters as Excel shows them. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let s = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    s = String.fromCharCode(65 + rem) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/**
 * The 0-based column of the letters at `from` in `text` up to `to` (case-insensitive), stopping at the first
 * character that is no letter: -1 when there is none, -2 when they name a column beyond XFD.
 */
export function columnAt(text: string, from = 0, to = text.length): number {
  let col = 0;
  for (let k = from; k < to; k++) {
    const v = letterValue(text.charCodeAt(k));
    if (v === 0) break;
    col = col * 26 + v;
    if (col > MAX_COLUMNS) return -2;
  }
  return col - 1;
}

/** "A" -> 0, "xfd" -> 16,383; null unless the text is only letters naming a column up to XFD. */
export function columnIndex(letters: string): number | null {
  if (!/^[A-Za-z]{1,3}$/.test(letters)) return null;
  const col = columnAt(letters);
  return col >= 0 ? col : null;
}

/** A cell's 0-based row and column. */
export interface CellRef {
  row: number;
  col: number;
}

/** A range as 0-based first and last row and column (inclusive); a whole column or row reaches the sheet's edge. */
export interface Bounds {
  r1: number;
  c1: number;
  r2: number;
  c2: number;
}

const PART = /^\$?([A-Za-z]{0,3})\$?([0-9]{0,7})$/;

/** One side of a range: a cell "B3", a column "B" or a row "3" (col or row -1 when absent); null when neither. */
function side(text: string): CellRef | null {
  const m = PART.exec(text);
  if (!m || (m[1] === "" && m[2] === "")) return null;
  const col = m[1] === "" ? -1 : columnAt(m[1]);
  const row = m[2] === "" ? -1 : Number(m[2]) - 1;
  if (col < -1 || col >= MAX_COLUMNS || (m[2] !== "" && (row < 0 || row >= MAX_ROWS))) return null;
  return { row, col };
}

/** "B3", "$b$3" -> { row: 2, col: 1 }; null for anything that is not one cell on the sheet. */
export function parseCell(text: string): CellRef | null {
  const cell = side(text);
  return cell && cell.row >= 0 && cell.col >= 0 ? cell : null;
}

/**
 * A range without its sheet: "A1:C10", "C:D" (whole columns), "3:5" (whole rows), "B3" (one cell), $ signs and lower
 * case allowed; its corners may be given in any order, as Excel allows. Null when it is no range or passes the sheet's edge.
 */
export function parseRange(text: string): Bounds | null {
  const colon = text.indexOf(":");
  const a = side(colon < 0 ? text : text.slice(0, colon));
  const b = colon < 0 ? a : side(text.slice(colon + 1));
  if (!a || !b) return null;
  const r1 = a.row < 0 ? 0 : a.row;
  const c1 = a.col < 0 ? 0 : a.col;
  const r2 = b.row < 0 ? MAX_ROWS - 1 : b.row;
  const c2 = b.col < 0 ? MAX_COLUMNS - 1 : b.col;
  return { r1: Math.min(r1, r2), c1: Math.min(c1, c2), r2: Math.max(r1, r2), c2: Math.max(c1, c2) };
}

/** Splits "'PSO-beleid'!A1:C3" into the sheet name ("PSO-beleid", quotes undone; null without one) and "A1:C3". */
export function splitSheet(address: string): { sheet: string | null; local: string } {
  const bang = address.lastIndexOf("!");
  if (bang < 0) return { sheet: null, local: address };
  let sheet = address.slice(0, bang);
  if (sheet.length >= 2 && sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, local: address.slice(bang + 1) };
}

/** A sheet name as an address writes it: quoted (with '' for ') unless it is a plain word. */
export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** A (sheet-qualified) range as its sheet and bounds: "'Mijn blad'!$A$1:B2". Null when the range part is none. */
export function parseAddress(address: string): { sheet: string | null; bounds: Bounds } | null {
  const { sheet, local } = splitSheet(address);
  const bounds = parseRange(local);
  return bounds && { sheet, bounds };
}

/** "A1" for one cell, "A1:C10" for more. */
export function formatRange(b: Bounds): string {
  const first = `${columnLetter(b.c1)}${b.r1 + 1}`;
  return b.r1 === b.r2 && b.c1 === b.c2 ? first : `${first}:${columnLetter(b.c2)}${b.r2 + 1}`;
}
