import ExcelJS from "exceljs";
import { promises as fs } from "fs";
import path from "path";
import {
  CellValue, ColumnMapping, columnLetter, fail, fieldForHeader, FIELDS, Message, ok, Result, SupplierTable,
  tableFromGrid,
} from "../core";
import { plainCellValue } from "./cellValue";
import { decodeCsv, detectDelimiter, workbookFromCsv } from "./csv";
import { fileMessages } from "./messages";

export interface LoadedSupplierFile {
  file: string;
  workbook: ExcelJS.Workbook;
  worksheet: ExcelJS.Worksheet;
  table: SupplierTable;
  kind: "xlsx" | "csv";
  /** Things the user should know that do not stop the check, such as a column that appears twice. */
  notes: Message[];
}

/**
 * Most rows a sheet may have. Reading is linear but exceljs keeps every cell in memory: 100,000 CSV rows take
 * about 6 s and 350 MB here, a full sheet (1,048,576 rows) would take minutes and gigabytes, so it is refused.
 */
export const MAX_ROWS = 100_000;
/** Room above the data for a title block and the header row (header detection scans the first 30 rows). */
const HEADER_ROOM = 30;
const MAX_SHEET_ROWS = MAX_ROWS + HEADER_ROOM;

/** An OLE compound file: how Excel stores a password-protected workbook and the old .xls format. */
const CFB_SIGNATURE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

function lineCount(text: string): number {
  let n = 0;
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) n++;
  return text.endsWith("\n") ? n : n + 1;
}

/** Opens an .xlsx or .csv file as an exceljs workbook; the file itself is only read. */
export async function loadWorkbook(file: string): Promise<Result<{ workbook: ExcelJS.Workbook; kind: "xlsx" | "csv" }>> {
  const ext = path.extname(file).toLowerCase();
  if (ext !== ".xlsx" && ext !== ".xlsm" && ext !== ".csv") return fail(fileMessages.unsupported(file));
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(file);
  } catch {
    return fail(fileMessages.notFound(file));
  }
  if (bytes.length === 0) return fail(fileMessages.empty(path.basename(file)));
  if (ext === ".csv") {
    const sheetName = path.basename(file, ext).slice(0, 31) || "Blad1";
    const text = decodeCsv(bytes);
    const lines = lineCount(text);
    if (lines > MAX_SHEET_ROWS) return fail(fileMessages.tooManyRows(path.basename(file), sheetName, lines, MAX_ROWS));
    return ok({ workbook: await workbookFromCsv(text, sheetName), kind: "csv" });
  }
  if (bytes.subarray(0, 8).equals(CFB_SIGNATURE)) return fail(fileMessages.encrypted(file));
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    return fail(fileMessages.unreadable(file, error instanceof Error ? error.message : String(error)));
  }
  return ok({ workbook, kind: "xlsx" });
}

const NO_CELLS: CellValue[] = [];

/**
 * The sheet as a grid of plain values, row 1 first. Rows exceljs does not hold share one empty array, so a stray
 * cell in row 1,048,576 costs a sparse array, not a million rows.
 */
export function worksheetGrid(worksheet: ExcelJS.Worksheet): CellValue[][] {
  const grid = new Array<CellValue[]>(worksheet.rowCount).fill(NO_CELLS);
  const width = worksheet.columnCount;
  worksheet.eachRow({ includeEmpty: false }, (sheetRow, r) => {
    const values = sheetRow.values as unknown[];
    const row = new Array<CellValue>(width);
    for (let c = 0; c < width; c++) row[c] = plainCellValue(values[c + 1]);
    grid[r - 1] = row;
  });
  return grid;
}

