import { coded, formatCount, Message } from "../core";

/** Texts the taskpane adds beyond strings.ts, coded like the core's catalogue (Dutch and English side by side). */
export const paneMessages = coded("taskpane", {
  /** How the rows read add up to the suppliers in the KPIs (issue 16: "60 rows" at the top, "Leveranciers 46" below). */
  countsLine: (rows: number, counted: number, notCounted: number): Message =>
    notCounted === 0
      ? {
          nl: `Alle ${formatCount(rows, "nl")} gegevensrijen tellen mee als leverancier.`,
          en: `All ${formatCount(rows, "en")} data rows count as suppliers.`,
        }
      : {
          nl: `Van de ${formatCount(rows, "nl")} gegevensrijen tellen ${formatCount(counted, "nl")} leveranciers mee; ${formatCount(notCounted, "nl")} ${notCounted === 1 ? "rij kon" : "rijen konden"} niet worden gelezen (Fout) en ${notCounted === 1 ? "telt" : "tellen"} niet mee.`,
          en: `Of the ${formatCount(rows, "en")} data rows, ${formatCount(counted, "en")} suppliers are counted; ${formatCount(notCounted, "en")} ${notCounted === 1 ? "row" : "rows"} could not be read (Error) and ${notCounted === 1 ? "is" : "are"} not counted.`,
        },
  showNotCounted: (n: number): Message => ({
    nl: n === 1 ? "Toon deze rij" : `Toon deze ${formatCount(n, "nl")} rijen`,
    en: n === 1 ? "Show this row" : `Show these ${formatCount(n, "en")} rows`,
  }),
  showAllAttention: (): Message => ({ nl: "Toon alle aandachtspunten", en: "Show all points of attention" }),
  onlyErrors: (n: number): Message => ({
    nl: `Alleen de ${formatCount(n, "nl")} ${n === 1 ? "rij" : "rijen"} met Fout (niet meegeteld).`,
    en: `Only the ${formatCount(n, "en")} ${n === 1 ? "row" : "rows"} with Error (not counted).`,
  }),
  /** One sentence under each heading of the policy editor: what the group decides. */
  sectionHint: {
    scope: { nl: "Welke leveranciers de PSO-eis krijgen: vanaf welke opdrachtsom per jaar.", en: "Which suppliers the PSO requirement applies to: from which annual contract sum." },
    requirements: { nl: "Welke trede een leverancier minstens moet hebben, en vanaf welke datum.", en: "Which level a supplier must at least hold, and from which date." },
    growth: { nl: "Tijd voor een nieuwe leverancier zonder certificaat: de stappen na gunning bij een lang contract.", en: "Time for a new supplier without a certificate: the steps after award on a long contract." },
    warning: { nl: "Wanneer een certificaat dat binnenkort verloopt Let op krijgt, en de herinneringen.", en: "When a certificate that expires soon gets a warning, and the reminders." },
    kpi: { nl: "Wat als gecertificeerd telt in de kerncijfers, en uw doelen.", en: "What counts as certified in the key figures, and your targets." },
    sroi: { nl: "De oudere social return-eis in contracten, voor wie die nog gebruikt.", en: "The older social return clause in contracts, for those who still use it." },
    sector: { nl: "Per inkoopcategorie hoe zwaar de PSO weegt: voorwaarde, dringend advies of aanbeveling.", en: "Per purchase category how much the PSO weighs: condition, urgent advice or recommendation." },
  },
});
