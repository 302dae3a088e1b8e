import { CellValue, cellText, isBlank } from "../read/cells";
import { formatDateNl, formatIsoDate, parseDate } from "../read/dates";
import { isLevel, Level, levelLabel, parseLevel } from "../read/levels";
import { parseDutchNumber, parseMoney, parsePercent } from "../read/numbers";
import type { GrowthStep, Niveau, Requirement, SectorLevel } from "./policy";
import { Message } from "../result";

/**
 * The one description of every policy setting. The JSON check (policyJson), the PSO-beleid sheet (policySheet) and
 * the taskpane's policy editor (policyDraft, PolicyEditor) all walk this file; none of them names a setting. A new
 * setting is one entry here (plus its field in Policy, its preset value and the rule that uses it).
 */

/** How a value is stored, checked, written on the sheet and typed in the editor. */
export type SettingKind = "text" | "money" | "months" | "days" | "fraction" | "bool" | "level" | "dayList" | "date";

/** The editor's groups, in the order it shows them. */
export const SECTIONS = ["general", "scope", "requirements", "growth", "warning", "kpi", "sroi", "sector"] as const;
export type SettingSection = (typeof SECTIONS)[number];

export interface Setting {
  /** Where the value sits in a Policy and in a policy JSON file. */
  path: string;
  kind: SettingKind;
  section: SettingSection;
  /** The row's name in column Instelling: saved workbooks hold it, so it never changes once released. */
  sheetLabel: string;
  /** Column Toelichting. */
  sheetNote: string;
  /** The editor's label. */
  label: Message;
  /** A yes/no shows as a switch unless it reads better as a checkbox. */
  control?: "switch" | "checkbox";
}

