import {
  CellValue, ColumnMapping, columnLetter, ColumnUse, columnUseOfGrid, FIELDS, isBlank, Message, parseAddress,
  placeResultColumns, Result, tableNotices, fail, ok, cellText, SupplierTable, tableFromGrid, tableWithMapping,
} from "../core";
import { adapterMessages as M, reportAdapterMessages } from "./messages";
import type { UsedGrid } from "./read";

/** Where the supplier table and the add-in's two result columns sit on a sheet (zero-based sheet indexes). */
export interface TableLayout {
  /** The core's table (grid-relative indexes, rows as sheet row numbers), as detected. */
  table: SupplierTable;
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
  /** Why the result columns cannot be written (merged cells where they go), or null. */
  blocked: Message | null;
  notices: Message[];
  /** Which columns hold the user's data or merged blocks: the result columns never go there. */
  use: ColumnUse;
}

/** Merged blocks as grid-relative rectangles. */
export type GridMerges = { firstRow: number; lastRow: number; firstColumn: number; lastColumn: number }[];

/**
 * Finds the table with the core's rules (header, columns, where it ends, where the result columns go: the same as
 * the CLI) and what is already in the result columns.
 */
export function locateTable(sheetName: string, grid: UsedGrid, merges: GridMerges = []): Result<TableLayout> {
  const values = grid.values;
  const table = tableFromGrid(values, grid.row + 1, undefined, grid.col);
  if (!table) return fail(M.noHeader(sheetName));
  const h = table.headerRow - 1 - grid.row;
  const use = columnUseOfGrid(values, merges, h);
  const placement = placeResultColumns(table, use);
  if (!placement) return fail(reportAdapterMessages.noFreeColumns(sheetName));
  const at = (r: number, c: number): CellValue => values[r - grid.row]?.[c - grid.col];
  const statusColumn = grid.col + placement.status;
  const headerRow = table.headerRow - 1;
  const previousResults = table.statusColumn === placement.status;
  const notices = tableNotices(table, placement, use);
  let previousLastRow = -1;
  if (previousResults) {
    notices.push(M.notices.previousResults());
    for (let r = grid.row + values.length - 1; r > headerRow; r--) {
      if (!isBlank(at(r, statusColumn)) || !isBlank(at(r, statusColumn + 1))) {
        previousLastRow = r;
        break;
      }
    }
  }
  const beyond = values[h].findIndex((v, c) => c > placement.explanation && !isBlank(v));
  if (beyond >= 0) notices.push(M.notices.besideTable(columnLetter(grid.col + beyond)));
  const first = table.firstUserColumn;
  const headers = values[h].slice(first, table.lastUserColumn + 1).map((v) => cellText(v));
  return ok({
    table,
    headerRow,
    firstColumn: grid.col + first,
    headers,
    detected: shiftMapping(table.mapping, -first),
    firstDataRow: headerRow + 1,
    lastDataRow: table.lastDataRow - 1,
    statusColumn,
    previousResults,
    previousLastRow,
    blocked: null,
    notices,
    use,
  });
}

/** A mapping moved by `by` columns: the taskpane's indexes count from the table's first column, the core's from the grid's. */
function shiftMapping(mapping: ColumnMapping, by: number): ColumnMapping {
  const out: ColumnMapping = {};
  for (const field of FIELDS) if (mapping[field] !== undefined) out[field] = mapping[field]! + by;
  return out;
}

/** The layout's table read with the user's mapping (indexes into `layout.headers`); the detected one is read once. */
export function tableOf(grid: UsedGrid, layout: TableLayout, mapping: ColumnMapping): SupplierTable {
  const same = FIELDS.every((f) => mapping[f] === layout.detected[f]);
  return same ? layout.table : tableWithMapping(grid.values, grid.row + 1, layout.table, shiftMapping(mapping, layout.firstColumn - grid.col));
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
export function areasOf(address: string): { row: number; col: number; rows: number; cols: number }[] {
  const out: { row: number; col: number; rows: number; cols: number }[] = [];
  for (const part of address.split(",")) {
    const b = parseAddress(part)?.bounds;
    if (b) out.push({ row: b.r1, col: b.c1, rows: b.r2 - b.r1 + 1, cols: b.c2 - b.c1 + 1 });
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
