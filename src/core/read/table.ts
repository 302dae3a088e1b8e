import { CellValue, isBlank } from "./cells";
import { columnLetter } from "./address";
import { ColumnMapping, detectHeader, exactFieldForHeader, Field, FIELDS, HeaderDetection, RejectedColumn } from "./columns";
import type { ColumnNames, SupplierRow } from "../rules/finding";
import { parseSpend, SupplierColumns } from "../rules/evaluateCells";
import { EXPLANATION_HEADER, STATUS_HEADER } from "../rules/highlight";

/** Reads one cell by zero-based grid row and column. */
type CellAt = (r: number, c: number) => CellValue;

/**
 * A sheet as the file reader hands it over: the first rows whole (the header is found there) and, for the columns it
 * kept, every row's cell. A million-row sheet is then one array per mapped column, never an array per row.
 */
export interface ColumnSheet {
  /** Grid rows 0..head.length-1 with every cell. */
  head: readonly (readonly CellValue[])[];
  /** Rows in the sheet (the last row's grid index + 1). */
  rowCount: number;
  /**
   * Cells per kept column, indexed by grid row (a missing cell is undefined). They must include every mapped column;
   * the table takes the arrays over and compacts them in place into its supplier columns.
   */
  columns: ReadonlyMap<number, CellValue[]>;
}

/**
 * The supplier columns of grid rows from..to (exclusive): rows with no mapped value at all, and the skipped ones, are
 * left out. `firstRowNumber` is the sheet row number (1-based, as Excel shows it) of grid row 0. Each source column
 * is compacted in place, once, however many fields map to it.
 */
function supplierColumns(
  sheet: ColumnSheet,
  from: number,
  to: number,
  skip: ReadonlySet<number>,
  mapping: ColumnMapping,
  firstRowNumber: number,
): SupplierColumns {
  const fields = FIELDS.filter((f) => mapping[f] !== undefined);
  const sources = [...new Set(fields.map((f) => mapping[f] as number))].map((c) => sheet.columns.get(c) ?? []);
  const kept = new Int32Array(Math.max(0, to - from));
  let count = 0;
  for (let r = from; r < to; r++) {
    if (skip.has(r)) continue;
    for (const source of sources) {
      if (!isBlank(source[r])) {
        kept[count++] = r;
        break;
      }
    }
  }
  const rowNumbers = new Int32Array(count);
  for (let i = 0; i < count; i++) rowNumbers[i] = firstRowNumber + kept[i];
  const compacted = new Map<number, CellValue[]>();
  const cells: SupplierColumns["cells"] = {};
  for (const field of fields) {
    const c = mapping[field] as number;
    let column = compacted.get(c);
    if (!column) {
      column = sheet.columns.get(c) ?? [];
      for (let i = 0; i < count; i++) column[i] = column[kept[i]];
      column.length = count;
      compacted.set(c, column);
    }
    cells[field] = column;
  }
  return { count, rowNumbers, cells };
}

/** The supplier rows of supplier columns, as objects (for callers that want one row at a time). */
function rowsOfColumns(columns: SupplierColumns): SupplierRow[] {
  const fields = FIELDS.filter((f) => columns.cells[f] !== undefined);
  const rows = new Array<SupplierRow>(columns.count);
  for (let i = 0; i < columns.count; i++) {
    const row: SupplierRow = { row: columns.rowNumbers ? columns.rowNumbers[i] : i + 1 };
    for (const field of fields) row[field] = columns.cells[field]![i];
    rows[i] = row;
  }
  return rows;
}

/** The mapped columns of a grid as a column sheet (the Office adapter's and the CSV reader's full grid). */
function columnSheetOfGrid(grid: readonly (readonly CellValue[])[], mapping: ColumnMapping): ColumnSheet {
  const columns = new Map<number, CellValue[]>();
  for (const c of new Set(Object.values(mapping) as number[])) {
    const column = new Array<CellValue>(grid.length);
    for (let r = 0; r < grid.length; r++) column[r] = grid[r]?.[c];
    columns.set(c, column);
  }
  return { head: grid, rowCount: grid.length, columns };
}

