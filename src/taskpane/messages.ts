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
  /** The parts of the table's rows line (see tableRowsLine). */
  tableSpan: (first: number, last: number): Message => ({ nl: `Tabel rij ${first} t/m ${last}`, en: `Table rows ${first} to ${last}` }),
  subtotalsSkipped: (rows: string): Message => ({ nl: `subtotaal rij ${rows} overgeslagen`, en: `subtotal row ${rows} skipped` }),
  endSkipped: (row: number): Message => ({ nl: `totaal of volgende tabel vanaf rij ${row} overgeslagen`, en: `totals or next table from row ${row} skipped` }),
  /** A list of row numbers: "14, 20 en 31", "14, 20, 31, 40, 52 en nog 3". */
  rowsAndLast: (rows: string, last: string): Message => ({ nl: `${rows} en ${last}`, en: `${rows} and ${last}` }),
  rowsAndMore: (rows: string, more: number): Message => ({ nl: `${rows} en nog ${more}`, en: `${rows} and ${more} more` }),
  hiddenChecked: (): Message => ({ nl: "verborgen rijen worden ook gecontroleerd", en: "hidden rows are checked too" }),
  /** The result card (issue 25 item 1). */
  resultFor: (date: string, policy: string): Message => ({ nl: `Peildatum ${date} · ${policy}`, en: `Reference date ${date} · ${policy}` }),
  statusFilter: (): Message => ({ nl: "Toon per status", en: "Show by status" }),
  stillToGo: (n: number, inScope: number): Message =>
    n === 0
      ? { nl: `Alle ${formatCount(inScope, "nl")} leveranciers binnen scope zijn gecertificeerd.`, en: `All ${formatCount(inScope, "en")} suppliers in scope are certified.` }
      : {
          nl: `Nog ${formatCount(n, "nl")} te gaan: van de ${formatCount(inScope, "nl")} leveranciers binnen scope ${n === 1 ? "heeft er 1" : `hebben er ${formatCount(n, "nl")}`} geen geldig certificaat.`,
          en: `${formatCount(n, "en")} still to go: of the ${formatCount(inScope, "en")} suppliers in scope, ${formatCount(n, "en")} ${n === 1 ? "has" : "have"} no valid certificate.`,
        },
  targetMet: (): Message => ({ nl: "doel gehaald", en: "target met" }),
  targetMissed: (): Message => ({ nl: "doel niet gehaald", en: "target missed" }),
  setupLine: (sheet: string, linked: number, date: string, policy: string): Message => ({
    nl: `Blad "${sheet}" · ${linked} kolommen · peildatum ${date} · ${policy}`,
    en: `Sheet "${sheet}" · ${linked} columns · reference date ${date} · ${policy}`,
  }),
  editSetup: (): Message => ({ nl: "Wijzigen", en: "Change" }),
  hideSetup: (): Message => ({ nl: "Instellingen verbergen", en: "Hide settings" }),
  nextSteps: (): Message => ({ nl: "Volgende stappen", en: "Next steps" }),
  socialHint: (): Message => ({
    nl: "Zet de kerncijfers van deze controle in het blad Sociale bijdrage, voor de maandrapportage.",
    en: "Put this check's key figures in the Sociale bijdrage sheet, for the monthly report.",
  }),
  filteredBy: (label: string, n: number): Message => ({
    nl: `Alleen ${label} (${formatCount(n, "nl")}).`,
    en: `Only ${label} (${formatCount(n, "en")}).`,
  }),
  /** A policy that differs from the preset (issue 25 item 4). */
  changedMark: (n: number): Message => ({
    nl: `aangepast: ${formatCount(n, "nl")} ${n === 1 ? "instelling" : "instellingen"}`,
    en: `changed: ${formatCount(n, "en")} ${n === 1 ? "setting" : "settings"}`,
  }),
  changedHeading: (preset: string): Message => ({ nl: `Aangepast ten opzichte van ${preset}`, en: `Changed from ${preset}` }),
  settingChanged: (label: string, now: string, preset: string): Message => ({
    nl: `${label}: ${now} (standaard ${preset})`,
    en: `${label}: ${now} (default ${preset})`,
  }),
  listChanged: (label: string): Message => ({ nl: `${label}: gewijzigd`, en: `${label}: changed` }),
  yes: { nl: "ja", en: "yes" },
  no: { nl: "nee", en: "no" },
  problemsHeading: (n: number): Message => ({
    nl: n === 1 ? "1 veld is niet goed ingevuld; het staat hieronder gemarkeerd." : `${formatCount(n, "nl")} velden zijn niet goed ingevuld; ze staan hieronder gemarkeerd.`,
    en: n === 1 ? "1 field is not filled in correctly; it is marked below." : `${formatCount(n, "en")} fields are not filled in correctly; they are marked below.`,
  }),
  resetTitle: (): Message => ({ nl: "Standaardbeleid herstellen?", en: "Restore the default policy?" }),
  resetBody: (preset: string): Message => ({
    nl: `Het blad PSO-beleid wordt verwijderd en alle instellingen gaan terug naar ${preset}. Dit kan niet ongedaan worden gemaakt.`,
    en: `The PSO-beleid sheet is deleted and every setting goes back to ${preset}. This cannot be undone.`,
  }),
  resetConfirm: (): Message => ({ nl: "Herstellen", en: "Restore" }),
  /** The column panel (issue 25 item 2). */
  required: (): Message => ({ nl: "verplicht", en: "required" }),
  samples: (values: string): Message => ({ nl: `bijv. ${values}`, en: `e.g. ${values}` }),
  noSamples: (): Message => ({ nl: "kolom is leeg", en: "column is empty" }),
  /** What this version of Excel lacks (taskpane/requirements.ts), with the list of what it cannot do. */
  excelLacks: (list: string): Message => ({
    nl: `Deze versie van Excel mist wat PSO-toets nodig heeft: ${list}. Werk Excel bij of gebruik Excel op het web.`,
    en: `This version of Excel lacks what PSO check needs: ${list}. Update Excel or use Excel on the web.`,
  }),
  excelCannot: (list: string): Message => ({
    nl: `Deze versie van Excel kan niet: ${list}. De rest werkt. Werk Excel bij of gebruik Excel op het web.`,
    en: `This version of Excel cannot ${list}; everything else works. Update Excel or use Excel on the web for it.`,
  }),
  /** The result card's "komende maanden" (issue 24.2); the month names and the title are the outlook's own (core). */
  monthAtRisk: (month: string, amount: string, suppliers: number): Message => ({
    nl: `${month}: ${amount} op het spel bij ${formatCount(suppliers, "nl")} ${suppliers === 1 ? "leverancier" : "leveranciers"}`,
    en: `${month}: ${amount} at stake with ${formatCount(suppliers, "en")} ${suppliers === 1 ? "supplier" : "suppliers"}`,
  }),
  monthSpendUnknown: (month: string, suppliers: number): Message => ({
    nl: `${month}: ${formatCount(suppliers, "nl")} ${suppliers === 1 ? "leverancier" : "leveranciers"} op het spel, opdrachtsom onbekend`,
    en: `${month}: ${formatCount(suppliers, "en")} ${suppliers === 1 ? "supplier" : "suppliers"} at stake, spend unknown`,
  }),
  partlyUnknown: (n: number): Message => ({
    nl: `opdrachtsom van ${formatCount(n, "nl")} ${n === 1 ? "leverancier" : "leveranciers"} onbekend`,
    en: `spend of ${formatCount(n, "en")} ${n === 1 ? "supplier" : "suppliers"} unknown`,
  }),
  mainReason: (reason: string): Message => ({ nl: `vooral: ${reason}`, en: `mainly: ${reason}` }),
  reason: {
    certificateExpires: { nl: "certificaat verloopt", en: "certificate expires" },
    growthStep: { nl: "groeipadstap valt", en: "growth-path step due" },
    requirementRises: { nl: "eis stijgt", en: "requirement rises" },
    aspirantLimit: { nl: "Aspirant-status bereikt twee jaar", en: "Aspirant status reaches two years" },
  },
  moreMonthsAtRisk: (n: number): Message => ({
    nl: `Daarna nog ${formatCount(n, "nl")} ${n === 1 ? "maand" : "maanden"} met leveranciers op het spel.`,
    en: `Then ${formatCount(n, "en")} more ${n === 1 ? "month" : "months"} with suppliers at stake.`,
  }),
  nothingAtRisk: (months: number): Message => ({
    nl: `Geen leverancier op het spel in de komende ${formatCount(months, "nl")} maanden.`,
    en: `No supplier at stake in the coming ${formatCount(months, "en")} months.`,
  }),
  contractsEnd: (n: number, months: number): Message => ({
    nl: n === 1 ? `1 contract loopt af in de komende ${formatCount(months, "nl")} maanden` : `${formatCount(n, "nl")} contracten lopen af in de komende ${formatCount(months, "nl")} maanden`,
    en: n === 1 ? `1 contract ends in the coming ${formatCount(months, "en")} months` : `${formatCount(n, "en")} contracts end in the coming ${formatCount(months, "en")} months`,
  }),
  firstContract: (supplier: string, date: string): Message => ({ nl: `eerst ${supplier} op ${date}`, en: `first ${supplier} on ${date}` }),
  noContractsEnd: (months: number): Message => ({
    nl: `Geen contract loopt af in de komende ${formatCount(months, "nl")} maanden.`,
    en: `No contract ends in the coming ${formatCount(months, "en")} months.`,
  }),
  contractsUnknown: (): Message => ({
    nl: "Aflopende contracten: onbekend (geen kolom met de einddatum van het contract gekoppeld).",
    en: "Contracts ending: unknown (no column with the contract's end date linked).",
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

/** "14", "14 en 20", "14, 20 en 31" (the first five, then how many more). */
function rowList(rows: readonly number[]): Message {
  const shown = rows.slice(0, 5).map(String);
  if (rows.length > 5) return paneMessages.rowsAndMore(shown.join(", "), rows.length - 5);
  if (shown.length <= 1) return { nl: shown.join(""), en: shown.join("") };
  return paneMessages.rowsAndLast(shown.slice(0, -1).join(", "), shown[shown.length - 1]);
}

/** The table's rows in one neutral line (issue 25 item 3): "Tabel rij 5 t/m 17; subtotaal rij 14 overgeslagen; ...". */
export function tableRowsLine(rows: { first: number; last: number; subtotals: readonly number[]; end: number | null; hidden: boolean }): Message {
  const parts: Message[] = [paneMessages.tableSpan(rows.first, rows.last)];
  if (rows.subtotals.length > 0) {
    const listed = rowList(rows.subtotals);
    parts.push({ nl: paneMessages.subtotalsSkipped(listed.nl).nl, en: paneMessages.subtotalsSkipped(listed.en).en });
  }
  if (rows.end !== null) parts.push(paneMessages.endSkipped(rows.end));
  if (rows.hidden) parts.push(paneMessages.hiddenChecked());
  return { nl: parts.map((p) => p.nl).join("; "), en: parts.map((p) => p.en).join("; ") };
}
