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

/** What a field's cells must be, for the type check's message ("geen PSO-trede"). */
const KIND: Record<string, { nl: string; en: string }> = {
  spend: { nl: "bedrag", en: "amount" },
  contractSum: { nl: "bedrag", en: "amount" },
  level: { nl: "PSO-trede", en: "PSO level" },
  levelAtAward: { nl: "PSO-trede", en: "PSO level" },
  validUntil: { nl: "datum", en: "date" },
  awardDate: { nl: "datum", en: "date" },
  endDate: { nl: "datum", en: "date" },
  termMonths: { nl: "aantal maanden", en: "number of months" },
  contribution: { nl: "percentage", en: "percentage" },
};

/** Texts about which columns were read as what (core/read/columns.ts's type check). */
export const columnMessages = coded("core.columns", {
  notLinked: (letter: string, header: string, field: { nl: string; en: string }, fieldKey: string, samples: readonly string[]): Message => {
    const kind = KIND[fieldKey] ?? { nl: "waarde", en: "value" };
    const shown = samples.map((s) => `"${s}"`).join(", ");
    return {
      nl: `Kolom ${letter} "${header}" is niet gekoppeld als ${field.nl}: de waarden eronder (${shown}) zijn geen ${kind.nl}. Klopt de kolom toch, kies hem dan zelf onder Kolommen.`,
      en: `Column ${letter} "${header}" is not linked as ${field.en}: its values (${shown}) are not a ${kind.en}. If the column is right after all, pick it yourself under Columns.`,
    };
  },
});
