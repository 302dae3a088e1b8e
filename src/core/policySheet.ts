import { CellValue, cellText, isBlank } from "./cells";
import { formatDateNl, formatIsoDate, parseDate } from "./dates";
import { isLevel, Level, levelLabel, parseLevel } from "./levels";
import { parseDutchNumber, parseMoney, parsePercent } from "./numbers";
import { Niveau, Policy } from "./policy";
import { policyFromJson } from "./policyJson";
import { wonenLimburgPolicy } from "./presets/wonenLimburg";
import { fail, Message, ok, Result } from "./result";

/**
 * The PSO-beleid sheet: a table Instelling / Waarde / Toelichting a person can read and edit. Every number of the
 * policy is one row; requirements and growth steps are one row each, their date or month count in the Instelling.
 */
export const POLICY_SHEET_NAME = "PSO-beleid";
export const POLICY_SHEET_HEADER = ["Instelling", "Waarde", "Toelichting"] as const;

type Kind = "text" | "money" | "count" | "fraction" | "bool" | "level" | "list";
interface Setting {
  label: string;
  path: string;
  kind: Kind;
  note: string;
}

/** Fixed settings in sheet order; the labels are what a person reads and what the reader matches. */
const SETTINGS: Setting[] = [
  { label: "Naam beleid", path: "name", kind: "text", note: "Vrije tekst." },
  { label: "Minimale opdrachtsom per jaar", path: "scope.minAnnualSpend", kind: "money", note: "Euro's; leveranciers met een lagere opdrachtsom per jaar vallen buiten scope." },
  { label: "Groeipad aan", path: "growthPath.enabled", kind: "bool", note: "ja of nee." },
  { label: "Groeipad bij looptijd langer dan (maanden)", path: "growthPath.minTermMonths", kind: "count", note: "Het groeipad geldt voor contracten die langer lopen dan dit aantal maanden." },
  { label: "Waarschuwing bij verlopen binnen (dagen)", path: "expiryWarningDays", kind: "count", note: "Een geldig certificaat dat binnen zoveel dagen verloopt geeft 'Let op'." },
  { label: "Herinneringen (dagen voor einde)", path: "reminderDays", kind: "list", note: "Aantallen dagen, gescheiden door komma's." },
  { label: "Sectorniveau telt mee in status", path: "sectorLevels.applyToStatus", kind: "bool", note: "ja: een leverancier in niveau 2 of 3 die niet voldoet krijgt 'Let op' in plaats van 'Voldoet niet'." },
  { label: "KPI: telt als gecertificeerd vanaf", path: "kpi.certifiedMinLevel", kind: "level", note: "Laagste geldige trede die meetelt als 'heeft een PSO-certificaat'." },
  { label: "KPI: uitgaven vanaf trede", path: "kpi.spendMinLevel", kind: "level", note: "Laagste trede waarvan de uitgaven meetellen." },
  { label: "KPI: doel aandeel gecertificeerd", path: "kpi.targetCertifiedShare", kind: "fraction", note: "Percentage, bijvoorbeeld 50%." },
  { label: "KPI: doel aandeel uitgaven", path: "kpi.targetSpendShare", kind: "fraction", note: "Percentage, bijvoorbeeld 75%." },
  { label: "SROI: vanaf contractwaarde", path: "sroi.minContractSum", kind: "money", note: "Euro's; klassieke social return vanaf deze contractwaarde." },
  { label: "SROI: vanaf looptijd (maanden)", path: "sroi.minTermMonths", kind: "count", note: "Niet voor kortere contracten." },
  { label: "SROI: percentage", path: "sroi.percentage", kind: "fraction", note: "Percentage van de contractwaarde, bijvoorbeeld 5%." },
  { label: "SROI: lage arbeidsinzet onder", path: "sroi.lowLabourShare", kind: "fraction", note: "Aandeel arbeid, bijvoorbeeld 50%." },
  { label: "SROI: percentage bij lage arbeidsinzet", path: "sroi.lowLabourPercentage", kind: "fraction", note: "Bijvoorbeeld 2%." },
];

const REQUIREMENT = /^minimale trede vanaf\s+(.+)$/i;
const STEP = /^groeipad stap na\s+(\d+(?:[.,]\d+)?)\s*maanden?$/i;
const SECTOR = /^sectorniveau\s+([123])\s+(betekenis|trefwoorden)$/i;

function get(obj: unknown, path: string): unknown {
  return path.split(".").reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], obj);
}

function set(obj: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split(".");
  let o = obj;
  for (const k of keys.slice(0, -1)) o = (o[k] ??= {}) as Record<string, unknown>;
  o[keys[keys.length - 1]] = value;
}

