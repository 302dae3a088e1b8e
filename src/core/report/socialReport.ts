import { Day } from "../read/dates";
import type { Finding } from "../rules/finding";
import { historyRowFromKpis, HistoryRow, monthKey, upsertHistory } from "./history";
import { computeKpis, Kpis } from "./kpi";
import { ownFiguresCheck, parseOwnFigures, ParsedOwnFigures } from "./ownFigures";
import { Policy } from "../policy/policy";
import { actionList, ActionItem } from "./actionList";
import { biggestRisks } from "./boardSummary";
import { kpiBlock, KpiBlock } from "./kpiBlock";
import { fail, Lang, Message, ok, Result } from "../result";
import { coded } from "../i18n/coded";
import { formatEuro } from "../read/numbers";
import { explanation } from "../rules/reasons";
import { blockOpeners, DataErrorRow, SocialLayout, socialLayout, SocialSheetState, staleReportRows } from "./socialLayout";
import type { CellValue } from "../read/cells";
import { Outlook, outlook as outlookOf } from "./outlook";

export interface SocialReport {
  month: string;
  kpis: Kpis;
  block: KpiBlock;
  own: ParsedOwnFigures;
  history: HistoryRow[];
  actions: ActionItem[];
  /** Rows that could not be read: listed after the actions, to correct before the next report. */
  dataErrors: DataErrorRow[];
  layout: SocialLayout;
  /** The months ahead, as on the sheet's Vooruitblik. */
  outlook: Outlook;
}

export const socialMessages = coded("core.social", {
  unreadableHistory: (problems: Message[]): Message => ({
    nl: `De historie op het blad kan niet worden gelezen, dus PSO-toets ververst niet (anders gingen maanden verloren): ${problems.map((p) => p.nl).join("; ")}`,
    en: `The history on the sheet cannot be read, so PSO-toets does not refresh (months would be lost): ${problems.map((p) => p.en).join("; ")}`,
  }),
  historyColumnTaken: (cells: Message[]): Message => ({
    nl: `PSO-toets ververst niet, want dan ging uw tekst naast de historie verloren: ${cells.map((p) => p.nl).join("; ")}`,
    en: `PSO-toets does not refresh, as your text beside the history would be lost: ${cells.map((p) => p.en).join("; ")}`,
  }),
});
const unreadableHistory = socialMessages.unreadableHistory;

/**
 * Everything one monthly refresh writes: KPIs, this month's history row merged into the sheet's history, the action
 * list and the layout. Fails, changing nothing, when the existing history cannot be read or the month is in the past.
 */
export function buildSocialReport(
  findings: readonly Finding[],
  policy: Policy,
  peildatum: Day,
  lang: Lang,
  existing: SocialSheetState,
  sourceSheet: string,
  /** Whether the list has a social-contribution column; without one the PSO contribution is unknown. Omitted: judged from the figures. */
  contributionColumn?: boolean,
  /**
   * The outlook with the list's contract end and Aspirant dates (outlookOfReport, outlookOfFindings). Omitted: made
   * from the findings alone, so without contract ends or Aspirant limits.
   */
  ahead?: Outlook,
): Result<SocialReport> {
  if (existing.history.problems.length > 0) return fail(unreadableHistory(existing.history.problems));
  if (existing.history.inTheWay) return fail(socialMessages.historyColumnTaken(existing.history.inTheWay));
  const kpis = computeKpis(findings, policy);
  const block = kpiBlock(kpis, policy, lang, contributionColumn === undefined ? {} : { contributionColumn });
  const contributionKnown = block.lines.find((l) => l.key === "psoContribution")?.unknown === null;
  const history = upsertHistory(existing.history.rows, historyRowFromKpis(kpis, peildatum, contributionKnown));
  if (!history.ok) return history;
  const own = parseOwnFigures(existing.own);
  const actions = actionList(findings, peildatum, lang, policy);
  const months = ahead ?? outlookOf(findings, policy, peildatum, policy.outlook.months);
  const dataErrors = findings.filter((f) => f.status === "error").map((f) => ({ row: f.row, supplier: f.supplier, text: explanation(f, lang) }));
  const layout = socialLayout({
    block,
    history: history.value,
    actions,
    dataErrors,
    scopeMinimum: formatEuro(policy.scope.minAnnualSpend, lang).replace(/[.,]00$/, ""),
    ownCheck: ownFiguresCheck(own),
    peildatum,
    policyName: policy.name,
    sourceSheet,
    lang,
    risks: biggestRisks(findings, lang),
    month: monthKey(peildatum),
    outlook: months,
  });
  return ok({ month: monthKey(peildatum), kpis, block, own, history: history.value, actions, dataErrors, layout, outlook: months });
}

/**
 * The rows of an earlier refresh's own tables on the sheet, which this refresh empties (staleReportRows). An earlier
 * refresh may have been in the other language: its titles and headers mark its tables too. That layout is made
 * without findings: a table's run starts at its title, so only titles and headers open one, and a million-row list's
 * action list is not built a second time.
 */
export function staleRowsOfReport(
  grid: readonly (readonly CellValue[])[],
  report: SocialReport,
  run: { policy: Policy; peildatum: Day; lang: Lang; sourceSheet: string },
  existing: SocialSheetState,
): number[] {
  const other = buildSocialReport([], run.policy, run.peildatum, run.lang === "nl" ? "en" : "nl", existing, run.sourceSheet);
  return staleReportRows(grid, report.layout, blockOpeners(other.ok ? [report.layout, other.value.layout] : [report.layout]));
}
