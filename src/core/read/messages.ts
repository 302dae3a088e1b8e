import { NOT_CALCULATED } from "./cells";
import { coded } from "../i18n/coded";
import { formatCount } from "./grouping";
import type { Message } from "../result";

const formulaErrorText = (code: string): Message => ({
  nl: `de cel bevat de formulefout ${code}`,
  en: `the cell holds the formula error ${code}`,
});

/** Every user-facing text of the parsers and the policy loader, in Dutch and English. Row findings: see reasons.ts. */
const table = coded("core", {
  unknownLevel: (input: string): Message => ({
    nl: `onbekende PSO-trede "${input}"; gebruik bijvoorbeeld "Trede 2", "PSO-2", "Aspirant", "Basistrede", "30+" of "geen"`,
    en: `unknown PSO level "${input}"; use e.g. "Trede 2", "PSO-2", "Aspirant", "Basistrede", "30+" or "geen"`,
  }),
  notADate: (input: string): Message => ({
    nl: `"${input}" is geen datum; verwacht bijvoorbeeld 1-3-2022, 2022-03-01 of 1 maart 2022`,
    en: `"${input}" is not a date; expected e.g. 1-3-2022 (day first), 2022-03-01 or 1 March 2022`,
  }),
  dateOutOfRange: (input: string): Message => ({
    nl: `datum "${input}" ligt buiten 1990-2100; controleer het jaartal`,
    en: `date "${input}" is outside 1990-2100; check the year`,
  }),
  serialOutOfRange: (serial: number): Message => ({
    nl: `${serial} is geen geldig Excel-datumgetal`,
    en: `${serial} is not a valid Excel date serial`,
  }),
  serialLeapBug: (): Message => ({
    nl: "Excel-datumgetal 60 is 29-2-1900, een dag die niet bestaat",
    en: "Excel date serial 60 is 29-2-1900, a day that does not exist",
  }),
  notMoney: (input: string): Message => ({
    nl: `"${input}" is geen bedrag; verwacht bijvoorbeeld € 150.000 of 150000`,
    en: `"${input}" is not an amount; expected e.g. 150000 or €150000 (Dutch notation such as 150.000 is read too)`,
  }),
  negativeAmount: (input: string): Message => ({
    nl: `bedrag ${input} is negatief; verwacht een opdrachtsom van 0 of meer`,
    en: `amount ${input} is negative; expected a contract sum of 0 or more`,
  }),
  hugeAmount: (input: string): Message => ({
    nl: `bedrag ${input} is onwaarschijnlijk groot (meer dan 10 miljard); controleer de eenheid`,
    en: `amount ${input} is implausibly large (over 10 billion); check the unit`,
  }),
  notPercent: (input: string): Message => ({
    nl: `"${input}" is geen percentage; verwacht bijvoorbeeld 15,5% of 0,155`,
    en: `"${input}" is not a percentage; expected e.g. 15.5% or 15,5%`,
  }),
  percentOutOfRange: (input: string): Message => ({
    nl: `percentage "${input}" ligt niet tussen 0% en 100%`,
    en: `percentage "${input}" is not between 0% and 100%`,
  }),
  notMonths: (input: string): Message => ({
    nl: `"${input}" is geen looptijd; verwacht een aantal maanden, bijvoorbeeld 36`,
    en: `"${input}" is not a term; expected a number of months, e.g. 36`,
  }),
  formulaError: formulaErrorText,
  /** #N/A in a cell: "no value here" rather than a wrong value; same text, its own code. */
  notAvailable: formulaErrorText,
  missing: (): Message => ({ nl: "leeg, maar verplicht", en: "empty, but required" }),
  policyNotObject: (): Message => ({
    nl: "het beleid moet een JSON-object zijn, zoals { \"scope\": { \"minAnnualSpend\": 150000 } }",
    en: "the policy must be a JSON object, such as { \"scope\": { \"minAnnualSpend\": 150000 } }",
  }),
  policyField: (path: string, expected: string): Message => ({
    nl: `beleid: "${path}" moet ${expected} zijn`,
    en: `policy: "${path}" must be ${expected}`,
  }),
  // ---- issue 15 (rules from the seeds) ----
  noTermForTotal: (): Message => ({
    nl: "een totale contractwaarde zonder looptijd of einddatum: de opdrachtsom per jaar is niet af te leiden",
    en: "a total contract value without a term or end date: the annual contract sum cannot be derived",
  }),
  ambiguousAmount: (input: string, low: string, high: string): Message => ({
    nl: `"${input}" kan ${low} of ${high} zijn; schrijf ${low} of ${high}`,
    en: `"${input}" could be ${low} or ${high}; write ${low} or ${high}`,
  }),
  notCalculated: (): Message => ({
    nl: "de formule is niet berekend; open en bewaar het bestand in Excel",
    en: "the formula has not been calculated; open and save the file in Excel",
  }),
  ambiguousPercent: (input: string): Message => ({
    nl: `"${input}" kan 1% of 100% zijn; typ 1% of 100%, of geef de cel de notatie Percentage`,
    en: `"${input}" could be 1% or 100%; type 1% or 100%, or format the cell as Percentage`,
  }),
});

