import { formatPercent, Kpis, levelInSentence, Policy } from "../core";

/** The rows of =PSO.KPI(): a label and a number (shares as fractions, so the user can format them as %). */
export function kpiTable(kpis: Kpis, policy: Policy, withContribution: boolean): [string, number][] {
  const spendLevel = levelInSentence(policy.kpi.spendMinLevel);
  const rows: [string, number][] = [
    ["Leveranciers", kpis.suppliers],
    ["Leveranciers met PSO-certificaat", kpis.certified],
    [`Aandeel met PSO-certificaat (doel ${formatPercent(policy.kpi.targetCertifiedShare, 0)})`, kpis.certifiedShare],
    ["Uitgaven totaal (€)", kpis.spend],
    [`Uitgaven bij ${spendLevel} of hoger (€)`, kpis.spendTrede2Plus],
    [`Aandeel uitgaven bij ${spendLevel} of hoger (doel ${formatPercent(policy.kpi.targetSpendShare, 0)})`, kpis.spendTrede2PlusShare],
  ];
  if (withContribution) {
    rows.push(["PSO-bijdrage (€)", kpis.psoContributionEuro], ["PSO-bijdrage als aandeel van de uitgaven", kpis.psoContributionShare]);
  }
  rows.push(["Rijen met fouten", kpis.errors]);
  return rows;
}
