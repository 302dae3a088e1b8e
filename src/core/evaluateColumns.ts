import { cellText } from "./cells";
import { Day } from "./dates";
import { ParsedColumns, parseColumns, SupplierColumns } from "./evaluateCells";
import {
  certificateCounts, decide, Decision, ERROR, NO_DAY, R_BELOW, R_EXPIRED, R_EXPIRES_SOON, R_GROWTH_PATH, R_MEETS, R_NO_REQUIREMENT_YET,
  R_REQUIREMENT_RISES, R_SECTOR_ADVICE, R_VALID_UNTIL_MISSING, RuleContext, ruleContext, RuleInput, OUT_OF_SCOPE,
} from "./evaluateRules";
import type { Finding, Status } from "./evaluate";
import { GrowthState, growthStateOn } from "./growthPath";
import { Level, LEVELS } from "./levels";
import { Niveau, Policy } from "./policy";
import { Reason } from "./reasons";
import { niveauOf } from "./sector";

/** Statuses in the order of their codes in `ColumnVerdicts.status`. */
export const STATUSES: readonly Status[] = ["compliant", "non_compliant", "warning", "out_of_scope", "error"];

const dayOrNull = (day: number): Day | null => (day === NO_DAY ? null : day);
const numberOrNull = (value: number): number | null => (Number.isNaN(value) ? null : value);
const levelOrNull = (rank: number): Level | null => (rank < 0 ? null : LEVELS[rank]);

/**
 * The verdicts of a whole column of suppliers: a status code per row, and each row's full finding (reasons, deadline,
 * growth path) built only when asked for, from the same rules.
 */
export class ColumnVerdicts {
  private readonly input: RuleInput = { spend: 0, heldRank: 0, validUntil: NO_DAY, award: NO_DAY, termMonths: Number.NaN, levelAtAwardRank: -1, niveau: 0 };
  private readonly decision = new Decision();

  constructor(
    private readonly columns: SupplierColumns,
    /** The parsed cells, for callers that sum spend or count certificates without building findings. */
    readonly parsed: ParsedColumns,
    private readonly ctx: RuleContext,
    /** Per row an index into STATUSES. */
    readonly status: Uint8Array,
    /** Per row 1 when the held level's certificate counts on the peildatum. */
    readonly certificateValid: Uint8Array,
  ) {}

  get count(): number {
    return this.parsed.count;
  }

  statusOf(i: number): Status {
    return STATUSES[this.status[i]];
  }

  /** The niveau of the row's category (null when it has none or matches no sector level). */
  niveauOf(i: number): Niveau | null {
    const category = cellText(this.columns.cells.category?.[i]);
    return category ? niveauOf(this.ctx.policy, category) : null;
  }

  /** Runs the rules for row i again and leaves the answer in this.decision. */
  private decideRow(i: number): Decision {
    fillInput(this.input, this.parsed, i, this.ctx.sectorToStatus ? (this.niveauOf(i) ?? 0) : 0);
    decide(this.ctx, this.input, this.decision);
    return this.decision;
  }

  /** Why row i got its status, as data. */
  reasonsOf(i: number): Reason[] {
    return this.explain(i).reasons;
  }

  /** The reasons of row i and, on a growth path, where the path stands: both from one run of the rules. */
  private explain(i: number): { reasons: Reason[]; growth: GrowthState | null } {
    if (this.status[i] === ERROR) return { reasons: this.parsed.problems.of(i), growth: null };
    const d = this.decideRow(i);
    if (d.status === OUT_OF_SCOPE) return { reasons: [{ code: "outOfScope", spend: this.parsed.spend[i], threshold: this.ctx.minSpend }], growth: null };
    const p = this.parsed;
    const held = LEVELS[p.heldRank[i]];
    const validUntil = p.validUntil[i];
    const flags = d.reasons;
    const reasons: Reason[] = [];
    const growth = d.pathAward === NO_DAY ? null : growthStateOn(this.ctx.policy, d.pathAward, this.ctx.peil);
    if (flags & R_GROWTH_PATH && growth) reasons.push({ code: "growthPath", award: growth.award, due: growth.due, next: growth.next });
    const effective = LEVELS[d.effectiveRank];
    const required = LEVELS[d.requiredRank];
    const since = dayOrNull(d.since);
    if (flags & R_NO_REQUIREMENT_YET) reasons.push({ code: "noRequirementYet" });
    if (flags & R_MEETS) reasons.push({ code: "meets", held: effective, required, since });
    if (flags & R_EXPIRED) reasons.push({ code: "expired", level: held, validUntil });
    if (flags & R_BELOW) reasons.push({ code: "below", held: effective, required, since });
    if (flags & R_SECTOR_ADVICE) reasons.push({ code: "sectorAdvice", niveau: this.niveauOf(i) as Niveau });
    if (flags & R_VALID_UNTIL_MISSING) reasons.push({ code: "validUntilMissing", level: held });
    if (flags & R_EXPIRES_SOON) reasons.push({ code: "expiresSoon", level: held, validUntil });
    if (flags & R_REQUIREMENT_RISES) reasons.push({ code: "requirementRises", level: LEVELS[d.riseRank], from: d.riseDay });
    return { reasons, growth };
  }