/** Column names for messages as the user sees them: `"Opdrachtsom per jaar" (C)`. */
function columnNamesFor(mapping: ColumnMapping, headers: readonly string[], firstColumn = 0): ColumnNames {
  const names: ColumnNames = {};
  for (const field of FIELDS) {
    const col = mapping[field];
    if (col === undefined) continue;
    const header = headers[col]?.trim();
    names[field] = `${header ? `"${header}" ` : ""}(${columnLetter(firstColumn + col)})`;
  }
  return names;
}

/** One field and the sheet column it is read from: letter as Excel shows it, and the column's header text. */
export interface LinkedColumn {
  field: Field;
  column: string;
  header: string;
}

/** Which column of the table was read as what, in field order: the mapping as the user sees it. */
export function linkedColumns(table: Pick<SupplierTable, "mapping" | "headers" | "columnOffset">): LinkedColumn[] {
  const out: LinkedColumn[] = [];
  for (const field of FIELDS) {
    const col = table.mapping[field];
    if (col !== undefined) out.push({ field, column: columnLetter(col + table.columnOffset), header: table.headers[col]?.trim() ?? "" });
  }
  return out;
}

/** Words that make a row a totals row when they stand alone in it ("Totaal", "Eindtotaal:", "Grand total 2024"). */
const TOTAL_ALONE = /^(?:(?:eind|grand|generaal|end)\s*)?(?:totaal|totalen|total|totals|som|sum)(?:\s+generaal)?$/;
const MAY_BE_TOTAL = /tota|som|sum/i;
/** A label that says it sums the rows above ("Subtotaal bouw", "Tussentotaal"), whatever follows it. */
const SUBTOTAL_LABEL = /^(?:sub\s*-?\s*tota(?:a)?l|tussentotaal|subtotalen)\b/;
/** A label with a totals word anywhere ("Bouw Totaal", as Excel's Subtotal command writes it; "Totaal bouw"). */
const TOTAL_WORD = /\b(?:sub)?tota(?:a)?l(?:en)?\b|\beindtotaal\b|\btussentotaal\b|\bsom\b/;

function label(value: CellValue): string {
  return typeof value === "string"
    ? value.trim().toLowerCase().replace(/[\s:.]+$/, "").replace(/\s+(?:19|20)\d\d$/, "").replace(/\s+/g, " ")
    : "";
}

/** A second header row names at least two columns exactly; "Leverancier 1" next to "Trede 1" is data, not a header. */
function isHeaderRow(at: CellAt, r: number, columns: readonly number[]): boolean {
  let fields: Set<Field> | null = null;
  for (const c of columns) {
    const value = at(r, c);
    const field = typeof value === "string" ? exactFieldForHeader(value) : null;
    if (field) (fields ??= new Set<Field>()).add(field);
  }
  return fields !== null && fields.size >= 2 && (fields.has("spend") || fields.has("level"));
}

/** A plain amount as a totals row holds it (a number, or a number as text); null for anything else. */
function amount(value: CellValue): number | null {
  if (typeof value === "number") return value;
  const parsed = typeof value === "string" && value.trim() !== "" ? parseSpend(value) : null;
  return parsed?.ok ? parsed.value : null;
}

const sameAmount = (a: number, b: number) => b > 0 && Math.abs(a - b) <= 0.005 + b * 1e-9;

/** What a non-blank row below the header is: a supplier, a subtotal (skipped), or the end of the table. */
type RowKind = "supplier" | "subtotal" | "end";

/**
 * Running sums of the spend above, for telling totals by their content: a SUM formula's result equals the rows it
 * adds (Office and the file reader both see the value, not the formula).
 */
class SpendSums {
  /** Spend of the suppliers above (once settled). */
  all = 0;
  /** Spend of the suppliers since the last subtotal (once settled). */
  block = 0;
  /** Spend shown in subtotal rows (a SUM over the whole column counts them too). */
  subtotals = 0;
  count = 0;
  /**
   * Supplier rows whose spend is not added yet: it is read (a text amount parsed) only when a row that may be a total
   * asks for the sums, and most lists have none. Added in row order, so the sums are the same to the last bit.
   */
  private pending: number[] = [];

