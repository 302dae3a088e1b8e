import { CellValue, isBlank } from "./cells";
import { ColumnMapping, columnLetter, Field, FIELDS } from "./columns";
import type { SupplierRow } from "./evaluate";
import { ColumnNames } from "./reasons";

/**
 * Turns the data rows of a grid into supplier rows. `firstRowNumber` is the sheet row number (1-based, as Excel
 * shows it) of grid[0]; rows with no mapped value at all are skipped.
 */
export function rowsFromGrid(
  grid: readonly (readonly CellValue[])[],
  mapping: ColumnMapping,
  firstRowNumber: number,
): SupplierRow[] {
  const fields = FIELDS.filter((f) => mapping[f] !== undefined);
  const columns = fields.map((f) => mapping[f] as number);
  const rows: SupplierRow[] = [];
  for (let r = 0; r < grid.length; r++) {
    const cells = grid[r];
    const row: SupplierRow = { row: firstRowNumber + r };
    let empty = true;
    for (let i = 0; i < fields.length; i++) {
      const value = cells[columns[i]];
      row[fields[i] as Field] = value;
      if (empty && !isBlank(value)) empty = false;
    }
    if (!empty) rows.push(row);
  }
  return rows;
}

/** Column names for messages as the user sees them: `"Opdrachtsom per jaar" (C)`. */
export function columnNamesFor(mapping: ColumnMapping, headers: readonly string[], firstColumn = 0): ColumnNames {
  const names: ColumnNames = {};
  for (const field of FIELDS) {
    const col = mapping[field];
    if (col === undefined) continue;
    const header = headers[col]?.trim();
    names[field] = `${header ? `"${header}" ` : ""}(${columnLetter(firstColumn + col)})`;
  }
  return names;
}
