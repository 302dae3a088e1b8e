import { Caption1, Subtitle2, Text } from "@fluentui/react-components";
import { formatDate, formatPercent, Lang, STATUSES, statusLabel } from "../../core";
import type { CheckSummary } from "../actions";
import { strings } from "../strings";

/** Counts per status and the check report's KPI lines (labels and figures from the core), for one check. */
export function Summary({ summary, policyName, stale, lang }: { summary: CheckSummary; policyName: string; stale: boolean; lang: Lang }) {
  const s = strings[lang];
  const { report } = summary;
  const rows: [label: string, value: string, note?: string][] = report.kpiLines.map((line) => [
    line.label,
    line.value,
    line.key === "psoContribution"
      ? s.kpiContributionNote(report.kpis.contributionKnown)
      : line.target === null
        ? undefined
        : s.target(formatPercent(line.target, 0, lang)),
  ]);
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
