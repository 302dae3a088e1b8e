import { formatDate } from "../read/dates";
import { levelInSentence, levelLabel } from "../read/levels";
import type { ColumnNames, Finding, Reason, Status } from "./finding";
import { Lang, Message } from "../result";
import { PLACE, ruleLine, ruleText, tellsWarning } from "./ruleTable";
import { askFor, growthPathText, held, levelIn } from "./ruleWords";

export type { ColumnNames, Reason } from "./finding";

/** Words that keep their capital inside a sentence: proper names and "SW-bedrijf", and a column's own quoted header. */
const KEEPS_CAPITAL = /^(?:PSO|SW-|Aspirant|"|\d)/;
/** The next part of a sentence after "; ": lower case unless it starts with a proper name ("Aspirant-status", "PSO"). */
const sentencePart = (s: string) => (KEEPS_CAPITAL.test(s) ? s : s.charAt(0).toLowerCase() + s.slice(1));

/**
 * One reason as one sentence (its text in the rule table, ruleTable.ts): what is wrong and what to ask for first, the
 * detail after it. Each reason names a date once; explanation() joins a row's reasons so that no date is said twice.
 */
export function reasonText(reason: Reason, lang: Lang = "nl", columns?: ColumnNames): string {
  return ruleText(reason, columns)[lang];
}

const STATUS_LABELS: Record<Status, Message> = {
  compliant: { nl: "Voldoet", en: "Compliant" },
  non_compliant: { nl: "Voldoet niet", en: "Not compliant" },
  warning: { nl: "Let op", en: "Warning" },
  out_of_scope: { nl: "Buiten scope", en: "Out of scope" },
  error: { nl: "Fout", en: "Error" },
};

export function statusLabel(status: Status, lang: Lang = "nl"): string {
  return STATUS_LABELS[status][lang];
}

/** The short status text of the PSO-status column and of =PSO.STATUS(): "Voldoet niet: trede 1, vereist trede 2". */
export function statusLine(finding: Finding, lang: Lang = "nl", columns?: ColumnNames): string {
  const label = statusLabel(finding.status, lang);
  const nl = lang === "nl";
  switch (finding.status) {
    case "compliant":
      return label;
    case "out_of_scope": {
      const told = finding.reasons.find((r) => ruleLine(r) !== null);
      return told ? `${label}: ${(ruleLine(told) as Message)[lang]}` : label;
    }
    case "non_compliant": {
      const below = finding.reasons.find((r) => r.code === "below");
      if (!below || below.code !== "below") return label;
      const expired = finding.reasons.some((r) => r.code === "expired" || (r.code === "levelNotGiven" && r.expiredOn !== null));
      const what = expired ? (nl ? "certificaat verlopen" : "certificate expired") : nl ? held(below.held, lang) : below.held === "geen" ? held("geen", lang) : levelLabel(below.held, "en");
      return nl
        ? `${label}: ${what}, vereist ${levelInSentence(below.required)}`
        : `${label}: ${what}, requires ${levelLabel(below.required, "en")}`;
    }
    case "warning": {
      const first = finding.reasons.find(tellsWarning);
      if (!first) return label;
      const line = ruleLine(first);
      return `${label}: ${line ? line[lang] : reasonText(first, lang, columns)}`;
    }
    case "error":
      return finding.reasons.length > 0 ? `${label}: ${reasonText(finding.reasons[0], lang, columns)}` : label;
  }
}

/** The texts of a finding's reasons in telling order, each date said once (see explanation). */
function explanationParts(finding: Finding, lang: Lang, columns?: ColumnNames): string[] {
  const reasons = [...finding.reasons].sort((a, b) => PLACE[a.code] - PLACE[b.code]);
  const has = (code: Reason["code"]) => reasons.some((r) => r.code === code);
  const rises = reasons.find((r) => r.code === "requirementRises");
  const below = reasons.find((r) => r.code === "below");
  const parts: string[] = [];
  for (const r of reasons) {
    switch (r.code) {
      case "expired":
        // An expired certificate below the requirement: one sentence says the date and what to ask for.
        if (below && below.code === "below") {
          const since = below.since === r.validUntil ? null : below.since;
          parts.push(
            lang === "nl"
              ? `Certificaat ${levelIn(r.level, lang)} verlopen op ${formatDate(r.validUntil, lang)}: vraag ${askFor(below.required, since, lang, true)}`
              : `Certificate ${levelIn(r.level, lang)} expired on ${formatDate(r.validUntil, lang)}: ask for ${askFor(below.required, since, lang, true)}`,
          );
        } else parts.push(reasonText(r, lang, columns));
        break;
      case "below":
        if (!has("expired") && !reasons.some((x) => x.code === "levelNotGiven" && x.expiredOn !== null)) parts.push(reasonText(r, lang, columns));
        break;
      case "noRequirementYet":
        if (!has("growthPath")) parts.push(reasonText(r, lang, columns));
        break;
      case "growthPath":
        // The next step's deadline is already told when the requirement rises on that day.
        // What is asked now is already told by "meets" or "below".
        parts.push(growthPathText(r, lang, !(rises && rises.code === "requirementRises" && r.next && rises.from === r.next.deadline), !has("meets") && !below));
        break;
      default:
        parts.push(reasonText(r, lang, columns));
    }
  }
  return parts;
}

/**
 * All reasons of a finding as one text for the PSO-toelichting column: the first says what is wrong and what to ask
 * for, the rest follow after "; " in sentence case, and no date is told twice.
 */
export function explanation(finding: Finding, lang: Lang = "nl", columns?: ColumnNames): string {
  // Most rows have one reason: nothing to order or merge (this runs for every row of a copy of a million rows).
  if (finding.reasons.length === 1) return reasonText(finding.reasons[0], lang, columns);
  return explanationParts(finding, lang, columns)
    .map((part, i) => (i === 0 ? part : sentencePart(part)))
    .join("; ");
}
