import { Day, parseDate } from "../read/dates";
import { Level, levelRank } from "../read/levels";
import { Policy } from "../policy/policy";

export interface ActiveRequirement {
  level: Level;
  /** The day this requirement took effect, or null when no requirement applies yet. */
  since: Day | null;
}

/** One rule of the policy's date table: from this day on, at least this level. */
export interface RequirementStep {
  from: Day;
  level: Level;
  /** levelRank(level), for the rules' number comparisons. */
  rank: number;
}

const cache = new WeakMap<Policy["requirements"], RequirementStep[]>();

/** The policy's date rules in order of their start day (shared per policy: asked for on every row). */
export function requirementSteps(policy: Policy): readonly RequirementStep[] {
  let list = cache.get(policy.requirements);
  if (!list) {
    list = policy.requirements
      .map((r) => {
        const from = parseDate(r.from);
        return { from: from.ok ? from.value : Number.POSITIVE_INFINITY, level: r.minLevel, rank: levelRank(r.minLevel) };
      })
      .sort((a, b) => a.from - b.from);
    cache.set(policy.requirements, list);
  }
  return list;
}

/** Index of the date rule in force on `day`, or -1 before the first one. */
export function requirementIndexOn(steps: readonly RequirementStep[], day: Day): number {
  let i = 0;
  while (i < steps.length && steps[i].from <= day) i++;
  return i - 1;
}

/** The minimum level the policy asks of an in-scope supplier on `day` (before the first rule: none). */
export function requirementOn(policy: Policy, day: Day): ActiveRequirement {
  const list = requirementSteps(policy);
  const i = requirementIndexOn(list, day);
  return i < 0 ? { level: "geen", since: null } : { level: list[i].level, since: list[i].from };
}

const dayCache = new WeakMap<Policy["requirements"], readonly Day[]>();

/** The days on which the policy's requirement changes, in order (shared per policy: asked for on every row). */
export function requirementChangeDays(policy: Policy): readonly Day[] {
  let days = dayCache.get(policy.requirements);
  if (!days) {
    days = requirementSteps(policy).map((r) => r.from);
    dayCache.set(policy.requirements, days);
  }
  return days;
}

export function inScope(policy: Policy, annualSpend: number): boolean {
  return annualSpend >= policy.scope.minAnnualSpend;
}
