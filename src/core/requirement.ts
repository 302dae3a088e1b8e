import { Day, parseDate } from "./dates";
import { Level } from "./levels";
import { Policy } from "./policy";

export interface ActiveRequirement {
  level: Level;
  /** The day this requirement took effect, or null when no requirement applies yet. */
  since: Day | null;
}

const cache = new WeakMap<Policy["requirements"], { from: Day; level: Level }[]>();

function compiled(policy: Policy): { from: Day; level: Level }[] {
  let list = cache.get(policy.requirements);
  if (!list) {
    list = policy.requirements
      .map((r) => {
        const from = parseDate(r.from);
        return { from: from.ok ? from.value : Number.POSITIVE_INFINITY, level: r.minLevel };
      })
      .sort((a, b) => a.from - b.from);
    cache.set(policy.requirements, list);
  }
  return list;
}

/** The minimum level the policy asks of an in-scope supplier on `day` (before the first rule: none). */
export function requirementOn(policy: Policy, day: Day): ActiveRequirement {
  const list = compiled(policy);
  let i = 0;
  while (i < list.length && list[i].from <= day) i++;
  return i === 0 ? { level: "geen", since: null } : { level: list[i - 1].level, since: list[i - 1].from };
}

const dayCache = new WeakMap<Policy["requirements"], readonly Day[]>();

/** The days on which the policy's requirement changes, in order (shared per policy: asked for on every row). */
export function requirementChangeDays(policy: Policy): readonly Day[] {
  let days = dayCache.get(policy.requirements);
  if (!days) {
    days = compiled(policy).map((r) => r.from);
    dayCache.set(policy.requirements, days);
  }
  return days;
}

export function inScope(policy: Policy, annualSpend: number): boolean {
  return annualSpend >= policy.scope.minAnnualSpend;
}
