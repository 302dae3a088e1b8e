import type { CellValue } from "../core";

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

const isPayloadError = (error: unknown): boolean =>
  /PayloadSizeLimit|ResponsePayload|RequestPayload/i.test(String((error as { code?: string })?.code ?? (error as Error)?.message ?? ""));

/**
 * Reads the used range's values in one sync together with whatever `queue` loads (settings, tables...). When the
 * response would pass Office's payload limit, it falls back to row chunks: one sync per chunk, never one per row.
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
  used.load("rowIndex,columnIndex,rowCount,columnCount,values,rowHidden");
  let refused: unknown = null;
  try {
    await context.sync();
    if (used.values) {
      return { grid: { row: used.rowIndex, col: used.columnIndex, values: used.values, rowHidden: used.rowHidden }, extras };
    }
  } catch (error) {
    // Too many bytes (web) or too many cells (any platform; Excel's code for that varies): the size decides below.
    refused = error;
  }
  extras = queue();
  const dims = sheet.getUsedRange(true);
  dims.load("rowIndex,columnIndex,rowCount,columnCount,rowHidden");
  await context.sync();
  const { rowIndex, columnIndex, rowCount, columnCount } = dims;
  if (refused && !isPayloadError(refused) && rowCount * columnCount <= maxCells) throw refused;
  const values: CellValue[][] = [];
  let step = Math.max(1, Math.min(Math.floor(budget / (columnCount * BYTES_PER_CELL_GUESS)), Math.floor(maxCells / columnCount)));
  for (let start = 0; start < rowCount; ) {
    const count = Math.min(step, rowCount - start);
    const chunk = sheet.getRangeByIndexes(rowIndex + start, columnIndex, count, columnCount).load("values");
    try {
      await context.sync();
    } catch (error) {
      if (!isPayloadError(error) || count === 1) throw error;
      step = Math.max(1, Math.floor(count / 2));
      continue;
    }
    for (const row of chunk.values) values.push(row);
    start += count;
    // Size the next chunk from what this one really weighed, with a tenth to spare.
    const bytesPerRow = JSON.stringify(chunk.values).length / count;
    step = Math.max(1, Math.min(Math.floor((budget * 0.9) / bytesPerRow), Math.floor(maxCells / columnCount)));
  }
  return { grid: { row: rowIndex, col: columnIndex, values, rowHidden: dims.rowHidden }, extras };
}
