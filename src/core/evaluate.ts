import { CellValue, cellText, formulaErrorOf, isBlank } from "./cells";
import { Field } from "./columns";
import { Day, monthsBetween, parseDate } from "./dates";
import { growthPathApplies, GrowthState, growthStateOn } from "./growthPath";
import { atLeast, Level, minLevel, parseLevel } from "./levels";
import { messages } from "./messages";
import { parseMoney, parseMonths, parsePercent } from "./numbers";
import { Niveau, Policy } from "./policy";
import { Reason } from "./reasons";
import { requirementChangeDays, requirementOn } from "./requirement";
import { Result } from "./result";
import { niveauOf } from "./sector";

export type Status = "compliant" | "non_compliant" | "warning" | "out_of_scope" | "error";
export const STATUSES: readonly Status[] = ["compliant", "non_compliant", "warning", "out_of_scope", "error"];

/** One supplier row as read from a sheet: its 1-based sheet row number and the raw cells per field. */
export type SupplierRow = { row: number } & Partial<Record<Field, CellValue>>;

export interface Finding {
  row: number;
  supplier: string;
  status: Status;
  /** The level the policy asks on the peildatum, growth path included; null when out of scope or unreadable. */
  requiredLevel: Level | null;
  /** The level on the sheet (valid or not); null when unreadable. */
  heldLevel: Level | null;
  /** Whether the held level is a certificate valid on the peildatum. */
  certificateValid: boolean;
  validUntil: Day | null;
  spend: number | null;
  /** Audited total social contribution as a fraction. */
  contribution: number | null;
  niveau: Niveau | null;
  growth: GrowthState | null;
  /** When the follow-up is due: the expiry, the step deadline or the day the requirement began. */
  deadline: Day | null;
  reasons: Reason[];
}

const MAX_SPEND = 10_000_000_000;

/** Collects parse problems of one row, each tied to its column. */
class RowReader {
  readonly problems: Reason[] = [];
  constructor(private readonly row: SupplierRow) {}

  read<T>(field: Field, parse: (v: unknown) => Result<T>, required = false): T | null {
    const value = this.row[field];
    if (isBlank(value)) {
      if (required) this.problems.push({ code: "invalid", field, problem: messages.missing() });
      return null;
    }
    const formulaError = formulaErrorOf(value);
    if (formulaError) {
      this.problems.push({ code: "invalid", field, problem: messages.formulaError(formulaError) });
      return null;
    }
    const result = parse(typeof value === "string" ? value.trim() : value);
    if (result.ok) return result.value;
    this.problems.push({ code: "invalid", field, problem: result.message });
    return null;
  }
}

/** An annual contract sum or spend: euros, not negative, not implausibly large. */
export function parseSpend(value: unknown): Result<number> {
  const money = parseMoney(value);
  if (!money.ok) return money;
  if (money.value < 0) return { ok: false, message: messages.negativeAmount(String(value)) };
  if (money.value > MAX_SPEND) return { ok: false, message: messages.hugeAmount(String(value)) };
  return money;
}

interface Requirement {
  level: Level;
  since: Day | null;
}

/** The level required on `day`: the policy's, lowered to the growth-path step while the path runs. */
function requiredOn(policy: Policy, day: Day, award: Day | null): { req: Requirement; growth: GrowthState | null } {
  const policyReq = requirementOn(policy, day);
  if (award === null) return { req: policyReq, growth: null };
  const growth = growthStateOn(policy, award, day);
  if (atLeast(growth.due, policyReq.level)) return { req: policyReq, growth };
  return { req: { level: minLevel(policyReq.level, growth.due), since: growth.dueSince }, growth };
}

