import { fail, Message, ok, registerFromGrid, RegisterRead, REGISTER_SHEET_NAME, Result } from "../core";
import { decodeCsv, detectDelimiter, parseCsv } from "./csv";
import { baseName, extensionOf } from "./fileName";
import { fileMessages } from "./messages";
import { MAX_CSV_BYTES, XlsxSheetSource } from "./readSupplierFile";
import { cellContextOf, withWorkbook } from "./readXlsx";
import { CellContext, scanSheet } from "./sheetReader";
import { SheetPart } from "./workbookParts";
import { findEntry, WholeInflate, ZipArchive } from "./zip";

/**
 * Reads a PSO-register export: a .csv (semicolon or comma, the encodings the supplier list accepts) or an .xlsx
 * or .xlsm (the sheet "PSO-register" if there is one, else the first sheet with a register header), streamed by the
 * supplier list's reader, from the bytes the CLI read (src/cli/readFiles.ts); `file` names it and gives its kind.
 */
export function readRegisterBytes(file: string, bytes: Uint8Array, inflateWhole?: WholeInflate): Result<RegisterRead> {
  const base = baseName(file);
  const ext = extensionOf(file);
  if (ext !== ".csv" && ext !== ".xlsx" && ext !== ".xlsm") return fail(fileMessages.unsupported(file));
  if (ext === ".csv") {
    if (bytes.length === 0) return fail(fileMessages.empty(base));
    if (bytes.length > MAX_CSV_BYTES) return fail(fileMessages.csvTooLarge(base, bytes.length, MAX_CSV_BYTES));
    const text = decodeCsv(bytes);
    return registerFromGrid(parseCsv(text, detectDelimiter(text)), base);
  }
  return withWorkbook(file, bytes, (zip, parts, ctx) => {
    const named = parts.sheets.find(isRegisterSheet);
    let firstRefusal: Message | null = null;
    for (const sheet of named ? [named] : parts.sheets) {
      const read = registerOfSheet(zip, sheet, ctx, `${base} (${sheet.name})`);
      if (!read) continue;
      if (read.ok) return ok(read.value);
      firstRefusal ??= read.message;
    }
    return fail(firstRefusal ?? fileMessages.empty(base));
  }, inflateWhole);
}

const isRegisterSheet = (sheet: SheetPart) => sheet.name.trim().toLowerCase() === REGISTER_SHEET_NAME.toLowerCase();

/** A sheet read whole by streaming (a register is a few thousand rows) and taken as a register; null when the part is missing. */
function registerOfSheet(zip: ZipArchive, sheet: SheetPart, ctx: CellContext, label: string): Result<RegisterRead> | null {
  const entry = findEntry(zip, sheet.path);
  return entry ? registerFromGrid(scanSheet(zip, entry, ctx, Number.MAX_SAFE_INTEGER, null).grid, label) : null;
}

/**
 * The PSO-register sheet inside the supplier workbook itself, as the taskpane uses it: read by streaming from the
 * archive already open; null when the workbook has no such sheet.
 */
export function registerSheetOfWorkbook(source: XlsxSheetSource): Result<RegisterRead> | null {
  const sheet = source.parts.sheets.find(isRegisterSheet);
  if (!sheet || sheet === source.sheet) return null;
  return registerOfSheet(source.zip, sheet, cellContextOf(source.zip, source.parts), `"${sheet.name}"`);
}
