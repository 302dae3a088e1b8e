import { addMonths, Day, parseDate } from "../read/dates";
import { growthPathApplies, sortedStepRanks, stepDeadlines, stepsDueOn } from "./growthPath";
import { Policy } from "../policy/policy";
import { CERTIFIED_UNKNOWN_RANK, levelRank } from "../read/levels";
import { certificateValidOn } from "./validity";
import { requirementIndexOn, requirementSteps, RequirementStep } from "./requirement";
import { ASPIRANT_MONTHS, flag, leadsTo, worse } from "./ruleTable";

/**
 * The policy's rules for one supplier, over plain numbers: levels as ranks (index into LEVELS), dates as days,
 * "none" as NO_DAY or NaN. Both the row evaluator and the column evaluator decide here, so a rule lives in one place;
 * the decision allocates nothing, so a column of a million rows costs no garbage.
 */

/** A missing day in an Int32Array: the smallest small integer, so V8 never boxes it (no allocation per row). */
export const NO_DAY = -0x40000000;

/** Status codes: the index of the status in STATUSES (ruleTable.ts). */
export const OUT_OF_SCOPE = 3;
export const ERROR = 4;

/** Reason flags and the statuses they lead to, from the rule table (ruleTable.ts): one place per rule. */
export const R_GROWTH_PATH = flag("growthPath");
export const R_NO_REQUIREMENT_YET = flag("noRequirementYet");
export const R_MEETS = flag("meets");
export const R_EXPIRED = flag("expired");
export const R_BELOW = flag("below");
export const R_SECTOR_ADVICE = flag("sectorAdvice");
export const R_VALID_UNTIL_MISSING = flag("validUntilMissing");
export const R_EXPIRES_SOON = flag("expiresSoon");
export const R_REQUIREMENT_RISES = flag("requirementRises");
export const R_VALID_UNTIL_IMPLAUSIBLE = flag("validUntilImplausible");
/** The level cell names no trede: "Ja" (certified, level unknown) or "in aanvraag" (requested). */
export const R_LEVEL_NOT_GIVEN = flag("levelNotGiven");
export const R_OUT_OF_SCOPE = flag("outOfScope");
export const R_CONTRACT_ENDED = flag("contractEnded");
const R_PSO30_PLUS_SHARE = flag("pso30PlusShare");
const R_ASPIRANT_LAPSED = flag("aspirantLapsed");
const R_SW_MEETS = flag("swMeets");
const R_SW_NOTE = flag("swNote");

const S_MEETS = leadsTo("meets");
const S_CONTRACT_ENDED = leadsTo("contractEnded");
const S_OUT_OF_SCOPE = leadsTo("outOfScope");
const S_BELOW = leadsTo("below");
const S_SECTOR_ADVICE = leadsTo("sectorAdvice");
const S_LEVEL_NOT_GIVEN = leadsTo("levelNotGiven");
const S_EXPIRED = leadsTo("expired");
const S_VALID_UNTIL_MISSING = leadsTo("validUntilMissing");
const S_VALID_UNTIL_IMPLAUSIBLE = leadsTo("validUntilImplausible");
const S_EXPIRES_SOON = leadsTo("expiresSoon");
const S_REQUIREMENT_RISES = leadsTo("requirementRises");
const S_PSO30_PLUS_SHARE = leadsTo("pso30PlusShare");
const S_ASPIRANT_LAPSED = leadsTo("aspirantLapsed");
const S_SW_MEETS = leadsTo("swMeets");

const PSO30_PLUS_RANK = levelRank("pso30plus");
const ASPIRANT_RANK = levelRank("aspirant");

/** Whether the valid Aspirant-status of a row has passed its two years on the peildatum (seed 000, 004). */
function aspirantLapsed(ctx: RuleContext, row: RuleInput, valid: boolean): boolean {
  return valid && row.heldRank === ASPIRANT_RANK && row.aspirantSince !== NO_DAY && addMonths(row.aspirantSince, ASPIRANT_MONTHS) <= ctx.peildatum;
}
/** The share of the staff from the target groups that PSO 30+ stands for (seed 000). */
export const PSO30_PLUS_SHARE = 0.3;

