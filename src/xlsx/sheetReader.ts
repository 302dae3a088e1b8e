import { CellValue, isBlank, parseRange } from "../core";
import { isoDateCell, isUncalculatedFormula, NOT_CALCULATED, percentCellText } from "./cellValue";
import { PERCENT_STYLE } from "./styles";
import { forEachCellSpan, MAX_COLUMN, MAX_ROW, mergeRefs, plainDigits, splitSheet } from "./sheetXml";
import type { RowOrder } from "./sheetPatch";
import { WHOLE_INFLATE_MAX, ZipArchive, ZipEntry } from "./zip";
import { SheetLayout } from "./rowCells";
import { charData, decodeXml, ownCopy, textOf } from "./xml";

/** What a cell's value needs beyond its own XML: the shared strings, the date and percent styles, the date system. */
export interface CellContext {
  strings: readonly string[];
  dateStyles: Uint8Array;
  date1904: boolean;
}

const MS_PER_DAY = 86_400_000;

/** A date serial as the JS Date exceljs handed over before (midnight UTC of that calendar day, plus the time). */
function dateOfSerial(serial: number, date1904: boolean): Date {
  return new Date(Math.round((serial + (date1904 ? 1462 : 0) - 25569) * MS_PER_DAY));
}

/** The start and end tags of `<v>` and `<is>` with the sheet's prefix, made once per prefix (almost always ""). */
let tags = tagsOf("");

function tagsOf(prefix: string) {
  return { prefix, v: [`<${prefix}v>`, `</${prefix}v>`], is: [`<${prefix}is>`, `</${prefix}is>`] };
}

/** The content of the first element with these tags wholly between `from` and `to` of `xml`, or null. */
function innerOf(xml: string, from: number, to: number, [open, close]: string[]): string | null {
  const start = xml.indexOf(open, from);
  if (start < 0 || start + open.length > to) return null;
  const end = xml.indexOf(close, start);
  return end < 0 || end + close.length > to ? null : xml.slice(start + open.length, end);
}

/** The plain value of one `<c>`: the cached result of a formula, the text of rich text, an error code as text. */
export function cellValue(type: string | null, style: number, inner: string | null, prefix: string, ctx: CellContext): CellValue {
  return inner === null ? null : cellValueIn(type, style, inner, 0, inner.length, prefix, ctx);
}

/** cellValue of the inner XML that is `xml` from `from` to `to` (see forEachCellSpan): no string is cut for it. */
export function cellValueIn(type: string | null, style: number, xml: string, from: number, to: number, prefix: string, ctx: CellContext): CellValue {
  if (from < 0) return null;
  if (tags.prefix !== prefix) tags = tagsOf(prefix);
  if (type === "inlineStr") {
    const is = innerOf(xml, from, to, tags.is);
    return is === null ? null : textOf(is);
  }
  const [open, close] = tags.v;
  const start = xml.indexOf(open, from);
  const end = start >= 0 && start + open.length <= to ? xml.indexOf(close, start) : -1;
  const within = end >= 0 && end + close.length <= to;
  // Plain digits (a whole number, a shared string's index), the most common value, read without a string.
  if (within && type !== "str" && type !== "e" && type !== "b" && type !== "d") {
    const digits = plainDigits(xml, start + open.length, end, 15);
    if (digits >= 0) return type === "s" ? (ctx.strings[digits] ?? "") : numberCell(digits, style, ctx);
  }
  const raw = within ? xml.slice(start + open.length, end) : null;
  // A value stored as CDATA (some exporters do) is its text.
  const v = raw !== null && raw.indexOf("<!") >= 0 ? charData(raw) : raw;
  if (isUncalculatedFormula(type, xml, v, prefix, from, to)) return NOT_CALCULATED;
  if (v === null) return null;
  switch (type) {
    case "s":
      return ctx.strings[Number(v)] ?? "";
    case "str":
    case "e":
      return ownCopy(decodeXml(v));
    case "b":
      return v === "1" || v === "true";
    case "d":
      return isoDateCell(v) ?? ownCopy(decodeXml(v));
    default: {
      const n = Number(v);
      return Number.isNaN(n) ? ownCopy(decodeXml(v)) : numberCell(n, style, ctx);
    }
  }
}

/** A number cell's value by its style: a percentage as text, a date, or the number. */
function numberCell(n: number, style: number, ctx: CellContext): CellValue {
  if (ctx.dateStyles[style] === PERCENT_STYLE) return percentCellText(n);
  return ctx.dateStyles[style] === 1 ? dateOfSerial(n, ctx.date1904) : n;
}

export interface Range0 {
  r1: number;
  c1: number;
  r2: number;
  c2: number;
}

/** How much of a sheet was kept, and what is known about the rest. */
export interface SheetScan {
  /** grid[r] is sheet row r + 1, for the rows above `fullRows` only, each with every cell. */
  grid: CellValue[][];
  /** With `keep`: the kept columns' cells of every row, indexed by grid row (undefined where a row has no value). */
  columns?: Map<number, CellValue[]>;
  /** With `keep`: how many rows the sheet has (the last row's number). */
  rowCount?: number;
  /** Highest 0-based column holding a value anywhere, -1 for an empty sheet. */
  maxColumn: number;
  /** Columns (0-based) holding a value in any row: a result column must never land on one. */
  usedColumns: Set<number>;
  merges: Range0[];
  /** The namespace prefix of the sheet's elements ("" almost always). */
  prefix: string;
  /** With `keep`: how the rows are stored (some exporters write them out of order). */
  rowOrder?: RowOrder;
  /**
   * With `keep`, when the archive keeps the sheet's inflated bytes (the CLI, a sheet up to WHOLE_INFLATE_MAX): where
   * its rows and cells stand, so the copy's writer need not tokenize it again.
   */
  layout?: SheetLayout;
}

