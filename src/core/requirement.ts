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
  let active: ActiveRequirement = { level: "geen", since: null };
  for (const r of compiled(policy)) {
    if (r.from > day) break;
    active = { level: r.level, since: r.from };
  }
  return active;
}

/** The days on which the policy's requirement changes, in order. */
export function requirementChangeDays(policy: Policy): Day[] {
  return compiled(policy).map((r) => r.from);
}

export function inScope(policy: Policy, annualSpend: number): boolean {
  return annualSpend >= policy.scope.minAnnualSpend;
}
