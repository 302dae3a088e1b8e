import type { Message } from "./result";

/** Every user-facing text of the parsers and the policy loader, in Dutch and English. Row findings: see reasons.ts. */
export const messages = {
  unknownLevel: (input: string): Message => ({
    nl: `onbekende PSO-trede "${input}"; gebruik bijvoorbeeld "Trede 2", "PSO-2", "Aspirant", "Basistrede", "30+" of "geen"`,
    en: `unknown PSO level "${input}"; use e.g. "Trede 2", "PSO-2", "Aspirant", "Basistrede", "30+" or "geen"`,
  }),
  notADate: (input: string): Message => ({
    nl: `"${input}" is geen datum; verwacht bijvoorbeeld 1-3-2022, 2022-03-01 of 1 maart 2022`,
    en: `"${input}" is not a date; expected e.g. 1-3-2022, 2022-03-01 or 1 maart 2022`,
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
    en: `"${input}" is not an amount; expected e.g. € 150.000 or 150000`,
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
    en: `"${input}" is not a percentage; expected e.g. 15,5% or 0,155`,
  }),
  percentOutOfRange: (input: string): Message => ({
    nl: `percentage "${input}" ligt niet tussen 0% en 100%`,
    en: `percentage "${input}" is not between 0% and 100%`,
  }),
  notMonths: (input: string): Message => ({
    nl: `"${input}" is geen looptijd; verwacht een aantal maanden, bijvoorbeeld 36`,
    en: `"${input}" is not a term; expected a number of months, e.g. 36`,
  }),
  formulaError: (code: string): Message => ({
    nl: `de cel bevat de formulefout ${code}`,
    en: `the cell holds the formula error ${code}`,
  }),
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
  ambiguousPercent: (input: string): Message => ({
    nl: `"${input}" kan 1% of 100% zijn; typ 1% of 100%, of geef de cel de notatie Percentage`,
    en: `"${input}" could be 1% or 100%; type 1% or 100%, or format the cell as Percentage`,
  }),
} as const;