  constructor(private readonly spendOf: (r: number) => number) {}

  supplier(r: number): void {
    this.pending.push(r);
    this.count++;
  }

  subtotal(r: number): void {
    this.settle();
    this.subtotals += this.spendOf(r);
    this.block = 0;
    this.count = 0;
  }

  /** Adds the pending rows' spend: call before reading `all` or `block`. */
  settle(): this {
    for (const r of this.pending) {
      const spend = this.spendOf(r);
      this.all += spend;
      this.block += spend;
    }
    this.pending.length = 0;
    return this;
  }
}

/**
 * The one rule for rows that are no supplier. A totals row is known by its content, never by a name that merely
 * starts with a totals word ("Totaal Installatietechniek BV" is a supplier): a totals word alone in its first cell, or
 * no level and the sum of the spend above. A subtotal ("Subtotaal bouw", or no level and the sum of the rows since the
 * previous subtotal) is skipped and the rows after it are checked.
 */
function kindOf(at: CellAt, r: number, first: CellValue, mapping: ColumnMapping | undefined, sums: SpendSums): RowKind {
  const { supplier, spend, level } = mapping ?? {};
  const named = supplier === undefined ? null : at(r, supplier);
  const labelled = !isBlank(named) ? named : first;
  // A totals word alone holds "tota", "som" or "sum" in any case: most names are looked at no further.
  if (typeof labelled === "string" && MAY_BE_TOTAL.test(labelled) && TOTAL_ALONE.test(label(labelled))) return "end";
  if (!mapping) return "supplier";
  if (level !== undefined && !isBlank(at(r, level))) return "supplier";
  const name = label(labelled);
  if (SUBTOTAL_LABEL.test(name)) return "subtotal";
  const unlabelled = isBlank(named);
  if (spend === undefined || !(unlabelled || TOTAL_WORD.test(name))) return "supplier";
  const total = amount(at(r, spend));
  if (total === null) return "supplier";
  sums.settle();
  const afterSubtotals = sums.subtotals > 0;
  if ((unlabelled || afterSubtotals) && (sameAmount(total, sums.all) || (afterSubtotals && sameAmount(total, sums.all + sums.subtotals)))) return "end";
  if (sums.count > 0 && sameAmount(total, sums.block)) return "subtotal";
  return "supplier";
}

export interface TableEnd {
  /** Zero-based grid index of the table's last data row (the header row itself when there is no data). */
  lastRow: number;
  /** Where a second block starts (another header row, or a totals row), or null. */
  nextBlock: number | null;
  /** Zero-based grid indexes of subtotal rows inside the table: no suppliers, not checked, not counted. */
  subtotals: number[];
}

/**
 * How far a supplier table runs below its header, looking only at columns from..to (only the mapped ones when a
 * mapping is given, so the CLI's streamed grid and Excel's full one end a table at the same row). Blank rows inside
 * the list are skipped, not an end: buyers insert them. The table ends before a row that is itself a supplier-table
 * header (a second block) or a totals row (see kindOf); subtotal rows inside it are listed and skipped.
 */
export function tableEnd(
  grid: readonly (readonly CellValue[])[],
  headerRow: number,
  from = 0,
  to = Number.MAX_SAFE_INTEGER,
  mapping?: ColumnMapping,
): TableEnd {
  const at: CellAt = (r, c) => grid[r]?.[c];
  const mapped = mapping ? mappedColumns(mapping).filter((c) => c >= from && c <= to) : null;
  return endOfTable(at, grid.length, headerRow, mapped ? () => mapped : (r) => range(from, Math.min(to, (grid[r]?.length ?? 0) - 1)), mapping);
}

const mappedColumns = (mapping: ColumnMapping): number[] => [...new Set(Object.values(mapping) as number[])].sort((a, b) => a - b);