/** Evaluates one supplier row against the policy on the peildatum. */
export function evaluateRow(row: SupplierRow, policy: Policy, peil: Day): Finding {
  const r = new RowReader(row);
  const spend = r.read("spend", parseSpend, true);
  const held = r.read("level", parseLevel) ?? (isBlank(row.level) ? "geen" : null);
  const validUntil = r.read("validUntil", parseDate);
  const award = r.read("awardDate", parseDate);
  const termField = r.read("termMonths", parseMonths);
  const endDate = r.read("endDate", parseDate);
  const contribution = r.read("contribution", parsePercent);
  const levelAtAward = r.read("levelAtAward", parseLevel);
  const category = cellText(row.category);
  const niveau = category ? niveauOf(policy, category) : null;

  const finding: Finding = {
    row: row.row,
    supplier: cellText(row.supplier),
    status: "error",
    requiredLevel: null,
    heldLevel: held,
    certificateValid: false,
    validUntil,
    spend,
    contribution,
    niveau,
    growth: null,
    deadline: null,
    reasons: r.problems,
  };
  if (held !== null && held !== "geen") finding.certificateValid = validUntil === null || validUntil >= peil;
  if (r.problems.length > 0 || spend === null || held === null) return finding;

  if (spend < policy.scope.minAnnualSpend) {
    finding.status = "out_of_scope";
    finding.reasons = [{ code: "outOfScope", spend, threshold: policy.scope.minAnnualSpend }];
    return finding;
  }

  const term = termField ?? (award !== null && endDate !== null ? monthsBetween(award, endDate) : null);
  const onGrowthPath =
    award !== null &&
    growthPathApplies(policy, term) &&
    !(levelAtAward !== null && atLeast(levelAtAward, requirementOn(policy, award).level));
  const pathAward = onGrowthPath ? award : null;
  const { req, growth } = requiredOn(policy, peil, pathAward);
  const effective: Level = finding.certificateValid ? held : "geen";
  const reasons: Reason[] = [];
  finding.requiredLevel = req.level;
  finding.growth = growth;
  if (growth?.next) {
    reasons.push({ code: "growthPath", award: growth.award, due: growth.due, next: growth.next });
  }

  if (!atLeast(effective, req.level)) {
    if (held !== "geen" && !finding.certificateValid && validUntil !== null) {
      reasons.push({ code: "expired", level: held, validUntil });
      finding.deadline = validUntil;
    } else finding.deadline = req.since;
    reasons.push({ code: "below", held: effective, required: req.level, since: req.since });
    const lenient = policy.sectorLevels.applyToStatus && niveau !== null && niveau > 1;
    if (lenient) reasons.push({ code: "sectorAdvice", niveau });
    finding.status = lenient ? "warning" : "non_compliant";
    finding.reasons = reasons;
    return finding;
  }

  reasons.push(req.level === "geen" ? { code: "noRequirementYet" } : { code: "meets", held: effective, required: req.level, since: req.since });
  finding.status = "compliant";
  const horizon = peil + policy.expiryWarningDays;
  if (held !== "geen" && !finding.certificateValid && validUntil !== null) {
    // Not needed today, but an expired certificate must not vanish from view.
    reasons.push({ code: "expired", level: held, validUntil });
    finding.status = "warning";
    finding.deadline = validUntil;
  }
  if (held !== "geen" && validUntil === null) {
    reasons.push({ code: "validUntilMissing", level: held });
    finding.status = "warning";
  }
  if (finding.certificateValid && validUntil !== null && validUntil <= horizon) {
    reasons.push({ code: "expiresSoon", level: held, validUntil });
    finding.status = "warning";
    finding.deadline = validUntil;
  }
  const rise = firstRiseAbove(policy, effective, peil, horizon, pathAward, growth);
  if (rise) {
    reasons.push({ code: "requirementRises", level: rise.level, from: rise.day });
    finding.status = "warning";
    finding.deadline = finding.deadline === null ? rise.day : Math.min(finding.deadline, rise.day);
  } else if (growth?.next && !atLeast(effective, growth.next.level) && finding.deadline === null) {
    finding.deadline = growth.next.deadline;
  }
  finding.reasons = reasons;
  return finding;
}

/** The first day in (peil, horizon] on which the requirement rises above what the supplier holds. */
function firstRiseAbove(
  policy: Policy,
  held: Level,
  peil: Day,
  horizon: Day,
  award: Day | null,
  growth: GrowthState | null,
): { day: Day; level: Level } | null {
  let candidates: Day[] | null = null;
  for (const d of requirementChangeDays(policy)) if (d > peil && d <= horizon) (candidates ??= []).push(d);
  if (growth?.next && growth.next.deadline <= horizon) (candidates ??= []).push(growth.next.deadline);
  if (candidates === null) return null;
  candidates.sort((a, b) => a - b);
  for (const day of candidates) {
    const { req } = requiredOn(policy, day, award);
    if (!atLeast(held, req.level)) return { day, level: req.level };
  }
  return null;
}

/** One finding per row, in the order given; a bad row gets status `error` and never stops the others. */
export function evaluate(rows: readonly SupplierRow[], policy: Policy, peil: Day): Finding[] {
  const findings = new Array<Finding>(rows.length);
  for (let i = 0; i < rows.length; i++) findings[i] = evaluateRow(rows[i], policy, peil);
  return findings;
}
