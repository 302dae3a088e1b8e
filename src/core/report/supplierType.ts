import { CellValue, cellText } from "../read/cells";

/*
 * Issue 24.5: sheltered-work companies. Seed 004 counts purchases at "PSO-gecertificeerde organisaties en sociale
 * werkvoorzieningen (SW-bedrijven)" in the indirect contribution; a list names them in its category column.
 */

export type SupplierType = "sw";

const SW = /\bsw[\s-]?bedrij(?:f|ven)\b|\bsociale werkvoorziening(?:en)?\b|\bsociaal werkbedrij(?:f|ven)\b|\bwerkvoorzieningsschap\b|\bsheltered work/;

/** "sw" when the category names a sheltered-work company ("SW-bedrijf", "sociale werkvoorziening", "sociaal werkbedrijf"). */
export function supplierTypeOf(category: CellValue | undefined): SupplierType | null {
  if (category === undefined) return null;
  const text = cellText(category).toLowerCase();
  return text && SW.test(text) ? "sw" : null;
}

/** The sheet rows whose category names an SW-bedrijf (rows as the columns number them). */
export function swRowsOf(columns: { count: number; rowNumbers?: ArrayLike<number>; cells: { category?: ArrayLike<CellValue> } }): Set<number> {
  const out = new Set<number>();
  const cells = columns.cells.category;
  if (!cells) return out;
  for (let i = 0; i < columns.count; i++) if (supplierTypeOf(cells[i]) === "sw") out.add(columns.rowNumbers ? columns.rowNumbers[i] : i + 1);
  return out;
}
