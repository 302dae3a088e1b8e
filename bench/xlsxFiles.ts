import ExcelJS from "exceljs";
import type { CellValue } from "../src/core";

/** Writes a one-sheet workbook with a header row and the given rows (streaming, so 100,000 rows stay cheap). */
export async function writeSheet(file: string, sheetName: string, headers: string[], rows: CellValue[][]): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useStyles: false, useSharedStrings: false });
  const sheet = workbook.addWorksheet(sheetName);
  sheet.addRow(headers).commit();
  for (const row of rows) sheet.addRow(row as ExcelJS.CellValue[]).commit();
  sheet.commit();
  await workbook.commit();
}
