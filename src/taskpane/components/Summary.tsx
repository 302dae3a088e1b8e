import { Caption1, Subtitle2, Text } from "@fluentui/react-components";
import { formatDate, formatPercent, Lang, ReportKpiLine, STATUSES, statusLabel } from "../../core";
import type { CheckSummary } from "../actions";
import { paneMessages } from "../messages";
import { strings } from "../strings";
import { CountsLine } from "./CountsLine";

/**
 * A KPI the list cannot give: the PSO contribution when no certified supplier has a known social contribution (no
 * such column) is unknown, not € 0,00.
 */
function unknownFigure(line: ReportKpiLine, summary: CheckSummary): boolean {
  return line.key === "psoContribution" && summary.kpis.certified > 0 && summary.kpis.contributionKnown === 0;
}

/** What a line's note says: over what its share is taken, its target, how much of it is known. */
function noteOf(line: ReportKpiLine, summary: CheckSummary, lang: Lang): string | undefined {
  const s = strings[lang];
  const target = line.target === null ? [] : [s.target(formatPercent(line.target, 0, lang))];
  if (line.key === "certified") return [paneMessages.shareOfSuppliers(summary.kpis.suppliers)[lang], ...target].join("; ");
  if (line.key === "spendHigh") return [paneMessages.shareOfSpend()[lang], ...target].join("; ");
  if (line.key === "psoContribution")
    return unknownFigure(line, summary) ? paneMessages.contributionUnknown()[lang] : s.kpiContributionNote(summary.kpis.contributionKnown);
  return target.length ? target.join("; ") : undefined;
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
    unknownFigure(line, summary) ? paneMessages.unknown()[lang] : line.value,
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
