/** A cell value as Office.js hands it over: "" for an empty cell. */
export type Value = string | number | boolean;

/**
 * What Excel stores when a string is written through `Range.values`: Excel parses it as if it were typed, in en-US.
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.range#excel-excel-range-values-member says a value that
 * starts with "=", "+" or "-" is taken as a formula; number-like text ("007", "1.5", "5%") becomes a number and
 * date-like text ("2026-11", "1-2", "2026-11-05", "1/2/2026") a date serial with a date format, unless the cell's
 * number format is text ("@"): https://learn.microsoft.com/en-us/office/dev/add-ins/excel/excel-add-ins-ranges-set-get-values
 * and https://support.microsoft.com/office/stop-automatically-changing-numbers-to-dates-452bd2db-cc96-47d1-81e4-72cec11c4ed8.
 * A leading apostrophe keeps the rest as text (it is not part of the value).
 */
export type Stored =
  | { kind: "value"; value: Value; numberFormat?: string }
  | { kind: "formula"; formula: string };

const SERIAL_EPOCH = Date.UTC(1899, 11, 30);
const serial = (y: number, m: number, d: number): number | null => {
  const t = Date.UTC(y, m - 1, d);
  const date = new Date(t);
  if (m < 1 || m > 12 || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return (t - SERIAL_EPOCH) / 86_400_000;
};

/** The current year, for dates typed without one ("1-2" is 2 January of this year). */
const thisYear = () => new Date().getUTCFullYear();

function asDate(text: string): { value: number; numberFormat: string } | null {
  let m = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/.exec(text);
  if (m) return withFormat(serial(+m[1], +m[2], +m[3]), "yyyy-mm-dd");
  m = /^(\d{4})[-/](\d{1,2})$/.exec(text);
  if (m) return withFormat(serial(+m[1], +m[2], 1), "mmm-yy");
  m = /^(\d{1,2})[-/](\d{1,2})[-/](\d{4})$/.exec(text);
  if (m) return withFormat(serial(+m[3], +m[1], +m[2]), "m/d/yyyy");
  m = /^(\d{1,2})[-/](\d{1,2})$/.exec(text);
  if (m) return withFormat(serial(thisYear(), +m[1], +m[2]), "d-mmm");
  return null;
}

const withFormat = (value: number | null, numberFormat: string) => (value === null ? null : { value, numberFormat });

export function coerceTyped(text: string, cellFormat: string | undefined): Stored {
  if (cellFormat === "@") return { kind: "value", value: text };
  if (text.startsWith("'")) return { kind: "value", value: text.slice(1) };
  const trimmed = text.trim();
  if (/^[+-]?(\d+\.?\d*|\.\d+)(E[+-]?\d+)?$/i.test(trimmed)) return { kind: "value", value: Number(trimmed) };
  const pct = /^([+-]?(\d+\.?\d*|\.\d+))%$/.exec(trimmed);
  if (pct) return { kind: "value", value: Number(pct[1]) / 100, numberFormat: "0%" };
  if (/^(TRUE|FALSE)$/i.test(trimmed)) return { kind: "value", value: trimmed.toUpperCase() === "TRUE" };
  if (/^[=+-]/.test(text) && text.length > 1) return { kind: "formula", formula: text };
  const date = asDate(trimmed);
  if (date) return { kind: "value", value: date.value, numberFormat: date.numberFormat };
  return { kind: "value", value: text };
}
