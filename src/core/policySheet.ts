import { CellValue, cellText, isBlank } from "./cells";
import { formatDateNl, formatIsoDate, parseDate } from "./dates";
import { isLevel, Level, levelLabel } from "./levels";
import { Niveau, Policy } from "./policy";
import { policyFromJson } from "./policyJson";
import { getPath, keywordsFromText, keywordsToText, KINDS, setPath, SETTINGS } from "./policySettings";
import { wonenLimburgPolicy } from "./presets/wonenLimburg";
import { fail, Message, ok, Result } from "./result";

/**
 * The PSO-beleid sheet: a table Instelling / Waarde / Toelichting a person can read and edit. Every number of the
 * policy is one row; requirements and growth steps are one row each, their date or month count in the Instelling.
 */
export const POLICY_SHEET_NAME = "PSO-beleid";
export const POLICY_SHEET_HEADER = ["Instelling", "Waarde", "Toelichting"] as const;

const REQUIREMENT = /^minimale trede vanaf\s+(.+)$/i;
const STEP = /^groeipad stap na\s+(\d+(?:[.,]\d+)?)\s*maanden?$/i;
const SECTOR = /^sectorniveau\s+([123])\s+(betekenis|trefwoorden)$/i;

/** Grid rows (header first) of the PSO-beleid sheet for a policy. Fractions stay fractions: the adapter formats them as %. */
export function policyToGrid(policy: Policy): CellValue[][] {
  const grid: CellValue[][] = [[...POLICY_SHEET_HEADER]];
  for (const s of SETTINGS) grid.push([s.sheetLabel, KINDS[s.kind].toCell(getPath(policy, s.path)), s.sheetNote]);
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
    grid.push([`Sectorniveau ${level.niveau} trefwoorden`, keywordsToText(level.keywords), "Inkoopcategorieën met deze woorden vallen in dit niveau; gescheiden door komma's."]);
  }
  return grid;
}

/** Sheet rows whose Waarde holds a fraction, so the adapter can show them as a percentage. */
export function fractionRowIndexes(grid: readonly (readonly CellValue[])[]): number[] {
  const labels = new Set(SETTINGS.filter((s) => s.kind === "fraction").map((s) => s.sheetLabel.toLowerCase()));
  return grid.flatMap((row, i) => (labels.has(cellText(row[0]).toLowerCase()) ? [i] : []));
}

const msg = {
  bad: (row: number, label: string, value: CellValue, expected: Message): Message => ({
    nl: `PSO-beleid, rij ${row} ("${label}"): "${cellText(value)}" is geen geldige waarde; verwacht ${expected.nl}.`,
    en: `PSO-beleid, row ${row} ("${label}"): "${cellText(value)}" is not a valid value; expected ${expected.en}.`,
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

const LEVEL = KINDS.level;
const SHEET_DATE = { nl: "een datum in de instelling, bijvoorbeeld 1-1-2022", en: "a date in the setting's name, e.g. 1-1-2022" };

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
    const setting = SETTINGS.find((s) => s.sheetLabel.toLowerCase() === key);
    if (setting) {
      const parsed = KINDS[setting.kind].fromCell(value);
      if (parsed === null) return fail(msg.bad(rowNumber, label, value, KINDS[setting.kind].cellExpected));
      setPath(json, setting.path, parsed);
      continue;
    }
    let m: RegExpExecArray | null;
    if ((m = REQUIREMENT.exec(label))) {
      const from = parseDate(m[1].trim());
      if (!from.ok) return fail(msg.bad(rowNumber, label, m[1], SHEET_DATE));
      const level = LEVEL.fromCell(value);
      if (!isLevel(level)) return fail(msg.bad(rowNumber, label, value, LEVEL.cellExpected));
      requirements.push({ from: formatIsoDate(from.value), minLevel: level });
    } else if ((m = STEP.exec(label))) {
      const level = LEVEL.fromCell(value);
      if (!isLevel(level)) return fail(msg.bad(rowNumber, label, value, LEVEL.cellExpected));
      steps.push({ level, monthsAfterAward: Number(m[1].replace(",", ".")) });
    } else if ((m = SECTOR.exec(label))) {
      const niveau = Number(m[1]) as Niveau;
      const entry = sectors.get(niveau) ?? { niveau, meaning: "", keywords: [] };
      if (m[2].toLowerCase() === "betekenis") entry.meaning = cellText(value);
      else entry.keywords = keywordsFromText(cellText(value));
      sectors.set(niveau, entry);
    } else return fail(msg.unknown(rowNumber, label));
  }
  if (requirements.length > 0) json.requirements = requirements;
  if (steps.length > 0) setPath(json, "growthPath.steps", steps);
  if (sectors.size > 0) setPath(json, "sectorLevels.levels", [...sectors.values()].sort((a, b) => a.niveau - b.niveau));
  const policy = policyFromJson(json, base);
  return policy.ok ? policy : fail(msg.invalid(policy.message));
}