/** One entry per setting, in the sheet's row order; the editor groups them by section. */
export const SETTINGS: readonly Setting[] = [
  {
    path: "name",
    kind: "text",
    section: "general",
    sheetLabel: "Naam beleid",
    sheetNote: "Vrije tekst.",
    label: { nl: "Naam van het beleid", en: "Policy name" },
  },
  {
    path: "scope.minAnnualSpend",
    kind: "money",
    section: "scope",
    sheetLabel: "Minimale opdrachtsom per jaar",
    sheetNote: "Euro's; leveranciers met een lagere opdrachtsom per jaar vallen buiten scope.",
    label: { nl: "Drempel opdrachtsom per jaar (€)", en: "Annual contract sum threshold (€)" },
  },
  {
    path: "growthPath.enabled",
    kind: "bool",
    section: "growth",
    sheetLabel: "Groeipad aan",
    sheetNote: "ja of nee.",
    label: { nl: "Groeipad toepassen", en: "Apply the growth path" },
  },
  {
    path: "growthPath.minTermMonths",
    kind: "months",
    section: "growth",
    sheetLabel: "Groeipad bij looptijd langer dan (maanden)",
    sheetNote: "Het groeipad geldt voor contracten die langer lopen dan dit aantal maanden.",
    label: { nl: "Voor contracten langer dan (maanden)", en: "For contracts longer than (months)" },
  },
  {
    path: "growthPath.awardFrom",
    kind: "date",
    section: "growth",
    sheetLabel: "Groeipad voor contracten gegund vanaf",
    sheetNote: "Oudere contracten volgen de datumregel, zonder groeipad. Leeg: de datum van de eerste eis.",
    label: { nl: "Voor contracten gegund vanaf (leeg: eerste eis)", en: "For contracts awarded from (blank: first requirement)" },
  },
  {
    path: "expiryWarningDays",
    kind: "days",
    section: "warning",
    sheetLabel: "Waarschuwing bij verlopen binnen (dagen)",
    sheetNote: "Een geldig certificaat dat binnen zoveel dagen verloopt geeft 'Let op'.",
    label: { nl: "Waarschuwen als het certificaat verloopt binnen (dagen)", en: "Warn when the certificate expires within (days)" },
  },
  {
    path: "reminderDays",
    kind: "dayList",
    section: "warning",
    sheetLabel: "Herinneringen (dagen voor einde)",
    sheetNote: "Aantallen dagen, gescheiden door komma's.",
    label: { nl: "Herinneringen (dagen vooraf, bijv. 90; 60; 30; 7)", en: "Reminders (days before, e.g. 90; 60; 30; 7)" },
  },
  {
    path: "outlook.months",
    kind: "months",
    section: "warning",
    sheetLabel: "Vooruitblik (maanden)",
    sheetNote: "Zoveel maanden na de peildatum toont de vooruitblik wat er vervalt, welke stap of eis komt en welk contract afloopt.",
    label: { nl: "Vooruitblik over (maanden)", en: "Outlook over (months)" },
  },
  {
    path: "sectorLevels.applyToStatus",
    kind: "bool",
    section: "sector",
    sheetLabel: "Sectorniveau telt mee in status",
    sheetNote: "ja: een leverancier in niveau 2 of 3 die niet voldoet krijgt 'Let op' in plaats van 'Voldoet niet'.",
    label: { nl: "Niveau 2 en 3: 'Let op' in plaats van 'Voldoet niet'", en: "Levels 2 and 3: 'Warning' instead of 'Not compliant'" },
    control: "checkbox",
  },
  {
    path: "kpi.certifiedMinLevel",
    kind: "level",
    section: "kpi",
    sheetLabel: "KPI: telt als gecertificeerd vanaf",
    sheetNote: "Laagste geldige trede die meetelt als 'heeft een PSO-certificaat'.",
    label: { nl: "Telt als gecertificeerd vanaf", en: "Counts as certified from" },
  },
  {
    path: "kpi.spendMinLevel",
    kind: "level",
    section: "kpi",
    sheetLabel: "KPI: uitgaven vanaf trede",
    sheetNote: "Laagste trede waarvan de uitgaven meetellen.",
    label: { nl: "Opdrachtsom telt mee vanaf", en: "Contract sum counts from" },
  },
  {
    path: "kpi.targetCertifiedShare",
    kind: "fraction",
    section: "kpi",
    sheetLabel: "KPI: doel aandeel gecertificeerd",
    sheetNote: "Percentage, bijvoorbeeld 50%.",
    label: { nl: "Doel: aandeel gecertificeerde leveranciers (%)", en: "Target: share of certified suppliers (%)" },
  },
  {
    path: "kpi.targetSpendShare",
    kind: "fraction",
    section: "kpi",
    sheetLabel: "KPI: doel aandeel uitgaven",
    sheetNote: "Percentage, bijvoorbeeld 75%.",
    label: { nl: "Doel: aandeel opdrachtsom op of boven die trede (%)", en: "Target: share of contract sum at or above that level (%)" },
  },
  {
    path: "register.absentIsFailure",
    kind: "bool",
    section: "warning",
    sheetLabel: "Niet in PSO-register is 'Voldoet niet'",
    sheetNote: "ja: een leverancier met een trede op de lijst die niet in het PSO-register staat, voldoet niet; nee: 'Let op'.",
    label: { nl: "Niet in het PSO-register: 'Voldoet niet' in plaats van 'Let op'", en: "Not in the PSO register: 'Not compliant' instead of 'Warning'" },
  },
  {
    path: "buyer.name",
    kind: "text",
    section: "general",
    sheetLabel: "Afzender brieven",
    sheetNote: "De naam van uw organisatie onder de brieven aan leveranciers.",
    label: { nl: "Afzender van de brieven", en: "Sender of the letters" },
  },
  {
    path: "buyer.contact",
    kind: "text",
    section: "general",
    sheetLabel: "Contactregel brieven",
    sheetNote: "De contactpersoon (naam of afdeling) die de brieven ondertekent en vragen beantwoordt.",
    label: { nl: "Contactpersoon in de brieven", en: "Contact person in the letters" },
  },
  {
    path: "buyer.phone",
    kind: "text",
    section: "general",
    sheetLabel: "Telefoon contactpersoon brieven",
    sheetNote: "Mag leeg blijven; dan staat er geen telefoonregel in de brieven.",
    label: { nl: "Telefoon van de contactpersoon (mag leeg)", en: "Contact person's phone (may be blank)" },
  },
  {
    path: "buyer.email",
    kind: "text",
    section: "general",
    sheetLabel: "E-mail contactpersoon brieven",
    sheetNote: "Mag leeg blijven; dan staat er geen e-mailregel in de brieven.",
    label: { nl: "E-mail van de contactpersoon (mag leeg)", en: "Contact person's e-mail (may be blank)" },
  },
  {
    path: "letters.replyDays",
    kind: "days",
    section: "general",
    sheetLabel: "Antwoordtermijn brieven (dagen)",
    sheetNote: "Binnen zoveel dagen vragen de brieven een leverancier die niet voldoet om zijn plan en de datum waarop hij het certificaat verwacht.",
    label: { nl: "Antwoordtermijn in de brieven (dagen)", en: "Reply period in the letters (days)" },
  },
  {
    path: "sroi.minContractSum",
    kind: "money",
    section: "sroi",
    sheetLabel: "SROI: vanaf contractwaarde",
    sheetNote: "Euro's; klassieke social return vanaf deze contractwaarde.",
    label: { nl: "Vanaf contractsom (€)", en: "From contract sum (€)" },
  },
  {
    path: "sroi.minTermMonths",
    kind: "months",
    section: "sroi",
    sheetLabel: "SROI: vanaf looptijd (maanden)",
    sheetNote: "Niet voor kortere contracten.",
    label: { nl: "Vanaf looptijd (maanden)", en: "From term (months)" },
  },
  {
    path: "sroi.percentage",
    kind: "fraction",
    section: "sroi",
    sheetLabel: "SROI: percentage",
    sheetNote: "Percentage van de contractwaarde, bijvoorbeeld 5%.",
    label: { nl: "Percentage van de contractsom (%)", en: "Percentage of the contract sum (%)" },
  },
  {
    path: "sroi.lowLabourShare",
    kind: "fraction",
    section: "sroi",
    sheetLabel: "SROI: lage arbeidsinzet onder",
    sheetNote: "Aandeel arbeid, bijvoorbeeld 50%.",
    label: { nl: "Lage arbeidsintensiteit: aandeel arbeid onder (%)", en: "Low labour intensity: labour share below (%)" },
  },
  {
    path: "sroi.lowLabourPercentage",
    kind: "fraction",
    section: "sroi",
    sheetLabel: "SROI: percentage bij lage arbeidsinzet",
    sheetNote: "Bijvoorbeeld 2%.",
    label: { nl: "Percentage bij lage arbeidsintensiteit (%)", en: "Percentage with low labour intensity (%)" },
  },
  {
    path: "swCompanies.meetRequirement",
    kind: "bool",
    section: "scope",
    sheetLabel: "SW-bedrijf voldoet zonder certificaat",
    sheetNote: "ja: een SW-bedrijf (sociale werkvoorziening) zonder het vereiste PSO-certificaat krijgt 'Voldoet'; nee: beoordeeld als elke leverancier, met een opmerking. De inkoop bij een SW-bedrijf telt hoe dan ook mee in de PSO-bijdrage.",
    label: { nl: "SW-bedrijf voldoet zonder PSO-certificaat", en: "A sheltered-work company (SW-bedrijf) complies without a PSO certificate" },
    control: "checkbox",
  },
];

