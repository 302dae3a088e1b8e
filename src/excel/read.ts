import { CellValue, isPercentFormat, percentCellText, SupplierTable } from "../core";
import { jsonBytes } from "../core/utf8";

/** The values of a sheet's used range (valuesOnly) and where it starts, zero-based. */
export interface UsedGrid {
  row: number;
  col: number;
  values: CellValue[][];
  /** Excel's rowHidden of the used range: false = none hidden, true = all, null = some. */
  rowHidden: boolean | null;
}

/** Excel refuses a get of more than 5,000,000 cells on every platform; the adapter stays well under it. */
export const MAX_CELLS_PER_READ = 1_000_000;
/** A first guess of a cell's JSON size; a chunk that still comes back too large is halved. */
const BYTES_PER_CELL_GUESS = 32;
/** A first guess of a supplier row's JSON size (a dozen columns of names, numbers and dates): sizes the first read. */
const BYTES_PER_ROW_GUESS = 200;
const SHEET_COLUMNS = 16_384;

const isPayloadError = (error: unknown): boolean =>
  /PayloadSizeLimit|ResponsePayload|RequestPayload/i.test(String((error as { code?: string })?.code ?? (error as Error)?.message ?? ""));

/**
 * Reads the used range's values together with whatever `queue` loads (settings, tables...). The first sync reads at
 * most the sheet's first `budget / 200` rows (20,000 at the default budget), so a usual sheet is read whole in one
 * sync and a long one never sends Excel a read whose response passes the payload limit; the rest follows in row
 * chunks sized from what the first rows really weighed: one sync per chunk, never one per row. A read that Excel
 * still refuses (very wide or very full rows) falls back to smaller chunks.
 */
export async function readUsedGrid<T>(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  queue: () => T,
  budget: number,
  maxCells = MAX_CELLS_PER_READ,
): Promise<{ grid: UsedGrid; extras: T }> {
  let extras = queue();
  const used = sheet.getUsedRange(true);
  used.load("rowIndex,columnIndex,rowCount,columnCount,rowHidden");
  const firstRows = Math.max(1, Math.floor(budget / BYTES_PER_ROW_GUESS));
  const head = used.getIntersectionOrNullObject(sheet.getRangeByIndexes(0, 0, firstRows, SHEET_COLUMNS)).load("values,rowIndex,rowCount");
  let refused: unknown = null;
  const values: CellValue[][] = [];
  let dims: Excel.Range = used;
  try {
    await context.sync();
    // Only rows from the used range's top are a start to build on; a range that begins lower is read in chunks.
    if (!head.isNullObject && head.values && head.rowIndex === used.rowIndex) for (const row of head.values) values.push(row);
  } catch (error) {
    // Too many bytes (web) or too many cells (any platform; Excel's code for that varies): the size decides below.
    refused = error;
    extras = queue();
    dims = sheet.getUsedRange(true);
    dims.load("rowIndex,columnIndex,rowCount,columnCount,rowHidden");
    await context.sync();
  }
  const { rowIndex, columnIndex, rowCount, columnCount } = dims;
  if (refused && !isPayloadError(refused) && rowCount * columnCount <= maxCells) throw refused;
  const maxRows = Math.max(1, Math.floor(maxCells / columnCount));
  const stepFor = (bytesPerRow: number) => Math.max(1, Math.min(Math.floor((budget * 0.9) / bytesPerRow), maxRows));
  // Size the next chunk from what was read, with a tenth to spare; without a first read, from a guess per cell.
  let step = values.length > 0 ? stepFor(jsonBytes(values) / values.length) : stepFor(columnCount * BYTES_PER_CELL_GUESS);
  for (let start = values.length; start < rowCount; ) {
    const count = Math.min(step, rowCount - start);
    const chunk = sheet.getRangeByIndexes(rowIndex + start, columnIndex, count, columnCount).load("values");
    try {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per chunk that fits the payload limit
      await context.sync();
    } catch (error) {
      if (!isPayloadError(error) || count === 1) throw error;
      step = Math.max(1, Math.floor(count / 2));
      continue;
    }
    for (const row of chunk.values) values.push(row);
    start += count;
    step = stepFor(jsonBytes(chunk.values) / count);
  }
  return { grid: { row: rowIndex, col: columnIndex, values, rowHidden: dims.rowHidden }, extras };
}

/** A number format's JSON weight per cell, with room for long custom codes ("#,##0.0%;[Red]-#,##0.0%"). */
const BYTES_PER_FORMAT = 32;

/**
 * Percent-formatted cells of the contribution column as the percentage they show (core percentCellText): Office hands
 * a percent cell over as its fraction (0,8 for 80 %), and only its number format tells it from a bare 0,8 (0,8 %).
 * Reads the number format of that one column, only over the rows whose contribution is a number, in as few syncs as
 * the payload budget allows (one for any usual sheet); without such rows it costs no sync at all.
 */
export async function readPercentFormats(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  table: Pick<SupplierTable, "columns" | "mapping" | "columnOffset">,
  budget: number,
): Promise<void> {
  const field = table.mapping.contribution;
  // The evaluator reads the table's columns (the rows are made from them when first asked for): the cells change there.
  const cells = table.columns.cells.contribution as CellValue[] | undefined;
  if (field === undefined || cells === undefined) return;
  const rowOf = (i: number) => (table.columns.rowNumbers ? table.columns.rowNumbers[i] : i + 1);
  const numeric: number[] = [];
  for (let i = 0; i < table.columns.count; i++) if (typeof cells[i] === "number") numeric.push(i);
  if (numeric.length === 0) return;
  const column = table.columnOffset + field;
  const first = rowOf(numeric[0]);
  const last = rowOf(numeric[numeric.length - 1]);
  const step = Math.max(1, Math.floor((budget * 0.9) / BYTES_PER_FORMAT));
  const formats = new Map<number, string>();
  for (let from = first; from <= last; from += step) {
    const count = Math.min(step, last - from + 1);
    const range = sheet.getRangeByIndexes(from - 1, column, count, 1).load("numberFormat");
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per chunk that fits the payload limit
    await context.sync();
    range.numberFormat.forEach((line, i) => formats.set(from + i, String(line[0] ?? "")));
  }
  for (const i of numeric) if (isPercentFormat(formats.get(rowOf(i)))) cells[i] = percentCellText(cells[i] as number);
}