/** The policy as the rules read it on one peildatum: prepared once per evaluation, not per row. */
export interface RuleContext {
  readonly policy: Policy;
  readonly peildatum: Day;
  readonly horizon: Day;
  /** A "geldig tot" after this day is further away than a certificate issued on the peildatum could be valid. */
  readonly plausibleUntil: Day;
  readonly minSpend: number;
  readonly sectorToStatus: boolean;
  readonly requirements: readonly RequirementStep[];
  readonly stepRanks: readonly number[];
  /** Contracts awarded before this day follow the date rule, not the growth path. */
  readonly pathAwardFrom: number;
  /** Whether an SW-bedrijf without the required certificate meets the requirement (policy swCompanies.meetRequirement). */
  readonly swMeets: boolean;
}

export function ruleContext(policy: Policy, peildatum: Day): RuleContext {
  return {
    policy,
    peildatum,
    horizon: peildatum + policy.expiryWarningDays,
    plausibleUntil: plausibleValidUntil(peildatum),
    minSpend: policy.scope.minAnnualSpend,
    sectorToStatus: policy.sectorLevels.applyToStatus,
    requirements: requirementSteps(policy),
    stepRanks: sortedStepRanks(policy),
    pathAwardFrom: growthPathAwardFrom(policy),
    swMeets: policy.swCompanies.meetRequirement,
  };
}

/**
 * The last plausible "geldig tot" on the peildatum: a certificate is issued for two years (whitepaper, seed 000:
 * "PSO-certificaat wordt voor een periode van twee jaar afgegeven"), with a month's grace for dates set a little ahead.
 */
export function plausibleValidUntil(peildatum: Day): Day {
  return addMonths(peildatum, 25);
}

/**
 * The first award day of the growth path: the policy's setting, else its first requirement date. The whitepaper brings
 * the path in for tenders under the policy (local parties rarely certified); a contract awarded before the policy
 * follows the date rule.
 */
export function growthPathAwardFrom(policy: Policy): number {
  const set = policy.growthPath.awardFrom;
  if (set) {
    const day = parseDate(set);
    if (day.ok) return day.value;
  }
  const steps = requirementSteps(policy);
  return steps.length > 0 ? steps[0].from : Number.NEGATIVE_INFINITY;
}

/** One readable supplier row, as the rules need it. */
export interface RuleInput {
  spend: number;
  heldRank: number;
  /** NO_DAY when the sheet gives none. */
  validUntil: number;
  award: number;
  /** Contract term in months, NaN when unknown. */
  termMonths: number;
  /** Rank of the level held at the award, -1 when not given. */
  levelAtAwardRank: number;
  /** Sector niveau of the category, 0 when unknown. */
  niveau: number;
  /** The contract's end date, NO_DAY when the sheet gives none. */
  endDate: number;
  /** The stated total social contribution as a fraction, NaN when not given. */
  contribution: number;
  /** Since when the Aspirant-status is held, NO_DAY when not given (issue 24.4). */
  aspirantSince: number;
  /** 1 for a sheltered-work company (SW-bedrijf, issue 24.5), named by its category; else 0. */
  sw: number;
}

/** What the rules decided for one row; reused from row to row, read before the next call. */
export class Decision {
  status = ERROR;
  reasons = 0;
  certificateValid = false;
  /** Rank the policy asks on the peildatum, growth path included; -1 when out of scope. */
  requiredRank = -1;
  /** The day that requirement took effect, NO_DAY when none. */
  since = NO_DAY;
  /** The held level if its certificate counts on the peildatum, else 0 (none). */
  effectiveRank = 0;
  /** The award day when the contract is on the growth path, else NO_DAY. */
  pathAward = NO_DAY;
  nextStepRank = -1;
  nextStepDeadline = NO_DAY;
  deadline = NO_DAY;
  riseDay = NO_DAY;
  riseRank = -1;
}

/** Whether the cell names a certificate: a level above none, or "Ja" (certified, level unknown). */
const holdsCertificate = (heldRank: number): boolean => heldRank > 0 || heldRank === CERTIFIED_UNKNOWN_RANK;

/**
 * Whether the held certificate counts on the peildatum (the "geldig tot" day itself included). A "Ja" counts as a
 * certificate, of no known level: it never meets a level, and the KPIs count it apart.
 */
export function certificateCounts(heldRank: number, validUntil: number, peildatum: Day): boolean {
  return holdsCertificate(heldRank) && (validUntil === NO_DAY || certificateValidOn(validUntil, peildatum));
}

