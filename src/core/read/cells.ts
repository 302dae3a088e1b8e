/** A raw cell value as an adapter hands it over (Office.js, exceljs, CSV or a custom function). */
export type CellValue = string | number | boolean | Date | null | undefined;

const HARD_SPACE = /[\u00a0\u2007\u202f]/;
const HARD_SPACES = /[\u00a0\u2007\u202f]/g;
const ONLY_SPACE = /^[\s\u00a0\u2007\u202f]*$/;
/**
 * What a reader hands over for a formula cell without a cached result (a file written by a tool that does not
 * calculate, such as openpyxl): it is no empty cell, and reads as an error code so that no rule takes it for a value.
 */
export const NOT_CALCULATED = "#NIET BEREKEND";

const FORMULA_ERROR = /^#(N\/?[AB]|[A-Z/0]+[!?]|DEEL\/0!|WAARDE!|VERW!|NAAM\?|GETAL!|LEEG!|OVERLOOP!|BEZET!)$/i;

export function isBlank(value: CellValue): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value !== "string") return false;
  // Most cells start with a visible character: decide without the regex.
  const first = value.charCodeAt(0);
  if (first > 32 && first !== 0xa0 && first < 0x1680) return false;
  return ONLY_SPACE.test(value);
}

/** "#N/A", "#DEEL/0!", "#VALUE!" and their Dutch names, as Office.js and our adapters pass formula errors; NOT_CALCULATED. */
export function formulaErrorOf(value: CellValue): string | null {
  if (typeof value !== "string" || value.charCodeAt(0) !== 35) return null;
  const t = value.trim();
  if (t === NOT_CALCULATED) return t;
  return FORMULA_ERROR.test(t) ? t.toUpperCase() : null;
}

export function cellText(value: CellValue): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "" : value.toISOString().slice(0, 10);
  const text = String(value);
  return (HARD_SPACE.test(text) ? text.replace(HARD_SPACES, " ") : text).trim();
}
