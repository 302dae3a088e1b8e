import { NOT_CALCULATED, percentCellText, type CellValue } from "../core";

export { NOT_CALCULATED, percentCellText };

/** exceljs cell values (formulas, rich text, hyperlinks, errors) as the plain values the core reads. */
export function plainCellValue(value: unknown): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean" || value instanceof Date) {
    return value;
  }
  if (typeof value === "object") {
    const v = value as Record<string, unknown>;
    if ("error" in v) return String(v.error);
    if ("result" in v || "formula" in v || "sharedFormula" in v) {
      return v.result === undefined ? NOT_CALCULATED : plainCellValue(v.result);
    }
    if (Array.isArray(v.richText)) return (v.richText as { text: string }[]).map((t) => t.text).join("");
    if ("text" in v) return plainCellValue(v.text);
  }
  return String(value);
}

const ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?)?/;

/**
 * A `t="d"` cell (ISO 8601 text, as openpyxl and some exporters write dates) as the date-time it names, in UTC like
 * every other date the reader hands over: the written wall clock counts, a zone suffix is ignored, so the calendar day
 * never depends on the machine's time zone. Null when the text is no ISO date.
 */
export function isoDateCell(text: string): Date | null {
  const m = ISO_DATE_TIME.exec(text.trim());
  if (!m) return null;
  const [, y, mo, d, h = "0", mi = "0", s = "0", frac = "0"] = m;
  const ms = Math.round(Number(`0.${frac}`) * 1000);
  const date = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s), ms));
  // Date.UTC rolls 2026-02-30 over into March: such a text is no date.
  return date.getUTCDate() === Number(d) && date.getUTCMonth() === Number(mo) - 1 ? date : null;
}

/**
 * Whether a cell is a formula without a cached result: no `<v>`, or an empty one where the type is not a text result
 * (Excel stores a formula giving "" as t="str" with an empty `<v>`; openpyxl writes `<v></v>` for every formula).
 */
export function isUncalculatedFormula(type: string | null, inner: string, v: string | null, prefix: string, from = 0, to = inner.length): boolean {
  if (v !== null && (v !== "" || type === "str")) return false;
  const at = inner.indexOf(`<${prefix}f`, from);
  // The inner XML is `inner` from `from` to `to`: a tag at or past its end is none of its own.
  if (at < 0 || at + prefix.length + 2 >= to) return false;
  const next = inner.charCodeAt(at + prefix.length + 2);
  return next === 62 || next === 47 || next === 32 || next === 9 || next === 10 || next === 13;
}