/** The rank the policy asks on `day`, lowered to the growth-path step while the path runs; its start day in `out.since`. */
export function requiredRankOn(ctx: RuleContext, day: Day, pathAward: number, out: { since: number }): number {
  const i = requirementIndexOn(ctx.requirements, day);
  const policyRank = i < 0 ? 0 : ctx.requirements[i].rank;
  out.since = i < 0 ? NO_DAY : ctx.requirements[i].from;
  if (pathAward === NO_DAY) return policyRank;
  const deadlines = stepDeadlines(ctx.policy, pathAward);
  const k = stepsDueOn(deadlines, day);
  const dueRank = k > 0 ? ctx.stepRanks[k - 1] : 0;
  if (dueRank >= policyRank) return policyRank;
  out.since = k > 0 ? deadlines[k - 1] : NO_DAY;
  return dueRank;
}

const scratch = { since: NO_DAY };

/** The rank asked on `day`, without its start day. */
export function rankOn(ctx: RuleContext, day: Day, pathAward: number): number {
  return requiredRankOn(ctx, day, pathAward, scratch);
}

/** Whether a contract awarded on `award` with this term follows the growth path, not the date rule. */
function onGrowthPath(ctx: RuleContext, row: RuleInput): boolean {
  if (row.award === NO_DAY || row.award < ctx.pathAwardFrom) return false;
  if (!growthPathApplies(ctx.policy, Number.isNaN(row.termMonths) ? null : row.termMonths)) return false;
  // A supplier that already held the level asked at the award gets no growth path. "Geen" at the award says no more
  // than a blank cell, so both leave the path open.
  return !(row.levelAtAwardRank > 0 && row.levelAtAwardRank >= rankOn(ctx, row.award, NO_DAY));
}

/**
 * The first day in (peildatum, horizon] on which the requirement rises above `held`: the policy's change days and the
 * next growth-path deadline, in date order. NO_DAY when none; the level asked then in `out.riseRank`.
 */
function firstRiseAbove(ctx: RuleContext, held: number, pathAward: number, nextDeadline: number, out: Decision): number {
  const { peildatum, horizon, requirements } = ctx;
  let step = nextDeadline !== NO_DAY && nextDeadline <= horizon ? nextDeadline : Number.POSITIVE_INFINITY;
  for (let i = 0; i < requirements.length; i++) {
    const day = requirements[i].from;
    if (day <= peildatum || day > horizon) continue;
    if (step <= day) {
      const rank = rankOn(ctx, step, pathAward);
      if (rank > held) return rise(out, step, rank);
      step = Number.POSITIVE_INFINITY;
    }
    const rank = rankOn(ctx, day, pathAward);
    if (rank > held) return rise(out, day, rank);
  }
  if (step !== Number.POSITIVE_INFINITY) {
    const rank = rankOn(ctx, step, pathAward);
    if (rank > held) return rise(out, step, rank);
  }
  return NO_DAY;
}

function rise(out: Decision, day: number, rank: number): number {
  out.riseDay = day;
  out.riseRank = rank;
  return day;
}

