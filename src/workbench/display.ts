import { coded, Lang, Message } from "../core";
import type { Value } from "../excel-standin";

/** Values as Excel shows them in the user's language: Dutch Excel's names, or Office's own English ones. */
export const excelValueTexts = coded("workbench.value", {
  true: { nl: "WAAR", en: "TRUE" },
  false: { nl: "ONWAAR", en: "FALSE" },
  error: {
    "#VALUE!": { nl: "#WAARDE!", en: "#VALUE!" },
    "#N/A": { nl: "#N/B", en: "#N/A" },
    "#NAME?": { nl: "#NAAM?", en: "#NAME?" },
    "#DIV/0!": { nl: "#DEEL/0!", en: "#DIV/0!" },
    "#NUM!": { nl: "#GETAL!", en: "#NUM!" },
    "#REF!": { nl: "#VERW!", en: "#REF!" },
    "#NULL!": { nl: "#LEEG!", en: "#NULL!" },
    "#SPILL!": { nl: "#OVERLOOP!", en: "#SPILL!" },
  },
});

const ERRORS: Readonly<Record<string, Message | undefined>> = excelValueTexts.error;

/** An error code (as Office hands it over, in English) as Excel shows it in the user's language; other text as it is. */
export const errorText = (code: string, lang: Lang = "nl"): string => ERRORS[code]?.[lang] ?? code;

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

/**
 * What a cell shows: the value under its number format, in Dutch notation (as Dutch Excel would), whatever the
 * browser's locale; error codes in the pane's language.
 */
export function displayValue(value: Value, format: string | undefined, lang: Lang = "nl"): string {
  if (typeof value === "boolean") return (value ? excelValueTexts.true : excelValueTexts.false)[lang];
  if (typeof value === "string") return errorText(value, lang);
  if (!format || format === "General") {
    return Number.isInteger(value) ? String(value) : value.toLocaleString("nl-NL", { maximumSignificantDigits: 10, useGrouping: false });
  }
  if (format.includes("%")) return `${dutchNumber(value * 100, decimalsOf(format), false)}%`;
  if (isDateFormat(format)) return dateText(value);
  const prefix = /^"([^"]*)"\s?/.exec(format);
  const text = dutchNumber(value, decimalsOf(format), format.includes(","));
  return prefix ? `${prefix[1]} ${text}` : text;
}