function cellFor(kind: Kind, value: unknown): CellValue {
  switch (kind) {
    case "bool":
      return value ? "ja" : "nee";
    case "level":
      return levelLabel(value as Level);
    case "list":
      return (value as number[]).join(", ");
    default:
      return value as CellValue;
  }
}

/** Grid rows (header first) of the PSO-beleid sheet for a policy. Fractions stay fractions: the adapter formats them as %. */
export function policyToGrid(policy: Policy): CellValue[][] {
  const grid: CellValue[][] = [[...POLICY_SHEET_HEADER]];
  for (const s of SETTINGS) grid.push([s.label, cellFor(s.kind, get(policy, s.path)), s.note]);
  for (const r of [...policy.requirements].sort((a, b) => a.from.localeCompare(b.from))) {
    const from = parseDate(r.from);
    grid.push([
      `Minimale trede vanaf ${from.ok ? formatDateNl(from.value) : r.from}`,
      levelLabel(r.minLevel),
      "Leveranciers binnen scope hebben vanaf deze datum minstens deze trede nodig. Voeg een rij toe voor een nieuwe eis.",
    ]);
  }
  for (const step of [...policy.growthPath.steps].sort((a, b) => a.monthsAfterAward - b.monthsAfterAward)) {
    grid.push([`Groeipad stap na ${step.monthsAfterAward} maanden`, levelLabel(step.level), "Deze trede is uiterlijk zoveel maanden na de gunning nodig."]);
  }
  for (const level of [...policy.sectorLevels.levels].sort((a, b) => a.niveau - b.niveau)) {
    grid.push([`Sectorniveau ${level.niveau} betekenis`, level.meaning, "Wat dit niveau betekent bij een aanbesteding."]);
    grid.push([`Sectorniveau ${level.niveau} trefwoorden`, level.keywords.join(", "), "Inkoopcategorieën met deze woorden vallen in dit niveau; gescheiden door komma's."]);
  }
  return grid;
}

/** Sheet rows whose Waarde holds a fraction, so the adapter can show them as a percentage. */
export function fractionRowIndexes(grid: readonly (readonly CellValue[])[]): number[] {
  const labels = new Set(SETTINGS.filter((s) => s.kind === "fraction").map((s) => s.label.toLowerCase()));
  return grid.flatMap((row, i) => (labels.has(cellText(row[0]).toLowerCase()) ? [i] : []));
}

const msg = {
  bad: (row: number, label: string, value: CellValue, expected: string): Message => ({
    nl: `PSO-beleid, rij ${row} ("${label}"): "${cellText(value)}" is geen geldige waarde; verwacht ${expected}.`,
    en: `PSO-beleid, row ${row} ("${label}"): "${cellText(value)}" is not a valid value; expected ${expected}.`,
  }),
  unknown: (row: number, label: string): Message => ({
    nl: `PSO-beleid, rij ${row}: onbekende instelling "${label}". Gebruik de namen uit kolom Instelling van een vers beleidsblad, of wis de rij.`,
    en: `PSO-beleid, row ${row}: unknown setting "${label}". Use the names in column Instelling of a fresh policy sheet, or delete the row.`,
  }),
  duplicate: (row: number, label: string): Message => ({
    nl: `PSO-beleid, rij ${row}: instelling "${label}" staat er twee keer in.`,
    en: `PSO-beleid, row ${row}: setting "${label}" appears twice.`,
  }),
  noHeader: (): Message => ({
    nl: `Het blad PSO-beleid heeft geen kopregel "Instelling | Waarde | Toelichting" in de eerste rijen.`,
    en: `The PSO-beleid sheet has no header row "Instelling | Waarde | Toelichting" in its first rows.`,
  }),
  invalid: (detail: Message): Message => ({ nl: `PSO-beleid: ${detail.nl}`, en: `PSO-beleid: ${detail.en}` }),
};

const EXPECTED: Record<Kind, string> = {
  text: "tekst",
  money: "een bedrag van 0 of meer, bijvoorbeeld 150000",
  count: "een geheel getal van 0 of meer",
  fraction: "een percentage tussen 0% en 100%",
  bool: '"ja" of "nee"',
  level: 'een trede, bijvoorbeeld "Trede 2", "Basistrede" of "Aspirant"',
  list: "aantallen dagen gescheiden door komma's, bijvoorbeeld 90, 60, 30",
};

function parseCount(value: CellValue): number | null {
  const n = typeof value === "number" ? value : typeof value === "string" ? parseDutchNumber(value.trim()) : null;
  return n !== null && Number.isFinite(n) && n >= 0 ? n : null;
}

