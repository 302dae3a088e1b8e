import { coded } from "../i18n/coded";
import type { Message } from "../result";

type MatchedBy = "kvk" | "vestiging" | "name";
const BY: Record<MatchedBy, Message> = {
  kvk: { nl: "KvK-nummer", en: "KvK number" },
  vestiging: { nl: "vestigingsnummer", en: "KvK branch number (vestigingsnummer)" },
  name: { nl: "naam", en: "name" },
};
const NUMBER: Record<MatchedBy, Message> = {
  kvk: { nl: "dit KvK-nummer", en: "this KvK number" },
  vestiging: { nl: "dit vestigingsnummer", en: "this branch number" },
  name: { nl: "deze naam", en: "this name" },
};

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
    nl: `"${input}" is geen KvK-nummer; verwacht 8 cijfers`,
    en: `"${input}" is not a Chamber of Commerce (KvK) number; expected 8 digits`,
  }),
  vestigingInKvk: (input: string): Message => ({
    nl: `"${input}" heeft 12 cijfers: dat is een vestigingsnummer, geen KvK-nummer (8 cijfers). Zet het in een kolom "Vestigingsnummer"; deze registerrij wordt nu alleen op naam gezocht`,
    en: `"${input}" has 12 digits: that is a branch number (vestigingsnummer), not a KvK number (8 digits). Put it in a "Vestigingsnummer" column; this register row is now searched by name only`,
  }),
  notVestiging: (input: string): Message => ({
    nl: `"${input}" is geen vestigingsnummer; verwacht 12 cijfers`,
    en: `"${input}" is not a branch number (vestigingsnummer); expected 12 digits`,
  }),
  noNameNoKvk: (source: string, row: number): Message => ({
    nl: `PSO-register ${source}, rij ${row}: geen organisatienaam en geen KvK-nummer; deze registerrij telt niet mee.`,
    en: `PSO register ${source}, row ${row}: no organisation name and no KvK number; this register row is left out.`,
  }),
  found: (by: MatchedBy, registerRow: number): Message => ({
    nl: `Trede en geldigheid uit het PSO-register (registerrij ${registerRow}, gevonden op ${BY[by].nl})`,
    en: `Level and validity from the PSO register (register row ${registerRow}, found by ${BY[by].en})`,
  }),
  differs: (by: MatchedBy, registerRow: number, difference: Message): Message => ({
    nl: `PSO-register wijkt af van de lijst (registerrij ${registerRow}, gevonden op ${BY[by].nl}): ${difference.nl}; het register telt`,
    en: `The PSO register differs from the list (register row ${registerRow}, found by ${BY[by].en}): ${difference.en}; the register counts`,
  }),
  registerName: (by: MatchedBy, registerRow: number, name: string): Message => ({
    nl: `Het register noemt de organisatie met ${NUMBER[by].nl} "${name}" (registerrij ${registerRow})`,
    en: `The register names the organisation with ${NUMBER[by].en} "${name}" (register row ${registerRow})`,
  }),
  namesShareNothing: (by: MatchedBy, registerRow: number, name: string): Message => ({
    nl: `Het register noemt de organisatie met ${NUMBER[by].nl} "${name}" (registerrij ${registerRow}), een naam die niets gemeen heeft met die op de lijst; controleer ${NUMBER[by].nl}. De trede uit het register is toegepast`,
    en: `The register names the organisation with ${NUMBER[by].en} "${name}" (register row ${registerRow}), a name with nothing in common with the one on the list; check ${NUMBER[by].en}. The register's level is applied`,
  }),
  suggestion: (name: string, registerRow: number, level: Message): Message => ({
    nl: `Lijkt op "${name}" in het register (registerrij ${registerRow}, ${level.nl}); controleer. Is het dezelfde organisatie, vul dan het KvK-nummer in of neem de naam uit het register over. Tot dan telt die trede niet`,
    en: `Looks like "${name}" in the register (register row ${registerRow}, ${level.en}); check. If it is the same organisation, fill in the KvK number or use the register's name. Until then that level does not count`,
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
  summary: (source: string, entries: number, byKvk: number, byVestiging: number, byName: number, absent: number, suggestions: number): Message => {
    const found = byKvk + byVestiging + byName;
    const vest = byVestiging > 0 ? { nl: `, ${byVestiging} op vestigingsnummer`, en: `, ${byVestiging} by branch number` } : { nl: "", en: "" };
    const close = suggestions > 0 ? { nl: ` (waarvan ${suggestions} met een gelijkende naam in het register: controleer die)`, en: ` (${suggestions} of them with a similar name in the register: check those)` } : { nl: "", en: "" };
    return {
      nl: `Gecontroleerd tegen het PSO-register ${source} (${entries} ${entries === 1 ? "registerrij" : "registerrijen"}): ${found} ${found === 1 ? "leverancier" : "leveranciers"} gevonden (${byKvk} op KvK-nummer${vest.nl}, ${byName} op naam), ${absent} niet gevonden${close.nl}. Waar een leverancier gevonden is, telt de trede uit het register.`,
      en: `Checked against the PSO register ${source} (${entries} ${entries === 1 ? "register row" : "register rows"}): ${found} ${found === 1 ? "supplier" : "suppliers"} found (${byKvk} by KvK number${vest.en}, ${byName} by name), ${absent} not found${close.en}. Where a supplier is found, the register's level counts.`,
    };
  },
});
