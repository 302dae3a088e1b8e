import { Caption1, Subtitle2, Text } from "@fluentui/react-components";
import { formatDate, formatPercent, Lang, ReportKpiLine, STATUSES, statusLabel } from "../../core";
import type { CheckSummary } from "../actions";
import { strings } from "../strings";
import { CountsLine } from "./CountsLine";

/** What a line's note says: why it is unknown, or over what its share is taken and its target (all from the core). */
function noteOf(line: ReportKpiLine, summary: CheckSummary, lang: Lang): string | undefined {
  const s = strings[lang];
  if (line.unknown !== null) return line.unknown;
  const target = line.target === null ? [] : [s.target(formatPercent(line.target, 0, lang))];
  if (line.key === "psoContribution") return s.kpiContributionNote(summary.kpis.contributionKnown);
  const parts = [...(line.shareOf === null ? [] : [line.shareOf]), ...target];
  return parts.length ? parts.join("; ") : undefined;
}

/**
 * The notices only a check can give, which the sheet panel (the table's own notices) does not show: which PSO
 * register counted and which of its rows could not be read (issue 17).
 */
const checkOnlyNotices = (summary: CheckSummary) => summary.report.notices.filter((n) => n.code?.startsWith("core.register."));

/** Counts per status and the check report's KPI lines (labels and figures from the core), for one check. */
export function Summary({
  summary,
  policyName,
  stale,
  lang,
  onShowNotCounted,
}: {
  summary: CheckSummary;
  policyName: string;
  stale: boolean;
  lang: Lang;
  onShowNotCounted: () => void;
}) {
  const s = strings[lang];
  const { report } = summary;
  const rows: [label: string, value: string, note?: string][] = report.kpiLines.map((line) => [
    line.label,
    line.value,
    noteOf(line, summary, lang),
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
      {checkOnlyNotices(summary).map((notice, i) => (
        <Caption1 as="p" block key={i} data-notice={notice.code}>
          {notice[lang]}
        </Caption1>
      ))}
      <CountsLine
        rows={report.checked.count}
        counted={summary.kpis.suppliers}
        notCounted={summary.kpis.errors}
        lang={lang}
        onShowNotCounted={onShowNotCounted}
      />
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
