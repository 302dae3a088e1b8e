import type { Value } from "../excel-standin";

/** Dutch Excel's names for the error values Office hands over in English. */
const DUTCH_ERRORS: Record<string, string> = {
  "#VALUE!": "#WAARDE!",
  "#N/A": "#N/B",
  "#NAME?": "#NAAM?",
  "#DIV/0!": "#DEEL/0!",
  "#NUM!": "#GETAL!",
  "#REF!": "#VERW!",
  "#NULL!": "#LEEG!",
};

export const dutchError = (code: string): string => DUTCH_ERRORS[code] ?? code;

const isDateFormat = (format: string) => /[dmy]/i.test(format.replace(/"[^"]*"|\[[^\]]*\]/g, ""));

function dateText(serial: number): string {
  const d = new Date(Math.round((serial - 25569) * 86_400_000));
  return `${d.getUTCDate()}-${d.getUTCMonth() + 1}-${d.getUTCFullYear()}`;
}

function dutchNumber(n: number, decimals: number, grouping: boolean): string {
  return n.toLocaleString("nl-NL", { minimumFractionDigits: decimals, maximumFractionDigits: decimals, useGrouping: grouping });
}

function decimalsOf(format: string): number {
  const m = /0\.(0+)/.exec(format);
  return m ? m[1].length : 0;
}

/** What a cell shows: the value under its number format, in Dutch notation (as Dutch Excel would). */
export function displayValue(value: Value, format: string | undefined): string {
  if (typeof value === "boolean") return value ? "WAAR" : "ONWAAR";
  if (typeof value === "string") return DUTCH_ERRORS[value] ?? value;
  if (!format || format === "General") {
    return Number.isInteger(value) ? String(value) : value.toLocaleString("nl-NL", { maximumSignificantDigits: 10, useGrouping: false });
  }
  if (format.includes("%")) return `${dutchNumber(value * 100, decimalsOf(format), false)}%`;
  if (isDateFormat(format)) return dateText(value);
  const prefix = /^"([^"]*)"\s?/.exec(format);
  const text = dutchNumber(value, decimalsOf(format), format.includes(","));
  return prefix ? `${prefix[1]} ${text}` : text;
}
