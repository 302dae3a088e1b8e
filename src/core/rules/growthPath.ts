import { addMonths, Day } from "../read/dates";
import { Level, levelRank } from "../read/levels";
import { GrowthStep, Policy } from "../policy/policy";

export interface GrowthState {
  award: Day;
  /** The step the supplier must hold on the peildatum (`geen` during the first period). */
  due: Level;
  /** The day the due step became due, or null in the first period. */
  dueSince: Day | null;
  /** The next step and its deadline; null once the path is complete. */
  next: { level: Level; deadline: Day } | null;
}

/** Whether a contract is long enough for the growth path ("langer dan een jaar"). */
export function growthPathApplies(policy: Policy, termMonths: number | null): boolean {
  return policy.growthPath.enabled && termMonths !== null && termMonths > policy.growthPath.minTermMonths;
}

/** Every row on a growth path asks for the steps in order: sort them once per policy. */
const stepCache = new WeakMap<GrowthStep[], GrowthStep[]>();

function sortedSteps(policy: Policy): readonly GrowthStep[] {
  let steps = stepCache.get(policy.growthPath.steps);
  if (!steps) {
    steps = [...policy.growthPath.steps].sort((a, b) => a.monthsAfterAward - b.monthsAfterAward);
    stepCache.set(policy.growthPath.steps, steps);
  }
  return steps;
}

const rankCache = new WeakMap<GrowthStep[], readonly number[]>();

/** The rank of each step of `sortedSteps(policy)`. */
export function sortedStepRanks(policy: Policy): readonly number[] {
  let ranks = rankCache.get(policy.growthPath.steps);
  if (!ranks) {
    ranks = sortedSteps(policy).map((s) => levelRank(s.level));
    rankCache.set(policy.growthPath.steps, ranks);
  }
  return ranks;
}

/** Award days repeat down a sheet and lie within a few decades: remember each one's step deadlines. */
const deadlineCache = new WeakMap<GrowthStep[], Map<Day, readonly Day[]>>();
const MAX_REMEMBERED_AWARDS = 50_000;

/** The deadline of every step of `sortedSteps(policy)` for a contract awarded on `award` (in the same order). */
export function stepDeadlines(policy: Policy, award: Day): readonly Day[] {
  let known = deadlineCache.get(policy.growthPath.steps);
  if (!known) {
    known = new Map();
    deadlineCache.set(policy.growthPath.steps, known);
  }
  let deadlines = known.get(award);
  if (!deadlines) {
    deadlines = computeDeadlines(policy, award);
    if (known.size < MAX_REMEMBERED_AWARDS) known.set(award, deadlines);
  }
  return deadlines;
}

/** Kept apart from stepDeadlines: a closure over `award` there would cost an allocation on every call. */
function computeDeadlines(policy: Policy, award: Day): readonly Day[] {
  return sortedSteps(policy).map((step) => addMonths(award, step.monthsAfterAward));
}

/** How many steps are due on `day`: until each step's deadline the previous step suffices. */
export function stepsDueOn(deadlines: readonly Day[], day: Day): number {
  let k = 0;
  while (k < deadlines.length && deadlines[k] <= day) k++;
  return k;
}

/** Where a growth-path contract stands on `day`. */
export function growthStateOn(policy: Policy, award: Day, day: Day): GrowthState {
  const steps = sortedSteps(policy);
  const deadlines = stepDeadlines(policy, award);
  const k = stepsDueOn(deadlines, day);
  return {
    award,
    due: k > 0 ? steps[k - 1].level : "geen",
    dueSince: k > 0 ? deadlines[k - 1] : null,
    next: k < steps.length ? { level: steps[k].level, deadline: deadlines[k] } : null,
  };
}
