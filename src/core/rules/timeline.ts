import { Day, formatDate, formatIsoDate } from "../read/dates";
import { isClaim, Level, levelInSentence, LEVELS, levelRank } from "../read/levels";
import { Policy } from "../policy/policy";
import type { Finding } from "./finding";
import { NO_DAY, rankOn, requiredRankOn, RuleContext, ruleContext } from "./evaluateRules";
import { stepDeadlines } from "./growthPath";
import { requirementChangeDays } from "./requirement";
import type { Lang } from "../result";

/*
 * Issue 24.3, seed 000: "Stippel een tijdspad uit voor zowel bestaande als nieuwe leveranciers". Per supplier in scope
 * the steps still to take until the policy's final level: from the growth path (a contract awarded under the policy)
 * or from the policy's requirement dates (an existing contract). The action list, `check --json` and the letters all
 * read this one function, so they never give a supplier different dates.
 */

/** One step of a supplier's timeline: this level, by this day. A day before the peildatum: already due (overdue). */
export interface TimelineStep {
  level: Level;
  date: Day;
}

/** The days on which what the policy asks of this supplier can change: the requirement dates and, on a path, its deadlines. */
function changeDays(ctx: RuleContext, pathAward: number): readonly number[] {
  const policyDays = requirementChangeDays(ctx.policy);
  if (pathAward === NO_DAY) return policyDays; // already in order; the caller skips days up to the peildatum
  return [...new Set([...policyDays, ...stepDeadlines(ctx.policy, pathAward)])].sort((a, b) => a - b);
}

/** The rules' context per policy and peildatum: a JSON of a million rows asks for the same one on every row. */
const contexts = new WeakMap<Policy, Map<Day, RuleContext>>();

function contextOf(policy: Policy, peildatum: Day): RuleContext {
  let byDay = contexts.get(policy);
  if (!byDay) contexts.set(policy, (byDay = new Map()));
  let ctx = byDay.get(peildatum);
  if (!ctx) byDay.set(peildatum, (ctx = ruleContext(policy, peildatum)));
  return ctx;
}

/**
 * The steps a supplier holding `heldRank` (a valid certificate's rank, 0 for none) still has to take: first the level
 * asked on the peildatum if it does not hold it (dated the day it became due), then each later day on which the level
 * asked rises above what it holds and above the step before. Empty when it holds the policy's final level.
 */
export function timelineOn(ctx: RuleContext, heldRank: number, pathAward: number): TimelineStep[] {
  const steps: TimelineStep[] = [];
  const now = { since: NO_DAY };
  let last = Math.max(heldRank, 0);
  const required = requiredRankOn(ctx, ctx.peildatum, pathAward, now);
  if (required > last && now.since !== NO_DAY) {
    steps.push({ level: LEVELS[required], date: now.since });
    last = required;
  }
  for (const day of changeDays(ctx, pathAward)) {
    if (!(day > ctx.peildatum) || !Number.isFinite(day)) continue;
    const rank = rankOn(ctx, day, pathAward);
    if (rank > last) {
      steps.push({ level: LEVELS[rank], date: day });
      last = rank;
    }
  }
  return steps;
}

/** The level a finding holds for its timeline: a valid certificate's level, else none ("Ja" names no level). */
function heldRankOf(f: Finding): number {
  return f.certificateValid && f.heldLevel !== null && !isClaim(f.heldLevel) ? levelRank(f.heldLevel) : 0;
}

/** The timeline of a checked supplier (issue 24.3); empty for a row out of scope or with a data error. */
export function supplierTimeline(finding: Finding, policy: Policy, peildatum: Day): TimelineStep[] {
  if (finding.status === "out_of_scope" || finding.status === "error") return [];
  // An SW-bedrijf that meets the requirement by the policy's setting (issue 24.5) has no step to take.
  if (finding.reasons.some((r) => r.code === "swMeets")) return [];
  return timelineOn(contextOf(policy, peildatum), heldRankOf(finding), finding.growth?.award ?? NO_DAY);
}

/** A timeline in words: "uiterlijk 1-6-2027 trede 1, uiterlijk 1-6-2028 trede 2"; a step already due "trede 2 al vereist sinds 1-1-2022". */
export function timelineText(steps: readonly TimelineStep[], peildatum: Day, lang: Lang): string {
  return steps
    .map(({ level, date }) => {
      const l = levelInSentence(level, lang);
      const d = formatDate(date, lang);
      if (date <= peildatum) return lang === "nl" ? `${l} al vereist sinds ${d}` : `${l} required since ${d}`;
      return lang === "nl" ? `uiterlijk ${d} ${l}` : `${l} by ${d}`;
    })
    .join(", ");
}

/** A timeline as `check --json` gives it: the level as the sheet names it, the date as YYYY-MM-DD. */
export function timelineJson(steps: readonly TimelineStep[], label: (level: Level) => string): { level: string; date: string }[] {
  return steps.map((s) => ({ level: label(s.level), date: formatIsoDate(s.date) }));
}
