import { coded, FIELD_LABELS, formatCount, Message } from "../core";
import { SheetCutOffError } from "./sheetXml";
import { XmlDamagedError, XmlFault } from "./xmlScan";
import { ZipError } from "./zip";

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

/** What is wrong at the place where a part's XML breaks, in the user's words. */
function faultText(fault: XmlFault, detail: string, lang: "nl" | "en"): string {
  const nl = lang === "nl";
  switch (fault) {
    case "mismatch":
      return nl ? `een eindtag sluit een ander element dan er open staat (${detail})` : `an end tag closes another element than the one open (${detail})`;
    case "unclosed":
      return nl ? `het onderdeel houdt op terwijl ${detail ? `<${detail}>` : "een element"} nog open staat` : `the part ends while ${detail ? `<${detail}>` : "an element"} is still open`;
    case "badTag":
      return nl ? "daar staat een tag die geen geldige XML-tag is" : "a tag there is no valid XML tag";
    case "badEntity":
      return nl ? "een &-teken begint daar geen bekende XML-entiteit" : "an & there starts no known XML entity";
    case "textOutside":
      return nl ? "er staat tekst of een tweede element buiten het hoofdelement" : "there is text or a second element outside the root element";
    case "doctype":
      return nl ? "het bevat een DTD (<!DOCTYPE>), die Excel niet toestaat" : "it holds a DTD (<!DOCTYPE>), which Excel does not allow";
    case "tooLong":
      return nl ? "één tag, rij of commentaar is daar langer dan PSO-toets leest" : "one tag, row or comment there is longer than PSO-toets reads";
    case "rowLimit":
      return nl ? `rijnummer "${detail}" ligt buiten Excels grens van 1.048.576 rijen` : `row number "${detail}" is beyond Excel's limit of 1,048,576 rows`;
    case "columnLimit":
      return nl ? `celverwijzing "${detail}" ligt buiten Excels laatste kolom XFD` : `cell reference "${detail}" is beyond Excel's last column XFD`;
  }
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
  unreadable: (file: string): Message => ({
    nl: `Bestand "${file}" is geen leesbaar .xlsx-bestand (beschadigd of met een wachtwoord beveiligd?): het is geen zip-archief, zoals elke .xlsx dat is. Open het in Excel en sla het op als Excel-werkmap (.xlsx).`,
    en: `File "${file}" is not a readable .xlsx file (corrupted or password-protected?): it is no zip archive, as every .xlsx is. Open it in Excel and save it as an Excel workbook (.xlsx).`,
  }),
  zip64: (file: string): Message => ({
    nl: `Bestand "${file}" is een geldige zip, maar in het ZIP64-formaat (zeer grote werkmappen, of geschreven door sommige exportprogramma's); dat leest PSO-toets niet. Open het in Excel en sla het opnieuw op als Excel-werkmap (.xlsx).`,
    en: `File "${file}" is a valid zip, but in the ZIP64 format (very large workbooks, or written by some export tools); PSO-toets does not read that. Open it in Excel and save it again as an Excel workbook (.xlsx).`,
  }),
  compression: (file: string, part: string, method: string): Message => ({
    nl: `Bestand "${file}": onderdeel ${part} is ingepakt met een compressiemethode (nummer ${method}) die PSO-toets niet kent; Excel gebruikt altijd "deflate". Open het in Excel en sla het opnieuw op als Excel-werkmap (.xlsx).`,
    en: `File "${file}": part ${part} is packed with a compression method (number ${method}) PSO-toets does not know; Excel always uses "deflate". Open it in Excel and save it again as an Excel workbook (.xlsx).`,
  }),
  partDamaged: (file: string, part: string): Message => ({
    nl: `Bestand "${file}": onderdeel ${part} van de werkmap is beschadigd (de zip klopt daar niet). Open het in Excel (dat kan het vaak herstellen) en sla het opnieuw op.`,
    en: `File "${file}": part ${part} of the workbook is damaged (the zip does not add up there). Open it in Excel (it can often repair it) and save it again.`,
  }),
  sheetCutOff: (file: string, part: string, lastRow: string): Message => ({
    nl: `Bestand "${file}": onderdeel ${part} (een werkblad) houdt halverwege op, na rij ${lastRow}; de rijen daarna ontbreken in het bestand. Het is waarschijnlijk afgebroken bij het downloaden of kopiëren. Haal het opnieuw op of open het in Excel en sla het opnieuw op.`,
    en: `File "${file}": part ${part} (a worksheet) stops halfway, after row ${lastRow}; the rows after it are missing from the file. It was probably cut off while downloading or copying. Fetch it again, or open it in Excel and save it again.`,
  }),
  xmlDamaged: (file: string, part: string, line: number, column: number, lastRow: number, fault: XmlFault, detail: string): Message => ({
    nl: `Bestand "${file}": onderdeel ${part} is geen geldige XML, ${line > 0 ? `regel ${line}, teken ${column}` : "in een rij"}${lastRow > 0 ? ` (na rij ${lastRow})` : ""}: ${faultText(fault, detail, "nl")}. Excel weigert zo'n bestand of "herstelt" het door inhoud weg te laten; PSO-toets leest het daarom niet en schrijft er geen kopie van. Haal het bestand opnieuw op, of open het in Excel of LibreOffice en sla het opnieuw op.`,
    en: `File "${file}": part ${part} is not well-formed XML, ${line > 0 ? `line ${line}, character ${column}` : "in a row"}${lastRow > 0 ? ` (after row ${lastRow})` : ""}: ${faultText(fault, detail, "en")}. Excel refuses such a file or "repairs" it by leaving content out; so PSO-toets does not read it and writes no copy of it. Fetch the file again, or open it in Excel or LibreOffice and save it again.`,
  }),
  dataDamaged: (file: string): Message => ({
    nl: `Bestand "${file}": de ingepakte gegevens van een onderdeel van de werkmap zijn beschadigd en laten zich niet uitpakken. Open het in Excel (dat kan het vaak herstellen) en sla het opnieuw op.`,
    en: `File "${file}": the packed data of a part of the workbook is damaged and cannot be unpacked. Open it in Excel (it can often repair it) and save it again.`,
  }),
  notUnderstood: (file: string): Message => ({
    nl: `Bestand "${file}" is een zip met Excel-onderdelen, maar PSO-toets begrijpt hun opbouw niet (anders opgebouwd dan Excel, LibreOffice of Google Spreadsheets een werkmap schrijven). Open het in Excel en sla het opnieuw op als Excel-werkmap (.xlsx); lukt het dan nog niet, meld het bestand dan bij de beheerder van PSO-toets.`,
    en: `File "${file}" is a zip with Excel parts, but PSO-toets does not understand how they are built (differently from how Excel, LibreOffice or Google Sheets write a workbook). Open it in Excel and save it again as an Excel workbook (.xlsx); if that does not help, report the file to whoever maintains PSO-toets.`,
  }),
  noWorkbookPart: (file: string): Message => ({
    nl: `Bestand "${file}" is een zip, maar geen Excel-werkmap: het onderdeel xl/workbook.xml ontbreekt. Is het een ander bestand (.docx, .zip) met de extensie .xlsx?`,
    en: `File "${file}" is a zip, but no Excel workbook: the part xl/workbook.xml is missing. Is it another file (.docx, .zip) with the extension .xlsx?`,
  }),
  noSheets: (file: string): Message => ({
    nl: `Bestand "${file}": de werkmap noemt geen werkbladen die PSO-toets kan vinden (xl/workbook.xml zonder bladen, of verwijzingen naar bladen die ontbreken). Open het in Excel en sla het opnieuw op als Excel-werkmap (.xlsx).`,
    en: `File "${file}": the workbook names no worksheets PSO-toets can find (xl/workbook.xml without sheets, or references to sheets that are missing). Open it in Excel and save it again as an Excel workbook (.xlsx).`,
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
  csvEncoding: (file: string): Message => ({
    nl: `Bestand "${file}" is opgeslagen als UTF-16 zonder BOM; PSO-toets leest een CSV in UTF-8 (met of zonder BOM), Windows-1252 (zoals Excel "CSV (gescheiden door lijstscheidingsteken)" opslaat) of UTF-16 met BOM (Excel "Unicode-tekst"). Sla het bestand in Excel op als "CSV UTF-8 (gescheiden door komma's)".`,
    en: `File "${file}" is saved as UTF-16 without a BOM; PSO-toets reads a CSV in UTF-8 (with or without BOM), Windows-1252 (as Excel saves "CSV (Comma delimited)") or UTF-16 with a BOM (Excel "Unicode Text"). Save the file in Excel as "CSV UTF-8 (Comma delimited)".`,
  }),
  unclosedQuote: (file: string, line: number, start: string, rest: number): Message => ({
    nl: `Bestand "${file}", regel ${line}: het aanhalingsteken waarmee het veld ${start} begint, wordt nergens gesloten, zodat de rest van het bestand (${rest === 1 ? "1 regel" : `${rest} regels`}) in dat ene veld zou vallen. Zet een " aan het eind van dat veld of haal het aanhalingsteken weg, en toets opnieuw.`,
    en: `File "${file}", line ${line}: the quote that starts the field ${start} is never closed, so the rest of the file (${rest === 1 ? "1 line" : `${rest} lines`}) would fall into that one field. Put a " at the end of that field or remove the quote, and check again.`,
  }),
  noSuppliers: (file: string, sheet: string, headerRow: number): Message => ({
    nl: `Bestand "${file}", blad "${sheet}": geen leveranciers gevonden. De kopregel staat in rij ${headerRow}, maar daaronder staat geen rij met gegevens. Is dit de goede lijst of het goede blad (--sheet NAAM)?`,
    en: `File "${file}", sheet "${sheet}": no suppliers found. The header row is row ${headerRow}, but no row with data follows it. Is this the right list or the right sheet (--sheet NAME)?`,
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

/**
 * What went wrong reading an .xlsx, in the user's words: only a file that is no zip at all is "corrupted or
 * password-protected"; a zip feature PSO-toets lacks, a damaged part or a structure it does not follow is named as such.
 */
export function xlsxReadFailure(file: string, error: unknown): Message {
  const text = error instanceof Error ? error.message : String(error);
  if (error instanceof SheetCutOffError) return fileMessages.sheetCutOff(file, error.part, String(error.lastRow));
  if (error instanceof XmlDamagedError) {
    return fileMessages.xmlDamaged(file, error.part || "?", error.line, error.column, error.lastRow, error.fault, error.detail);
  }
  if (error instanceof ZipError) {
    if (/zip-inhoudsopgave gevonden/.test(text)) return fileMessages.unreadable(file);
    if (/ZIP64/.test(text)) return fileMessages.zip64(file);
    const method = /compressie \((\d+)\) in (.+)$/.exec(text);
    if (method) return fileMessages.compression(file, method[2], method[1]);
    const part = /onderdeel (.+)$/.exec(text);
    if (part) return fileMessages.partDamaged(file, part[1]);
    return fileMessages.partDamaged(file, "?");
  }
  // fflate marks its inflate errors with a numeric code (invalid block type, unexpected EOF, ...).
  if (typeof (error as { code?: unknown })?.code === "number") return fileMessages.dataDamaged(file);
  return fileMessages.notUnderstood(file);
}
