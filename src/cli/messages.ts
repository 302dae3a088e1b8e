import { coded, Lang, Message } from "../core";

const FIELD_LIST = "supplier, kvk, spend, level, validUntil, awardDate,\n                          termMonths, endDate, contribution, category, levelAtAward";

/** The command line's own texts; findings, file and parser messages come from their catalogues. */
export const cliMessages = coded("cli", {
  usage: (): Message => ({
    nl: `PSO-toets: toets een leverancierslijst aan het PSO-beleid.

Gebruik:
  pso-toets check <bestand.xlsx|bestand.csv> [opties]
  pso-toets rapport <bestand.xlsx> [opties] --out rapport.xlsx   blad "Sociale bijdrage" voor de controller

Opties:
  --sheet NAAM            blad met de leverancierslijst (standaard: het eerste blad met een kopregel)
  --peildatum JJJJ-MM-DD  datum waarop getoetst wordt (standaard: vandaag)
  --beleid beleid.json    eigen beleid (standaard: het beleid uit de whitepaper, Wonen Limburg)
  --json                  uitvoer als JSON
  --out kopie.xlsx        schrijf een kopie met kolommen PSO-status en PSO-toelichting; het origineel blijft onaangeroerd
  --kolom veld=D          kolom zelf aanwijzen (velden: ${FIELD_LIST})
  --taal nl|en            taal van de uitvoer

Exitcode: 0 als geen leverancier binnen scope faalt, 1 als er een faalt, 2 bij een fout in gebruik of bestand.
`,
    en: `PSO-toets: check a supplier list against the PSO policy.

Usage:
  pso-toets check <file.xlsx|file.csv> [options]
  pso-toets rapport <file.xlsx> [options] --out report.xlsx   sheet "Sociale bijdrage" for the controller

Options:
  --sheet NAME            sheet with the supplier list (default: the first sheet with a header row)
  --peildatum YYYY-MM-DD  reference date of the check (default: today)
  --beleid policy.json    own policy (default: the whitepaper's policy, Wonen Limburg)
  --json                  output as JSON
  --out copy.xlsx         write a copy with the columns PSO-status and PSO-toelichting; the original stays untouched
  --kolom field=D         name a column yourself (fields: ${FIELD_LIST})
  --taal nl|en            output language (also --lang)

Exit code: 0 when no supplier in scope fails, 1 when one fails, 2 on an error in usage or file.
`,
  }),
  unknownCommand: (name: string): Message => ({ nl: `Onbekende opdracht "${name}".`, en: `Unknown command "${name}".` }),
  commandFailed: (detail: string): Message => ({
    nl: `PSO-toets kon de opdracht niet uitvoeren: ${detail}`,
    en: `PSO-toets could not run the command: ${detail}`,
  }),
  unknownOption: (detail: string): Message => ({
    nl: `Onbekende of onvolledige optie: ${detail}`,
    en: `Unknown or incomplete option: ${detail}`,
  }),
  oneFile: (): Message => ({ nl: "Geef precies één bestand op (.xlsx of .csv).", en: "Give exactly one file (.xlsx or .csv)." }),
  badLang: (): Message => ({ nl: '--taal moet "nl" of "en" zijn.', en: '--lang must be "nl" or "en".' }),
  badPeildatum: (problem: Message): Message => ({ nl: `--peildatum: ${problem.nl}`, en: `--peildatum: ${problem.en}` }),
  badColumn: (spec: string, fields: string): Message => ({
    nl: `--kolom "${spec}": verwacht veld=kolomletter, bijv. spend=D. Velden: ${fields}.`,
    en: `--kolom "${spec}": expected field=column letter, e.g. spend=D. Fields: ${fields}.`,
  }),
  policyUnreadable: (file: string): Message => ({
    nl: `Beleidsbestand "${file}" bestaat niet of is niet leesbaar.`,
    en: `Policy file "${file}" does not exist or cannot be read.`,
  }),
  policyNotJson: (file: string, detail: string): Message => ({
    nl: `Beleidsbestand "${file}" is geen geldige JSON: ${detail}`,
    en: `Policy file "${file}" is not valid JSON: ${detail}`,
  }),
  policyInvalid: (file: string, problem: Message): Message => ({
    nl: `Beleidsbestand "${file}": ${problem.nl}`,
    en: `Policy file "${file}": ${problem.en}`,
  }),
  rapportHeading: (date: string): Message => ({
    nl: `Sociale bijdrage, peildatum ${date}`,
    en: `Social contribution, reference date ${date}`,
  }),
  rapportHistory: (months: number, last: string): Message => ({
    nl: `Historie: ${months} maand(en), t/m ${last}`,
    en: `History: ${months} month(s), up to ${last}`,
  }),
  rapportActions: (count: number): Message => ({ nl: `Actielijst: ${count} actie(s)`, en: `Action list: ${count} action(s)` }),
  rowRef: (row: number): Message => ({ nl: `rij ${row}`, en: `row ${row}` }),
  rapportOfReport: (sheet: string): Message => ({
    nl: `Het blad "${sheet}" is het rapport zelf, geen leverancierslijst. Wijs de leverancierslijst aan met --sheet NAAM.`,
    en: `The "${sheet}" sheet is the report itself, not a supplier list. Name the supplier sheet with --sheet NAME.`,
  }),
  annotatedCopyWritten: (file: string): Message => ({ nl: `Geannoteerde kopie geschreven: ${file}`, en: `Annotated copy written: ${file}` }),
  sheetWritten: (sheet: string, file: string): Message => ({
    nl: `Blad "${sheet}" geschreven in: ${file}`,
    en: `Sheet "${sheet}" written to: ${file}`,
  }),
});

/** The output language asked for on the command line, read before the options are checked, so even a usage error speaks it. */
export function langOfArgs(args: readonly string[]): Lang {
  for (let i = 0; i < args.length; i++) {
    const m = /^--(?:taal|lang)(?:=(.*))?$/.exec(args[i]);
    if (m && (m[1] ?? args[i + 1]) === "en") return "en";
  }
  return "nl";
}
