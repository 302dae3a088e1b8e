import { Badge, Button, Caption1, Subtitle2, Text, ToggleButton } from "@fluentui/react-components";
import { useEffect, useRef } from "react";
import { formatPercent, Kpis, Lang, Message, ReportKpiLine, Status, STATUSES, statusLabel } from "../../core";
import type { CheckSummary } from "../actions";
import { paneMessages } from "../messages";
import { strings } from "../strings";
import { CountsLine } from "./CountsLine";
import { OutlookSummary } from "./OutlookSummary";

/** What a line's note says: why it is unknown, or over what its share is taken and its target (all from the core). */
function noteOf(line: ReportKpiLine, summary: CheckSummary, lang: Lang): string | undefined {
  const s = strings[lang];
  if (line.unknown !== null) return line.unknown;
  const target = line.target === null ? [] : [s.target(formatPercent(line.target, 0, lang))];
  if (line.key === "psoContribution") return s.kpiContributionNote(summary.kpis.contributionKnown);
  const parts = [...(line.shareOf === null ? [] : [line.shareOf]), ...target];
  return parts.length ? parts.join("; ") : undefined;
}

/** The share a KPI line with a target shows, from the KPIs themselves (the line gives it as text). */
function shareOf(line: ReportKpiLine, kpis: Kpis): number | null {
  if (line.unknown !== null) return null;
  if (line.key === "certified") return kpis.certifiedShare;
  if (line.key === "spendHigh") return kpis.spendTrede2PlusShare;
  return null;
}

/** Whether a KPI line meets its target; null when it has none or its figure is unknown. */
export function targetMet(line: ReportKpiLine, kpis: Kpis): boolean | null {
  const share = shareOf(line, kpis);
  return line.target === null || share === null ? null : share >= line.target;
}

/**
 * The notices only a check can give, which the sheet panel (the table's own notices) does not show: which PSO
 * register counted and which of its rows could not be read (issue 17).
 */
const checkOnlyNotices = (summary: CheckSummary) => summary.report.notices.filter((n) => n.code?.startsWith("core.register."));

export interface SetupSummary {
  sheetName: string;
  linked: number;
  peildatum: string;
  policy: string;
}

/**
 * The answer first (issue 25 item 1): after every check this card sits at the top of the pane, scrolled into view
 * and focused. Counts per status as chips that filter the attention list, the KPIs against their targets, how many
 * suppliers are still to go, and the setup folded to one line with a button to change it.
 */
export function ResultCard({
  summary,
  stale,
  lang,
  filter,
  onFilter,
  onShowNotCounted,
  setup,
  setupOpen,
  onToggleSetup,
  focusKey,
  caveats = [],
}: {
  /** What this Excel could not look at while checking (merged cells without ExcelApi 1.13): shown with the result. */
  caveats?: readonly Message[];
  summary: CheckSummary;
  stale: boolean;
  lang: Lang;
  filter: Status | null;
  onFilter: (status: Status | null) => void;
  onShowNotCounted: () => void;
  setup: SetupSummary;
  setupOpen: boolean;
  onToggleSetup: () => void;
  /** Changes with every check: the card is brought into view and focused each time. */
  focusKey: number;
}) {
  const s = strings[lang];
  const { report, kpis } = summary;
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    const el = heading.current;
    if (!el || focusKey === 0) return;
    // The whole card, border included, comes into view; its heading takes the focus (a screen reader reads it).
    (el.closest("section") ?? el).scrollIntoView?.({ block: "start" });
    el.focus({ preventScroll: true });
  }, [focusKey]);
  return (
    <section aria-labelledby="pso-summary-heading" className="pso-section pso-card" data-testid="result-card">
      <h2 id="pso-summary-heading" ref={heading} tabIndex={-1} className="pso-card-heading">
        <Subtitle2>{s.summaryHeading}</Subtitle2>
      </h2>
      {stale && (
        <Caption1 as="p" block role="status">
          {s.stale}
        </Caption1>
      )}
      {[...caveats, ...checkOnlyNotices(summary)].map((notice, i) => (
        <Caption1 as="p" block key={i} data-notice={notice.code}>
          {notice[lang]}
        </Caption1>
      ))}
      <div className="pso-chips" role="group" aria-label={paneMessages.statusFilter()[lang]}>
        {STATUSES.map((status) => (
          <ToggleButton
            key={status}
            size="small"
            shape="circular"
            appearance={filter === status ? "primary" : "outline"}
            checked={filter === status}
            data-status={status}
            onClick={() => onFilter(filter === status ? null : status)}
          >
            {statusLabel(status, lang)}
            <span className="pso-chip-count">{summary.counts[status] ?? 0}</span>
          </ToggleButton>
        ))}
      </div>
      <CountsLine rows={report.checked.count} counted={kpis.suppliers} notCounted={kpis.errors} lang={lang} onShowNotCounted={onShowNotCounted} />
      <table className="pso-figures" aria-label={s.kpiHeading}>
        <tbody>
          {report.kpiLines.map((line) => {
            const note = noteOf(line, summary, lang);
            const met = targetMet(line, kpis);
            return (
              <tr key={line.key} data-kpi={line.key}>
                <th scope="row">{line.label}</th>
                <td>
                  <Text weight="semibold">{line.value}</Text>
                  {met !== null && (
                    <Badge appearance="tint" size="small" color={met ? "success" : "danger"} className="pso-target" data-met={met}>
                      {(met ? paneMessages.targetMet() : paneMessages.targetMissed())[lang]}
                    </Badge>
                  )}
                  {note && (
                    <Caption1 as="span" block>
                      {note}
                    </Caption1>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <Text as="p" block weight="semibold" data-testid="still-to-go">
        {paneMessages.stillToGo(kpis.stillToGo, kpis.inScope)[lang]}
      </Text>
      {summary.outlook && <OutlookSummary outlook={summary.outlook} endDateLinked={summary.mapping?.endDate !== undefined} lang={lang} />}
      <div className="pso-setup-line">
        <Caption1 as="p" block>
          {paneMessages.setupLine(setup.sheetName, setup.linked, setup.peildatum, setup.policy)[lang]}
        </Caption1>
        <Button size="small" aria-expanded={setupOpen} onClick={onToggleSetup}>
          {(setupOpen ? paneMessages.hideSetup() : paneMessages.editSetup())[lang]}
        </Button>
      </div>
    </section>
  );
}
