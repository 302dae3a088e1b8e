import ExcelJS from "exceljs";
import { Readable } from "stream";

/** UTF-8 (with or without BOM) unless the bytes are not valid UTF-8; then Windows-1252, as Dutch Excel saves CSV. */
export function decodeCsv(bytes: Buffer): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return bytes.subarray(3).toString("utf8");
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder("windows-1252").decode(bytes);
  }
}

/** The delimiter that splits the first non-empty lines most consistently: semicolon (Dutch Excel), comma or tab. */
export function detectDelimiter(text: string): string {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== "").slice(0, 20);
  let best = ",";
  let bestScore = -1;
  for (const d of [";", ",", "\t"]) {
    const counts = lines.map((l) => l.split(d).length - 1);
    const score = counts.filter((c) => c > 0 && c === counts[0]).length * 10 + (counts[0] ?? 0);
    if (counts[0] > 0 && score > bestScore) {
      best = d;
      bestScore = score;
    }
  }
  return best;
}

/** Reads CSV text into a workbook with one sheet; every cell stays text so Dutch numbers are parsed by the core. */
export async function workbookFromCsv(text: string, sheetName: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.csv.read(Readable.from([text]), {
    sheetName,
    map: (value: unknown) => value,
    parserOptions: { delimiter: detectDelimiter(text), quote: '"', relaxColumnCount: true },
  } as unknown as Parameters<typeof workbook.csv.read>[1]);
  return workbook;
}
