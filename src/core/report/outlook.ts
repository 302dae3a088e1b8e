import { CellValue, isBlank } from "../read/cells";
import { addMonths, Day, dayFromYmd, parseDate, ymdOf } from "../read/dates";
import { isClaim, levelRank } from "../read/levels";
import type { Policy } from "../policy/policy";
import { NO_DAY, rankOn, ruleContext } from "../rules/evaluateRules";
import { ASPIRANT_MONTHS } from "../rules/ruleTable";
import type { Finding, Status } from "../rules/finding";
import { stepDeadlines } from "../rules/growthPath";
import { requirementChangeDays } from "../rules/requirement";
import type { SupplierColumns } from "../rules/evaluateCells";
import type { CheckedRows } from "./checkReport";

/*
 * The outlook (issue 24.2, 24.7): for each of the months after the peildatum, the spend whose compliance is at stake
 * that month and why, and the contracts that end then (seed 003: "Wanneer een contract afloopt, bespreek dan de
 * mogelijkheid om in de komende aanbesteding social return mee te nemen"). It reads what the rules decided (the
 * finding's certificate, growth path and requirement) and asks the rules for the level due on a later day (rankOn);
 * it decides nothing itself.
 */

export type OutlookKind = "certificateExpires" | "growthStep" | "requirementRises" | "aspirantLimit" | "contractEnds";

/** What the outlook reads of a row besides its finding: dates the rules do not keep. */
export interface OutlookDates {
  /** The contract's end date; null or absent when the sheet gives none. */
  endDate?: Day | null;
  /** Since when the supplier holds its Aspirant-status; null or absent when not given. */
  aspirantSince?: Day | null;
}

export interface OutlookItem {
  row: number;
  supplier: string;
  kind: OutlookKind;
  date: Day;
  /** The row's annual spend (null when unknown); counted in the month's spendAtRisk unless kind is contractEnds. */
  spend: number | null;
  /** The row's status on the peildatum (the text report lists a contract end with it). */
  status: Status;
}

export interface OutlookMonth {
  /** "YYYY-MM". */
  month: string;
  year: number;
  /** 1..12. */
  monthOfYear: number;
  /** The known spend of the rows listed for a reason other than a contract end, each row once. */
  spendAtRisk: number;
  /** The rows listed for a reason other than a contract end, each once. */
  suppliersAtRisk: number;
  /** Of those, the rows whose spend the list does not give: their spend is not in spendAtRisk, so the month's total is unknown. */
  spendUnknown: number;
  /** In date order, then row order. */
  items: OutlookItem[];
}

export interface Outlook {
  months: OutlookMonth[];
}


/** The spend that is compliant today: only that can be at stake. */
const AT_STAKE: ReadonlySet<Status> = new Set(["compliant", "warning"]);

/**
 * The outlook over `months` calendar months: the first is the month of the day after the peildatum, so a peildatum on
 * the last of a month starts with the next. Items dated in (peildatum, end of the last month].
 */
export function outlook(findings: Iterable<Finding & OutlookDates>, policy: Policy, peildatum: Day, months: number): Outlook {
  const builder = outlookBuilder(policy, peildatum, months);
  for (const f of findings) builder.add(f, f.endDate ?? null, f.aspirantSince ?? null);
  return builder.done();
}

/** The outlook made one row at a time: a million rows are never a million extra objects. */
function outlookBuilder(
  policy: Policy,
  peildatum: Day,
  months: number,
): { reads(status: Status, endDate: Day | null): boolean; add(f: Finding, endDate: Day | null, aspirantSince: Day | null): void; done(): Outlook } {
  const start = ymdOf(peildatum + 1);
  const firstDay = dayFromYmd(start.year, start.month, 1);
  const count = Math.max(0, Math.floor(months));
  const out: OutlookMonth[] = [];
  for (let k = 0; k < count; k++) {
    const { year, month } = ymdOf(addMonths(firstDay, k));
    out.push({ month: `${year}-${String(month).padStart(2, "0")}`, year, monthOfYear: month, spendAtRisk: 0, suppliersAtRisk: 0, spendUnknown: 0, items: [] });
  }
  const lastDay = dayFromYmd(start.year, start.month + count, 1) - 1;
  const monthOf = (day: Day): number => {
    if (day <= peildatum || day > lastDay) return -1;
    const { year, month } = ymdOf(day);
    return (year - start.year) * 12 + (month - start.month);
  };
  const ctx = ruleContext(policy, peildatum);
  const changeDays = requirementChangeDays(policy);
  // Most rows have nothing ahead: only a row that complies now, or whose contract ends within the outlook, is read.
  const reads = (status: Status, endDate: Day | null) => AT_STAKE.has(status) || (endDate !== null && monthOf(endDate) >= 0);
  const add = (f: Finding, endDate: Day | null, aspirantSince: Day | null) => {
    if (!reads(f.status, endDate)) return;
    for (const item of itemsOf(f, endDate, aspirantSince, policy, ctx, changeDays, monthOf)) out[monthOf(item.date)].items.push(item);
  };
  const done = (): Outlook => {
    for (const m of out) {
      m.items.sort((a, b) => a.date - b.date || a.row - b.row);
      const counted = new Set<number>();
      for (const item of m.items) {
        if (item.kind === "contractEnds" || counted.has(item.row)) continue;
        counted.add(item.row);
        if (item.spend === null) m.spendUnknown++;
        else m.spendAtRisk += item.spend;
      }
      m.suppliersAtRisk = counted.size;
    }
    return { months: out };
  };
  return { reads, add, done };
}

