import { formatPercent, Kpis, Lang, Policy } from "../core";
import { kpiBlock, KpiLine } from "../core/report/kpiBlock";
import { functionMessages as m } from "./messages";

export interface KpiTableOptions {
  /** A contribution range was given: the PSO-bijdrage lines are shown ("onbekend" when it cannot be computed). */
  withContribution: boolean;
  /** A validity range was given; without it the levels count as given and every line that rests on them says so. */
  validityChecked: boolean;
}

/** The KPI lines whose figure rests on the certificates being valid on the peildatum. */
const RESTS_ON_VALIDITY: ReadonlySet<string> = new Set(["certified", "spendHigh", "psoContribution", "stillToGo", "certifiedInScope"]);

/**
 * The rows of =PSO.KPI(): a label and a value, the lines of the one KPI block that the taskpane, the CLI and the
 * Sociale bijdrage sheet show, with a share as its own row (a fraction, so the user can format it as %). A figure the
 * block cannot compute is "onbekend", never 0 (issue 23, items 4 and 5).
 */
export function kpiTable(kpis: Kpis, policy: Policy, options: KpiTableOptions, lang: Lang = "nl"): [string, number | string][] {
  const block = kpiBlock(kpis, policy, lang, { contributionColumn: options.withContribution });
  const rows: [string, number | string][] = [];
  for (const line of block.lines as KpiLine[]) {
    if (line.key === "psoContribution" && !options.withContribution) continue;
    const caveat = !options.validityChecked && RESTS_ON_VALIDITY.has(line.key);
    const label = caveat ? m.levelsAsGiven(line.label)[lang] : line.label;
    rows.push([label, line.unknown !== null ? m.unknownValue()[lang] : line.value]);
    if (line.share === null || line.shareOf === null) continue;
    const target = line.target === null ? null : formatPercent(line.target, 0, lang);
    rows.push([m.kpiShare(line.label, line.shareOf, target)[lang], line.unknown !== null ? m.unknownValue()[lang] : line.share]);
  }
  return rows;
}
