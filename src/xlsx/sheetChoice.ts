import { coded, Message, REGISTER_SHEET_NAME } from "../core";
import { ownSheetNames } from "../core/ownSheets";
import type { SheetPart, WorkbookParts } from "./workbookParts";

/**
 * The sheets PSO-toets writes itself (its report's action list has supplier columns too, but it is no supplier list):
 * the report, policy and letters sheets by their marks (core/ownSheets.ts), never by name alone, so a user's own list
 * called "Brieven" is read; and the PSO-register paste sheet, which holds register rows, by its name.
 */
export function ownSheetsOf(parts: Pick<WorkbookParts, "sheets" | "marks">): (sheet: Pick<SheetPart, "name">) => boolean {
  const own = ownSheetNames(parts.sheets.map((s) => s.name), parts.marks ?? new Map());
  const register = REGISTER_SHEET_NAME.toLowerCase();
  return (sheet) => own.has(sheet.name) || sheet.name.trim().toLowerCase() === register;
}

/**
 * Which sheet a workbook's supplier list is read from when the user names none: a visible sheet, the active one (the
 * sheet Excel opens on) first, then the others in tab order. A hidden sheet is an archive or a helper, never the list
 * a buyer means, and PSO-toets's own sheets are no list at all; `--sheet` can still name one.
 */
export function sheetCandidates(parts: Pick<WorkbookParts, "sheets" | "activeTab" | "marks">): SheetPart[] {
  const isOwn = ownSheetsOf(parts);
  const visible = parts.sheets.filter((s) => !s.hidden && !isOwn(s));
  const active = parts.sheets[parts.activeTab];
  return active && visible.includes(active) ? [active, ...visible.filter((s) => s !== active)] : visible;
}

const quoted = (names: readonly string[]) => names.map((n) => `"${n}"`).join(", ");

export const sheetMessages = coded("xlsx.sheet", {
  /** Said when other sheets hold a supplier list too, so the user knows which list the figures are about. */
  checked: (file: string, sheet: string, active: boolean, skipped: readonly string[], hidden: readonly string[]): Message => ({
    nl:
      `Bestand "${file}": blad "${sheet}" is gecontroleerd${active ? " (het actieve blad)" : ""}.` +
      (skipped.length > 0 ? ` Ook een leverancierslijst, niet gecontroleerd: ${quoted(skipped)}.` : "") +
      (hidden.length > 0 ? ` Verborgen bladen met een lijst (${quoted(hidden)}) worden alleen gecontroleerd als u ze noemt met --sheet.` : "") +
      " Een ander blad kiest u met --sheet.",
    en:
      `File "${file}": sheet "${sheet}" was checked${active ? " (the active sheet)" : ""}.` +
      (skipped.length > 0 ? ` Also a supplier list, not checked: ${quoted(skipped)}.` : "") +
      (hidden.length > 0 ? ` Hidden sheets with a list (${quoted(hidden)}) are checked only when named with --sheet.` : "") +
      " Choose another sheet with --sheet.",
  }),
  /** No visible sheet holds a list, but a hidden one may. */
  onlyHidden: (file: string, visible: readonly string[], hidden: readonly string[]): Message => ({
    nl: `Bestand "${file}": geen leverancierslijst gevonden op de zichtbare bladen (${quoted(visible)}). Verborgen bladen (${quoted(hidden)}) worden alleen gecontroleerd als u ze noemt, bijvoorbeeld --sheet "${hidden[0] ?? ""}".`,
    en: `File "${file}": no supplier list found on the visible sheets (${quoted(visible)}). Hidden sheets (${quoted(hidden)}) are checked only when named, e.g. --sheet "${hidden[0] ?? ""}".`,
  }),
});