type Check = (value: unknown) => boolean;
const nonNegative: Check = (v) => typeof v === "number" && Number.isFinite(v) && v >= 0;
const fraction: Check = (v) => nonNegative(v) && (v as number) <= 1;
const text: Check = (v) => typeof v === "string";
const isoDate: Check = (v) => typeof v === "string" && /^\d{4}-\d{2}-\d{2}$/.test(v) && parseDate(v).ok;
const list = (item: Check): Check => (v) => Array.isArray(v) && v.every(item);
const shape = (fields: Record<string, Check>): Check => (v) =>
  typeof v === "object" && v !== null && Object.entries(fields).every(([k, c]) => c((v as Record<string, unknown>)[k]));

function count(value: CellValue): number | null {
  const n = typeof value === "number" ? value : typeof value === "string" ? parseDutchNumber(value.trim()) : null;
  return n !== null && Number.isFinite(n) && n >= 0 ? n : null;
}

interface KindRule {
  /** What a policy JSON value of this kind must satisfy, and the words for when it does not. */
  json: Check;
  jsonExpected: Message;
  /** The Waarde cell on the PSO-beleid sheet, and back; null when a person typed something this kind cannot be. */
  toCell: (value: unknown) => CellValue;
  fromCell: (cell: CellValue) => unknown | null;
  cellExpected: Message;
}

