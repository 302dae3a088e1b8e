import { Caption1, Subtitle2, Text } from "@fluentui/react-components";
import { formatDate, formatEuro, formatPercent, Lang, Level, levelLabel, STATUSES, statusLabel } from "../../core";
import type { CheckSummary } from "../actions";
import { strings } from "../strings";

export interface SummaryTargets {
  spendMinLevel: Level;
  targetCertifiedShare: number;
  targetSpendShare: number;
}

/** Counts per status and the KPIs the corporation reports, for one check. */
export function Summary({
  summary,
  policyName,
  targets,
  stale,
  lang,
}: {
  summary: CheckSummary;
  policyName: string;
  targets: SummaryTargets;
  stale: boolean;
  lang: Lang;
}) {
  const s = strings[lang];
  const k = summary.kpis;
  const rows: [label: string, value: string, note?: string][] = [
    [s.kpiSuppliers, String(k.suppliers)],
    [s.kpiInScope, String(k.inScope)],
    [s.kpiCertified, `${k.certified} (${formatPercent(k.certifiedShare, 1, lang)})`, s.target(formatPercent(targets.targetCertifiedShare, 0, lang))],
    [s.kpiSpend, formatEuro(k.spend, lang)],
    [
      s.kpiSpendHigh(levelLabel(targets.spendMinLevel, lang)),
      `${formatEuro(k.spendTrede2Plus, lang)} (${formatPercent(k.spendTrede2PlusShare, 1, lang)})`,
      s.target(formatPercent(targets.targetSpendShare, 0, lang)),
    ],
    [s.kpiContribution, formatEuro(k.psoContributionEuro, lang), s.kpiContributionNote(k.contributionKnown)],
  ];
  return (
    <section aria-labelledby="pso-summary-heading" className="pso-section">
      <Subtitle2 as="h2" id="pso-summary-heading">
        {s.summaryHeading}
      </Subtitle2>
      <Caption1 as="p" block>
        {s.summaryFor(formatDate(summary.peildatum, lang), policyName)}
      </Caption1>
      {stale && (
        <Caption1 as="p" block role="status">
          {s.stale}
        </Caption1>
      )}
      <table className="pso-figures" aria-label={s.statusCounts}>
        <tbody>
          {STATUSES.map((status) => (
            <tr key={status} data-status={status}>
              <th scope="row">{statusLabel(status, lang)}</th>
              <td>{summary.counts[status] ?? 0}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <table className="pso-figures" aria-label={s.kpiHeading}>
        <tbody>
          {rows.map(([label, value, note]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              <td>
                <Text>{value}</Text>
                {note && (
                  <Caption1 as="span" block>
                    {note}
                  </Caption1>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
