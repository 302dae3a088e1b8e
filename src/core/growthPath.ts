import { addMonths, Day } from "./dates";
import { Level } from "./levels";
import { Policy } from "./policy";

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

/** Where a growth-path contract stands on `day`: until each step's deadline the previous step suffices. */
export function growthStateOn(policy: Policy, award: Day, day: Day): GrowthState {
  const steps = [...policy.growthPath.steps].sort((a, b) => a.monthsAfterAward - b.monthsAfterAward);
  let state: GrowthState = { award, due: "geen", dueSince: null, next: null };
  for (const step of steps) {
    const deadline = addMonths(award, step.monthsAfterAward);
    if (deadline <= day) state = { ...state, due: step.level, dueSince: deadline };
    else {
      state.next = { level: step.level, deadline };
      break;
    }
  }
  return state;
}