/** Months and days differ only in the words of the JSON message. */
function countKind(jsonExpected: Message): KindRule {
  const cellExpected = { nl: "een geheel getal van 0 of meer", en: "a whole number of 0 or more" };
  return { json: nonNegative, jsonExpected, toCell: (v) => v as number, fromCell: count, cellExpected };
}

export const KINDS: Record<SettingKind, KindRule> = {
  text: {
    json: text,
    jsonExpected: { nl: "een naam (tekst)", en: "a name (text)" },
    toCell: (v) => v as string,
    // A blank cell is an empty text: the sender's phone may stay blank, and a blank sender is refused where it is used.
    fromCell: (c) => (isBlank(c) ? "" : cellText(c)),
    cellExpected: { nl: "tekst", en: "text" },
  },
  money: {
    json: nonNegative,
    jsonExpected: { nl: "een bedrag in euro's, 0 of meer", en: "an amount in euros, 0 or more" },
    toCell: (v) => v as number,
    fromCell: (c) => {
      const m = parseMoney(c);
      return m.ok && m.value >= 0 ? m.value : null;
    },
    cellExpected: { nl: "een bedrag van 0 of meer, bijvoorbeeld 150000", en: "an amount of 0 or more, e.g. 150000" },
  },
  months: countKind({ nl: "een aantal maanden", en: "a number of months" }),
  days: countKind({ nl: "een aantal dagen", en: "a number of days" }),
  fraction: {
    json: fraction,
    jsonExpected: { nl: "een fractie tussen 0 en 1, bijv. 0.05", en: "a fraction between 0 and 1, e.g. 0.05" },
    // The adapter gives these cells a percent format, so the fraction reads as 5%.
    toCell: (v) => v as number,
    fromCell: (c) => {
      const p = parsePercent(c);
      return p.ok ? p.value : null;
    },
    cellExpected: { nl: "een percentage tussen 0% en 100%", en: "a percentage between 0% and 100%" },
  },
  bool: {
    json: (v) => typeof v === "boolean",
    jsonExpected: { nl: "true of false", en: "true or false" },
    toCell: (v) => (v ? "ja" : "nee"),
    fromCell: (c) => {
      if (typeof c === "boolean") return c;
      const t = cellText(c).toLowerCase();
      return ["ja", "yes", "waar", "true", "aan"].includes(t) ? true : ["nee", "no", "onwaar", "false", "uit"].includes(t) ? false : null;
    },
    cellExpected: { nl: '"ja" of "nee"', en: '"ja" or "nee" (yes or no)' },
  },
  level: {
    json: isLevel,
    jsonExpected: { nl: 'een trede, bijv. "trede2" of "basis"', en: 'a level, e.g. "trede2" or "basis"' },
    toCell: (v) => levelLabel(v as Level),
    fromCell: (c) => {
      if (isBlank(c)) return null;
      const l = parseLevel(c);
      return l.ok ? l.value : null;
    },
    cellExpected: { nl: 'een trede, bijvoorbeeld "Trede 2", "Basistrede" of "Aspirant"', en: 'a level, e.g. "Trede 2", "Basistrede" or "Aspirant"' },
  },
  dayList: {
    json: list(nonNegative),
    jsonExpected: { nl: "een lijst van aantallen dagen", en: "a list of day counts" },
    toCell: (v) => (v as number[]).join(", "),
    fromCell: (c) => {
      const days = cellText(c).split(/[;,]\s*|\s+/).filter(Boolean).map(count);
      return days.every((d) => d !== null) ? days : null;
    },
    cellExpected: { nl: "aantallen dagen gescheiden door komma's, bijvoorbeeld 90, 60, 30", en: "day counts separated by commas, e.g. 90, 60, 30" },
  },
  /** An ISO date, or "" for the setting's default (a blank cell on the sheet, an empty input in the editor). */
  date: {
    json: (v) => v === "" || isoDate(v),
    jsonExpected: { nl: 'een datum "JJJJ-MM-DD" of ""', en: 'a date "YYYY-MM-DD" or ""' },
    toCell: (v) => {
      const day = typeof v === "string" ? parseDate(v) : null;
      return day?.ok ? formatDateNl(day.value) : "";
    },
    fromCell: (c) => {
      if (isBlank(c)) return "";
      const day = parseDate(c);
      return day.ok ? formatIsoDate(day.value) : null;
    },
    cellExpected: { nl: "een datum, bijvoorbeeld 1-1-2021, of leeg", en: "a date, e.g. 1-1-2021, or blank" },
  },
};