/** tableEnd over any sheet: `columnsOf(r)` are the columns that count in row r, in sheet order. */
function endOfTable(at: CellAt, rowCount: number, headerRow: number, columnsOf: (r: number) => readonly number[], mapping?: ColumnMapping): TableEnd {
  let lastRow = headerRow;
  const spend = mapping?.spend;
  const sums = new SpendSums((r) => (spend === undefined ? 0 : (amount(at(r, spend)) ?? 0)));
  const subtotals: number[] = [];
  for (let r = headerRow + 1; r < rowCount; r++) {
    const columns = columnsOf(r);
    let first: CellValue = null;
    for (const c of columns) {
      const value = at(r, c);
      if (!isBlank(value)) {
        first = value;
        break;
      }
    }
    if (first === null) continue;
    if (isHeaderRow(at, r, columns)) return { lastRow, nextBlock: r, subtotals };
    const kind = kindOf(at, r, first, mapping, sums);
    if (kind === "end") return { lastRow, nextBlock: r, subtotals };
    lastRow = r;
    if (kind === "subtotal") {
      subtotals.push(r);
      sums.subtotal(r);
    } else sums.supplier(r);
  }
  return { lastRow, nextBlock: null, subtotals };
}

const range = (from: number, to: number): number[] => Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);

export interface SupplierTable {
  /** 1-based sheet row number of the header. */
  headerRow: number;
  headers: string[];
  mapping: ColumnMapping;
  /**
   * The supplier rows' cells, one array per mapped field: what the evaluator reads. A caller that is done with them
   * (the CLI, once its report is built) may replace them with empty columns to free the memory.
   */
  columns: SupplierColumns;
  /** The same rows as objects, made on first use (a million-row check never asks for them). */
  readonly rows: SupplierRow[];
  columnNames: ColumnNames;
  /** Zero-based column indexes of an earlier run's PSO-status and PSO-toelichting columns, if present. */
  statusColumn: number | null;
  explanationColumn: number | null;
  /** Zero-based indexes of the first and last column of the user's own table (the added columns go right of it). */
  firstUserColumn: number;
  lastUserColumn: number;
  /** 1-based sheet row of the table's last data row (the header row when there is none); blank rows inside are kept. */
  lastDataRow: number;
  /** 1-based sheet row where a second block (another table or a totals row) starts; it is not checked. */
  nextBlockRow: number | null;
  /** 1-based sheet rows of subtotal rows inside the table: skipped, not checked, their spend not counted. */
  subtotalRows: number[];
  /** Zero-based sheet column of grid column 0 (a used range need not start at A); every index above is grid-relative. */
  columnOffset: number;
  /**
   * Columns whose header names a field but whose values do not read as it (a date column headed "Certificaat"):
   * left unlinked, for a notice that says why. Empty with a mapping the user chose.
   */
  rejectedColumns: RejectedColumn[];
}

/** With an explicit mapping the header is simply the first row with two or more filled cells. */
function firstFilledRow(grid: readonly (readonly CellValue[])[]): HeaderDetection | null {
  const r = grid.findIndex((row) => row.filter((v) => !isBlank(v)).length >= 2);
  return r < 0 ? null : { headerRow: r, mapping: {}, headers: grid[r].map((h) => String(h ?? "").trim()), rejected: [] };
}

function indexOfHeader(headers: readonly string[], name: string): number | null {
  const i = headers.findIndex((h) => h.trim().toLowerCase() === name.toLowerCase());
  return i < 0 ? null : i;
}

/**
 * Finds the supplier table in a grid of a sheet (grid[0] is sheet row `firstRowNumber`, grid[r][0] sheet column
 * `columnOffset`): header detection (or an explicit mapping), the data rows under it and the columns an earlier run
 * added. Null when no header is found. The one place that decides which rows are suppliers' rows.
 */
export function tableFromGrid(
  grid: readonly (readonly CellValue[])[],
  firstRowNumber = 1,
  explicitMapping?: ColumnMapping,
  columnOffset = 0,
): SupplierTable | null {
  const detected = detectHeader(grid as unknown[][]) ?? (explicitMapping ? firstFilledRow(grid) : null);
  if (!detected) return null;
  const mapping = { ...detected.mapping, ...(explicitMapping ?? {}) };
  return tableUnder(columnSheetOfGrid(grid, mapping), firstRowNumber, detected.headerRow, detected.headers, mapping, columnOffset, rejectedOf(detected, explicitMapping));
}

