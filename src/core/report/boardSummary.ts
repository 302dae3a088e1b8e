/*
 * Page 1 of the Sociale bijdrage report, the page for the board (issue 25 item 5): each KPI against its target with
 * its trend from the history, how many suppliers are still to go, and the biggest risks by spend.
 */
import type { Finding, Status } from "../rules/finding";
import { atLeast } from "../read/levels";
import { Policy } from "../policy/policy";
import { explanation, statusLabel } from "../rules/reasons";
import { formatCount, formatEuro } from "../read/numbers";
import { Lang } from "../result";
import type { HistoryRow } from "./history";
import { kpiLevel, Kpis } from "./kpi";
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

/**
 * Suppliers in scope without a valid certificate at the policy's "certified" level: the whitepaper's "nog 40 te gaan".
 * Computed here, in one place, until `Kpis.stillToGo` (register engineer, issue 23 item 12) is on this branch; when it
 * is, that figure is used.
 */
export function stillToGo(kpis: Kpis, findings: Iterable<Finding>, policy: Policy): number {
  const given = (kpis as Kpis & { stillToGo?: number }).stillToGo;
  if (typeof given === "number") return given;
  const unknownIsCertified = atLeast("basis", policy.kpi.certifiedMinLevel);
  let n = 0;
  for (const f of findings) {
    if (f.status === "out_of_scope" || f.status === "error") continue;
    const level = kpiLevel(f);
    const certified = level === null ? unknownIsCertified : level !== "geen" && atLeast(level, policy.kpi.certifiedMinLevel);
    if (!certified) n++;
  }
  return n;
}

const MONTHS: Record<Lang, string[]> = {
  nl: ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"],
  en: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
};

/** "dec 2026" (nl) or "Dec 2026" (en) for the month key "2026-12". */
export function monthLabel(month: string, lang: Lang): string {
  const m = /^(\d{4})-(\d{2})$/.exec(month);
  return m ? `${MONTHS[lang][Number(m[2]) - 1]} ${m[1]}` : month;
}

/** The month key of a label in either language ("dec 2026", "Mar 2027", "maart 2027"), or null. */
export function monthOfLabel(text: string): string | null {
  const m = /^([A-Za-z]{3,9})\.?\s+(\d{4})$/.exec(text.trim());
  if (!m) return null;
  const word = m[1].toLowerCase().slice(0, 3);
  const nl = MONTHS.nl.indexOf(word === "maa" ? "mrt" : word);
  const en = MONTHS.en.map((n) => n.toLowerCase()).indexOf(word);
  const i = nl >= 0 ? nl : en;
  return i >= 0 ? `${m[2]}-${String(i + 1).padStart(2, "0")}` : null;
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
