import type { Outlook, OutlookItem, OutlookKind, OutlookMonth } from "../core";

/*
 * The pane's short "komende maanden" (issue 24.2): the first months of the core's outlook with something at stake,
 * and the contracts that end. It only picks and counts what the outlook holds; every amount is the core's own
 * spendAtRisk, and a spend the list does not give stays unknown.
 */

export type RiskKind = Exclude<OutlookKind, "contractEnds">;

/** The reasons in the order a tie is settled: the one that loses a certificate first. */
const RISK_KINDS: readonly RiskKind[] = ["certificateExpires", "aspirantLimit", "growthStep", "requirementRises"];

export interface MonthAtRisk {
  year: number;
  monthOfYear: number;
  /** The core's figure: the known spend of the suppliers at stake, each once. */
  spendAtRisk: number;
  /** Suppliers at stake that month, each once. */
  suppliers: number;
  /** Of those, the ones whose annual spend the list does not give. */
  spendUnknown: number;
  /** The reason behind most of the spend at stake (then most suppliers). */
  mainReason: RiskKind;
}

export interface OutlookSummary {
  /** How many months the outlook covers (a policy setting). */
  months: number;
  /** The first `shown` months with a supplier at stake. */
  atRisk: MonthAtRisk[];
  /** Further months with a supplier at stake, not shown. */
  moreMonths: number;
  /** Contracts that end within the outlook, and the first of them. */
  contractEnds: { count: number; first: OutlookItem | null };
}

function monthAtRisk(month: OutlookMonth): MonthAtRisk | null {
  const risky = month.items.filter((i): i is OutlookItem & { kind: RiskKind } => i.kind !== "contractEnds");
  if (risky.length === 0) return null;
  const spendOf = new Map<number, number | null>(risky.map((i) => [i.row, i.spend]));
  const perKind = RISK_KINDS.map((kind) => {
    const rows = new Set(risky.filter((i) => i.kind === kind).map((i) => i.row));
    return { kind, rows: rows.size, spend: [...rows].reduce((sum, r) => sum + (spendOf.get(r) ?? 0), 0) };
  });
  const main = perKind.reduce((best, k) => (k.spend > best.spend || (k.spend === best.spend && k.rows > best.rows) ? k : best));
  return {
    year: month.year,
    monthOfYear: month.monthOfYear,
    spendAtRisk: month.spendAtRisk,
    suppliers: month.suppliersAtRisk,
    spendUnknown: month.spendUnknown,
    mainReason: main.kind,
  };
}

/** What the pane shows of an outlook: up to `shown` months at stake and the contract ends. */
export function summariseOutlook(outlook: Outlook, shown = 3): OutlookSummary {
  const atRisk = outlook.months.map(monthAtRisk).filter((m): m is MonthAtRisk => m !== null);
  const ends = outlook.months.flatMap((m) => m.items.filter((i) => i.kind === "contractEnds"));
  return {
    months: outlook.months.length,
    atRisk: atRisk.slice(0, shown),
    moreMonths: Math.max(0, atRisk.length - shown),
    contractEnds: { count: ends.length, first: ends[0] ?? null },
  };
}
