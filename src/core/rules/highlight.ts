import type { Status } from "./finding";
import { statusLabel } from "./reasons";

/** The two columns PSO-toets adds at the table's right edge, in sheet order; re-running reuses them. */
export const RESULT_HEADERS = ["PSO-status", "PSO-toelichting"] as const;
export const [STATUS_HEADER, EXPLANATION_HEADER] = RESULT_HEADERS;

/**
 * The result columns' widths in characters. The status column shows its label ("Voldoet niet:") and is not wrapped:
 * its detail is the explanation's first sentence, which wraps in lines that fit a screen beside the table.
 */
export const RESULT_WIDTHS = { status: 14, explanation: 60 } as const;

/** Light red and amber as RGB hex: Excel's own "bad" and "neutral" cell styles. Adapters add "#" or an alpha byte. */
export const HIGHLIGHT_FILLS = { fail: "FFC7CE", warn: "FFEB9C" } as const;
export type HighlightKind = keyof typeof HIGHLIGHT_FILLS;

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
