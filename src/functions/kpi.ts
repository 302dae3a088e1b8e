import { computeKpis, dayFromYmd, dayToExcelSerial, evaluate, isBlank, PLAUSIBLE_TO_YEAR, Policy, SupplierRow } from "../core";
import { excelError } from "./errors";
import { functionMessages } from "./messages";
import { flatten, Grid } from "./ranges";
import { kpiTable } from "./kpiTable";
import { functionLang } from "./language";

/** The last day the core reads a date for, as an Excel date: a level given without its validity range counts as valid. */
const VALIDITY_NOT_CHECKED = dayToExcelSerial(dayFromYmd(PLAUSIBLE_TO_YEAR, 12, 31));

/**
 * The KPIs over parallel ranges (one supplier per cell, in reading order). Empty rows are skipped; a row the core
 * cannot read counts under "Rijen met fouten" and adds nothing to the figures.
 */
export function kpiGrid(
  policy: Policy, today: number, spendRange: unknown, levelRange: unknown, contributionRange: unknown, validityRange: unknown = null,
): Grid {
  const spend = flatten(spendRange);
  const level = flatten(levelRange);
  const withContribution = contributionRange !== null && contributionRange !== undefined;
  const contribution = withContribution ? flatten(contributionRange) : [];
  // Without a "geldig tot" range the levels are counted as given, and kpiTable says on each such line that their
  // validity was not checked: a count shown as 0 would look certain where it is unknown (issue 23, item 5).
  const withValidity = validityRange !== null && validityRange !== undefined;
  const validUntil = withValidity ? flatten(validityRange) : [];
  if (level.length !== spend.length) {
    return [[excelError("value", functionMessages.unequalRanges("uitgaven_bereik", "trede_bereik", spend.length, level.length))]];
  }
  if (withContribution && contribution.length !== spend.length) {
    return [[excelError("value", functionMessages.unequalRanges("uitgaven_bereik", "bijdrage_bereik", spend.length, contribution.length))]];
  }
  if (withValidity && validUntil.length !== spend.length) {
    return [[excelError("value", functionMessages.unequalRanges("uitgaven_bereik", "geldig_tot_bereik", spend.length, validUntil.length))]];
  }
  const rows: SupplierRow[] = [];
  for (let i = 0; i < spend.length; i++) {
    const c = withContribution ? contribution[i] : null;
    const until = withValidity ? validUntil[i] : VALIDITY_NOT_CHECKED;
    if (isBlank(spend[i] as never) && isBlank(level[i] as never) && isBlank(c as never) && (!withValidity || isBlank(until as never))) continue;
    rows.push({ row: i + 1, spend: spend[i] as never, level: level[i] as never, contribution: c as never, validUntil: until as never });
  }
  const kpis = computeKpis(evaluate(rows, policy, today), policy);
  return kpiTable(kpis, policy, { withContribution, validityChecked: withValidity }, functionLang());
}
