import { computeKpis, evaluate, isBlank, Policy, SupplierRow } from "../core";
import { excelError } from "./errors";
import { functionMessages } from "./messages";
import { flatten, Grid } from "./ranges";
import { kpiTable } from "./kpiTable";
import { functionLang } from "./language";

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
  // Without a "geldig tot" per supplier no certificate can be shown valid, so none counts as certified.
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
    const until = withValidity ? validUntil[i] : null;
    if (isBlank(spend[i] as never) && isBlank(level[i] as never) && isBlank(c as never) && isBlank(until as never)) continue;
    rows.push({ row: i + 1, spend: spend[i] as never, level: level[i] as never, contribution: c as never, validUntil: until as never });
  }
  const kpis = computeKpis(evaluate(rows, policy, today), policy);
  return kpiTable(kpis, policy, withContribution, functionLang());
}
