import { coded, FIELD_LABELS, formatCount, Message } from "../core";

function listRows(rows: number[]): string {
  return rows.length > 5 ? `${rows.slice(0, 5).join(", ")} (+${rows.length - 5})` : rows.join(", ");
}

function delimiterName(d: string, lang: "nl" | "en"): string {
  if (d === ";") return lang === "nl" ? "puntkomma" : "semicolon";
  if (d === ",") return lang === "nl" ? "komma" : "comma";
  return "tab";
}

/** What a field's column holds, as the user would call it: "de PSO-trede (kop zoals "PSO-trede")". */
function expected(field: string, lang: "nl" | "en"): string {
  const label = (FIELD_LABELS as Record<string, { nl: string; en: string } | undefined>)[field]?.[lang] ?? field;
  return lang === "nl" ? `de kolom "${label}"` : `the "${label}" column`;
}

/** Messages about files and sheets, for the CLI and the file adapter. */
export const fileMessages = coded("xlsx", {
  notFound: (file: string): Message => ({
    nl: `Bestand "${file}" bestaat niet of is niet leesbaar.`,
    en: `File "${file}" does not exist or cannot be read.`,
  }),
  unsupported: (file: string): Message => ({
    nl: `Bestand "${file}": alleen .xlsx en .csv worden gelezen. Sla een oud .xls-bestand in Excel op als .xlsx.`,
    en: `File "${file}": only .xlsx and .csv can be read. Save an old .xls file as .xlsx in Excel.`,
  }),
  unreadable: (file: string, detail: string): Message => ({
    nl: `Bestand "${file}" is geen leesbaar .xlsx-bestand (beschadigd of met een wachtwoord beveiligd?): ${detail}`,
    en: `File "${file}" is not a readable .xlsx file (corrupted or password-protected?): ${detail}`,
  }),
  encrypted: (file: string): Message => ({
    nl: `Bestand "${file}" is met een wachtwoord beveiligd of is een oud Excel-bestand (.xls) met een andere extensie. Open het in Excel, verwijder het wachtwoord (Bestand > Info > Werkmap beveiligen) en sla het op als Excel-werkmap (.xlsx).`,
    en: `File "${file}" is password-protected or an old Excel file (.xls) with another extension. Open it in Excel, remove the password (File > Info > Protect Workbook) and save it as an Excel workbook (.xlsx).`,
  }),
  empty: (file: string): Message => ({
    nl: `Bestand "${file}" is leeg (0 bytes).`,
    en: `File "${file}" is empty (0 bytes).`,
  }),
  tooManyRows: (file: string, sheet: string, rows: number, limit: number): Message => ({
    nl: `Bestand "${file}", blad "${sheet}": ${formatCount(rows, "nl")} rijen; PSO-toets leest hoogstens ${formatCount(limit, "nl")} leveranciersrijen per blad. Splits de lijst in delen of verwijder de overbodige rijen.`,
    en: `File "${file}", sheet "${sheet}": ${formatCount(rows, "en")} rows; PSO-toets reads at most ${formatCount(limit, "en")} supplier rows per sheet. Split the list or remove the rows you do not need.`,
  }),
  csvTooLarge: (file: string, bytes: number, limit: number): Message => ({
    nl: `Bestand "${file}" is ${Math.round(bytes / 1024 / 1024).toLocaleString("nl-NL")} MB; PSO-toets leest een CSV van hoogstens ${Math.round(limit / 1024 / 1024)} MB (ruim 100.000 leveranciersrijen). Sla de lijst in Excel op als .xlsx (daarvoor geldt geen grens) of splits hem.`,
    en: `File "${file}" is ${Math.round(bytes / 1024 / 1024).toLocaleString("en-GB")} MB; PSO-toets reads a CSV of at most ${Math.round(limit / 1024 / 1024)} MB (well over 100,000 supplier rows). Save the list as .xlsx in Excel (no limit there) or split it.`,
  }),
  noHeaderCsv: (file: string, delimiter: string): Message => ({
    nl: `Bestand "${file}": geen kopregel gevonden. Verwacht kolommen zoals "Leverancier", "Opdrachtsom per jaar" en "PSO-trede" in de eerste 30 regels, gescheiden door puntkomma's, komma's of tabs (gelezen scheidingsteken: ${delimiterName(delimiter, "nl")}).`,
    en: `File "${file}": no header row found. Expected columns such as "Leverancier", "Opdrachtsom per jaar" and "PSO-trede" in the first 30 lines, separated by semicolons, commas or tabs (delimiter read: ${delimiterName(delimiter, "en")}).`,
  }),
  duplicateColumn: (file: string, sheet: string, header: string, used: string, ignored: string[]): Message => ({
    nl: `Let op: bestand "${file}", blad "${sheet}": kolom "${header}" staat er meer dan eens (${[used, ...ignored].join(", ")}); PSO-toets gebruikt kolom ${used}.`,
    en: `Note: file "${file}", sheet "${sheet}": column "${header}" appears more than once (${[used, ...ignored].join(", ")}); PSO-toets uses column ${used}.`,
  }),
  extraFields: (file: string, rows: number[]): Message => ({
    nl: `Let op: bestand "${file}": ${rows.length === 1 ? "rij" : "rijen"} ${listRows(rows)} ${rows.length === 1 ? "heeft" : "hebben"} meer velden dan de kopregel. Staat er een komma of puntkomma in een waarde zonder aanhalingstekens, bijvoorbeeld in een bedrag? Controleer die rijen.`,
    en: `Note: file "${file}": ${rows.length === 1 ? "row" : "rows"} ${listRows(rows)} ${rows.length === 1 ? "has" : "have"} more fields than the header. Is there a comma or semicolon in an unquoted value, such as an amount? Check those rows.`,
  }),
  noSheet: (file: string, sheet: string, sheets: string[]): Message => ({
    nl: `Bestand "${file}" heeft geen blad "${sheet}". Bladen: ${sheets.join(", ")}.`,
    en: `File "${file}" has no sheet "${sheet}". Sheets: ${sheets.join(", ")}.`,
  }),
  noHeader: (file: string, sheet: string): Message => ({
    nl: `Bestand "${file}", blad "${sheet}": geen kopregel gevonden. Verwacht kolommen zoals "Leverancier", "Opdrachtsom per jaar" en "PSO-trede" in de eerste 30 rijen.`,
    en: `File "${file}", sheet "${sheet}": no header row found. Expected columns such as "Leverancier", "Opdrachtsom per jaar" and "PSO-trede" in the first 30 rows.`,
  }),
  noSpendColumn: (file: string, sheet: string): Message => ({
    nl: `Bestand "${file}", blad "${sheet}": geen kolom voor de opdrachtsom per jaar gevonden (bijv. "Opdrachtsom per jaar", "Inkoopvolume" of "Uitgaven"). Geef hem op met --kolom spend=<kolomletter>.`,
    en: `File "${file}", sheet "${sheet}": no column for the annual contract sum found (e.g. "Opdrachtsom per jaar", "Inkoopvolume" or "Uitgaven"). Name it with --kolom spend=<column letter>.`,
  }),
  noLevelColumn: (file: string, sheet: string): Message => ({
    nl: `Bestand "${file}", blad "${sheet}": geen kolom voor de PSO-trede gevonden (bijv. "PSO-trede", "Trede" of "Niveau"). Zonder die kolom zou elke leverancier als ongecertificeerd tellen. Geef hem op met --kolom level=<kolomletter>.`,
    en: `File "${file}", sheet "${sheet}": no column for the PSO level found (e.g. "PSO-trede", "Trede" or "Niveau"). Without it every supplier would count as uncertified. Name it with --kolom level=<column letter>.`,
  }),
  columnEmpty: (file: string, sheet: string, field: string, letter: string, header: string, headerRow: number): Message => ({
    nl: `--kolom ${field}=${letter}: kolom ${letter} op blad "${sheet}" van bestand "${file}" is leeg${header ? ` (kop "${header}")` : ""}: geen enkele rij onder de kopregel (rij ${headerRow}) heeft er een waarde. Verwacht: ${expected(field, "nl")}. Wijs de kolom aan waarin die staat; zonder waarden zou elke leverancier stilzwijgend verkeerd beoordeeld worden.`,
    en: `--kolom ${field}=${letter}: column ${letter} of sheet "${sheet}" in file "${file}" is empty${header ? ` (header "${header}")` : ""}: no row below the header row (row ${headerRow}) has a value in it. Expected: ${expected(field, "en")}. Name the column that holds it; without values every supplier would be judged wrongly without a word.`,
  }),
  columnBeyondTable: (file: string, sheet: string, field: string, letter: string, last: string): Message => ({
    nl: `--kolom ${field}=${letter}: kolom ${letter} bestaat niet op blad "${sheet}" van bestand "${file}": de tabel loopt tot en met kolom ${last}. Verwacht: ${expected(field, "nl")}. Wijs een kolom van de tabel aan.`,
    en: `--kolom ${field}=${letter}: column ${letter} does not exist on sheet "${sheet}" of file "${file}": the table ends at column ${last}. Expected: ${expected(field, "en")}. Name a column of the table.`,
  }),
  sameInputAndOutput: (file: string): Message => ({
    nl: `--out "${file}" is het invoerbestand zelf; PSO-toets schrijft nooit in het origineel. Kies een andere naam.`,
    en: `--out "${file}" is the input file itself; PSO-toets never writes to the original. Choose another name.`,
  }),
  outNotXlsx: (file: string, ext: ".xlsx" | ".xlsm"): Message => ({
    nl: `--out "${file}" moet eindigen op ${ext}${ext === ".xlsm" ? " (een werkmap met macro's blijft een .xlsm)" : ""}.`,
    en: `--out "${file}" must end in ${ext}${ext === ".xlsm" ? " (a workbook with macros stays an .xlsm)" : ""}.`,
  }),
  tooLarge: (file: string, part: string, limit: number): Message => ({
    nl: `Bestand "${file}": onderdeel ${part} is uitgepakt groter dan ${formatCount(limit / 1024 / 1024, "nl")} MB, de grens van PSO-toets. Dat is geen leveranciersblad maar vermoedelijk een beschadigd of kwaadaardig bestand (een zip-bom); PSO-toets is gestopt voordat het geheugen volliep.`,
    en: `File "${file}": part ${part} is larger than ${formatCount(limit / 1024 / 1024, "en")} MB when unpacked, PSO-toets's limit. That is no supplier sheet but probably a damaged or malicious file (a zip bomb); PSO-toets stopped before memory ran out.`,
  }),
  outFolderMissing: (file: string, dir: string): Message => ({
    nl: `--out "${file}": de map "${dir}" bestaat niet. Maak de map eerst aan of kies een andere plek.`,
    en: `--out "${file}": the folder "${dir}" does not exist. Create it first or choose another place.`,
  }),
  outIsFolder: (file: string): Message => ({
    nl: `--out "${file}" is een map, geen bestand. Geef een bestandsnaam op, bijvoorbeeld "${file.replace(/[\\/]+$/, "")}/kopie.xlsx".`,
    en: `--out "${file}" is a folder, not a file. Give a file name, e.g. "${file.replace(/[\\/]+$/, "")}/copy.xlsx".`,
  }),
  outNotWritable: (file: string, detail: string): Message => ({
    nl: `--out "${file}": PSO-toets mag daar niet schrijven (${detail}). Kies een map waarin je mag schrijven, of maak het bestand schrijfbaar.`,
    en: `--out "${file}": PSO-toets may not write there (${detail}). Choose a folder you can write to, or make the file writable.`,
  }),
  outWriteFailed: (file: string, detail: string): Message => ({
    nl: `--out "${file}" kon niet worden geschreven (${detail}); een bestaand bestand met die naam is niet aangeraakt.`,
    en: `--out "${file}" could not be written (${detail}); an existing file of that name was left untouched.`,
  }),
  noFreeColumns: (file: string, sheet: string): Message => ({
    nl: `Bestand "${file}", blad "${sheet}": rechts van de tabel is geen lege kolom meer voor PSO-status en PSO-toelichting (het blad is tot de laatste kolom gevuld of samengevoegd). Er is geen kopie geschreven.`,
    en: `File "${file}", sheet "${sheet}": there is no empty column left right of the table for PSO-status and PSO-toelichting (the sheet is filled or merged to its last column). No copy was written.`,
  }),
});
