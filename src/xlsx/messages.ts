import type { Message } from "../core";

/** Messages about files and sheets, for the CLI and the file adapter. */
export const fileMessages = {
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
  sameInputAndOutput: (file: string): Message => ({
    nl: `--out "${file}" is het invoerbestand zelf; PSO-toets schrijft nooit in het origineel. Kies een andere naam.`,
    en: `--out "${file}" is the input file itself; PSO-toets never writes to the original. Choose another name.`,
  }),
  outNotXlsx: (file: string): Message => ({
    nl: `--out "${file}" moet eindigen op .xlsx.`,
    en: `--out "${file}" must end in .xlsx.`,
  }),
};