/** A row of a list on the sheet that does not read: the value to quote and what was expected instead. */
export interface BadListRow {
  value: CellValue;
  expected: Message;
}

/** One input in each editor row of a list: the item's field, how it is typed, and its label for row n. */
export interface ListField {
  key: string;
  kind: "date" | "level" | "months" | "text" | "keywords";
  label: (n: number, item: Record<string, unknown>) => Message;
}

/**
 * The settings that hold a list of rows. On the PSO-beleid sheet each item is a row of its own (or two), its key
 * (a date, a month count, a niveau) in the Instelling; in the editor each item is a row of inputs.
 */
export interface ListSetting {
  path: string;
  section: SettingSection;
  json: Check;
  jsonExpected: Message;
  /** Matches the Instelling of this list's rows. */
  sheetLabel: RegExp;
  /** The sheet rows [Instelling, Waarde, Toelichting] for the list's items. */
  toRows: (items: unknown) => CellValue[][];
  /** Reads one matched row into `items`, the list read so far; says what was wrong when the row does not read. */
  fromRow: (match: RegExpExecArray, cell: CellValue, items: unknown[]) => BadListRow | null;
  /** The editor's inputs per item; fields not named here (a sector's niveau) keep their value. */
  fields: ListField[];
  /** When items can be added and removed in the editor: the buttons' labels and what a new row holds, as typed. */
  addRemove?: { add: Message; remove: (n: number) => Message; blank: Record<string, string> };
}

const SHEET_DATE = { nl: "een datum in de instelling, bijvoorbeeld 1-1-2022", en: "a date in the setting's name, e.g. 1-1-2022" };

