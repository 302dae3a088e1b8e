import { createWorkbook, StandinWorkbook } from "../excel-standin";
import { detectDelimiter, parseCsv } from "../xlsx/csv";

/**
 * A dropped .csv as the CLI reads it (src/xlsx/readSupplierFile.ts): UTF-8 unless the bytes are not UTF-8, then
 * Windows-1252 as Dutch Excel saves it; the same delimiter detection and parser; every field kept as text so Dutch
 * amounts and dates are read by the core; the sheet named after the file.
 */
export function bookFromCsv(data: ArrayBuffer, fileName: string): StandinWorkbook {
  const bytes = new Uint8Array(data);
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    // The browser's windows-1252 decoder maps 0x80 to "€", unlike Node's (which is why the CLI has its own).
    text = new TextDecoder("windows-1252").decode(bytes);
  }
  text = text.replace(/^\uFEFF/, "");
  const grid = parseCsv(text, detectDelimiter(text));
  const sheetName = fileName.replace(/\.csv$/i, "").slice(0, 31) || "Blad1";
  return createWorkbook({ [sheetName]: grid });
}
