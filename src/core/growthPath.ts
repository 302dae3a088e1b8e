import { addMonths, Day } from "./dates";
import { Level } from "./levels";
import { GrowthStep, Policy } from "./policy";

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

function sortedSteps(policy: Policy): GrowthStep[] {
  let steps = stepCache.get(policy.growthPath.steps);
  if (!steps) {
    steps = [...policy.growthPath.steps].sort((a, b) => a.monthsAfterAward - b.monthsAfterAward);
    stepCache.set(policy.growthPath.steps, steps);
  }
  return steps;
}

/** Where a growth-path contract stands on `day`: until each step's deadline the previous step suffices. */
export function growthStateOn(policy: Policy, award: Day, day: Day): GrowthState {
  const state: GrowthState = { award, due: "geen", dueSince: null, next: null };
  for (const step of sortedSteps(policy)) {
    const deadline = addMonths(award, step.monthsAfterAward);
    if (deadline <= day) {
      state.due = step.level;
      state.dueSince = deadline;
    } else {
      state.next = { level: step.level, deadline };
      break;
    }
  }
  return state;
}
