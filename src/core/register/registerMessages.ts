import { coded } from "../i18n/coded";
import type { Message } from "../result";

const rowList = (rows: readonly number[]) => rows.join(", ");

/** Texts of the PSO-register check (issue 17), Dutch and English side by side. */
export const registerMessages = coded("core.register", {
  columnsMissing: (source: string, missing: Message[]): Message => ({
    nl: `PSO-register ${source}: geen kopregel gevonden met de kolom(men) ${missing.map((m) => `"${m.nl}"`).join(", ")} in de eerste 30 rijen. Verwacht bijvoorbeeld de kolommen Organisatie, KvK-nummer, Trede, Geldig tot en Plaats, zoals de export van het PSO-register ze heeft.`,
    en: `PSO register ${source}: no header row with the column(s) ${missing.map((m) => `"${m.en}"`).join(", ")} in the first 30 rows. Expected columns such as organisation, Chamber of Commerce (KvK) number, level, valid until and place, as the PSO register's export has them.`,
  }),
  columnOrganisation: (): Message => ({ nl: "Organisatie of KvK-nummer", en: "Organisation or KvK number" }),
  columnLevel: (): Message => ({ nl: "Trede", en: "Level" }),
  columnValidUntil: (): Message => ({ nl: "Geldig tot", en: "Valid until" }),
  badCell: (source: string, row: number, column: string, problem: Message): Message => ({
    nl: `PSO-register ${source}, rij ${row}, kolom ${column}: ${problem.nl}. Deze registerrij telt niet mee; de andere wel.`,
    en: `PSO register ${source}, row ${row}, column ${column}: ${problem.en}. This register row is left out; the others count.`,
  }),
  notKvk: (input: string): Message => ({
    nl: `"${input}" is geen KvK-nummer; verwacht 8 cijfers (of een vestigingsnummer van 12)`,
    en: `"${input}" is not a Chamber of Commerce (KvK) number; expected 8 digits (or a 12-digit branch number)`,
  }),
  noNameNoKvk: (source: string, row: number): Message => ({
    nl: `PSO-register ${source}, rij ${row}: geen organisatienaam en geen KvK-nummer; deze registerrij telt niet mee.`,
    en: `PSO register ${source}, row ${row}: no organisation name and no KvK number; this register row is left out.`,
  }),
  found: (byKvk: boolean, registerRow: number): Message => ({
    nl: `Trede en geldigheid uit het PSO-register (registerrij ${registerRow}, gevonden op ${byKvk ? "KvK-nummer" : "naam"})`,
    en: `Level and validity from the PSO register (register row ${registerRow}, found by ${byKvk ? "KvK number" : "name"})`,
  }),
  differs: (byKvk: boolean, registerRow: number, difference: Message): Message => ({
    nl: `PSO-register wijkt af van de lijst (registerrij ${registerRow}, gevonden op ${byKvk ? "KvK-nummer" : "naam"}): ${difference.nl}; het register telt`,
    en: `The PSO register differs from the list (register row ${registerRow}, found by ${byKvk ? "KvK number" : "name"}): ${difference.en}; the register counts`,
  }),
  shared: (otherRows: number[], registerRow: number, name: string): Message => ({
    nl: `Ook rij ${rowList(otherRows)} is gevonden op registerrij ${registerRow} (${name}); controleer of dit dezelfde organisatie is`,
    en: `Row ${rowList(otherRows)} was also found on register row ${registerRow} (${name}); check that this is the same organisation`,
  }),
  absent: (claim: Message): Message => ({
    nl: `Niet gevonden in het PSO-register, terwijl de lijst ${claim.nl} noemt; vraag het certificaat op`,
    en: `Not found in the PSO register, while the list says ${claim.en}; ask for the certificate`,
  }),
  notInRegister: (key: string): Message => ({
    nl: `"${key}" staat niet in het PSO-register (gezocht op KvK-nummer en op naam)`,
    en: `"${key}" is not in the PSO register (searched by KvK number and by name)`,
  }),
  sheetEmpty: (sheet: string): Message => ({
    nl: `Blad "${sheet}" is leeg. Plak de export van het PSO-register erop (met kopregel), of verwijder het blad om zonder register te controleren.`,
    en: `Sheet "${sheet}" is empty. Paste the PSO register's export on it (with its header row), or delete the sheet to check without the register.`,
  }),
  moreProblems: (count: number): Message => ({
    nl: `En nog ${count} registerrijen die niet gelezen konden worden.`,
    en: `And ${count} more register rows that could not be read.`,
  }),
  summary: (source: string, entries: number, byKvk: number, byName: number, absent: number): Message => ({
    nl: `Gecontroleerd tegen het PSO-register ${source} (${entries} ${entries === 1 ? "registerrij" : "registerrijen"}): ${byKvk + byName} ${byKvk + byName === 1 ? "leverancier" : "leveranciers"} gevonden (${byKvk} op KvK-nummer, ${byName} op naam), ${absent} niet gevonden. Waar een leverancier gevonden is, telt de trede uit het register.`,
    en: `Checked against the PSO register ${source} (${entries} ${entries === 1 ? "register row" : "register rows"}): ${byKvk + byName} ${byKvk + byName === 1 ? "supplier" : "suppliers"} found (${byKvk} by KvK number, ${byName} by name), ${absent} not found. Where a supplier is found, the register's level counts.`,
  }),
});
