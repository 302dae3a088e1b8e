import { CellValue, cellText, isBlank } from "../read/cells";
import { Policy } from "./policy";
import { policyFromJson } from "./policyJson";
import { getPath, KINDS, LIST_SETTINGS, ListSetting, setPath, SETTINGS } from "./policySettings";
import { wonenLimburgPolicy } from "./presets/wonenLimburg";
import { fail, Message, Result } from "../result";

/**
 * The PSO-beleid sheet: a table Instelling / Waarde / Toelichting a person can read and edit. Every setting of
 * policySettings is one row; each item of a list (requirement, growth step, sector level) has its own row(s), its
 * date, month count or niveau in the Instelling.
 */
export { POLICY_SHEET_NAME } from "../sheetNames";
export const POLICY_SHEET_HEADER = ["Instelling", "Waarde", "Toelichting"] as const;

/** Grid rows (header first) of the PSO-beleid sheet for a policy. Fractions stay fractions: the adapter formats them as %. */
export function policyToGrid(policy: Policy): CellValue[][] {
  const grid: CellValue[][] = [[...POLICY_SHEET_HEADER]];
  for (const s of SETTINGS) grid.push([s.sheetLabel, KINDS[s.kind].toCell(getPath(policy, s.path)), s.sheetNote]);
  for (const l of LIST_SETTINGS) grid.push(...l.toRows(getPath(policy, l.path)));
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

/** The list setting a row belongs to, by its Instelling. */
function listRow(label: string): { list: ListSetting; match: RegExpExecArray } | undefined {
  for (const list of LIST_SETTINGS) {
    const match = list.sheetLabel.exec(label);
    if (match) return { list, match };
  }
  return undefined;
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
  const lists = new Map<ListSetting, unknown[]>();
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
    const hit = listRow(label);
    if (!hit) return fail(msg.unknown(rowNumber, label));
    const { list, match } = hit;
    const items = lists.get(list) ?? [];
    const bad = list.fromRow(match, value, items);
    if (bad) return fail(msg.bad(rowNumber, label, bad.value, bad.expected));
    lists.set(list, items);
  }
  for (const [list, items] of lists) setPath(json, list.path, items);
  const policy = policyFromJson(json, base);
  return policy.ok ? policy : fail(msg.invalid(policy.message));
}