function itemsOf(
  f: Finding,
  endDate: Day | null,
  aspirantSince: Day | null,
  policy: Policy,
  ctx: ReturnType<typeof ruleContext>,
  changeDays: readonly Day[],
  monthOf: (day: Day) => number,
): OutlookItem[] {
  if (f.status === "error" || f.reasons.some((r) => r.code === "contractEnded")) return [];
  const items: OutlookItem[] = [];
  const add = (kind: OutlookKind, date: Day) => items.push({ row: f.row, supplier: f.supplier, kind, date, spend: f.spend, status: f.status });
  const inWindow = (day: Day | null | undefined): day is Day => day !== null && day !== undefined && monthOf(day) >= 0;

  if (AT_STAKE.has(f.status) && f.requiredLevel !== null) {
    const award = f.growth ? f.growth.award : NO_DAY;
    const asked = (day: Day) => rankOn(ctx, day, award);
    // What the supplier holds that counts: a valid certificate's level; "Ja" or "in aanvraag" meets no level.
    const held = f.certificateValid && f.heldLevel !== null && !isClaim(f.heldLevel) ? levelRank(f.heldLevel) : 0;
    // A certificate the supplier needs: some level is asked the day after it ends.
    if (f.certificateValid && inWindow(f.validUntil) && asked(f.validUntil + 1) > 0) add("certificateExpires", f.validUntil);
    const steps = award === NO_DAY ? [] : stepDeadlines(policy, award);
    for (const day of steps) {
      if (inWindow(day) && asked(day) > held && asked(day) > asked(day - 1)) add("growthStep", day);
    }
    for (const day of changeDays) {
      if (inWindow(day) && !steps.includes(day) && asked(day) > held && asked(day) > asked(day - 1)) add("requirementRises", day);
    }
    // An Aspirant-status the supplier relies on lapses after two years (seed 000, 004).
    if (f.heldLevel === "aspirant" && f.certificateValid && aspirantSince !== null) {
      const ends = addMonths(aspirantSince, ASPIRANT_MONTHS);
      if (inWindow(ends) && asked(ends) > 0) add("aspirantLimit", ends);
    }
  }
  if (inWindow(endDate)) add("contractEnds", endDate);
  return items;
}

/** A date cell as a day; null when blank or unreadable (the rules name an unreadable end date on its row). */
function dayOfCell(value: CellValue | undefined): Day | null {
  if (value === undefined || isBlank(value)) return null;
  const day = parseDate(value);
  return day.ok ? day.value : null;
}

/**
 * The outlook of a check report, reading the end dates (and Aspirant dates) from the table's columns: call it before
 * the columns are let go. The report's checked rows are the columns' rows, in the same order.
 */
export function outlookOfReport(
  report: { checked: Pick<CheckedRows, "count" | "findingAt" | "statusAt"> },
  columns: SupplierColumns,
  policy: Policy,
  peildatum: Day,
  months = policy.outlook.months,
): Outlook {
  const { checked } = report;
  return outlookOfRows(checked.count, checked.findingAt, checked.statusAt, columns, policy, peildatum, months);
}

/** The same for findings made of the table's columns (checkFindings): finding i is the columns' row i. */
export function outlookOfFindings(findings: readonly Finding[], columns: SupplierColumns, policy: Policy, peildatum: Day, months = policy.outlook.months): Outlook {
  return outlookOfRows(findings.length, (i) => findings[i], (i) => findings[i].status, columns, policy, peildatum, months);
}

function outlookOfRows(
  count: number,
  findingAt: (i: number) => Finding,
  statusAt: (i: number) => Status,
  columns: SupplierColumns,
  policy: Policy,
  peildatum: Day,
  months: number,
): Outlook {
  const ends = columns.cells.endDate;
  const since = columns.cells.aspirantSince;
  const builder = outlookBuilder(policy, peildatum, months);
  for (let i = 0; i < count; i++) {
    const endDate = dayOfCell(ends?.[i]);
    // Only a row the outlook reads is made into a finding.
    if (builder.reads(statusAt(i), endDate)) builder.add(findingAt(i), endDate, dayOfCell(since?.[i]));
  }
  return builder.done();
}
