import { fail, ok, Policy, policyFromJson, Result, wonenLimburgPolicy } from "../core";
import { fractionRowIndexes, policyFromGrid, policyToGrid, POLICY_SHEET_NAME } from "../core/policySheet";
import { formatsFor, GENERAL_FORMAT, queueWrite } from "./text";
import { setActivePolicy } from "../functions/activePolicy";
import type { PolicySource } from "../taskpane/actions";

const emptySheet = () => ({
  nl: `Het blad ${POLICY_SHEET_NAME} is leeg. Kies "Standaardbeleid herstellen" of sla het beleid opnieuw op.`,
  en: `The ${POLICY_SHEET_NAME} sheet is empty. Choose "Restore default policy" or save the policy again.`,
});

/** Reads the PSO-beleid sheet (two syncs; one without the sheet); without it the preset holds. The custom functions get the result. */
export async function readPolicySheet(context: Excel.RequestContext): Promise<Result<PolicySource>> {
  const sheet = context.workbook.worksheets.getItemOrNullObject(POLICY_SHEET_NAME);
  await context.sync();
  if (sheet.isNullObject) {
    setActivePolicy(wonenLimburgPolicy);
    return ok({ policy: wonenLimburgPolicy, source: "preset" });
  }
  // Only now: a method chained on a null object (the sheet missing) would fail the whole batch.
  const used = sheet.getUsedRangeOrNullObject(true).load("values,rowIndex");
  await context.sync();
  if (used.isNullObject) return fail(emptySheet());
  const policy = policyFromGrid(used.values, used.rowIndex + 1);
  if (!policy.ok) return policy;
  setActivePolicy(policy.value);
  return ok({ policy: policy.value, source: "sheet" });
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
