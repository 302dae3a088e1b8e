import ExcelJS from "exceljs";
import { promises as fs } from "fs";
import path from "path";
import { CellValue, ColumnMapping, fail, ok, Result, SupplierTable, tableFromGrid } from "../core";
import { plainCellValue } from "./cellValue";
import { decodeCsv, workbookFromCsv } from "./csv";
import { fileMessages } from "./messages";

export interface LoadedSupplierFile {
  file: string;
  workbook: ExcelJS.Workbook;
  worksheet: ExcelJS.Worksheet;
  table: SupplierTable;
  kind: "xlsx" | "csv";
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
  if (ext === ".csv") {
    const sheetName = path.basename(file, ext).slice(0, 31) || "Blad1";
    return ok({ workbook: await workbookFromCsv(decodeCsv(bytes), sheetName), kind: "csv" });
  }
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    return fail(fileMessages.unreadable(file, error instanceof Error ? error.message : String(error)));
  }
  return ok({ workbook, kind: "xlsx" });
}

/** The sheet as a grid of plain values, row 1 first. */
export function worksheetGrid(worksheet: ExcelJS.Worksheet): CellValue[][] {
  const grid: CellValue[][] = [];
  const width = worksheet.columnCount;
  for (let r = 1; r <= worksheet.rowCount; r++) {
    const values = worksheet.getRow(r).values as unknown[];
    const row = new Array<CellValue>(width);
    for (let c = 0; c < width; c++) row[c] = plainCellValue(values[c + 1]);
    grid.push(row);
  }
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
  if (options.sheet !== undefined) {
    const worksheet = workbook.getWorksheet(options.sheet);
    if (!worksheet) return fail(fileMessages.noSheet(base, options.sheet, sheets.map((s) => s.name)));
    return tableOf(base, workbook, worksheet, kind, options.mapping);
  }
  for (const worksheet of sheets) {
    const table = tableFromGrid(worksheetGrid(worksheet), 1, options.mapping);
    if (table) return withSpend(base, { file, workbook, worksheet, table, kind });
  }
  return fail(fileMessages.noHeader(base, sheets[0]?.name ?? "(leeg)"));
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
  return withSpend(file, { file, workbook, worksheet, table, kind });
}

function withSpend(file: string, loaded: LoadedSupplierFile): Result<LoadedSupplierFile> {
  if (loaded.table.mapping.spend === undefined) return fail(fileMessages.noSpendColumn(file, loaded.worksheet.name));
  return ok(loaded);
}
