import { Field, FIELD_LABELS } from "../read/columns";
import { Day, formatDate } from "../read/dates";
import { Level, levelInSentence, levelLabel } from "../read/levels";
import { formatEuro, formatPercent } from "../read/numbers";
import type { ColumnNames, Finding, Reason, Status } from "./finding";
import { Lang, Message } from "../result";

export type { ColumnNames, Reason } from "./finding";

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
/** Words that keep their capital inside a sentence: proper names, and a column's own quoted header. */
const KEEPS_CAPITAL = /^(?:PSO|Aspirant|"|\d)/;
/** The next part of a sentence after "; ": lower case unless it starts with a proper name ("Aspirant-status", "PSO"). */
const sentencePart = (s: string) => (KEEPS_CAPITAL.test(s) ? s : s.charAt(0).toLowerCase() + s.slice(1));
const levelIn = (level: Level, lang: Lang) => levelInSentence(level, lang);
const held = (level: Level, lang: Lang) =>
  level === "geen" ? (lang === "nl" ? "geen geldig PSO-certificaat" : "no valid PSO certificate") : levelIn(level, lang);

function columnName(field: Field, lang: Lang, columns?: ColumnNames): string {
  return columns?.[field] ?? `"${FIELD_LABELS[field][lang]}"`;
}

/**
 * What to ask the supplier for, with the day it has been required: "een certificaat van minimaal trede 2 (vereist
 * sinds 1-1-2022)", or for Aspirant-status "een goedgekeurd plan van aanpak (Aspirant-status, vereist sinds ...)".
 */
function askFor(level: Level, since: Day | null, lang: Lang, valid = false): string {
  const nl = lang === "nl";
  const when = since === null ? "" : nl ? `vereist sinds ${formatDate(since, lang)}` : `required since ${formatDate(since, lang)}`;
  if (level === "aspirant")
    return nl ? `een goedgekeurd plan van aanpak (Aspirant-status${when ? `, ${when}` : ""})` : `an approved plan of action (Aspirant status${when ? `, ${when}` : ""})`;
  const what = nl ? `${valid ? "een geldig" : "een"} certificaat van minimaal ${levelIn(level, lang)}` : `${valid ? "a valid" : "a"} certificate of at least ${levelIn(level, lang)}`;
  return when ? `${what} (${when})` : what;
}

/**
 * One reason as one sentence: what is wrong and what to ask for first, the detail after it. Each reason names a date
 * once; explanation() joins a row's reasons so that no date is said twice.
 */
export function reasonText(reason: Reason, lang: Lang = "nl", columns?: ColumnNames): string {
  const nl = lang === "nl";
  const d = (day: Day) => formatDate(day, lang);
  switch (reason.code) {
    case "invalid":
      return nl
        ? `Kolom ${columnName(reason.field, lang, columns)}: ${reason.problem.nl}`
        : `Column ${columnName(reason.field, lang, columns)}: ${reason.problem.en}`;
    case "outOfScope":
      return nl
        ? `Geen PSO-eis: de opdrachtsom van ${formatEuro(reason.spend, lang)} per jaar ligt onder de drempel van ${formatEuro(reason.threshold, lang)}`
        : `No PSO requirement: the annual contract sum of ${formatEuro(reason.spend, lang)} is below the threshold of ${formatEuro(reason.threshold, lang)}`;
    case "noRequirementYet":
      return nl ? "Op de peildatum geldt nog geen PSO-eis" : "No PSO requirement applies on the reference date";
    case "meets":
      return nl
        ? `${cap(held(reason.held, lang))} gevonden, minimaal ${levelIn(reason.required, lang)} vereist${reason.since === null ? "" : ` (sinds ${d(reason.since)})`}`
        : `${cap(held(reason.held, lang))} found, at least ${levelIn(reason.required, lang)} required${reason.since === null ? "" : ` (since ${d(reason.since)})`}`;
    case "below":
      return reason.held === "geen"
        ? nl
          ? `Geen geldig PSO-certificaat: vraag ${askFor(reason.required, reason.since, lang)}`
          : `No valid PSO certificate: ask for ${askFor(reason.required, reason.since, lang)}`
        : nl
          ? `${cap(levelIn(reason.held, lang))} is te laag: vraag ${askFor(reason.required, reason.since, lang)}`
          : `${cap(levelIn(reason.held, lang))} is too low: ask for ${askFor(reason.required, reason.since, lang)}`;
    case "levelNotGiven": {
      const asked = nl ? `minimaal ${levelIn(reason.required, lang)} vereist` : `at least ${levelIn(reason.required, lang)} required`;
      const since = reason.since === null ? "" : nl ? ` (sinds ${d(reason.since)})` : ` (since ${d(reason.since)})`;
      if (reason.expiredOn !== null) {
        const required = askFor(reason.required, reason.since === reason.expiredOn ? null : reason.since, lang, true);
        return nl
          ? `Certificaat zonder vermelde trede, verlopen op ${d(reason.expiredOn)}: vraag ${required}`
          : `Certificate without a stated level, expired on ${d(reason.expiredOn)}: ask for ${required}`;
      }
      if (reason.claim === "requested")
        return nl
          ? `Certificaat aangevraagd, nog niet afgegeven: vraag het certificaat en de trede op zodra het er is; ${asked}${since}`
          : `Certificate requested, not yet issued: ask for the certificate and its level once it is there; ${asked}${since}`;
      return nl
        ? `Gecertificeerd, maar de trede staat er niet bij: vraag het certificaat op om de trede te zien; ${asked}${since}`
        : `Certified, but the level is not given: ask for the certificate to see its level; ${asked}${since}`;
    }
    case "expired":
      return nl
        ? `Certificaat ${levelIn(reason.level, lang)} verlopen op ${d(reason.validUntil)}: vraag een nieuw certificaat`
        : `Certificate ${levelIn(reason.level, lang)} expired on ${d(reason.validUntil)}: ask for a new certificate`;
    case "expiresSoon":
      return nl
        ? `Certificaat ${levelIn(reason.level, lang)} verloopt op ${d(reason.validUntil)}: vraag tijdig een nieuw certificaat`
        : `Certificate ${levelIn(reason.level, lang)} expires on ${d(reason.validUntil)}: ask for a renewal in time`;
    case "validUntilMissing":
      return nl
        ? `Geldigheidsdatum van het certificaat ontbreekt: vraag het certificaat op om ${levelIn(reason.level, lang)} te controleren`
        : `The certificate's expiry date is missing: ask for the certificate to check ${levelIn(reason.level, lang)}`;
    case "growthPath":
      return growthPathText(reason, lang, true);
    case "requirementRises":
      if (reason.level === "aspirant")
        return nl
          ? `Vanaf ${d(reason.from)} is Aspirant-status vereist: vraag tijdig een goedgekeurd plan van aanpak`
          : `From ${d(reason.from)} Aspirant status is required: ask in time for an approved plan of action`;
      return nl
        ? `Vanaf ${d(reason.from)} is ${levelIn(reason.level, lang)} vereist: vraag tijdig een certificaat van die trede of hoger`
        : `From ${d(reason.from)} ${levelIn(reason.level, lang)} is required: ask in time for a certificate at that level or higher`;
    case "sectorAdvice":
      return nl
        ? `Categorie op niveau ${reason.niveau}: PSO is hier advies, geen voorwaarde`
        : `Category on level ${reason.niveau}: PSO is advice here, not a condition`;
    // ---- issue 15 (rules from the seeds) ----
    case "validUntilImplausible":
      return nl
        ? `Controleer de geldigheidsdatum: certificaat ${levelIn(reason.level, lang)} geldig tot ${d(reason.validUntil)} is meer dan twee jaar na de peildatum, terwijl een certificaat voor twee jaar wordt afgegeven`
        : `Check the expiry date: certificate ${levelIn(reason.level, lang)} valid until ${d(reason.validUntil)} is more than two years after the reference date, while a certificate is issued for two years`;
    case "spendDerived":
      return nl
        ? `Opdrachtsom per jaar ${formatEuro(reason.annual, lang)} afgeleid uit de totale contractwaarde ${reason.total} over ${reason.termMonths} maanden`
        : `Annual contract sum ${formatEuro(reason.annual, lang)} derived from the total contract value ${reason.total} over ${reason.termMonths} months`;
    case "percentRead":
      return nl
        ? `Kolom ${columnName(reason.field, lang, columns)}: "${reason.input}" gelezen als ${formatPercent(reason.fraction, 1, lang)} (typ 100% als u 100% bedoelt)`
        : `Column ${columnName(reason.field, lang, columns)}: "${reason.input}" read as ${formatPercent(reason.fraction, 1, lang)} (type 100% if you mean 100%)`;
    case "register":
    case "registerWarning":
      return reason.note[lang];
  }
}

/** "Groeipad (gegund 1-9-2025): nu Aspirant-status vereist, trede 1 uiterlijk 1-9-2027"; the next step only if `withNext`. */
function growthPathText(reason: Extract<Reason, { code: "growthPath" }>, lang: Lang, withNext: boolean, withNow = true): string {
  const nl = lang === "nl";
  const d = (day: Day) => formatDate(day, lang);
  const next = withNext ? reason.next : null;
  const parts: string[] = [];
  if (withNow)
    parts.push(reason.due === "geen" ? (nl ? "nu nog geen eis" : "no requirement yet") : nl ? `nu ${levelIn(reason.due, lang)} vereist` : `now ${levelIn(reason.due, lang)} required`);
  if (next) parts.push(nl ? `${levelIn(next.level, lang)} uiterlijk ${d(next.deadline)}` : `${levelIn(next.level, lang)} by ${d(next.deadline)}`);
  const head = nl ? `Groeipad (gegund ${d(reason.award)})` : `Growth path (awarded ${d(reason.award)})`;
  return parts.length === 0 ? head : `${head}: ${parts.join(", ")}`;
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
  const d = (day: Day) => formatDate(day, lang);
  switch (finding.status) {
    case "compliant":
    case "out_of_scope":
      return label;
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
      const first = finding.reasons.find((r) =>
        ["levelNotGiven", "expired", "expiresSoon", "requirementRises", "validUntilMissing", "sectorAdvice", "validUntilImplausible", "registerWarning"].includes(r.code),
      );
      if (!first) return label;
      if (first.code === "levelNotGiven") {
        const what = first.claim === "requested" ? (nl ? "certificaat aangevraagd" : "certificate requested") : nl ? "trede onbekend" : "level unknown";
        return nl ? `${label}: ${what}, vereist ${levelInSentence(first.required)}` : `${label}: ${what}, requires ${levelLabel(first.required, "en")}`;
      }
      if (first.code === "expired")
        return nl ? `${label}: certificaat verlopen ${d(first.validUntil)}` : `${label}: certificate expired ${d(first.validUntil)}`;
      if (first.code === "expiresSoon")
        return nl ? `${label}: certificaat verloopt ${d(first.validUntil)}` : `${label}: certificate expires ${d(first.validUntil)}`;
      if (first.code === "requirementRises")
        return nl
          ? `${label}: vanaf ${d(first.from)} ${levelInSentence(first.level)} vereist`
          : `${label}: ${levelLabel(first.level, "en")} required from ${d(first.from)}`;
      if (first.code === "validUntilMissing")
        return nl ? `${label}: geldigheidsdatum ontbreekt` : `${label}: expiry date missing`;
      if (first.code === "validUntilImplausible")
        return nl ? `${label}: controleer geldig tot ${d(first.validUntil)}` : `${label}: check valid until ${d(first.validUntil)}`;
      return `${label}: ${reasonText(first, lang, columns)}`;
    }
    case "error":
      return finding.reasons.length > 0 ? `${label}: ${reasonText(finding.reasons[0], lang, columns)}` : label;
  }
}

/** The order a row's reasons are told in: what is wrong and what to ask for first, then the detail. */
const ORDER: readonly Reason["code"][] = [
  "invalid", "levelNotGiven", "expired", "below", "expiresSoon", "validUntilMissing", "validUntilImplausible", "requirementRises",
  "meets", "noRequirementYet", "growthPath", "sectorAdvice", "outOfScope", "spendDerived", "percentRead",
];

const PLACE = Object.fromEntries(ORDER.map((code, i) => [code, i])) as Record<Reason["code"], number>;

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
