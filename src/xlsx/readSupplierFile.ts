import { CellValue, columnLetter, ColumnMapping, fail, FIELDS, isBlank, Message, Result, SupplierTable, tableFromGrid } from "../core";
import { decodeCsv, detectDelimiter, looksLikeUtf16, parseCsv } from "./csv";
import { baseName, extensionOf, stemOf } from "./fileName";
import { fileMessages } from "./messages";
import { duplicateNotes, LoadedSupplierFile, ReadOptions, readXlsxBytes, withSpend } from "./readXlsx";

export type { LoadedSupplierFile, ReadOptions, XlsxSheetSource } from "./readXlsx";

/**
 * Most bytes a CSV may have: 100,000 supplier rows are about 10 MB. A larger file (one 300 MB line, say) would take
 * the CSV parser past V8's limits before the row count could refuse it.
 */
export const MAX_CSV_BYTES = 64 * 1024 * 1024;

/**
 * Chooses the sheet (by name, else the first whose header is found) and reads its supplier table from the file's bytes
 * (the CLI reads them: src/cli/readFiles.ts); `file` names it in messages and gives its kind by its extension. A column
 * named with --kolom must hold something: an empty one would make every supplier uncertified (or out of scope)
 * without a word.
 */
export function readSupplierBytes(
  file: string,
  bytes: Uint8Array,
  options: ReadOptions = {},
): Result<LoadedSupplierFile> {
  const loaded = readTable(file, bytes, options);
  if (!loaded.ok) return loaded;
  const { table, sheetName } = loaded.value;
  if (table.columns.count === 0) return fail(fileMessages.noSuppliers(baseName(file), sheetName, table.headerRow));
  const problem = explicitColumnProblem(loaded.value, options.mapping);
  return problem ? fail(problem) : loaded;
}

/** The first column named on the command line that holds no value in any row of the table. */
function explicitColumnProblem(loaded: LoadedSupplierFile, mapping: ColumnMapping | undefined): Message | null {
  const { table } = loaded;
  if (!mapping || table.columns.count === 0) return null;
  const base = baseName(loaded.file);
  for (const field of FIELDS) {
    const column = mapping[field];
    if (column === undefined || holdsValue(table.columns.cells[field])) continue;
    const letter = columnLetter(column + table.columnOffset);
    const lastColumn = table.headers.reduce((last, h, i) => (h !== "" ? i : last), -1);
    if (column > lastColumn && (table.headers[column] ?? "") === "") {
      return fileMessages.columnBeyondTable(base, loaded.sheetName, field, letter, columnLetter(lastColumn + table.columnOffset));
    }
    return fileMessages.columnEmpty(base, loaded.sheetName, field, letter, table.headers[column] ?? "", table.headerRow);
  }
  return null;
}

function holdsValue(cells: ArrayLike<CellValue> | undefined): boolean {
  if (!cells) return false;
  for (let i = 0; i < cells.length; i++) if (!isBlank(cells[i])) return true;
  return false;
}

function readTable(file: string, bytes: Uint8Array, options: ReadOptions): Result<LoadedSupplierFile> {
  const ext = extensionOf(file);
  if (ext !== ".xlsx" && ext !== ".xlsm" && ext !== ".csv") return fail(fileMessages.unsupported(file));
  if (ext !== ".csv") return readXlsxBytes(file, bytes, options);
  const base = baseName(file);
  if (bytes.length === 0) return fail(fileMessages.empty(base));
  if (bytes.length > MAX_CSV_BYTES) return fail(fileMessages.csvTooLarge(base, bytes.length, MAX_CSV_BYTES));
  if (!hasBom(bytes) && looksLikeUtf16(bytes)) return fail(fileMessages.csvEncoding(base));
  const text = decodeCsv(bytes);
  const delimiter = detectDelimiter(text);
  const problems: { unclosedQuote?: number } = {};
  const grid = parseCsv(text, delimiter, problems);
  if (problems.unclosedQuote !== undefined) return fail(unclosedQuote(base, text, problems.unclosedQuote));
  const sheetName = stemOf(file).slice(0, 31) || "Blad1";
  const table = tableFromGrid(grid, 1, options.mapping);
  if (!table) return fail(fileMessages.noHeaderCsv(base, delimiter));
  const notes = duplicateNotes(base, sheetName, table, options.mapping);
  notes.push(...extraFieldNotes(base, grid, table));
  return withSpend(base, { file, kind: "csv", sheetName, table, notes, csv: grid });
}

const hasBom = (b: Uint8Array) => (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) || (b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff);

function lineCount(text: string): number {
  let n = 0;
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) n++;
  return text.endsWith("\n") ? n : n + 1;
}

/** The line (as an editor numbers it) where a never-closed quote opened, and the start of the field it swallowed. */
function unclosedQuote(file: string, text: string, offset: number): Message {
  let line = 1;
  for (let i = text.indexOf("\n"); i >= 0 && i < offset; i = text.indexOf("\n", i + 1)) line++;
  const start = text.slice(offset, offset + 40).split(/\r?\n/)[0];
  const lines = lineCount(text) - line;
  return fileMessages.unclosedQuote(file, line, start, lines);
}

/** CSV rows with more fields than the header: usually a decimal comma or a delimiter inside an unquoted value. */
function extraFieldNotes(file: string, grid: readonly (readonly string[])[], table: SupplierTable): Message[] {
  const width = table.headers.reduce((last, h, i) => (h !== "" ? i + 1 : last), 0);
  const rows: number[] = [];
  grid.forEach((fields, r) => {
    if (r + 1 > table.headerRow && fields.length > width) rows.push(r + 1);
  });
  return rows.length === 0 ? [] : [fileMessages.extraFields(file, rows)];
}

