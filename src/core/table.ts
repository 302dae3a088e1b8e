import { CellValue, isBlank } from "./cells";
import { ColumnMapping, columnLetter, detectHeader, exactFieldForHeader, Field, FIELDS, HeaderDetection } from "./columns";
import type { SupplierRow } from "./evaluate";
import { ColumnNames } from "./reasons";

/**
 * Turns the data rows of a grid into supplier rows. `firstRowNumber` is the sheet row number (1-based, as Excel
 * shows it) of grid[0]; rows with no mapped value at all are skipped.
 */
export function rowsFromGrid(
  grid: readonly (readonly CellValue[])[],
  mapping: ColumnMapping,
  firstRowNumber: number,
): SupplierRow[] {
  const fields = FIELDS.filter((f) => mapping[f] !== undefined);
  const columns = fields.map((f) => mapping[f] as number);
  const rows: SupplierRow[] = [];
  for (let r = 0; r < grid.length; r++) {
    const cells = grid[r];
    const row: SupplierRow = { row: firstRowNumber + r };
    let empty = true;
    for (let i = 0; i < fields.length; i++) {
      const value = cells[columns[i]];
      row[fields[i] as Field] = value;
      if (empty && !isBlank(value)) empty = false;
    }
    if (!empty) rows.push(row);
  }
  return rows;
}

/** Column names for messages as the user sees them: `"Opdrachtsom per jaar" (C)`. */
export function columnNamesFor(mapping: ColumnMapping, headers: readonly string[], firstColumn = 0): ColumnNames {
  const names: ColumnNames = {};
  for (const field of FIELDS) {
    const col = mapping[field];
    if (col === undefined) continue;
    const header = headers[col]?.trim();
    names[field] = `${header ? `"${header}" ` : ""}(${columnLetter(firstColumn + col)})`;
  }
  return names;
}

const TOTAL_ROW = /^(sub)?tota(a)?l\b|^som\b|^eindtotaal\b/i;

/** A second header row names at least two columns exactly; "Leverancier 1" next to "Trede 1" is data, not a header. */
function isHeaderRow(row: readonly CellValue[], from: number, to: number): boolean {
  const fields = new Set<Field>();
  for (let c = from; c <= to; c++) {
    const field = typeof row[c] === "string" ? exactFieldForHeader(row[c]) : null;
    if (field) fields.add(field);
  }
  return fields.size >= 2 && (fields.has("spend") || fields.has("level"));
}

export interface TableEnd {
  /** Zero-based grid index of the table's last data row (the header row itself when there is no data). */
  lastRow: number;
  /** Where a second block starts (another header row, or a totals row), or null. */
  nextBlock: number | null;
}

/**
 * How far a supplier table runs below its header, looking only at columns from..to. Blank rows inside the list are
 * skipped, not an end: buyers insert them. The table ends before a row that is itself a supplier-table header (a second
 * block) or a totals row ("Totaal", "Subtotaal"), which is no supplier.
 */
export function tableEnd(grid: readonly (readonly CellValue[])[], headerRow: number, from = 0, to = Number.MAX_SAFE_INTEGER): TableEnd {
  let lastRow = headerRow;
  for (let r = headerRow + 1; r < grid.length; r++) {
    const row = grid[r] ?? [];
    const end = Math.min(to, row.length - 1);
    let first: CellValue = null;
    for (let c = from; c <= end && first === null; c++) if (!isBlank(row[c])) first = row[c];
    if (first === null) continue;
    if ((typeof first === "string" && TOTAL_ROW.test(first.trim())) || isHeaderRow(row, from, end)) return { lastRow, nextBlock: r };
    lastRow = r;
  }
  return { lastRow, nextBlock: null };
}

/** The columns PSO-toets adds at the table's right edge; re-running reuses them. */
export const STATUS_HEADER = "PSO-status";
export const EXPLANATION_HEADER = "PSO-toelichting";

export interface SupplierTable {
  /** 1-based sheet row number of the header. */
  headerRow: number;
  headers: string[];
  mapping: ColumnMapping;
  rows: SupplierRow[];
  columnNames: ColumnNames;
  /** Zero-based column indexes of an earlier run's PSO-status and PSO-toelichting columns, if present. */
  statusColumn: number | null;
  explanationColumn: number | null;
  /** Zero-based index of the last column of the user's own table (the added columns go right of it). */
  lastUserColumn: number;
  /** 1-based sheet row where a second block (another table or a totals row) starts; it is not checked. */
  nextBlockRow: number | null;
}

/** With an explicit mapping the header is simply the first row with two or more filled cells. */
function firstFilledRow(grid: readonly (readonly CellValue[])[]): HeaderDetection | null {
  const r = grid.findIndex((row) => row.filter((v) => !isBlank(v)).length >= 2);
  return r < 0 ? null : { headerRow: r, mapping: {}, headers: grid[r].map((h) => String(h ?? "").trim()) };
}

function indexOfHeader(headers: readonly string[], name: string): number | null {
  const i = headers.findIndex((h) => h.trim().toLowerCase() === name.toLowerCase());
  return i < 0 ? null : i;
}

/**
 * Finds the supplier table in a whole-sheet grid (grid[0] is sheet row `firstRowNumber`): header detection (or an
 * explicit mapping), the data rows under it and the columns an earlier run added. Null when no header is found.
 */
export function tableFromGrid(
  grid: readonly (readonly CellValue[])[],
  firstRowNumber = 1,
  explicitMapping?: ColumnMapping,
): SupplierTable | null {
  const detected = detectHeader(grid as unknown[][]) ?? (explicitMapping ? firstFilledRow(grid) : null);
  if (!detected) return null;
  const headers = detected.headers;
  const mapping = { ...detected.mapping, ...(explicitMapping ?? {}) };
  const statusColumn = indexOfHeader(headers, STATUS_HEADER);
  const explanationColumn = indexOfHeader(headers, EXPLANATION_HEADER);
  const userColumns = headers
    .map((h, i) => (h !== "" && i !== statusColumn && i !== explanationColumn ? i : -1))
    .filter((i) => i >= 0);
  const end = tableEnd(grid, detected.headerRow);
  return {
    headerRow: firstRowNumber + detected.headerRow,
    headers,
    mapping,
    rows: rowsFromGrid(grid.slice(detected.headerRow + 1, end.lastRow + 1), mapping, firstRowNumber + detected.headerRow + 1),
    nextBlockRow: end.nextBlock === null ? null : firstRowNumber + end.nextBlock,
    columnNames: columnNamesFor(mapping, headers),
    statusColumn,
    explanationColumn,
    lastUserColumn: userColumns.length > 0 ? Math.max(...userColumns) : 0,
  };
}
