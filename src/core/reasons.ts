import { Field, FIELD_LABELS } from "./columns";
import { Day, formatDate } from "./dates";
import { Level, levelInSentence, levelLabel } from "./levels";
import { formatEuro, formatPercent } from "./numbers";
import type { ColumnNames, Finding, Reason, Status } from "./finding";
import { Lang, Message } from "./result";

export type { ColumnNames, Reason } from "./finding";

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const heldNl = (level: Level) => (level === "geen" ? "geen geldig PSO-certificaat" : levelInSentence(level));
const heldEn = (level: Level) => (level === "geen" ? "no valid PSO certificate" : levelLabel(level, "en"));

function columnName(field: Field, lang: Lang, columns?: ColumnNames): string {
  return columns?.[field] ?? `"${FIELD_LABELS[field][lang]}"`;
}

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
        ? `Opdrachtsom ${formatEuro(reason.spend, lang)} per jaar ligt onder de drempel van ${formatEuro(reason.threshold, lang)}; geen PSO-eis`
        : `Annual contract sum ${formatEuro(reason.spend, lang)} is below the threshold of ${formatEuro(reason.threshold, lang)}; no PSO requirement`;
    case "noRequirementYet":
      return nl ? "Op de peildatum geldt nog geen PSO-eis" : "No PSO requirement applies on the reference date";
    case "meets":
      return nl
        ? `${cap(heldNl(reason.held))} gevonden; ${reason.since === null ? "" : `vanaf ${d(reason.since)} `}is minimaal ${levelInSentence(reason.required)} vereist`
        : `${cap(heldEn(reason.held))} found; ${reason.since === null ? "" : `from ${d(reason.since)} `}at least ${levelLabel(reason.required, "en")} is required`;
    case "below":
      return nl
        ? `${cap(heldNl(reason.held))} gevonden, ${reason.since === null ? "" : `vanaf ${d(reason.since)} `}is minimaal ${levelInSentence(reason.required)} vereist`
        : `${cap(heldEn(reason.held))} found, ${reason.since === null ? "" : `from ${d(reason.since)} `}at least ${levelLabel(reason.required, "en")} is required`;
    case "levelNotGiven": {
      const asked = nl ? `${levelInSentence(reason.required)} vereist` : `${levelLabel(reason.required, "en")} required`;
      const since = reason.since === null ? "" : nl ? ` (sinds ${d(reason.since)})` : ` (since ${d(reason.since)})`;
      if (reason.expiredOn !== null)
        return nl
          ? `Certificaat zonder vermelde trede, verlopen op ${d(reason.expiredOn)}: vraag een geldig certificaat met de trede op; ${asked}${since}`
          : `Certificate without a stated level, expired on ${d(reason.expiredOn)}: ask for a valid certificate showing the level; ${asked}${since}`;
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
        ? `Certificaat ${levelInSentence(reason.level)} is verlopen op ${d(reason.validUntil)}`
        : `Certificate ${levelLabel(reason.level, "en")} expired on ${d(reason.validUntil)}`;
    case "expiresSoon":
      return nl
        ? `Certificaat ${levelInSentence(reason.level)} verloopt op ${d(reason.validUntil)}; vraag tijdig een nieuw certificaat`
        : `Certificate ${levelLabel(reason.level, "en")} expires on ${d(reason.validUntil)}; ask for a renewal in time`;
    case "validUntilMissing":
      return nl
        ? `Geldigheidsdatum van het certificaat ontbreekt; ${levelInSentence(reason.level)} is niet te controleren`
        : `The certificate's expiry date is missing; ${levelLabel(reason.level, "en")} cannot be checked`;
    case "growthPath": {
      const next = reason.next;
      return nl
        ? `Groeipad (gegund ${d(reason.award)}): nu ${reason.due === "geen" ? "nog geen trede" : levelInSentence(reason.due)} vereist${next ? `, ${levelInSentence(next.level)} uiterlijk ${d(next.deadline)}` : ""}`
        : `Growth path (awarded ${d(reason.award)}): now ${reason.due === "geen" ? "no level" : levelLabel(reason.due, "en")} required${next ? `, ${levelLabel(next.level, "en")} by ${d(next.deadline)}` : ""}`;
    }
    case "requirementRises":
      return nl
        ? `Vanaf ${d(reason.from)} is ${levelInSentence(reason.level)} vereist`
        : `From ${d(reason.from)} ${levelLabel(reason.level, "en")} is required`;
    case "sectorAdvice":
      return nl
        ? `Categorie op niveau ${reason.niveau}: PSO is hier advies, geen voorwaarde`
        : `Category on level ${reason.niveau}: PSO is advice here, not a condition`;
    // ---- issue 15 (rules from the seeds) ----
    case "validUntilImplausible":
      return nl
        ? `Certificaat ${levelInSentence(reason.level)} geldig tot ${d(reason.validUntil)}: meer dan twee jaar na de peildatum, terwijl een certificaat voor twee jaar wordt afgegeven; controleer de datum`
        : `Certificate ${levelLabel(reason.level, "en")} valid until ${d(reason.validUntil)}: more than two years after the reference date, while a certificate is issued for two years; check the date`;
    case "spendDerived":
      return nl
        ? `Opdrachtsom per jaar ${formatEuro(reason.annual, lang)} afgeleid uit de totale contractwaarde ${reason.total} over ${reason.termMonths} maanden`
        : `Annual contract sum ${formatEuro(reason.annual, lang)} derived from the total contract value ${reason.total} over ${reason.termMonths} months`;
    case "percentRead":
      return nl
        ? `Kolom ${columnName(reason.field, lang, columns)}: "${reason.input}" gelezen als ${formatPercent(reason.fraction, 1, lang)}; typ 100% als u 100% bedoelt`
        : `Column ${columnName(reason.field, lang, columns)}: "${reason.input}" read as ${formatPercent(reason.fraction, 1, lang)}; type 100% if you mean 100%`;
    case "register":
    case "registerWarning":
      return reason.note[lang];
  }
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
      const held = expired ? (nl ? "certificaat verlopen" : "certificate expired") : nl ? heldNl(below.held) : heldEn(below.held);
      return nl
        ? `${label}: ${held}, vereist ${levelInSentence(below.required)}`
        : `${label}: ${held}, requires ${levelLabel(below.required, "en")}`;
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

/** All reasons of a finding as one sentence list, for the PSO-toelichting column. */
export function explanation(finding: Finding, lang: Lang = "nl", columns?: ColumnNames): string {
  return finding.reasons.map((r) => reasonText(r, lang, columns)).join("; ");
}
