import type { CellValue } from "../core";

/** exceljs cell values (formulas, rich text, hyperlinks, errors) as the plain values the core reads. */
export function plainCellValue(value: unknown): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean" || value instanceof Date) {
    return value;
  }
  if (typeof value === "object") {
    const v = value as Record<string, unknown>;
    if ("error" in v) return String(v.error);
    if ("result" in v || "formula" in v || "sharedFormula" in v) return plainCellValue(v.result);
    if (Array.isArray(v.richText)) return (v.richText as { text: string }[]).map((t) => t.text).join("");
    if ("text" in v) return plainCellValue(v.text);
  }
  return String(value);
}
