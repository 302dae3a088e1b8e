import { CellValue, columnLetter, ColumnMapping, fail, Field, fieldForHeader, FIELDS, isLooseHeader, mappingOfHead, Message, ok, Result, SupplierTable, tableFromColumns, tableFromGrid } from "../core";
import { baseName } from "./fileName";
import { fileMessages, xlsxReadFailure } from "./messages";
import { readSharedStrings } from "./sharedStrings";
import { CellContext, Range0, scanSheet, SheetScan } from "./sheetReader";
import { readNumberStyles } from "./styles";
import { ownSheetsOf, sheetCandidates, sheetMessages } from "./sheetChoice";
import { SheetPart, WorkbookParts, workbookParts } from "./workbookParts";
import { findEntry, openZip, WholeInflate, ZipArchive, ZipTooLargeError } from "./zip";

/*
 * The .xlsx reader: no Node modules and no exceljs, so the CLI and the workbench page read a workbook the same way.
 */

/** Room above the data for a title block and the header row (header detection scans the first 30 rows). */
export const HEADER_ROOM = 30;

/** An OLE compound file: how Excel stores a password-protected workbook and the old .xls format. */
const CFB_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];


/** Where an .xlsx table came from: the archive and what the streaming reader learnt about the sheet. */
export interface XlsxSheetSource {
  zip: ZipArchive;
  parts: WorkbookParts;
  sheet: SheetPart;
  scan: SheetScan;
}

export interface LoadedSupplierFile {
  file: string;
  kind: "xlsx" | "csv";
  sheetName: string;
  table: SupplierTable;
  /** Things the user should know that do not stop the check, such as a column that appears twice. */
  notes: Message[];
  /** An .xlsx: read by streaming, written back by patching (src/xlsx/patch.ts). */
  xlsx?: XlsxSheetSource;
  /** A CSV: its fields, every one as text, for the --out copy. */
  csv?: string[][];
}

/** How a list is read: the sheet and columns named on the command line; a native inflater where there is one (the CLI). */
export interface ReadOptions {
  sheet?: string;
  mapping?: ColumnMapping;
  inflateWhole?: WholeInflate;
}

/**
 * Reads an .xlsx from its bytes by streaming: the sheet list, the shared strings, the date styles and one worksheet,
 * keeping only the cells the check needs. Also used by the workbench page, which has no file system.
 */
export function readXlsxBytes(
  file: string,
  bytes: Uint8Array,
  options: ReadOptions = {},
): Result<LoadedSupplierFile> {
  return withWorkbook(file, bytes, (zip, parts, ctx) => readArchive(file, baseName(file), zip, parts, ctx, options), options.inflateWhole);
}

/**
 * Opens an .xlsx's archive and workbook part and hands them to `read`; every way a file can fail to be a readable
 * workbook (empty, password-protected, not a zip, cut off, a zip bomb) becomes the user's message, also when it
 * shows only while `read` streams a sheet.
 */
export function withWorkbook<T>(
  file: string,
  bytes: Uint8Array,
  read: (zip: ZipArchive, parts: WorkbookParts, ctx: CellContext) => Result<T>,
  inflateWhole?: WholeInflate,
): Result<T> {
  const base = baseName(file);
  if (bytes.length === 0) return fail(fileMessages.empty(base));
  if (CFB_SIGNATURE.every((b, i) => bytes[i] === b)) return fail(fileMessages.encrypted(file));
  try {
    const zip = openZip(bytes, inflateWhole);
    const parts = workbookParts(zip);
    if (!parts) return fail(fileMessages.noWorkbookPart(file));
    return read(zip, parts, cellContextOf(zip, parts));
  } catch (error) {
    if (error instanceof ZipTooLargeError) return fail(fileMessages.tooLarge(base, error.part, error.limit));
    return fail(xlsxReadFailure(file, error));
  }
}

/** What every cell of the workbook's sheets needs to be read: shared strings, date styles, date system. */
export function cellContextOf(zip: ZipArchive, parts: WorkbookParts): CellContext {
  return {
    strings: readSharedStrings(zip, parts.sharedStringsPath),
    dateStyles: readNumberStyles(zip, parts.stylesPath),
    date1904: parts.date1904,
  };
}

