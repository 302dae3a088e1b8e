import { coded } from "../i18n/coded";
import type { Message } from "../result";

/** Row numbers as a reader wants them: "12", "12 en 20", "12, 20 en 31" (the first ten, then how many more). */
function rowList(rows: readonly number[], and: string, more: (n: number) => string): string {
  const shown = rows.slice(0, 10).map(String);
  const rest = rows.length - shown.length;
  if (rest > 0) return `${shown.join(", ")} ${more(rest)}`;
  return shown.length <= 1 ? shown.join("") : `${shown.slice(0, -1).join(", ")} ${and} ${shown[shown.length - 1]}`;
}

/** Texts about which rows of a supplier table are checked (core/read/table.ts). */
export const tableMessages = coded("core.table", {
  subtotalRows: (rows: readonly number[]): Message => ({
    nl: `${rows.length === 1 ? "Rij" : "Rijen"} ${rowList(rows, "en", (n) => `en nog ${n}`)} ${rows.length === 1 ? "is een subtotaal" : "zijn subtotalen"}: niet gecontroleerd en niet meegeteld in de inkoopwaarde. De rijen eronder worden wel gecontroleerd.`,
    en: `${rows.length === 1 ? "Row" : "Rows"} ${rowList(rows, "and", (n) => `and ${n} more`)} ${rows.length === 1 ? "is a subtotal" : "are subtotals"}: not checked and not counted in the spend. The rows below ${rows.length === 1 ? "it" : "them"} are checked.`,
  }),
});