export const LIST_SETTINGS: readonly ListSetting[] = [
  {
    path: "requirements",
    section: "requirements",
    json: list(shape({ from: isoDate, minLevel: isLevel })),
    jsonExpected: { nl: 'een lijst van { "from": "JJJJ-MM-DD", "minLevel": "trede2" }', en: 'a list of { "from": "YYYY-MM-DD", "minLevel": "trede2" }' },
    sheetLabel: /^minimale trede vanaf\s+(.+)$/i,
    toRows: (items) =>
      [...(items as Requirement[])]
        .sort((a, b) => a.from.localeCompare(b.from))
        .map((r) => {
          const from = parseDate(r.from);
          return [
            `Minimale trede vanaf ${from.ok ? formatDateNl(from.value) : r.from}`,
            levelLabel(r.minLevel),
            "Leveranciers binnen scope hebben vanaf deze datum minstens deze trede nodig. Voeg een rij toe voor een nieuwe eis.",
          ];
        }),
    fromRow: (m, cell, items) => {
      const from = parseDate(m[1].trim());
      if (!from.ok) return { value: m[1], expected: SHEET_DATE };
      const level = KINDS.level.fromCell(cell);
      if (!isLevel(level)) return { value: cell, expected: KINDS.level.cellExpected };
      items.push({ from: formatIsoDate(from.value), minLevel: level });
      return null;
    },
    fields: [
      { key: "from", kind: "date", label: (n) => ({ nl: `Vanaf (eis ${n})`, en: `From (requirement ${n})` }) },
      { key: "minLevel", kind: "level", label: (n) => ({ nl: `Minimale trede (eis ${n})`, en: `Minimum level (requirement ${n})` }) },
    ],
    addRemove: {
      add: { nl: "Eis toevoegen", en: "Add requirement" },
      remove: (n) => ({ nl: `Eis ${n} verwijderen`, en: `Remove requirement ${n}` }),
      blank: { from: "", minLevel: "trede1" },
    },
  },
  {
    path: "growthPath.steps",
    section: "growth",
    json: list(shape({ level: isLevel, monthsAfterAward: nonNegative })),
    jsonExpected: { nl: 'een lijst van { "level": "aspirant", "monthsAfterAward": 12 }', en: 'a list of { "level": "aspirant", "monthsAfterAward": 12 }' },
    sheetLabel: /^groeipad stap na\s+(\d+(?:[.,]\d+)?)\s*maanden?$/i,
    toRows: (items) =>
      [...(items as GrowthStep[])]
        .sort((a, b) => a.monthsAfterAward - b.monthsAfterAward)
        .map((step) => [`Groeipad stap na ${step.monthsAfterAward} maanden`, levelLabel(step.level), "Deze trede is uiterlijk zoveel maanden na de gunning nodig."]),
    fromRow: (m, cell, items) => {
      const level = KINDS.level.fromCell(cell);
      if (!isLevel(level)) return { value: cell, expected: KINDS.level.cellExpected };
      items.push({ level, monthsAfterAward: Number(m[1].replace(",", ".")) });
      return null;
    },
    fields: [
      { key: "level", kind: "level", label: (n) => ({ nl: `Trede (stap ${n})`, en: `Level (step ${n})` }) },
      { key: "monthsAfterAward", kind: "months", label: (n) => ({ nl: `Maanden na gunning (stap ${n})`, en: `Months after award (step ${n})` }) },
    ],
    addRemove: {
      add: { nl: "Stap toevoegen", en: "Add step" },
      remove: (n) => ({ nl: `Stap ${n} verwijderen`, en: `Remove step ${n}` }),
      blank: { level: "trede2", monthsAfterAward: "" },
    },
  },
  {
    path: "sectorLevels.levels",
    section: "sector",
    json: list(shape({ niveau: (v) => v === 1 || v === 2 || v === 3, meaning: text, keywords: list(text) })),
    jsonExpected: { nl: "een lijst van niveaus 1, 2 en 3 met trefwoorden", en: "a list of levels 1, 2 and 3 with keywords" },
    sheetLabel: /^sectorniveau\s+([123])\s+(betekenis|trefwoorden)$/i,
    toRows: (items) =>
      [...(items as SectorLevel[])]
        .sort((a, b) => a.niveau - b.niveau)
        .flatMap((level) => [
          [`Sectorniveau ${level.niveau} betekenis`, level.meaning, "Wat dit niveau betekent bij een aanbesteding."],
          [`Sectorniveau ${level.niveau} trefwoorden`, keywordsToText(level.keywords), "Inkoopcategorieën met deze woorden vallen in dit niveau; gescheiden door komma's."],
        ]),
    fromRow: (m, cell, items) => {
      const niveau = Number(m[1]) as Niveau;
      const levels = items as SectorLevel[];
      let entry = levels.find((l) => l.niveau === niveau);
      if (!entry) {
        entry = { niveau, meaning: "", keywords: [] };
        levels.push(entry);
        levels.sort((a, b) => a.niveau - b.niveau);
      }
      if (m[2].toLowerCase() === "betekenis") entry.meaning = cellText(cell);
      else entry.keywords = keywordsFromText(cellText(cell));
      return null;
    },
    fields: [
      { key: "meaning", kind: "text", label: (_, l) => ({ nl: `Betekenis (niveau ${l.niveau})`, en: `Meaning (level ${l.niveau})` }) },
      {
        key: "keywords",
        kind: "keywords",
        label: (_, l) => ({ nl: `Trefwoorden (niveau ${l.niveau}, gescheiden door komma's)`, en: `Keywords (level ${l.niveau}, separated by commas)` }),
      },
    ],
  },
];

/** A sector level's keywords as one text, the way the sheet and the editor show them. */
export const keywordsToText = (keywords: readonly string[]): string => keywords.join(", ");
export const keywordsFromText = (text: string): string[] => text.split(/\s*[,;]\s*/).map((k) => k.trim()).filter(Boolean);

/** The value at a dotted path ("sroi.percentage"), or undefined where the path leads nowhere. */
export function getPath(obj: unknown, path: string): unknown {
  return path
    .split(".")
    .reduce<unknown>((o, k) => (o && typeof o === "object" ? (o as Record<string, unknown>)[k] : undefined), obj);
}

/** Sets the value at a dotted path, creating the objects on the way. */
export function setPath(obj: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split(".");
  let o = obj;
  for (const k of keys.slice(0, -1)) o = (o[k] ??= {}) as Record<string, unknown>;
  o[keys[keys.length - 1]] = value;
}
