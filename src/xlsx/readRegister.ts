import { promises as fs } from "fs";
import path from "path";
import { fail, Message, ok, registerFromGrid, RegisterRead, REGISTER_SHEET_NAME, Result } from "../core";
import { decodeCsv, detectDelimiter, parseCsv } from "./csv";
import { fileMessages } from "./messages";
import { loadWorkbook, MAX_CSV_BYTES, worksheetGrid, XlsxSheetSource } from "./readSupplierFile";
import { readSharedStrings } from "./sharedStrings";
import { CellContext, scanSheet } from "./sheetReader";
import { readDateStyles } from "./styles";
import { findEntry } from "./zip";

/**
 * Reads a PSO-register export: a .csv (semicolon or comma, the encodings the supplier list accepts) or an .xlsx
 * (the sheet "PSO-register" if there is one, else the first sheet with a register header). The file is only read.
 */
export async function readRegisterFile(file: string): Promise<Result<RegisterRead>> {
  const base = path.basename(file);
  const ext = path.extname(file).toLowerCase();
  if (ext === ".csv") {
    let bytes: Buffer;
    try {
      bytes = await fs.readFile(file);
    } catch {
      return fail(fileMessages.notFound(file));
    }
    if (bytes.length === 0) return fail(fileMessages.empty(base));
    if (bytes.length > MAX_CSV_BYTES) return fail(fileMessages.csvTooLarge(base, bytes.length, MAX_CSV_BYTES));
    const text = decodeCsv(bytes);
    return registerFromGrid(parseCsv(text, detectDelimiter(text)), base);
  }
  const opened = await loadWorkbook(file);
  if (!opened.ok) return opened;
  const sheets = opened.value.workbook.worksheets;
  const named = sheets.find((s) => s.name.trim().toLowerCase() === REGISTER_SHEET_NAME.toLowerCase());
  let firstRefusal: Message | null = null;
  for (const sheet of named ? [named] : sheets) {
    const read = registerFromGrid(worksheetGrid(sheet), `${base} (${sheet.name})`);
    if (read.ok) return ok(read.value);
    firstRefusal ??= read.message;
  }
  return fail(firstRefusal ?? fileMessages.empty(base));
}

/**
 * The PSO-register sheet inside the supplier workbook itself, as the taskpane uses it: read by streaming from the
 * archive already open; null when the workbook has no such sheet.
 */
export function registerSheetOfWorkbook(source: XlsxSheetSource): Result<RegisterRead> | null {
  const sheet = source.parts.sheets.find((s) => s.name.trim().toLowerCase() === REGISTER_SHEET_NAME.toLowerCase());
  const entry = sheet ? findEntry(source.zip, sheet.path) : undefined;
  if (!sheet || !entry || sheet === source.sheet) return null;
  const ctx: CellContext = {
    strings: readSharedStrings(source.zip, source.parts.sharedStringsPath),
    dateStyles: readDateStyles(source.zip, source.parts.stylesPath),
    date1904: source.parts.date1904,
  };
  const scan = scanSheet(source.zip, entry, ctx, Number.MAX_SAFE_INTEGER, null);
  return registerFromGrid(scan.grid, `"${sheet.name}"`);
}
