import type { ColumnMapping } from "../core";
import { SETTINGS_KEY } from "./run";

/**
 * What the add-in remembers, per workbook, in Excel's workbook settings (Excel.SettingCollection): it lives inside
 * the file, travels with it, is read in the same batch as the sheet (no extra round trip, unlike
 * Office.context.document.settings with its saveAsync callback) and the shared runtime's functions can read it too.
 */
export interface StoredState {
  version: 1;
  /** Per sheet name: the header texts the mapping was made for, and the mapping (indexes into those headers). */
  mappings: Record<string, { headers: string[]; mapping: ColumnMapping }>;
  /**
   * Per sheet name: where the last check wrote, so "Wis markeringen" removes exactly that. No conditional-format ids:
   * they are priorities that shift, so the rules are found again by their formula.
   */
  results: Record<string, { headerRow: number; statusColumn: number; lastRow: number }>;
}

export const emptyState = (): StoredState => ({ version: 1, mappings: {}, results: {} });

export function queueStateLoad(context: Excel.RequestContext): Excel.Setting {
  return context.workbook.settings.getItemOrNullObject(SETTINGS_KEY).load("value");
}

export function stateOf(setting: Excel.Setting): StoredState {
  if (setting.isNullObject) return emptyState();
  let value = setting.value as unknown;
  if (typeof value === "string") {
    try {
      value = JSON.parse(value);
    } catch {
      return emptyState();
    }
  }
  const v = value as Partial<StoredState> | null;
  if (!v || v.version !== 1) return emptyState();
  const results: StoredState["results"] = {};
  // Workbooks saved by an earlier version also hold conditionalFormatIds: dropped, never used.
  for (const [sheet, r] of Object.entries(v.results ?? {})) results[sheet] = { headerRow: r.headerRow, statusColumn: r.statusColumn, lastRow: r.lastRow };
  return { version: 1, mappings: v.mappings ?? {}, results };
}

export function queueStateSave(context: Excel.RequestContext, state: StoredState): void {
  context.workbook.settings.add(SETTINGS_KEY, state as unknown as string);
}

/** The remembered mapping applies only while the header texts are unchanged. */
export function rememberedMapping(state: StoredState, sheet: string, headers: readonly string[]): ColumnMapping | null {
  const saved = state.mappings[sheet];
  if (!saved || saved.headers.length !== headers.length || saved.headers.some((h, i) => h !== headers[i])) return null;
  return saved.mapping;
}
