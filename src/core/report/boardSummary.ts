/*
 * Page 1 of the Sociale bijdrage report, the page for the board (issue 25 item 5): each KPI against its target with
 * its trend from the history, how many suppliers are still to go, and the biggest risks by spend.
 */
import type { Finding, Status } from "../rules/finding";
import { explanation, statusLabel } from "../rules/reasons";
import { formatCount, formatEuro } from "../read/numbers";
import { Lang } from "../result";
import type { HistoryRow } from "./history";
import type { KpiLine } from "./kpiBlock";

/** A supplier the board should know about: in scope, not compliant or needing attention, with its spend. */
export interface RiskRow {
  row: number;
  supplier: string;
  spend: number;
  status: Status;
  statusLabel: string;
  text: string;
}

/** The `count` in-scope suppliers with the most spend whose status is "Voldoet niet" or "Let op", largest first. */
export function biggestRisks(findings: Iterable<Finding>, lang: Lang, count = 5): RiskRow[] {
  const risks: Finding[] = [];
  for (const f of findings) if (f.status === "non_compliant" || f.status === "warning") risks.push(f);
  return risks
    .sort((a, b) => (b.spend ?? 0) - (a.spend ?? 0) || (a.status === b.status ? 0 : a.status === "non_compliant" ? -1 : 1) || a.row - b.row)
    .slice(0, count)
    .map((f) => ({ row: f.row, supplier: f.supplier, spend: f.spend ?? 0, status: f.status, statusLabel: statusLabel(f.status, lang), text: explanation(f, lang) }));
}

/** A KPI line's figure last month and how it moved: shares in percentage points, counts and euros as differences. */
export interface KpiTrend {
  previous: number | null;
  previousKind: "percent" | "count" | "euro";
  /** "▲ 3,3 pt", "▼ 2", "=" ; "" without an earlier month. */
  text: string;
}

const HISTORY_OF: Partial<Record<KpiLine["key"], { key: keyof HistoryRow; kind: KpiTrend["previousKind"] }>> = {
  suppliers: { key: "suppliers", kind: "count" },
  certified: { key: "certifiedShare", kind: "percent" },
  stillToGo: { key: "stillToGo", kind: "count" },
  spend: { key: "spend", kind: "euro" },
  spendHigh: { key: "spendTrede2PlusShare", kind: "percent" },
  psoContribution: { key: "psoContributionEuro", kind: "euro" },
};

/** The trend of a KPI line against the month before `month` in the history (null: no earlier month or no figure). */
export function kpiTrend(line: KpiLine, history: readonly HistoryRow[], month: string, lang: Lang): KpiTrend | null {
  const source = HISTORY_OF[line.key];
  if (!source) return null;
  const earlier = history.filter((h) => h.month < month);
  const before = earlier[earlier.length - 1];
  const prev = before ? (before[source.key] as number | null) : null;
  if (prev === null || prev === undefined) return { previous: null, previousKind: source.kind, text: "" };
  const now = source.kind === "percent" ? line.share : line.value;
  if (now === null || line.unknown !== null) return { previous: prev, previousKind: source.kind, text: "" };
  const diff = now - prev;
  const arrow = Math.abs(diff) < (source.kind === "percent" ? 0.0005 : 0.5) ? "=" : diff > 0 ? "▲" : "▼";
  if (arrow === "=") return { previous: prev, previousKind: source.kind, text: "=" };
  const size = Math.abs(diff);
  const amount =
    source.kind === "percent"
      ? `${(size * 100).toFixed(1).replace(".", lang === "nl" ? "," : ".")} pt`
      : source.kind === "euro"
        ? formatEuro(Math.round(size), lang).replace(/[.,]00$/, "")
        : formatCount(size, lang);
  return { previous: prev, previousKind: source.kind, text: `${arrow} ${amount}` };
}
