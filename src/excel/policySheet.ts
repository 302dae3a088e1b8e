import { fail, ok, Policy, policyFromJson, Result, wonenLimburgPolicy } from "../core";
import { fractionRowIndexes, policyFromGrid, policyToGrid, POLICY_SHEET_NAME } from "../core/policy/policySheet";
import { adapterMessages } from "./messages";
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

/**
 * Reads the PSO-beleid sheet (two syncs, one without the sheet, one more when the policy changed); without the sheet
 * the preset holds. The custom functions get the result.
 */
export async function readPolicySheet(context: Excel.RequestContext): Promise<Result<PolicyRead>> {
  const sheet = context.workbook.worksheets.getItemOrNullObject(POLICY_SHEET_NAME);
  sheet.load("id");
  await context.sync();
  if (sheet.isNullObject) {
    await adopt(context, wonenLimburgPolicy);
    return ok({ source: { policy: wonenLimburgPolicy, source: "preset" }, sheet: null });
  }
  // Only now: a method chained on a null object (the sheet missing) would fail the whole batch.
  const used = sheet.getUsedRangeOrNullObject(true).load("values,rowIndex");
  await context.sync();
  if (used.isNullObject) return fail(emptySheet());
  const policy = policyFromGrid(used.values, used.rowIndex + 1);
  if (!policy.ok) return policy;
  await adopt(context, policy.value);
  return ok({ source: { policy: policy.value, source: "sheet" }, sheet });
}

/** Writes the policy as a readable table on the PSO-beleid sheet (created when absent), in two syncs. */
export async function writePolicySheet(context: Excel.RequestContext, policy: Policy): Promise<Result<void>> {
  const valid = policyFromJson(policy);
  if (!valid.ok) return valid;
  const grid = policyToGrid(valid.value);
  const existing = context.workbook.worksheets.getItemOrNullObject(POLICY_SHEET_NAME);
  await context.sync();
  let sheet: Excel.Worksheet;
  if (existing.isNullObject) sheet = context.workbook.worksheets.add(POLICY_SHEET_NAME);
  else {
    sheet = existing;
    // The sheet is the policy itself: its old rows are replaced, so a deleted requirement does not linger.
    sheet.getUsedRange(true).clear("Contents");
  }
  const fractions = new Set(fractionRowIndexes(grid));
  // Labels, levels and keywords the user typed in the editor are written as text, never as formulas or dates.
  queueWrite(sheet.getRangeByIndexes(0, 0, grid.length, 3), grid, formatsFor(grid, (r, c) => (c === 1 && fractions.has(r) ? "0%" : GENERAL_FORMAT)));
  setActivePolicy(valid.value);
  recalculateFormulas(context);
  await context.sync();
  return ok(undefined);
}

/** PSO.* cells are not volatile: after a policy change Excel must recalculate them against the new policy. */
function recalculateFormulas(context: Excel.RequestContext): void {
  context.workbook.application.calculate("Full" as Excel.CalculationType);
}

/** Removes the PSO-beleid sheet, so the preset holds again. */
export async function removePolicySheet(context: Excel.RequestContext): Promise<Result<PolicySource>> {
  const sheet = context.workbook.worksheets.getItemOrNullObject(POLICY_SHEET_NAME);
  await context.sync();
  setActivePolicy(wonenLimburgPolicy);
  if (!sheet.isNullObject) sheet.delete();
  recalculateFormulas(context);
  await context.sync();
  return ok({ policy: wonenLimburgPolicy, source: "preset" });
}
