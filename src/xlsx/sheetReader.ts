import { CellValue, exactFieldForHeader, isBlank } from "../core";
import { isoDateCell, isUncalculatedFormula, NOT_CALCULATED, percentCellText } from "./cellValue";
import { PERCENT_STYLE } from "./styles";
import { forEachCell, splitSheet } from "./sheetXml";
import { ZipArchive, ZipEntry } from "./zip";
import { decodeXml, ownCopy, parseRange, textOf } from "./xml";

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

const TAGS = new Map<string, [string, string]>();

function innerOf(inner: string, prefix: string, name: string): string | null {
  const key = prefix + name;
  let tags = TAGS.get(key);
  if (!tags) TAGS.set(key, (tags = [`<${key}>`, `</${key}>`]));
  const start = inner.indexOf(tags[0]);
  if (start < 0) return null;
  const end = inner.indexOf(tags[1], start);
  return end < 0 ? null : inner.slice(start + tags[0].length, end);
}

/** The plain value of one `<c>`: the cached result of a formula, the text of rich text, an error code as text. */
export function cellValue(type: string | null, style: number, inner: string | null, prefix: string, ctx: CellContext): CellValue {
  if (inner === null) return null;
  if (type === "inlineStr") {
    const is = innerOf(inner, prefix, "is");
    return is === null ? null : textOf(is);
  }
  const v = innerOf(inner, prefix, "v");
  if (isUncalculatedFormula(type, inner, v, prefix)) return NOT_CALCULATED;
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
      if (Number.isNaN(n)) return ownCopy(decodeXml(v));
      if (ctx.dateStyles[style] === PERCENT_STYLE) return percentCellText(n);
      return ctx.dateStyles[style] === 1 ? dateOfSerial(n, ctx.date1904) : n;
    }
  }
}

export interface Range0 {
  r1: number;
  c1: number;
  r2: number;
  c2: number;
}

/** How much of a sheet was kept, and what is known about the rest. */
export interface SheetScan {
  /** grid[r] is sheet row r + 1; rows above `fullRows` hold every cell, the others only the kept ones. */
  grid: CellValue[][];
  /** Highest 0-based column holding a value anywhere, -1 for an empty sheet. */
  maxColumn: number;
  /** Columns (0-based) holding a value in any row: a result column must never land on one. */
  usedColumns: Set<number>;
  merges: Range0[];
  /** The namespace prefix of the sheet's elements ("" almost always). */
  prefix: string;
}

const NO_CELLS: CellValue[] = [];
const dense = (row: CellValue[]) => Array.from({ length: row.length }, (_, i) => row[i] ?? null);

/**
 * Streams one worksheet. The first `fullRows` rows are kept whole (the header is found there); below them only the
 * columns in `keep`, the first filled cell of each row and texts that name a field (for the table's end: a totals
 * row or a second header), so memory grows with the rows and the mapped columns, not with the sheet's width.
 * With `keep` null, reading stops after `fullRows` rows.
 */
export function scanSheet(zip: ZipArchive, entry: ZipEntry, ctx: CellContext, fullRows: number, keep: ReadonlySet<number> | null): SheetScan {
  const grid: CellValue[][] = [];
  const usedColumns = new Set<number>();
  const merges: Range0[] = [];
  let maxColumn = -1;
  let prefix = "";
  const headerWords = new Map<string, boolean>();
  const namesField = (s: string) => {
    let known = headerWords.get(s);
    if (known === undefined) {
      known = s.length < 60 && exactFieldForHeader(s) !== null;
      if (headerWords.size < 100_000) headerWords.set(s, known);
    }
    return known;
  };
  splitSheet(zip, entry, {
    head: (_text, p) => {
      prefix = p;
    },
    row: (xml, rowNumber) => {
      if (keep === null && rowNumber > fullRows) return false;
      const full = rowNumber <= fullRows;
      const row: CellValue[] = [];
      let firstFilled = true;
      forEachCell(xml, prefix, (col, type, style, inner) => {
        if (inner === null) return;
        const wanted = full || keep!.has(col);
        // Unwanted cells are decoded only while the row's first filled cell is still unknown, or when they are text.
        if (!wanted && !firstFilled && type !== "s" && type !== "inlineStr" && type !== "str") {
          if (inner.indexOf("<") >= 0) usedColumns.add(col);
          if (col > maxColumn && inner.indexOf("<") >= 0) maxColumn = col;
          return;
        }
        const value = cellValue(type, style, inner, prefix, ctx);
        if (isBlank(value)) return;
        usedColumns.add(col);
        if (col > maxColumn) maxColumn = col;
        if (wanted || firstFilled || (typeof value === "string" && namesField(value))) row[col] = value;
        firstFilled = false;
      });
      while (grid.length < rowNumber - 1) grid.push(NO_CELLS);
      grid[rowNumber - 1] = row.length === 0 ? NO_CELLS : full ? dense(row) : row;
    },
    tail: (text) => {
      const re = /<(?:\w+:)?mergeCell\s[^>]*ref="([^"]+)"/g;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        const range = parseRange(m[1]);
        if (range) merges.push(range);
      }
    },
  });
  return { grid, maxColumn, usedColumns, merges, prefix };
}
