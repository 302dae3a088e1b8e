import { isBlank } from "../core";
import { excelError, inputErrorCode, isExcelError } from "./errors";
import { functionMessages } from "./messages";

/** A 2-D result as Excel spills it; a cell may hold an error. */
export type Grid = unknown[][];

/** Excel hands a range (and, for a matrix parameter, a single cell) over as a 2-D array; tests may pass scalars. */
export function asGrid(arg: unknown): Grid {
  if (Array.isArray(arg)) {
    if (arg.length === 0) return [[null]];
    return arg.every(Array.isArray) ? (arg as Grid) : [arg];
  }
  return [[arg === undefined ? null : arg]];
}

function shape(grid: Grid): [number, number] {
  return [grid.length, grid.reduce((max, row) => Math.max(max, row.length), 0)];
}

/** One dimension of Excel-style broadcasting: every size is 1 or the largest. */
function common(sizes: number[]): number | null {
  const max = Math.max(1, ...sizes);
  return sizes.every((s) => s === 1 || s === max) ? max : null;
}

export interface RowSpec {
  /** Indexes of the arguments without which a row means nothing: a row where all of them are blank stays blank. */
  required: number[];
}

/**
 * Calls `perRow` once per cell of the broadcast shape of the arguments (ranges of equal size, or single cells that
 * apply to every row) and returns the results in that shape. A row whose required cells are all blank gives "",
 * so one formula can cover a column with empty rows at the end. An exception becomes a #VALUE! in its cell only.
 */
/**
 * A per-row formula that can also answer many rows in one call (PSO.STATUS over a column): `columns` holds one array
 * per argument with the rows that are not blank, already broadcast. It gives the same answer as `perRow` row by row,
 * or null when it cannot (then mapRows goes row by row).
 */
export type RowFormula = ((cells: unknown[]) => unknown) & {
  batch?: (columns: unknown[][], count: number) => unknown[] | null;
};

export function mapRows(args: unknown[], spec: RowSpec, perRow: RowFormula): Grid {
  const grids = args.map(asGrid);
  const shapes = grids.map(shape);
  const rows = common(shapes.map((s) => s[0]));
  const cols = common(shapes.map((s) => s[1]));
  if (rows === null || cols === null) {
    return [[excelError("value", functionMessages.shapeMismatch(shapes.map(([r, c]) => `${r}×${c}`)))]];
  }
  const at = (g: Grid, r: number, c: number): unknown => {
    const row = g.length === 1 ? g[0] : g[r];
    return cellValue(row.length === 1 ? row[0] : row[c]);
  };
  if (perRow.batch && rows * cols > 1) {
    const batched = inBatch(grids, spec, perRow.batch, rows, cols, at);
    if (batched) return batched;
  }
  const out: Grid = new Array(rows);
  for (let r = 0; r < rows; r++) {
    const line = new Array<unknown>(cols);
    for (let c = 0; c < cols; c++) {
      const empty = spec.required.length > 0 && spec.required.every((i) => blank(at(grids[i], r, c)));
      line[c] = empty ? "" : safely(perRow, grids.map((g) => at(g, r, c)));
    }
    out[r] = line;
  }
  return out;
}

/**
 * One input cell as the core reads it: an error Excel passed in becomes its code ("#N/A"), which the core already
 * reports for that row alone ("de cel bevat de formulefout #N/A"), exactly as for an error read from a sheet.
 */
function cellValue(value: unknown): unknown {
  if (value === undefined) return null;
  return inputErrorCode(value) ?? value;
}

/** The batch form of mapRows: the rows that are not blank as broadcast columns in, the answers back in the broadcast shape. */
function inBatch(
  grids: Grid[],
  spec: RowSpec,
  batch: NonNullable<RowFormula["batch"]>,
  rows: number,
  cols: number,
  at: (g: Grid, r: number, c: number) => unknown,
): Grid | null {
  // A whole-column reference brings a million mostly empty rows: leave them out before the batch sees them.
  const keptRow = new Int32Array(rows * cols);
  const keptCol = new Int32Array(rows * cols);
  let count = 0;
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      let empty = spec.required.length > 0;
      for (let k = 0; k < spec.required.length && empty; k++) empty = blank(at(grids[spec.required[k]], r, c));
      if (empty) continue;
      keptRow[count] = r;
      keptCol[count++] = c;
    }
  }
  const columns = grids.map((g) => {
    const column = new Array<unknown>(count);
    if (g.length === 1 && g[0].length === 1) column.fill(cellValue(g[0][0]));
    else if (cols === 1) for (let j = 0; j < count; j++) column[j] = cellValue(g[keptRow[j]][0]);
    else for (let j = 0; j < count; j++) column[j] = at(g, keptRow[j], keptCol[j]);
    return column;
  });
  const answers = count === 0 ? [] : safely(() => batch(columns, count), []);
  if (!Array.isArray(answers)) return null;
  const out: Grid = new Array(rows);
  if (cols === 1) {
    // One column (PSO.STATUS over a list): each row's answer in its own one-cell row, as Excel spills it.
    for (let r = 0, j = 0; r < rows; r++) out[r] = [j < count && keptRow[j] === r ? answers[j++] : ""];
    return out;
  }
  for (let r = 0, j = 0; r < rows; r++) {
    const line = new Array<unknown>(cols);
    for (let c = 0; c < cols; c++) line[c] = j < count && keptRow[j] === r && keptCol[j] === c ? answers[j++] : "";
    out[r] = line;
  }
  return out;
}

/** Excel passes empty cells of a range as ""; the common cases are checked before the core's full test. */
function blank(value: unknown): boolean {
  return value === "" || value === null || isBlank(value as never);
}

function safely(perRow: (cells: unknown[]) => unknown, cells: unknown[]): unknown {
  try {
    return perRow(cells);
  } catch (e) {
    if (isExcelError(e)) return e;
    return excelError("value", functionMessages.internal(e instanceof Error ? e.message : String(e)));
  }
}

/** All cells of a range in reading order (left to right, top to bottom). */
export function flatten(arg: unknown): unknown[] {
  return asGrid(arg).flat().map(cellValue);
}

/** For whole-range functions (PSO.KPI): an exception becomes one #VALUE! cell, never a JavaScript error in Excel. */
export function guarded(compute: () => Grid): Grid {
  const result = safely(compute, []);
  return Array.isArray(result) ? (result as Grid) : [[result]];
}
