import { coded, FIELDS, Lang, Message, SOCIAL_SHEET_NAME } from "../core";

/** The fields --kolom takes, wrapped under the option's description. */
function fieldList(): string {
  const lines = [""];
  for (const field of FIELDS) {
    const piece = `${field}${field === FIELDS[FIELDS.length - 1] ? "" : ","}`;
    if (lines[lines.length - 1].length + piece.length > 70) lines.push("");
    lines[lines.length - 1] += lines[lines.length - 1] === "" ? piece : ` ${piece}`;
  }
  return lines.join(`\n${" ".repeat(26)}`);
}
const FIELD_LIST = fieldList();

const COMMON_OPTIONS = {
  nl: `  --sheet NAAM            blad met de leverancierslijst (standaard: het eerste blad met een kopregel)
  --peildatum JJJJ-MM-DD  datum waarop getoetst wordt (standaard: vandaag)
  --beleid beleid.json    eigen beleid (standaard: het beleid uit de whitepaper, Wonen Limburg)
  --json                  uitvoer als JSON
  --kolom veld=D          kolom zelf aanwijzen, met een letter of een nummer; velden:
                          ${FIELD_LIST}
  --taal nl|en            taal van de uitvoer (ook --lang)`,
  en: `  --sheet NAME            sheet with the supplier list (default: the first sheet with a header row)
  --peildatum YYYY-MM-DD  reference date of the check (default: today)
  --beleid policy.json    own policy (default: the whitepaper's policy, Wonen Limburg)
  --json                  output as JSON
  --kolom field=D         name a column yourself, by letter or number; fields:
                          ${FIELD_LIST}
  --taal nl|en            output language (also --lang)`,
};