/** Decides the status of one readable row on the context's peildatum; returns the status code. */
export function decide(ctx: RuleContext, row: RuleInput, out: Decision): number {
  const { heldRank, validUntil } = row;
  const valid = certificateCounts(heldRank, validUntil, ctx.peildatum);
  out.certificateValid = valid;
  out.reasons = 0;
  out.requiredRank = -1;
  out.since = NO_DAY;
  out.effectiveRank = valid && heldRank > 0 ? heldRank : 0;
  out.pathAward = NO_DAY;
  out.nextStepRank = -1;
  out.nextStepDeadline = NO_DAY;
  out.deadline = NO_DAY;
  out.riseDay = NO_DAY;
  out.riseRank = -1;
  // A contract that ended before the peildatum is a former supplier's: nothing to judge, ask or count.
  if (row.endDate !== NO_DAY && row.endDate < ctx.peildatum) {
    out.reasons = R_CONTRACT_ENDED;
    return (out.status = S_CONTRACT_ENDED);
  }
  if (row.spend < ctx.minSpend) {
    out.reasons = R_OUT_OF_SCOPE;
    return (out.status = S_OUT_OF_SCOPE);
  }

  const pathAward = onGrowthPath(ctx, row) ? row.award : NO_DAY;
  out.pathAward = pathAward;
  const required = requiredRankOn(ctx, ctx.peildatum, pathAward, out);
  out.requiredRank = required;
  if (pathAward !== NO_DAY) {
    const deadlines = stepDeadlines(ctx.policy, pathAward);
    const k = stepsDueOn(deadlines, ctx.peildatum);
    if (k < deadlines.length) {
      out.nextStepRank = ctx.stepRanks[k];
      out.nextStepDeadline = deadlines[k];
      out.reasons |= R_GROWTH_PATH;
    }
  }
  const effective = out.effectiveRank;
  const expired = holdsCertificate(heldRank) && !valid && validUntil !== NO_DAY;

  if (effective < required) {
    if (row.sw === 1) {
      // Issue 24.5: whether an SW-bedrijf meets the requirement without a certificate is the buyer's setting.
      if (ctx.swMeets) {
        out.reasons |= R_SW_MEETS;
        return (out.status = S_SW_MEETS);
      }
      out.reasons |= R_SW_NOTE;
    }
    if (heldRank < 0) {
      // "Ja" or "in aanvraag": not a "Voldoet niet" on a guess. The buyer asks for the certificate and its level; an
      // expired "Ja" is no certificate at all.
      out.reasons |= R_LEVEL_NOT_GIVEN;
      if (!expired) {
        out.deadline = out.since;
        return (out.status = S_LEVEL_NOT_GIVEN);
      }
      out.deadline = validUntil;
      out.reasons |= R_BELOW;
      return (out.status = S_BELOW);
    }
    if (expired) out.reasons |= R_EXPIRED;
    out.deadline = expired ? validUntil : out.since;
    out.reasons |= R_BELOW;
    if (aspirantLapsed(ctx, row, valid)) out.reasons |= R_ASPIRANT_LAPSED;
    const lenient = ctx.sectorToStatus && row.niveau > 1;
    if (lenient) out.reasons |= R_SECTOR_ADVICE;
    return (out.status = lenient ? S_SECTOR_ADVICE : S_BELOW);
  }

  out.reasons |= required === 0 ? R_NO_REQUIREMENT_YET : R_MEETS;
  let status = S_MEETS;
  // Before any requirement a "Ja" or "in aanvraag" simply complies: its certificate's dates are about no known level.
  if (heldRank < 0) return (out.status = status);
  if (expired) {
    // Not needed today, but an expired certificate must not vanish from view.
    out.reasons |= R_EXPIRED;
    status = worse(status, S_EXPIRED);
    out.deadline = validUntil;
  }
  if (heldRank > 0 && validUntil === NO_DAY) {
    out.reasons |= R_VALID_UNTIL_MISSING;
    status = worse(status, S_VALID_UNTIL_MISSING);
  }
  if (valid && validUntil !== NO_DAY && validUntil > ctx.plausibleUntil) {
    // Likely a typing error (2062 for 2026): the certificate still counts, but someone should look at the date.
    out.reasons |= R_VALID_UNTIL_IMPLAUSIBLE;
    status = worse(status, S_VALID_UNTIL_IMPLAUSIBLE);
  }
  if (required > 0 && aspirantLapsed(ctx, row, valid)) {
    // The supplier relies on an Aspirant-status that has lapsed: named on its row, with Let op.
    out.reasons |= R_ASPIRANT_LAPSED;
    status = worse(status, S_ASPIRANT_LAPSED);
  }
  if (valid && heldRank === PSO30_PLUS_RANK && row.contribution < PSO30_PLUS_SHARE) {
    // Seed 000: PSO 30+ means "ten minste 30% van de werknemers" from the target groups; a lower stated share does not add up.
    out.reasons |= R_PSO30_PLUS_SHARE;
    status = worse(status, S_PSO30_PLUS_SHARE);
  }
  if (valid && validUntil !== NO_DAY && validUntil <= ctx.horizon) {
    out.reasons |= R_EXPIRES_SOON;
    status = worse(status, S_EXPIRES_SOON);
    out.deadline = validUntil;
  }
  const riseDay = firstRiseAbove(ctx, effective, pathAward, out.nextStepDeadline, out);
  if (riseDay !== NO_DAY) {
    out.reasons |= R_REQUIREMENT_RISES;
    status = worse(status, S_REQUIREMENT_RISES);
    out.deadline = out.deadline === NO_DAY ? riseDay : Math.min(out.deadline, riseDay);
  } else if (out.nextStepRank >= 0 && effective < out.nextStepRank && out.deadline === NO_DAY) {
    out.deadline = out.nextStepDeadline;
  }
  return (out.status = status);
}