/** Excel's "no value" error, in English and in Dutch Excel. */
const NOT_AVAILABLE = new Set(["#N/A", "#N/B"]);

export const messages = {
  ...table,
  formulaError: (code: string): Message =>
    code === NOT_CALCULATED ? table.notCalculated() : NOT_AVAILABLE.has(code) ? table.notAvailable(code) : table.formulaError(code),
};

/* Check report (issue 13 items 1-2): texts of the one check report in core. */
export const reportMessages = coded("core.report", {
  nameMissing: (): Message => ({ nl: "naam ontbreekt", en: "name missing" }),
  tableEnds: (firstRow: number, lastRow: number, nextRow: number): Message => ({
    nl: `Alleen rij ${firstRow} t/m ${lastRow} hoort bij de tabel: op rij ${nextRow} begint een totaalregel of een tweede tabel met een eigen kopregel. Die wordt niet gecontroleerd.`,
    en: `Only rows ${firstRow} to ${lastRow} belong to the table: row ${nextRow} starts a totals row or a second table with its own header. It is not checked.`,
  }),
  growthPathNoAward: (term: string): Message => ({
    nl: `Groeipad niet toegepast: kolom ${term} geeft de looptijd, maar er is geen kolom met de gunnings- of ingangsdatum. Elke leverancier krijgt daarom de eis volgens de datum, ook waar het groeipad nog Aspirant-status of trede 1 vraagt. Voeg een kolom "Gunningsdatum" toe of kies die kolom bij de kolomindeling.`,
    en: `Growth path not applied: column ${term} gives the term, but no column gives the award or start date. Every supplier therefore gets the requirement by date, even where the growth path still asks only Aspirant status or level 1. Add a column "Award date" or choose that column in the column mapping.`,
  }),
  growthPathNoTerm: (award: string): Message => ({
    nl: `Groeipad niet toegepast: kolom ${award} geeft de gunningsdatum, maar er is geen kolom met de looptijd of de einddatum, en het groeipad geldt alleen voor contracten langer dan een jaar. Elke leverancier krijgt daarom de eis volgens de datum. Voeg een kolom "Looptijd (maanden)" of "Einddatum" toe of kies die kolom bij de kolomindeling.`,
    en: `Growth path not applied: column ${award} gives the award date, but no column gives the term or the end date, and the growth path is only for contracts longer than a year. Every supplier therefore gets the requirement by date. Add a column "Term (months)" or "End date", or choose that column in the column mapping.`,
  }),
  /**
   * How the table's rows split (issue 16, item 4), so "60 rijen" at the top and "Leveranciers 44" below add up. Zero
   * categories are left out; the supplier count never is.
   */
  rowCounts: (rows: number, assessed: number, errors: number, blank: number, endRow: number | null): Message => {
    const n = (x: number, lang: "nl" | "en") => formatCount(x, lang);
    const nl = [`${n(assessed, "nl")} ${assessed === 1 ? "leverancier" : "leveranciers"} beoordeeld`];
    const en = [`${n(assessed, "en")} ${assessed === 1 ? "supplier" : "suppliers"} assessed`];
    if (errors > 0) {
      nl.push(`${n(errors, "nl")} met een gegevensfout (niet meegeteld)`);
      en.push(`${n(errors, "en")} with a data error (not counted)`);
    }
    if (blank > 0) {
      nl.push(`${n(blank, "nl")} ${blank === 1 ? "lege rij" : "lege rijen"}`);
      en.push(`${n(blank, "en")} blank ${blank === 1 ? "row" : "rows"}`);
    }
    if (endRow !== null) {
      nl.push(`1 totaalregel of tweede tabel (rij ${endRow}, niet gecontroleerd)`);
      en.push(`1 totals row or second table (row ${endRow}, not checked)`);
    }
    return {
      nl: `${n(rows, "nl")} ${rows === 1 ? "rij" : "rijen"}: ${nl.join(", ")}`,
      en: `${n(rows, "en")} ${rows === 1 ? "row" : "rows"}: ${en.join(", ")}`,
    };
  },
  resultsMoved: (busy: string, status: string, explanation: string): Message => ({
    nl: `Rechts van de tabel staan gegevens in kolom ${busy}; die blijven staan. PSO-status en PSO-toelichting komen daarom in kolom ${status} en ${explanation}.`,
    en: `There is data right of the table in column ${busy}; it is kept. PSO-status and PSO-toelichting therefore go in columns ${status} and ${explanation}.`,
  }),
  cellShortened: (length: string): Message => ({
    nl: ` … (ingekort: de volledige toelichting telt ${length} tekens, meer dan een Excel-cel bevat; pso-toets check --json geeft haar helemaal)`,
    en: ` … (shortened: the full explanation has ${length} characters, more than an Excel cell holds; pso-toets check --json gives all of it)`,
  }),
});