  /** The full finding of row i, as evaluateRow gives it. */
  findingAt(i: number): Finding {
    const p = this.parsed;
    const status = this.status[i];
    const { reasons, growth } = this.explain(i);
    const inScope = status !== ERROR && status !== OUT_OF_SCOPE;
    const d = this.decision;
    return {
      row: this.columns.rowNumbers ? this.columns.rowNumbers[i] : i + 1,
      supplier: cellText(this.columns.cells.supplier?.[i]),
      status: STATUSES[status],
      requiredLevel: inScope ? LEVELS[d.requiredRank] : null,
      heldLevel: levelOrNull(p.heldRank[i]),
      certificateValid: this.certificateValid[i] === 1,
      validUntil: dayOrNull(p.validUntil[i]),
      spend: numberOrNull(p.spend[i]),
      contribution: numberOrNull(p.contribution[i]),
      niveau: this.niveauOf(i),
      growth,
      deadline: inScope ? dayOrNull(d.deadline) : null,
      reasons,
    };
  }

  findings(): Finding[] {
    const out = new Array<Finding>(this.count);
    for (let i = 0; i < out.length; i++) out[i] = this.findingAt(i);
    return out;
  }
}

function fillInput(input: RuleInput, p: ParsedColumns, i: number, niveau: number): void {
  input.spend = p.spend[i];
  input.heldRank = p.heldRank[i];
  input.validUntil = p.validUntil[i];
  input.award = p.award[i];
  input.termMonths = p.termMonths[i];
  input.levelAtAwardRank = p.levelAtAwardRank[i];
  input.niveau = niveau;
}

/** Sector niveaus per row, read only when the policy lets them soften a status. */
function niveaus(columns: SupplierColumns, policy: Policy): Uint8Array | null {
  if (!policy.sectorLevels.applyToStatus) return null;
  const out = new Uint8Array(columns.count);
  const cells = columns.cells.category;
  if (!cells) return out;
  for (let i = 0; i < out.length; i++) {
    const category = cellText(cells[i]);
    out[i] = category ? (niveauOf(policy, category) ?? 0) : 0;
  }
  return out;
}

/**
 * Evaluates a whole table of raw supplier cells against the policy on the peildatum, column by column. The loop over
 * the rows allocates nothing: a bad row gets status `error` and never stops the others.
 */
export function evaluateColumns(columns: SupplierColumns, policy: Policy, peil: Day): ColumnVerdicts {
  const parsed = parseColumns(columns);
  const ctx = ruleContext(policy, peil);
  const niveau = niveaus(columns, policy);
  const count = parsed.count;
  const status = new Uint8Array(count);
  const valid = new Uint8Array(count);
  const input: RuleInput = { spend: 0, heldRank: 0, validUntil: NO_DAY, award: NO_DAY, termMonths: Number.NaN, levelAtAwardRank: -1, niveau: 0 };
  const decision = new Decision();
  const bad = parsed.problems.bad;
  for (let i = 0; i < count; i++) {
    const held = parsed.heldRank[i];
    const until = parsed.validUntil[i];
    valid[i] = certificateCounts(held, until, peil) ? 1 : 0;
    if (bad[i] === 1) {
      status[i] = ERROR;
      continue;
    }
    fillInput(input, parsed, i, niveau ? niveau[i] : 0);
    status[i] = decide(ctx, input, decision);
  }
  return new ColumnVerdicts(columns, parsed, ctx, status, valid);
}
