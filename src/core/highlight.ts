import type { Status } from "./evaluate";
import { statusLabel } from "./reasons";

/**
 * Conditional-format formulas (en-US syntax, without the leading "=") keyed on the status column, relative to the
 * first data row: red for "Voldoet niet" and "Fout", amber for "Let op". The status text starts with its label in
 * the language it was written in, so both languages are matched.
 */
export function highlightFormulas(statusCell: string): { fail: string; warn: string } {
  const starts = (status: Status) =>
    (["nl", "en"] as const).map((lang) => {
      const label = statusLabel(status, lang);
      return `LEFT(${statusCell},${label.length})="${label}"`;
    });
  return {
    fail: `OR(${[...starts("non_compliant"), ...starts("error")].join(",")})`,
    warn: `OR(${starts("warning").join(",")})`,
  };
}
