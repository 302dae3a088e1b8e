import { promises as fs } from "fs";
import path from "path";
import { fail, Message, ok, registerFromGrid, RegisterRead, REGISTER_SHEET_NAME, Result } from "../core";
import { decodeCsv, detectDelimiter, parseCsv } from "./csv";
import { fileMessages } from "./messages";
import { loadWorkbook, MAX_CSV_BYTES, worksheetGrid } from "./readSupplierFile";

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
