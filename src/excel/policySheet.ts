import { fail, ok, Policy, policyFromJson, Result, wonenLimburgPolicy } from "../core";
import { fractionRowIndexes, policyFromGrid, policyToGrid, POLICY_SHEET_NAME } from "../core/policy/policySheet";
import { chooseOwnSheet, OWN_SHEETS, sheetOfMark } from "../core/ownSheets";
import { adapterMessages } from "./messages";
import type { PolicySaved } from "../addin/actions";
import { formatsFor, GENERAL_FORMAT, queueWrite } from "./text";
import { getActivePolicy, setActivePolicy } from "../addin/activePolicy";
import type { PolicySource } from "../addin/actions";

const emptySheet = () => adapterMessages.policySheetEmpty(POLICY_SHEET_NAME);

/** Same policy whatever the key order, so an unchanged sheet never triggers a full recalculation. */
function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

/**
 * Hands the policy to the PSO.* formulas. When it differs from the one they used (at workbook open they ran with the
 * preset before the taskpane read the sheet), Excel recalculates: the functions are not volatile, so without it their
 * cells would keep results of the wrong policy.
 */
async function adopt(context: Excel.RequestContext, policy: Policy): Promise<void> {
  if (stableJson(getActivePolicy()) === stableJson(policy)) return;
  setActivePolicy(policy);
  recalculateFormulas(context);
  await context.sync();
}

export interface PolicyRead {
  source: PolicySource;
  /** The PSO-beleid sheet's proxy, to watch with onChanged; null without the sheet. */
  sheet: Excel.Worksheet | null;
}

/** Shown only to someone who unhides the name: what it is for. */
const MARK_COMMENT = "PSO-toets: dit blad is het blad PSO-beleid";

interface PolicyPlace {
  mark: Excel.NamedItem;
  markRef: string | null;
  names: string[];
  /** The sheet PSO-toets marked as its policy sheet. */
  marked: string | undefined;
  /** Without a mark: a sheet called PSO-beleid, an earlier version's or the user's own. */
  named: string | undefined;
}

/** Where the policy sheet is (one sync): by its mark (core/ownSheets.ts), else by its name. */
async function locate(context: Excel.RequestContext): Promise<PolicyPlace> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  const mark = context.workbook.names.getItemOrNullObject(OWN_SHEETS.policy.mark);
  mark.load("formula");
  await context.sync();
  const names = sheets.items.map((w) => w.name);
  const markRef = mark.isNullObject ? null : String(mark.formula);
  const find = (name: string | null) => (name === null ? undefined : names.find((n) => n.toLowerCase() === name.toLowerCase()));
  const marked = find(sheetOfMark(markRef));
  return { mark, markRef, names, marked, named: marked ? undefined : find(POLICY_SHEET_NAME) };
}

/** An unmarked sheet called PSO-beleid holds a policy (an earlier version wrote it): read its values (one sync). */
async function holdsPolicy(context: Excel.RequestContext, name: string): Promise<boolean> {
  const used = context.workbook.worksheets.getItem(name).getUsedRangeOrNullObject(true).load("values,rowIndex");
  await context.sync();
  return used.isNullObject || policyFromGrid(used.values, used.rowIndex + 1).ok;
}

/**
 * Reads the policy sheet: the one PSO-toets marked, else a sheet called PSO-beleid (two syncs, one without the sheet,
 * one more when the policy changed); without the sheet the preset holds. The custom functions get the result.
 */
export async function readPolicySheet(context: Excel.RequestContext): Promise<Result<PolicyRead>> {
  const place = await locate(context);
  const name = place.marked ?? place.named;
  if (name === undefined) {
    await adopt(context, wonenLimburgPolicy);
    return ok({ source: { policy: wonenLimburgPolicy, source: "preset" }, sheet: null });
  }
  const sheet = context.workbook.worksheets.getItem(name);
  const used = sheet.getUsedRangeOrNullObject(true).load("values,rowIndex");
  await context.sync();
  if (used.isNullObject) return fail(emptySheet());
  const policy = policyFromGrid(used.values, used.rowIndex + 1);
  if (!policy.ok) return policy;
  await adopt(context, policy.value);
  return ok({ source: { policy: policy.value, source: "sheet" }, sheet });
}

/**
 * Writes the policy as a readable table on the policy sheet: the marked one, an unmarked PSO-beleid an earlier version
 * wrote (it holds a policy), else a new sheet at a free name ("PSO-beleid (2)" beside a user's own PSO-beleid, which
 * is left as it is; `userSheetKept` names it). The sheet gets the mark.
 */
export async function writePolicySheetAt(context: Excel.RequestContext, policy: Policy): Promise<Result<{ sheet: string; userSheetKept: string | null }>> {
  const valid = policyFromJson(policy);
  if (!valid.ok) return valid;
  const grid = policyToGrid(valid.value);
  const place = await locate(context);
  const earlier = place.named !== undefined && (await holdsPolicy(context, place.named));
  const choice = chooseOwnSheet(OWN_SHEETS.policy, place.names, place.markRef, () => earlier);
  let sheet: Excel.Worksheet;
  if (!choice.exists) sheet = context.workbook.worksheets.add(choice.name);
  else {
    sheet = context.workbook.worksheets.getItem(choice.name);
    // The sheet is the policy itself: its old rows are replaced, so a deleted requirement does not linger.
    sheet.getUsedRange(true).clear("Contents");
  }
  const fractions = new Set(fractionRowIndexes(grid));
  // Labels, levels and keywords the user typed in the editor are written as text, never as formulas or dates.
  queueWrite(sheet.getRangeByIndexes(0, 0, grid.length, 3), grid, formatsFor(grid, (r, c) => (c === 1 && fractions.has(r) ? "0%" : GENERAL_FORMAT)));
  if (sheetOfMark(place.markRef)?.toLowerCase() !== choice.name.toLowerCase()) {
    if (!place.mark.isNullObject) place.mark.delete();
    context.workbook.names.add(OWN_SHEETS.policy.mark, sheet.getRange("A1"), MARK_COMMENT).visible = false;
  }
  setActivePolicy(valid.value);
  recalculateFormulas(context);
  await context.sync();
  return ok({ sheet: choice.name, userSheetKept: choice.userSheetKept });
}

/** writePolicySheetAt as the taskpane's action has it: where the policy went, and a notice when a user's sheet was kept. */
export async function writePolicySheet(context: Excel.RequestContext, policy: Policy): Promise<Result<PolicySaved>> {
  const written = await writePolicySheetAt(context, policy);
  if (!written.ok) return written;
  const { sheet, userSheetKept } = written.value;
  return ok({ sheet, notice: userSheetKept === null ? null : adapterMessages.policyUserSheetKept(userSheetKept, sheet) });
}

/** PSO.* cells are not volatile: after a policy change Excel must recalculate them against the new policy. */
function recalculateFormulas(context: Excel.RequestContext): void {
  context.workbook.application.calculate("Full" as Excel.CalculationType);
}

/** Removes the policy sheet (the marked one, or an unmarked PSO-beleid that holds a policy), so the preset holds again. */
export async function removePolicySheet(context: Excel.RequestContext): Promise<Result<PolicySource>> {
  const place = await locate(context);
  const name = place.marked ?? (place.named !== undefined && (await holdsPolicy(context, place.named)) ? place.named : undefined);
  setActivePolicy(wonenLimburgPolicy);
  if (name !== undefined) context.workbook.worksheets.getItem(name).delete();
  if (!place.mark.isNullObject) place.mark.delete();
  recalculateFormulas(context);
  await context.sync();
  return ok({ policy: wonenLimburgPolicy, source: "preset" });
}
