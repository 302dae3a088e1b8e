/* The action list: what each supplier must do next, in the order of the sheet. Shown on the Sociale bijdrage sheet and in the CLI report. */
import { Day, formatDate, formatDateNl } from "../read/dates";
import type { Finding } from "../rules/finding";
import { atLeast, isClaim, Level, levelInSentence, levelLabel } from "../read/levels";
import { reasonText } from "../rules/reasons";
import { ActionKind, ruleAction } from "../rules/ruleTable";
import { Lang, Message } from "../result";
import type { Policy } from "../policy/policy";
import { supplierTimeline, timelineText, TimelineStep } from "../rules/timeline";

export type { ActionKind } from "../rules/ruleTable";

/** One follow-up for the controller's action list. */
export interface ActionItem {
  row: number;
  supplier: string;
  kind: ActionKind;
  /** When it is due; null sorts last. */
  deadline: Day | null;
  /** Days from the peildatum to the deadline (negative: overdue). */
  daysLeft: number | null;
  /** The "Dagen" cell: the days left, "nu" for a deadline already passed (never "-1.885"), "" without a deadline. */
  daysShown: number | string;
  /** The level the supplier holds with a valid certificate. */
  held: Level;
  /** The level the follow-up is about (the step due, the level required). */
  level: Level | null;
  kindLabel: string;
  text: string;
  /** The supplier's annual spend (null when unknown): what is at stake. */
  spend: number | null;
  /** The "Wanneer" cell: "achterstallig sinds 1-1-2022" for a deadline already passed, else the deadline (null: none). */
  when: { overdueSince: string } | Day | null;
  /** The supplier's timeline (issue 24.3: rules/timeline.ts), when the list was made with the policy; its text ends `text`. */
  timeline?: TimelineStep[];
}

const KIND_LABELS: Record<ActionKind, Message> = {
  expired: { nl: "Certificaat verlopen", en: "Certificate expired" },
  expiring: { nl: "Certificaat verloopt", en: "Certificate expiring" },
  growthStep: { nl: "Groeipad", en: "Growth path" },
  requirementRises: { nl: "Eis stijgt", en: "Requirement rises" },
  noCertificate: { nl: "Geen certificaat", en: "No certificate" },
  levelTooLow: { nl: "Trede te laag", en: "Level too low" },
  expiryMissing: { nl: "Geldigheid onbekend", en: "Validity unknown" },
  levelNotGiven: { nl: "Trede onbekend", en: "Level unknown" },
  certificateRequested: { nl: "Certificaat aangevraagd", en: "Certificate requested" },
  nextStep: { nl: "Tijdspad", en: "Timeline" },
};

function kindLabel(kind: ActionKind, level: Level | null, lang: Lang): string {
  const base = KIND_LABELS[kind][lang];
  if (kind !== "growthStep" || level === null) return base;
  if (level === "aspirant") return lang === "nl" ? `${base}: plan van aanpak (Aspirant)` : `${base}: plan (aspirant)`;
  return `${base}: ${lang === "nl" ? levelInSentence(level) : levelLabel(level, "en")}`;
}

function growthText(step: { level: Level; deadline: Day }, held: Level, lang: Lang): string {
  const now = held === "geen" ? (lang === "nl" ? "nog geen certificaat" : "no certificate yet") : lang === "nl" ? `nu ${levelInSentence(held)}` : `now ${levelLabel(held, "en")}`;
  if (step.level === "aspirant") {
    return lang === "nl"
      ? `Aspirant-status (goedgekeurd plan van aanpak) uiterlijk ${formatDateNl(step.deadline)}; ${now}`
      : `Aspirant status (approved plan) by ${formatDate(step.deadline, "en")}; ${now}`;
  }
  return lang === "nl"
    ? `${levelLabel(step.level)} uiterlijk ${formatDateNl(step.deadline)} volgens het groeipad; ${now}`
    : `${levelLabel(step.level, "en")} by ${formatDate(step.deadline, "en")} per the growth path; ${now}`;
}

/** The follow-ups of one finding; out-of-scope and unreadable rows need none here (the check lists errors). */
/** How the action list shows the days left: a deadline already passed is due now, however long ago it was. */
export function daysShown(daysLeft: number | null, lang: Lang): number | string {
  if (daysLeft === null) return "";
  return daysLeft < 0 ? (lang === "nl" ? "nu" : "now") : daysLeft;
}