/** The mapping a column sheet's table will have: what the file reader must keep (null when no header is found). */
export function mappingOfHead(head: readonly (readonly CellValue[])[], explicitMapping?: ColumnMapping): ColumnMapping | null {
  const detected = detectHeader(head as unknown[][]) ?? (explicitMapping ? firstFilledRow(head) : null);
  return detected ? { ...detected.mapping, ...(explicitMapping ?? {}) } : null;
}

/**
 * tableFromGrid for a sheet read column by column (see ColumnSheet): the header is found in `sheet.head` by the same
 * rules, and the table takes the column arrays over.
 */
export function tableFromColumns(sheet: ColumnSheet, firstRowNumber = 1, explicitMapping?: ColumnMapping, columnOffset = 0): SupplierTable | null {
  const detected = detectHeader(sheet.head as unknown[][]) ?? (explicitMapping ? firstFilledRow(sheet.head) : null);
  if (!detected) return null;
  const mapping = { ...detected.mapping, ...(explicitMapping ?? {}) };
  return tableUnder(sheet, firstRowNumber, detected.headerRow, detected.headers, mapping, columnOffset, rejectedOf(detected, explicitMapping));
}

/** The rejected columns that still matter: not for a field the caller linked itself. */
const rejectedOf = (detected: HeaderDetection, explicit?: ColumnMapping): RejectedColumn[] =>
  detected.rejected.filter((r) => explicit?.[r.field] === undefined);

/** The same table read again with exactly this mapping (grid-relative indexes), as a user chose it in the taskpane. */
export function tableWithMapping(grid: readonly (readonly CellValue[])[], firstRowNumber: number, table: SupplierTable, mapping: ColumnMapping): SupplierTable {
  const rejected = table.rejectedColumns.filter((r) => mapping[r.field] === undefined);
  return tableUnder(columnSheetOfGrid(grid, mapping), firstRowNumber, table.headerRow - firstRowNumber, table.headers, mapping, table.columnOffset, rejected);
}

function tableUnder(
  sheet: ColumnSheet,
  firstRowNumber: number,
  headerRow: number,
  headers: string[],
  mapping: ColumnMapping,
  columnOffset: number,
  rejectedColumns: RejectedColumn[] = [],
): SupplierTable {
  const statusColumn = indexOfHeader(headers, STATUS_HEADER);
  const explanationColumn = indexOfHeader(headers, EXPLANATION_HEADER);
  const userColumns = headers
    .map((h, i) => (h !== "" && i !== statusColumn && i !== explanationColumn ? i : -1))
    .filter((i) => i >= 0);
  const byColumn: (CellValue[] | undefined)[] = [];
  for (const [c, column] of sheet.columns) if (c !== undefined) byColumn[c] = column;
  const mapped = mappedColumns(mapping);
  const end = endOfTable((r, c) => byColumn[c]?.[r], sheet.rowCount, headerRow, () => mapped, mapping);
  const columns = supplierColumns(sheet, headerRow + 1, end.lastRow + 1, new Set(end.subtotals), mapping, firstRowNumber);
  let rows: SupplierRow[] | undefined;
  return {
    headerRow: firstRowNumber + headerRow,
    headers,
    mapping,
    columns,
    get rows() {
      return (rows ??= rowsOfColumns(this.columns));
    },
    subtotalRows: end.subtotals.map((r) => firstRowNumber + r),
    lastDataRow: firstRowNumber + end.lastRow,
    nextBlockRow: end.nextBlock === null ? null : firstRowNumber + end.nextBlock,
    columnNames: columnNamesFor(mapping, headers, columnOffset),
    statusColumn,
    explanationColumn,
    firstUserColumn: userColumns.length > 0 ? Math.min(...userColumns) : 0,
    lastUserColumn: userColumns.length > 0 ? Math.max(...userColumns) : 0,
    columnOffset,
    rejectedColumns,
  };
}