function parseKind(kind: Kind, value: CellValue): unknown | null {
  switch (kind) {
    case "text":
      return isBlank(value) ? null : cellText(value);
    case "money": {
      const m = parseMoney(value);
      return m.ok && m.value >= 0 ? m.value : null;
    }
    case "count":
      return parseCount(value);
    case "fraction": {
      const p = parsePercent(value);
      return p.ok ? p.value : null;
    }
    case "bool": {
      if (typeof value === "boolean") return value;
      const t = cellText(value).toLowerCase();
      return ["ja", "yes", "waar", "true", "aan"].includes(t) ? true : ["nee", "no", "onwaar", "false", "uit"].includes(t) ? false : null;
    }
    case "level": {
      if (isBlank(value)) return null;
      const l = parseLevel(value);
      return l.ok ? l.value : null;
    }
    case "list": {
      const parts = cellText(value).split(/[;,]\s*|\s+/).filter(Boolean);
      const days = parts.map((p) => parseCount(p));
      return days.every((d) => d !== null) ? days : null;
    }
  }
}

/**
 * Reads the PSO-beleid grid back into a policy. `firstRowNumber` is the sheet row of grid[0]. Settings a sheet
 * leaves out keep the base policy's value; a list (requirements, steps, sector levels) present on the sheet replaces it.
 */
export function policyFromGrid(
  grid: readonly (readonly CellValue[])[],
  firstRowNumber = 1,
  base: Policy = wonenLimburgPolicy,
): Result<Policy> {
  const headerAt = grid.findIndex((row, i) => i < 10 && cellText(row[0]).toLowerCase() === "instelling");
  if (headerAt < 0) return fail(msg.noHeader());
  const json: Record<string, unknown> = {};
  const requirements: { from: string; minLevel: Level }[] = [];
  const steps: { level: Level; monthsAfterAward: number }[] = [];
  const sectors = new Map<Niveau, { niveau: Niveau; meaning: string; keywords: string[] }>();
  const seen = new Set<string>();
  for (let i = headerAt + 1; i < grid.length; i++) {
    const row = grid[i];
    const rowNumber = firstRowNumber + i;
    const label = cellText(row[0]);
    const value = row[1];
    if (!label) {
      if (isBlank(value)) continue;
      return fail(msg.unknown(rowNumber, ""));
    }
    const key = label.toLowerCase().replace(/\s+/g, " ");
    if (seen.has(key)) return fail(msg.duplicate(rowNumber, label));
    seen.add(key);
    const setting = SETTINGS.find((s) => s.label.toLowerCase() === key);
    if (setting) {
      const parsed = parseKind(setting.kind, value);
      if (parsed === null) return fail(msg.bad(rowNumber, label, value, EXPECTED[setting.kind]));
      set(json, setting.path, parsed);
      continue;
    }
    let m: RegExpExecArray | null;
    if ((m = REQUIREMENT.exec(label))) {
      const from = parseDate(m[1].trim());
      if (!from.ok) return fail(msg.bad(rowNumber, label, m[1], "een datum in de instelling, bijvoorbeeld 1-1-2022"));
      const level = parseKind("level", value);
      if (level === null || !isLevel(level)) return fail(msg.bad(rowNumber, label, value, EXPECTED.level));
      requirements.push({ from: formatIsoDate(from.value), minLevel: level });
    } else if ((m = STEP.exec(label))) {
      const level = parseKind("level", value);
      if (level === null || !isLevel(level)) return fail(msg.bad(rowNumber, label, value, EXPECTED.level));
      steps.push({ level, monthsAfterAward: Number(m[1].replace(",", ".")) });
    } else if ((m = SECTOR.exec(label))) {
      const niveau = Number(m[1]) as Niveau;
      const entry = sectors.get(niveau) ?? { niveau, meaning: "", keywords: [] };
      if (m[2].toLowerCase() === "betekenis") entry.meaning = cellText(value);
      else entry.keywords = cellText(value).split(/\s*[,;]\s*/).filter(Boolean);
      sectors.set(niveau, entry);
    } else return fail(msg.unknown(rowNumber, label));
  }
  if (requirements.length > 0) json.requirements = requirements;
  if (steps.length > 0) set(json, "growthPath.steps", steps);
  if (sectors.size > 0) set(json, "sectorLevels.levels", [...sectors.values()].sort((a, b) => a.niveau - b.niveau));
  const policy = policyFromJson(json, base);
  return policy.ok ? policy : fail(msg.invalid(policy.message));
}
