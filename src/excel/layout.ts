import { CellValue, ColumnMapping, columnLetter, detectHeader, FIELDS, isBlank, mappingForHeaders, Message, Result, fail, ok, cellText, tableEnd } from "../core";
import { adapterMessages as M } from "./messages";
import { RESULT_HEADERS } from "./run";
import type { UsedGrid } from "./read";

/** Where the supplier table and the add-in's two result columns sit on a sheet (zero-based sheet indexes). */
export interface TableLayout {
  headerRow: number;
  firstColumn: number;
  headers: string[];
  detected: ColumnMapping;
  firstDataRow: number;
  /** Last row of the table (>= headerRow; == headerRow when the table has no data); blank rows inside are skipped. */
  lastDataRow: number;
  /** First result column (PSO-status); PSO-toelichting is the next. */
  statusColumn: number;
  /** Whether the result columns already hold a previous check's output. */
  previousResults: boolean;
  /** Last row of previous result cells in the status columns (for removing stale ones), or -1. */
  previousLastRow: number;
  /** Why the result columns cannot be written (user data or merged cells where they go), or null. */
  blocked: Message | null;
  notices: Message[];
}

const isOurs = (v: CellValue, i: number) => cellText(v) === RESULT_HEADERS[i];

/** Finds the header, the table's columns, its first data block and the result columns; refuses to overwrite user data. */
export function locateTable(sheetName: string, grid: UsedGrid): Result<TableLayout> {
  const values = grid.values;
  const detection = detectHeader(values);
  if (!detection) return fail(M.noHeader(sheetName));
  const h = detection.headerRow;
  const header = values[h];
  const at = (r: number, c: number): CellValue => values[r - grid.row]?.[c - grid.col];
  const mapped = Object.values(detection.mapping) as number[];
  let left = Math.min(...mapped);
  let right = Math.max(...mapped);
  while (left > 0 && !isBlank(header[left - 1]) && !isOurs(header[left - 1], 1)) left--;
  while (right + 1 < header.length && !isBlank(header[right + 1]) && !isOurs(header[right + 1], 0)) right++;
  const notices: Message[] = [];

  const end = tableEnd(values, h, left, right);
  const last = end.lastRow;
  if (end.nextBlock !== null) notices.push(M.notices.moreBlocks(grid.row + h + 2, grid.row + last + 1, grid.row + end.nextBlock + 1));

  const statusColumn = grid.col + right + 1;
  const headerRow = grid.row + h;
  const previousResults = isOurs(at(headerRow, statusColumn), 0) && isOurs(at(headerRow, statusColumn + 1), 1);
  let previousLastRow = -1;
  let blocked: Message | null = null;
  if (previousResults) {
    notices.push(M.notices.previousResults());
    for (let r = grid.row + values.length - 1; r > headerRow; r--) {
      if (!isBlank(at(r, statusColumn)) || !isBlank(at(r, statusColumn + 1))) {
        previousLastRow = r;
        break;
      }
    }
  } else {
    for (let r = headerRow; r <= grid.row + last && !blocked; r++) {
      for (const c of [statusColumn, statusColumn + 1]) {
        const v = at(r, c);
        if (!isBlank(v)) {
          blocked = M.occupied(r, c, cellText(v));
          break;
        }
      }
    }
  }
  const beyond = header.findIndex((v, c) => c > right + (previousResults ? 2 : 0) && !isBlank(v));
  if (beyond >= 0) notices.push(M.notices.besideTable(columnLetter(grid.col + beyond)));

  const headers = header.slice(left, right + 1).map((v) => cellText(v));
  return ok({
    headerRow,
    firstColumn: grid.col + left,
    headers,
    detected: mappingForHeaders(headers),
    firstDataRow: headerRow + 1,
    lastDataRow: grid.row + last,
    statusColumn,
    previousResults,
    previousLastRow,
    blocked,
    notices,
  });
}

/** The data rows of the first block, only the table's columns. */
export function dataGrid(grid: UsedGrid, layout: TableLayout): CellValue[][] {
  const out: CellValue[][] = [];
  const c0 = layout.firstColumn - grid.col;
  for (let r = layout.firstDataRow; r <= layout.lastDataRow; r++) {
    const line = grid.values[r - grid.row] ?? [];
    out.push(line.slice(c0, c0 + layout.headers.length));
  }
  return out;
}

/** A mapping the user chose must point inside the table. */
export function checkMapping(mapping: ColumnMapping, headers: readonly string[]): Result<ColumnMapping> {
  for (const field of FIELDS) {
    const i = mapping[field];
    if (i !== undefined && (i < 0 || i >= headers.length)) return fail(M.badMapping(field, i, headers.length));
  }
  return ok(mapping);
}

/** "Blad!A1:C1,Blad!E5" -> zero-based rectangles (only what mergedProblems needs). */
function areasOf(address: string): { row: number; col: number; rows: number; cols: number }[] {
  const out: { row: number; col: number; rows: number; cols: number }[] = [];
  for (const part of address.split(",")) {
    const local = part.slice(part.lastIndexOf("!") + 1).replace(/\$/g, "");
    const m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/i.exec(local);
    if (!m) continue;
    const col = (s: string) => [...s.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
    const r0 = Number(m[2]) - 1, c0 = col(m[1]);
    const r1 = m[4] ? Number(m[4]) - 1 : r0, c1 = m[3] ? col(m[3]) : c0;
    out.push({ row: r0, col: c0, rows: r1 - r0 + 1, cols: c1 - c0 + 1 });
  }
  return out;
}

/** Merged cells where the result columns go are refused; merged header cells get a notice; titles above are fine. */
export function mergedProblems(address: string, layout: TableLayout): { refuse: Message | null; notices: Message[] } {
  if (!address) return { refuse: null, notices: [] };
  const notices: Message[] = [];
  for (const a of areasOf(address)) {
    const inRows = a.row <= layout.lastDataRow && a.row + a.rows - 1 >= layout.headerRow;
    const inResult = a.col <= layout.statusColumn + 1 && a.col + a.cols - 1 >= layout.statusColumn;
    const label = `${columnLetter(a.col)}${a.row + 1}:${columnLetter(a.col + a.cols - 1)}${a.row + a.rows}`;
    if (inRows && inResult) return { refuse: M.mergedInResult(label), notices };
    if (a.row <= layout.headerRow && a.row + a.rows - 1 >= layout.headerRow) notices.push(M.notices.mergedHeader(label));
  }
  return { refuse: null, notices };
}