/** Chooses the sheet (by name, else the first whose header is found) and reads its supplier table. */
export async function readSupplierFile(
  file: string,
  options: { sheet?: string; mapping?: ColumnMapping } = {},
): Promise<Result<LoadedSupplierFile>> {
  const loaded = await loadWorkbook(file);
  if (!loaded.ok) return loaded;
  const { workbook, kind } = loaded.value;
  const sheets = workbook.worksheets;
  const base = path.basename(file);
  const tooBig = sheets.find((s) => s.actualRowCount > MAX_SHEET_ROWS);
  if (tooBig) return fail(fileMessages.tooManyRows(base, tooBig.name, tooBig.actualRowCount, MAX_ROWS));
  if (options.sheet !== undefined) {
    const worksheet = workbook.getWorksheet(options.sheet);
    if (!worksheet) return fail(fileMessages.noSheet(base, options.sheet, sheets.map((s) => s.name)));
    return tableOf(base, workbook, worksheet, kind, options.mapping);
  }
  for (const worksheet of sheets) {
    const table = tableFromGrid(worksheetGrid(worksheet), 1, options.mapping);
    if (table) return withSpend(base, { file, workbook, worksheet, table, kind, notes: [] }, options.mapping);
  }
  if (kind === "csv") return fail(fileMessages.noHeaderCsv(base, detectDelimiter(await csvText(file))));
  return fail(fileMessages.noHeader(base, sheets[0]?.name ?? "(leeg)"));
}

async function csvText(file: string): Promise<string> {
  return decodeCsv(await fs.readFile(file));
}

function tableOf(
  file: string,
  workbook: ExcelJS.Workbook,
  worksheet: ExcelJS.Worksheet,
  kind: "xlsx" | "csv",
  mapping?: ColumnMapping,
): Result<LoadedSupplierFile> {
  const table = tableFromGrid(worksheetGrid(worksheet), 1, mapping);
  if (!table) return fail(fileMessages.noHeader(file, worksheet.name));
  return withSpend(file, { file, workbook, worksheet, table, kind, notes: [] }, mapping);
}

/** Columns whose header names a field that an earlier column already names: the first one is used. */
function duplicateNotes(file: string, loaded: LoadedSupplierFile, explicit?: ColumnMapping): Message[] {
  const { table, worksheet } = loaded;
  const notes: Message[] = [];
  const headerRow = worksheet.getRow(table.headerRow);
  // A merged header cell repeats its text in every cell it covers: that is one column, not a duplicate.
  const sameMerge = (col: number, used: number) => {
    const cell = headerRow.getCell(col + 1);
    return cell.isMerged && cell.master.address === headerRow.getCell(used + 1).master.address;
  };
  for (const field of FIELDS) {
    const used = table.mapping[field];
    if (used === undefined || explicit?.[field] !== undefined) continue;
    const ignored = table.headers
      .map((h, col) => (col !== used && h !== "" && fieldForHeader(h) === field && !sameMerge(col, used) ? col : -1))
      .filter((col) => col > used);
    if (ignored.length === 0) continue;
    notes.push(fileMessages.duplicateColumn(file, worksheet.name, table.headers[used], columnLetter(used), ignored.map(columnLetter)));
  }
  return notes;
}

/** CSV rows with more fields than the header: usually a decimal comma or a delimiter inside an unquoted value. */
function extraFieldNotes(file: string, loaded: LoadedSupplierFile): Message[] {
  const { table, worksheet } = loaded;
  const width = table.headers.reduce((last, h, i) => (h !== "" ? i + 1 : last), 0);
  const rows: number[] = [];
  worksheet.eachRow((row, r) => {
    if (r > table.headerRow && (row.values as unknown[]).length - 1 > width) rows.push(r);
  });
  return rows.length === 0 ? [] : [fileMessages.extraFields(file, rows)];
}

function withSpend(file: string, loaded: LoadedSupplierFile, explicit?: ColumnMapping): Result<LoadedSupplierFile> {
  if (loaded.table.mapping.spend === undefined) return fail(fileMessages.noSpendColumn(file, loaded.worksheet.name));
  if (loaded.table.mapping.level === undefined) return fail(fileMessages.noLevelColumn(file, loaded.worksheet.name));
  const notes = duplicateNotes(file, loaded, explicit);
  if (loaded.kind === "csv") notes.push(...extraFieldNotes(file, loaded));
  return ok({ ...loaded, notes });
}