/** The command line's own texts; findings, file and parser messages come from their catalogues. */
export const cliMessages = coded("cli", {
  usage: (): Message => ({
    nl: `PSO-toets: toets een leverancierslijst aan het PSO-beleid.

Gebruik: pso-toets <opdracht> <bestand> [opties]

Opdrachten:
`,
    en: `PSO-toets: check a supplier list against the PSO policy.

Usage: pso-toets <command> <file> [options]

Commands:
`,
  }),
  usageFooter: (): Message => ({
    nl: `\n"pso-toets <opdracht> --help" toont de opties van een opdracht, "pso-toets --version" de versie.`,
    en: `\n"pso-toets <command> --help" shows a command's options, "pso-toets --version" the version.`,
  }),
  checkSummary: (): Message => ({
    nl: "toets elke leverancier aan het beleid; met --out een kopie met de uitkomst per rij",
    en: "check every supplier against the policy; with --out a copy with the outcome per row",
  }),
  checkUsage: (): Message => ({
    nl: `Gebruik: pso-toets check <bestand.xlsx|bestand.csv> [opties]

Toetst elke leverancier in de lijst aan het PSO-beleid en noemt de rijen die aandacht vragen, met de reden.

Opties:
${COMMON_OPTIONS.nl}
  --register register.csv het PSO-register (.csv of .xlsx); trede en geldig tot uit het register tellen
  --out kopie.xlsx        schrijf een kopie met kolommen PSO-status en PSO-toelichting; het origineel blijft onaangeroerd
  -h, --help              deze uitleg

Exitcode: 0 als geen leverancier binnen scope faalt, 1 als er een faalt, 2 bij een fout in gebruik of bestand.
`,
    en: `Usage: pso-toets check <file.xlsx|file.csv> [options]

Checks every supplier in the list against the PSO policy and names the rows that need attention, with the reason.

Options:
${COMMON_OPTIONS.en}
  --register register.csv the PSO register (.csv or .xlsx); its level and valid-until count
  --out copy.xlsx         write a copy with the columns PSO-status and PSO-toelichting; the original stays untouched
  -h, --help              this help

Exit code: 0 when no supplier in scope fails, 1 when one fails, 2 on an error in usage or file.
`,
  }),
  rapportSummary: (): Message => ({
    nl: `blad "${SOCIAL_SHEET_NAME}" met de kerncijfers, historie en actielijst voor de controller`,
    en: `sheet "${SOCIAL_SHEET_NAME}" with the key figures, history and action list for the controller`,
  }),
  rapportUsage: (): Message => ({
    nl: `Gebruik: pso-toets rapport <bestand.xlsx> [opties] [--out rapport.xlsx]

Maakt het blad "${SOCIAL_SHEET_NAME}" voor de controller: kerncijfers, historie per maand en actielijst.

Opties:
${COMMON_OPTIONS.nl}
  --register register.csv het PSO-register (.csv of .xlsx); trede en geldig tot uit het register tellen
  --out rapport.xlsx      schrijf een kopie van de werkmap met het blad "${SOCIAL_SHEET_NAME}"; het origineel blijft onaangeroerd
  -h, --help              deze uitleg

Exitcode: 0 als het rapport gemaakt is, 2 bij een fout in gebruik of bestand.
`,
    en: `Usage: pso-toets rapport <file.xlsx> [options] [--out report.xlsx]

Makes the "${SOCIAL_SHEET_NAME}" sheet for the controller: key figures, monthly history and action list.

Options:
${COMMON_OPTIONS.en}
  --register register.csv the PSO register (.csv or .xlsx); its level and valid-until count
  --out report.xlsx       write a copy of the workbook with the "${SOCIAL_SHEET_NAME}" sheet; the original stays untouched
  -h, --help              this help

Exit code: 0 when the report was made, 2 on an error in usage or file.
`,
  }),
  brievenSummary: (): Message => ({
    nl: "een brief (.docx) aan elke leverancier die iets moet doen: falen, groeipad of verlopend certificaat",
    en: "a letter (.docx) to every supplier that has to act: failing, growth path or expiring certificate",
  }),
  brievenUsage: (): Message => ({
    nl: `Gebruik: pso-toets brieven <bestand.xlsx|bestand.csv> [opties] --out brieven.docx | --per-leverancier MAP

Schrijft een brief aan elke leverancier binnen scope die faalt, op zijn groeipad binnen de waarschuwingstermijn een stap moet zetten, of wiens certificaat binnen die termijn verloopt.

Opties:
${COMMON_OPTIONS.nl}
  --register register.csv      het PSO-register (.csv of .xlsx); trede en geldig tot uit het register tellen
  --sjabloon brief.docx        uw eigen Word-sjabloon met velden als {leverancier}, {vereiste_trede}, {deadline}
  --out brieven.docx           alle brieven in een document, een brief per pagina
  --per-leverancier MAP        een bestand per leverancier in MAP
  -h, --help                   deze uitleg

Exitcode: 0 als de brieven geschreven zijn (of geen nodig), 2 bij een fout in gebruik of bestand.
`,
    en: `Usage: pso-toets brieven <file.xlsx|file.csv> [options] --out letters.docx | --per-supplier FOLDER

Writes a letter to every supplier in scope that fails, has a growth step due inside the warning window, or whose certificate expires inside it.

Options:
${COMMON_OPTIONS.en}
  --register register.csv      the PSO register (.csv or .xlsx); its level and valid-until count
  --template letter.docx       your own Word template with merge fields such as {vereiste_trede} and {deadline}
  --out letters.docx           all letters in one document, one letter per page
  --per-supplier FOLDER        one file per supplier in FOLDER
  -h, --help                   this help

Exit code: 0 when the letters were written (or none were needed), 2 on an error in usage or file.
`,
  }),
  unknownCommand: (name: string): Message => ({ nl: `Onbekende opdracht "${name}".`, en: `Unknown command "${name}".` }),
  commandFirst: (commands: string): Message => ({
    nl: `Geef eerst de opdracht (${commands}), dan het bestand en de opties.`,
    en: `Give the command first (${commands}), then the file and the options.`,
  }),
  unknownCommandSuggest: (name: string, suggestion: string): Message => ({
    nl: `Onbekende opdracht "${name}"; bedoelt u "${suggestion}"?`,
    en: `Unknown command "${name}"; did you mean "${suggestion}"?`,
  }),
  commandFailed: (detail: string): Message => ({
    nl: `PSO-toets liep vast op een fout in het programma zelf, niet in uw bestand of opties. Meld dit, met het bestand en deze melding, bij de beheerder van PSO-toets (${detail}).`,
    en: `PSO-toets stopped on an error in the program itself, not in your file or options. Report it, with the file and this message, to whoever maintains PSO-toets (${detail}).`,
  }),
  unknownOption: (option: string): Message => ({ nl: `Onbekende optie ${option}.`, en: `Unknown option ${option}.` }),
  unknownOptionSuggest: (option: string, suggestion: string): Message => ({
    nl: `Onbekende optie ${option}; bedoelt u ${suggestion}?`,
    en: `Unknown option ${option}; did you mean ${suggestion}?`,
  }),
  missingValue: (option: string, example: string): Message => ({
    nl: `Optie ${option} mist een waarde; schrijf bijvoorbeeld ${option} ${example}.`,
    en: `Option ${option} needs a value; write for example ${option} ${example}.`,
  }),
  flagWithValue: (option: string, value: string): Message => ({
    nl: `Optie ${option} neemt geen waarde ("${value}"); schrijf alleen ${option}.`,
    en: `Option ${option} takes no value ("${value}"); write just ${option}.`,
  }),
  extraArgument: (argument: string, file: string): Message => ({
    nl: `Onverwacht argument "${argument}": geef één bestand op (al gegeven: "${file}"). Staat er een spatie in de bestandsnaam, zet de naam dan tussen aanhalingstekens.`,
    en: `Unexpected argument "${argument}": give one file (already given: "${file}"). If the file name holds a space, put the name in quotes.`,
  }),
  badArguments: (): Message => ({
    nl: "De opties zijn niet te lezen.",
    en: "The options cannot be read.",
  }),
  oneFile: (): Message => ({ nl: "Geef precies één bestand op (.xlsx of .csv).", en: "Give exactly one file (.xlsx or .csv)." }),
  badLang: (): Message => ({ nl: '--taal moet "nl" of "en" zijn.', en: '--lang must be "nl" or "en".' }),
  badPeildatum: (problem: Message): Message => ({ nl: `--peildatum: ${problem.nl}`, en: `--peildatum: ${problem.en}` }),
  badColumn: (spec: string, fields: string): Message => ({
    nl: `--kolom "${spec}": verwacht veld=kolomletter, bijv. spend=D. Velden: ${fields}.`,
    en: `--kolom "${spec}": expected field=column letter, e.g. spend=D. Fields: ${fields}.`,
  }),
  unknownField: (spec: string, field: string, fields: string): Message => ({
    nl: `--kolom "${spec}": onbekend veld "${field}". Velden: ${fields}.`,
    en: `--kolom "${spec}": unknown field "${field}". Fields: ${fields}.`,
  }),
  unknownFieldSuggest: (spec: string, field: string, suggestion: string): Message => ({
    nl: `--kolom "${spec}": onbekend veld "${field}"; bedoelt u ${suggestion}?`,
    en: `--kolom "${spec}": unknown field "${field}"; did you mean ${suggestion}?`,
  }),
  badColumnLetter: (spec: string, column: string): Message => ({
    nl: `--kolom "${spec}": '${column}' is geen kolomletter; gebruik bijvoorbeeld C (of een kolomnummer: 3 is C), van A tot en met XFD.`,
    en: `--kolom "${spec}": '${column}' is not a column letter; use e.g. C (or a column number: 3 is C), from A up to XFD.`,
  }),
  columnTwice: (column: string, first: string, second: string): Message => ({
    nl: `--kolom: kolom ${column} is aangewezen voor ${first} én voor ${second}; één kolom hoort bij één veld.`,
    en: `--kolom: column ${column} is named for ${first} and for ${second}; one column belongs to one field.`,
  }),
  policyUnreadable: (file: string): Message => ({
    nl: `Beleidsbestand "${file}" bestaat niet of is niet leesbaar.`,
    en: `Policy file "${file}" does not exist or cannot be read.`,
  }),
  policyNotJson: (file: string, line: string, column: string, there: string): Message => ({
    nl: `Beleidsbestand "${file}" is geen geldige JSON: regel ${line}, teken ${column}, bij "${there}". Kijk daar (en net ervoor) naar komma's, aanhalingstekens en haakjes: namen en teksten staan tussen dubbele aanhalingstekens, na de laatste waarde komt geen komma, en JSON kent geen commentaar.`,
    en: `Policy file "${file}" is not valid JSON: line ${line}, character ${column}, at "${there}". Look there (and just before) for commas, quotes and brackets: names and texts go in double quotes, no comma follows the last value, and JSON has no comments.`,
  }),
  policyEndsEarly: (file: string): Message => ({
    nl: `Beleidsbestand "${file}" is geen geldige JSON: het houdt op voordat alle haakjes en aanhalingstekens gesloten zijn.`,
    en: `Policy file "${file}" is not valid JSON: it ends before every bracket and quote is closed.`,
  }),
  policyEmpty: (file: string): Message => ({
    nl: `Beleidsbestand "${file}" is leeg. Schrijf het beleid als JSON, bijvoorbeeld {"scope": {"minAnnualSpend": 100000}}.`,
    en: `Policy file "${file}" is empty. Write the policy as JSON, e.g. {"scope": {"minAnnualSpend": 100000}}.`,
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
    if (m && (m[1] ?? args[i + 1] ?? "").trim().toLowerCase() === "en") return "en";
  }
  return "nl";
}