type Draft = Omit<ActionItem, "daysLeft" | "daysShown" | "kindLabel" | "when">;

/**
 * The follow-ups of one finding with its timeline (issue 24.3): each item's text ends with the timeline, and a supplier
 * with nothing else to do but a later step gets one "Tijdspad" item, dated by that step.
 */
function withTimeline(f: Finding, out: Draft[], policy: Policy, peildatum: Day, lang: Lang): Draft[] {
  const timeline = supplierTimeline(f, policy, peildatum);
  if (timeline.length === 0) return out.map((a) => ({ ...a, timeline }));
  const words = `${lang === "nl" ? "tijdspad" : "timeline"}: ${timelineText(timeline, peildatum, lang)}`;
  if (out.length > 0) return out.map((a) => ({ ...a, text: `${a.text}; ${words}`, timeline }));
  const held: Level = f.certificateValid && f.heldLevel && !isClaim(f.heldLevel) ? f.heldLevel : "geen";
  const next = timeline.find((s) => s.date > peildatum) ?? timeline[0];
  return [{ row: f.row, supplier: f.supplier, held, spend: f.spend, kind: "nextStep", deadline: next.date, level: next.level, text: cap(words), timeline }];
}

const cap = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function actionsOf(f: Finding, lang: Lang): Draft[] {
  if (f.status === "out_of_scope" || f.status === "error") return [];
  const held: Level = f.certificateValid && f.heldLevel && !isClaim(f.heldLevel) ? f.heldLevel : "geen";
  const base = { row: f.row, supplier: f.supplier, held, spend: f.spend };
  const out: Draft[] = [];
  const below = f.reasons.find((r) => r.code === "below");
  // What each reason asks for is in the rule table (rules/ruleTable.ts).
  for (const reason of f.reasons) {
    const action = ruleAction(reason, f);
    if (action) out.push({ ...base, ...action, text: reasonText(reason, lang) });
  }
  const next = f.growth?.next;
  if (next && !atLeast(held, next.level) && !below) {
    out.push({ ...base, kind: "growthStep", deadline: next.deadline, level: next.level, text: growthText(next, held, lang) });
  }
  return out;
}

/** "achterstallig sinds 1-1-2022": a deadline already passed, said as how long it is overdue rather than as an old date. */
export function overdueSince(deadline: Day, lang: Lang): string {
  return lang === "nl" ? `achterstallig sinds ${formatDateNl(deadline)}` : `overdue since ${formatDate(deadline, "en")}`;
}

/**
 * The action list: every in-scope supplier that needs a follow-up (certificate expired or expiring within the
 * policy's warning window, a growth-path step due, no or too low a certificate, and, given the policy, a later step of
 * its timeline), sorted by what matters: what is
 * overdue first, the largest spend first; then what falls due, by deadline; then follow-ups without a date, by spend.
 */
export function actionList(findings: readonly Finding[], peildatum: Day, lang: Lang = "nl", policy?: Policy): ActionItem[] {
  const items: ActionItem[] = [];
  for (const f of findings) {
    const drafts = actionsOf(f, lang);
    for (const a of policy ? withTimeline(f, drafts, policy, peildatum, lang) : drafts) {
      const daysLeft = a.deadline === null ? null : a.deadline - peildatum;
      const when = a.deadline === null ? null : daysLeft! < 0 ? { overdueSince: overdueSince(a.deadline, lang) } : a.deadline;
      items.push({ ...a, daysLeft, daysShown: daysShown(daysLeft, lang), kindLabel: kindLabel(a.kind, a.level, lang), when });
    }
  }
  const group = (a: ActionItem) => (a.daysLeft === null ? 2 : a.daysLeft < 0 ? 0 : 1);
  const bySpend = (a: ActionItem, b: ActionItem) => (b.spend ?? 0) - (a.spend ?? 0);
  return items.sort(
    (a, b) => group(a) - group(b) || (group(a) === 1 ? (a.deadline as number) - (b.deadline as number) : bySpend(a, b)) || a.row - b.row,
  );
}

/** The headers of the action list table, in ActionItem sheet order. */
export function actionHeaders(lang: Lang): string[] {
  return lang === "nl"
    ? ["Leverancier", "Uitgaven", "Wanneer", "Dagen", "Rij", "Soort", "Toelichting", "Geldige trede"]
    : ["Supplier", "Spend", "When", "Days", "Row", "Kind", "Explanation", "Valid level"];
}
