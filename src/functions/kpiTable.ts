import { formatPercent, Kpis, Lang, levelInSentence, levelLabel, Policy } from "../core";
import { functionMessages as m } from "./messages";

/** The rows of =PSO.KPI(): a label and a number (shares as fractions, so the user can format them as %). */
export function kpiTable(kpis: Kpis, policy: Policy, withContribution: boolean, lang: Lang = "nl"): [string, number][] {
  const spendLevel = lang === "nl" ? levelInSentence(policy.kpi.spendMinLevel) : levelLabel(policy.kpi.spendMinLevel, "en");
  const pct = (fraction: number) => formatPercent(fraction, 0, lang);
  const rows: [string, number][] = [
    [m.kpiSuppliers()[lang], kpis.suppliers],
    [m.kpiCertified()[lang], kpis.certified],
    [m.kpiCertifiedShare(pct(policy.kpi.targetCertifiedShare))[lang], kpis.certifiedShare],
    [m.kpiSpend()[lang], kpis.spend],
    [m.kpiSpendAtLevel(spendLevel)[lang], kpis.spendTrede2Plus],
    [m.kpiSpendAtLevelShare(spendLevel, pct(policy.kpi.targetSpendShare))[lang], kpis.spendTrede2PlusShare],
  ];
  if (withContribution) {
    rows.push([m.kpiContribution()[lang], kpis.psoContributionEuro], [m.kpiContributionShare()[lang], kpis.psoContributionShare]);
  }
  rows.push([m.kpiErrors()[lang], kpis.errors]);
  return rows;
}
