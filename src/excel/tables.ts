import { columnLetter } from "../core";

/**
 * Excel tables (ListObjects) and the result columns. Decision: when the supplier list is an Excel table, PSO-status and
 * PSO-toelichting join it as its last two columns, on purpose: sorting or filtering the table then keeps every
 * verdict with its supplier (outside the table a sort would leave them behind on the wrong rows). Excel would often
 * grow the table by itself when a value lands right of its header; the adapter resizes explicitly (Table.resize,
 * ExcelApi 1.13) so the outcome never depends on the user's AutoCorrect setting. Clear first gives the table back its
 * own columns, then empties the cells: a table header that is cleared would otherwise be renamed "Column6".
 *
 * Without Table.resize (Excel before ExcelApi 1.13) the adapter never resizes: the result columns go beside the table
 * and join it only if Excel's AutoCorrect grows the table by itself. Clear then empties every result cell except the
 * two header cells where they became table headers: those keep "PSO-status" and "PSO-toelichting" (the user removes
 * the table columns), because emptying them would rename them and no API before 1.13 can shrink the table.
 */
export interface TableBox {
  table: Excel.Table;
  row: number;
  col: number;
  rows: number;
  cols: number;
}

/** Queues the load of where each table is; the boxes can be read after the caller's next sync. */
export function queueTableBoxes(tables: readonly Excel.Table[]): () => TableBox[] {
  const ranges = tables.map((t) => t.getRange().load("rowIndex,columnIndex,rowCount,columnCount"));
  return () => tables.map((table, i) => ({ table, row: ranges[i].rowIndex, col: ranges[i].columnIndex, rows: ranges[i].rowCount, cols: ranges[i].columnCount }));
}

/** Where each table is (one sync; none when the sheet has no tables). */
export async function tableBoxes(context: Excel.RequestContext, tables: readonly Excel.Table[]): Promise<TableBox[]> {
  if (tables.length === 0) return [];
  const boxes = queueTableBoxes(tables);
  await context.sync();
  return boxes();
}

const lastColumn = (box: TableBox) => box.col + box.cols - 1;
const address = (row: number, col: number, rows: number, cols: number) =>
  `${columnLetter(col)}${row + 1}:${columnLetter(col + cols - 1)}${row + rows}`;

/** The table whose header row is the list's header row and that touches the result columns. */
function listTable(boxes: readonly TableBox[], headerRow: number, statusColumn: number): TableBox | undefined {
  return boxes.find((b) => b.row === headerRow && b.col < statusColumn && lastColumn(b) >= statusColumn - 1 && lastColumn(b) <= statusColumn + 1);
}

/** Check: the result columns become the table's last two columns (a no-op when they already are, or without resize). */
export function queueJoinTable(boxes: readonly TableBox[], headerRow: number, statusColumn: number, canResize: boolean): void {
  const box = listTable(boxes, headerRow, statusColumn);
  if (canResize && box && lastColumn(box) !== statusColumn + 1) box.table.resize(address(box.row, box.col, box.rows, statusColumn + 2 - box.col));
}

/**
 * Clear: the table ends where the supplier list ends again, before any result cell is emptied. Returns the first row
 * clear may empty: the header row, or the row below it where the result headers stay table headers (no resize).
 */
export function queueLeaveTable(boxes: readonly TableBox[], headerRow: number, statusColumn: number, canResize: boolean): number {
  const box = listTable(boxes, headerRow, statusColumn);
  if (!box || lastColumn(box) < statusColumn) return headerRow;
  if (!canResize) return headerRow + 1;
  box.table.resize(address(box.row, box.col, box.rows, statusColumn - box.col));
  return headerRow;
}