const NO_CELLS: CellValue[] = [];
const dense = (row: CellValue[]) => Array.from({ length: row.length }, (_, i) => row[i] ?? null);

/** Short texts repeat down a column ("Trede 2", "Bouw"): one string per distinct text, until a column has many. */
const MAX_INTERNED = 2_000;
const MAX_INTERNED_LENGTH = 40;

/**
 * Streams one worksheet. The first `fullRows` rows are kept whole in `grid` (the header is found there); with `keep`,
 * every row's cells in those columns go into `columns`, one array per column, so memory grows with the rows and the
 * mapped columns, never with the sheet's width or with an array per row. The other cells are only looked at to learn
 * which columns hold a value. With `keep` null, reading stops after `fullRows` rows.
 */
export function scanSheet(zip: ZipArchive, entry: ZipEntry, ctx: CellContext, fullRows: number, keep: ReadonlySet<number> | null): SheetScan {
  const grid: CellValue[][] = [];
  const usedColumns = new Set<number>();
  const merges: Range0[] = [];
  let maxColumn = -1;
  let prefix = "";
  const kept = keep === null ? [] : [...keep].filter((c) => c >= 0);
  const columns = new Map<number, CellValue[]>(kept.map((c) => [c, []]));
  const keptColumns = [...columns.values()];
  const byColumn: (CellValue[] | undefined)[] = [];
  for (const [c, column] of columns) byColumn[c] = column;
  const internAt: (Map<string, string> | undefined)[] = [];
  for (const c of kept) internAt[c] = new Map();
  const intern = (col: number, text: string): string => {
    const known = internAt[col];
    if (!known || text.length > MAX_INTERNED_LENGTH) return text;
    const same = known.get(text);
    if (same !== undefined) return same;
    known.set(text, text);
    // A column of many different texts (names, numbers) is looked up no more: nearly every lookup would miss.
    if (known.size >= MAX_INTERNED) internAt[col] = undefined;
    return text;
  };
  // Whether a column holds a value, by column: one check per cell instead of a Set lookup.
  const used = new Uint8Array(MAX_COLUMN);
  const markUsed = (col: number) => {
    if (used[col] === 0) {
      used[col] = 1;
      usedColumns.add(col);
    }
  };
  let rowCount = 0;
  let previous = 0;
  let ascending = true;
  const present = keep === null ? null : new Uint8Array(MAX_ROW + 1);
  // Learnt only where the writer can use it: the sheet's inflated bytes are kept (a few MB per 100,000 rows).
  const layout = keep !== null && zip.inflateWhole && entry.uncompressedSize <= WHOLE_INFLATE_MAX ? new SheetLayout(entry.name, entry.uncompressedSize) : undefined;
  splitSheet(zip, entry, {
    head: (_text, p) => {
      prefix = p;
    },
    cells: true,
    layout,
    row: (xml, rowNumber, plain, cells) => {
      if (keep === null && rowNumber > fullRows) return false;
      if (rowNumber <= previous) ascending = false;
      previous = rowNumber;
      if (present) present[rowNumber] = 1;
      const r = rowNumber - 1;
      const full = rowNumber <= fullRows;
      // Every kept column gets an entry per row, so the arrays stay dense (fast) and indexed by grid row.
      if (r >= rowCount) {
        for (const column of keptColumns) while (column.length < r) column.push(undefined);
        rowCount = r + 1;
      }
      const row: CellValue[] = full ? [] : NO_CELLS;
      let firstFilled = true;
      forEachCellSpan(xml, cells, (col, type, style, inner, from, to) => {
        if (from < 0) return;
        const column = byColumn[col];
        if (!full && column === undefined) {
          // Only whether the column holds a value matters here; a known one needs no look at all.
          if (!firstFilled && used[col] === 1) return;
          if (!firstFilled && type !== "s" && type !== "inlineStr" && type !== "str") {
            const tag = inner.indexOf("<", from);
            if (tag >= 0 && tag < to) {
              markUsed(col);
              if (col > maxColumn) maxColumn = col;
            }
            return;
          }
        }
        const value = cellValueIn(type, style, inner, from, to, prefix, ctx);
        if (isBlank(value)) return;
        markUsed(col);
        if (col > maxColumn) maxColumn = col;
        firstFilled = false;
        if (full) row[col] = value;
        if (column !== undefined) column[r] = typeof value === "string" ? intern(col, value) : value;
      }, plain);
      if (full) {
        while (grid.length < r) grid.push(NO_CELLS);
        grid[r] = row.length === 0 ? NO_CELLS : dense(row);
      }
      return true;
    },
    tail: (text) => {
      for (const ref of mergeRefs(text)) {
        const range = parseRange(ref);
        if (range) merges.push(range);
      }
    },
  });
  for (const column of columns.values()) while (column.length < rowCount) column.push(undefined);
  if (keep === null) return { grid, maxColumn, usedColumns, merges, prefix };
  const rowOrder: RowOrder = ascending ? "ascending" : (n) => present![n] === 1;
  return { grid, columns, rowCount, maxColumn, usedColumns, merges, prefix, rowOrder, layout: layout?.complete && zip.kept?.entry === entry ? layout : undefined };
}