function readArchive(
  file: string,
  base: string,
  zip: ZipArchive,
  parts: WorkbookParts,
  ctx: CellContext,
  options: { sheet?: string; mapping?: ColumnMapping },
): Result<LoadedSupplierFile> {
  const names = parts.sheets.map((s) => s.name);
  let candidates = sheetCandidates(parts);
  if (options.sheet !== undefined) {
    const wanted = options.sheet;
    const sheet = parts.sheets.find((s) => s.name === wanted) ?? parts.sheets.find((s) => s.name.toLowerCase() === wanted.toLowerCase());
    if (!sheet) return fail(fileMessages.noSheet(base, wanted, names));
    candidates = [sheet];
  }
  for (const sheet of candidates) {
    const entry = findEntry(zip, sheet.path);
    if (!entry) continue;
    const head = scanSheet(zip, entry, ctx, HEADER_ROOM, null);
    const mapping = mappingOfHead(head.grid, options.mapping);
    if (!mapping) continue;
    const keep = new Set(Object.values(mapping).filter((c): c is number => c !== undefined));
    const scan = scanSheet(zip, entry, ctx, HEADER_ROOM, keep);
    fillMerges(scan);
    const table = tableFromColumns({ head: scan.grid, rowCount: scan.rowCount!, columns: scan.columns! }, 1, options.mapping)!;
    // The table owns the kept cells now; the patch writer needs only what the scan learnt about the columns.
    scan.grid = [];
    scan.columns = undefined;
    const notes = duplicateNotes(base, sheet.name, table, options.mapping, scan.merges);
    if (options.sheet === undefined) {
      const isOwn = ownSheetsOf(parts);
      const others = parts.sheets.filter((s) => s !== sheet && !isOwn(s) && holdsList(zip, s, ctx, options.mapping));
      if (others.length > 0) {
        const names = (hidden: boolean) => others.filter((s) => s.hidden === hidden).map((s) => s.name);
        notes.unshift(sheetMessages.checked(base, sheet.name, sheet === parts.sheets[parts.activeTab], names(false), names(true)));
      }
    }
    return withSpend(base, { file, kind: "xlsx", sheetName: sheet.name, table, notes, xlsx: { zip, parts, sheet, scan } });
  }
  const hidden = parts.sheets.filter((s) => s.hidden).map((s) => s.name);
  if (options.sheet === undefined && hidden.length > 0) return fail(sheetMessages.onlyHidden(base, candidates.map((s) => s.name), hidden));
  return fail(candidates.length === 0 ? fileMessages.noSheets(file) : fileMessages.noHeader(base, candidates[0].name));
}

/** Whether a sheet's first rows hold a supplier table's header. */
function holdsList(zip: ZipArchive, sheet: SheetPart, ctx: CellContext, mapping?: ColumnMapping): boolean {
  const entry = findEntry(zip, sheet.path);
  return entry !== undefined && tableFromGrid(scanSheet(zip, entry, ctx, HEADER_ROOM, null).grid, 1, mapping) !== null;
}

/** Biggest merged block whose value is repeated into its kept cells; larger ones (a whole sheet) are layout, not data. */
const MAX_FILLED_MERGE = 10_000;

/**
 * A merged block shows its first cell's value over all its rows: the cells under it read that value too, in the
 * header rows (every column) and in the kept columns below them. A block whose first cell lies outside both is not
 * known to the streaming reader and fills nothing.
 */
function fillMerges(scan: SheetScan): void {
  const columns = scan.columns!;
  const rows = scan.rowCount!;
  const valueAt = (r: number, c: number): CellValue => columns.get(c)?.[r] ?? scan.grid[r]?.[c];
  for (const m of scan.merges) {
    if ((m.r2 - m.r1 + 1) * (m.c2 - m.c1 + 1) > MAX_FILLED_MERGE || m.r1 >= rows) continue;
    const value = valueAt(m.r1, m.c1);
    if (value === null || value === undefined) continue;
    for (let r = m.r1; r <= Math.min(m.r2, rows - 1); r++) {
      for (let c = m.c1; c <= m.c2; c++) {
        if (r === m.r1 && c === m.c1) continue;
        const column = columns.get(c);
        if (column) column[r] = value;
        if (r < scan.grid.length) {
          if (scan.grid[r].length === 0) scan.grid[r] = [];
          scan.grid[r][c] = value;
        }
      }
    }
  }
}

/** Columns whose header names a field that an earlier column already names: the first one is used. */
export function duplicateNotes(file: string, sheetName: string, table: SupplierTable, explicit?: ColumnMapping, merges: readonly Range0[] = []): Message[] {
  const notes: Message[] = [];
  const header = table.headerRow - 1;
  // A merged header cell repeats its text in every cell it covers: that is one column, not a duplicate.
  const mergeOf = (col: number) => merges.findIndex((m) => m.r1 <= header && header <= m.r2 && m.c1 <= col && col <= m.c2);
  const sameMerge = (col: number, used: number) => mergeOf(col) >= 0 && mergeOf(col) === mergeOf(used);
  // core/columns.ts's rule: a loose header ("Niveau" beside "PSO-trede") is another column's, not a second copy.
  const looseBesidePlain = (field: Field, header: string, used: number) => isLooseHeader(field, header) && !isLooseHeader(field, table.headers[used]);
  for (const field of FIELDS) {
    const used = table.mapping[field];
    if (used === undefined || explicit?.[field] !== undefined) continue;
    const ignored = table.headers
      .map((h, col) => (col !== used && h !== "" && fieldForHeader(h) === field && !looseBesidePlain(field, h, used) && !sameMerge(col, used) ? col : -1))
      .filter((col) => col > used);
    if (ignored.length === 0) continue;
    notes.push(fileMessages.duplicateColumn(file, sheetName, table.headers[used], columnLetter(used), ignored.map(columnLetter)));
  }
  return notes;
}

export function withSpend(file: string, loaded: LoadedSupplierFile): Result<LoadedSupplierFile> {
  if (loaded.table.mapping.spend === undefined && loaded.table.mapping.contractSum === undefined) return fail(fileMessages.noSpendColumn(file, loaded.sheetName));
  if (loaded.table.mapping.level === undefined) return fail(fileMessages.noLevelColumn(file, loaded.sheetName));
  return ok(loaded);
}
