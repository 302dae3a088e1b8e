import { cellText } from "../read/cells";
import { Day, formatDate } from "../read/dates";
import type { Finding, SupplierRow } from "../rules/finding";
import { letterMessages as t } from "./letterMessages";
import { heldLabel, isClaim, Level, levelInSentence, levelLabel } from "../read/levels";
import { formatEuro } from "../read/numbers";
import { Policy } from "../policy/policy";
import { normaliseKvk } from "../register/registerMatch";
import { requirementOn } from "../rules/requirement";
import { Lang, Message } from "../result";

/*
 * Who gets a letter and what goes in it: pure, from the check's findings. The .docx rendering (src/letters/), the
 * Brieven sheet (src/excel/lettersSheet.ts) and the CLI only place these fields.
 */

/** Why a supplier gets a letter, most pressing first. */
export type LetterKind = "fails" | "proof" | "growth" | "rises" | "renew";

/** The merge fields of a letter, in the order the Brieven sheet shows them; the template uses them as {name}. */
export const LETTER_FIELDS = [
  "leverancier", "kvk", "categorie", "onderwerp", "bevinding", "actie", "vereiste_trede", "huidige_trede", "geldig_tot",
  "deadline", "sectorniveau", "sectorniveau_uitleg", "sector_alinea", "pso_uitleg", "beleid", "inkoper", "contact",
  "peildatum", "rij",
] as const;
export type LetterField = (typeof LETTER_FIELDS)[number];

export interface Letter {
  /** The supplier's sheet row. */
  row: number;
  kind: LetterKind;
  fields: Record<LetterField, string>;
}

/** Days a supplier gets to answer a letter about something already due (a failure, a certificate not found). */
export const REPLY_DAYS = 30;

const levelIn = (level: Level, lang: Lang) => (lang === "nl" ? levelInSentence(level) : levelLabel(level, "en"));
const NONE: Message = { nl: "geen geldig PSO-certificaat", en: "no valid PSO certificate" };

interface Need {
  kind: LetterKind;
  /** The level asked of the supplier (for a renewal: the level it holds). */
  level: Level;
  deadline: Day;
}

/** Whether and why a supplier needs a letter, or null: only suppliers in scope with something to do inside the window. */
export function letterNeed(finding: Finding, policy: Policy, peil: Day): Need | null {
  if (finding.status === "out_of_scope" || finding.status === "error") return null;
  const windowEnd = peil + policy.expiryWarningDays;
  const inWindow = (day: Day) => day >= peil && day <= windowEnd;
  const required = finding.requiredLevel ?? "geen";
  if (finding.status === "non_compliant") return { kind: "fails", level: required, deadline: peil + REPLY_DAYS };
  if (finding.reasons.some((r) => r.code === "registerWarning") && finding.register && !finding.register.found) {
    return { kind: "proof", level: required, deadline: peil + REPLY_DAYS };
  }
  const next = finding.growth?.next;
  if (next && inWindow(next.deadline)) return { kind: "growth", level: next.level, deadline: next.deadline };
  for (const r of finding.reasons) {
    if (r.code === "requirementRises" && inWindow(r.from)) return { kind: "rises", level: r.level, deadline: r.from };
  }
  if (finding.certificateValid && finding.heldLevel && !isClaim(finding.heldLevel) && finding.validUntil !== null && inWindow(finding.validUntil)) {
    return { kind: "renew", level: finding.heldLevel, deadline: finding.validUntil };
  }
  return null;
}

const SUBJECT: Record<LetterKind, () => Message> = {
  fails: t.subjectFails,
  proof: t.subjectProof,
  growth: t.subjectGrowth,
  rises: t.subjectGrowth,
  renew: t.subjectRenew,
};

function niveauMeaning(niveau: 1 | 2 | 3): Message {
  return niveau === 1 ? t.niveau1() : niveau === 2 ? t.niveau2() : t.niveau3();
}

/** The short explanation of the buyer's policy: what it asks since when, from which annual contract sum. */
export function policyParagraph(policy: Policy, peil: Day, lang: Lang): string {
  const req = requirementOn(policy, peil);
  const threshold = formatEuro(policy.scope.minAnnualSpend, lang);
  if (req.since === null || req.level === "geen") return t.policyNone(policy.buyer.name, threshold)[lang];
  return t.policy(policy.buyer.name, levelIn(req.level, lang), formatDate(req.since, lang), threshold)[lang];
}

function heldText(finding: Finding, lang: Lang): string {
  if (!finding.heldLevel || finding.heldLevel === "geen") return NONE[lang];
  return isClaim(finding.heldLevel) ? heldLabel(finding.heldLevel, lang) : levelIn(finding.heldLevel, lang);
}

function findingText(finding: Finding, need: Need, lang: Lang): string {
  const d = (day: Day) => formatDate(day, lang);
  const required = levelIn(need.level, lang);
  switch (need.kind) {
    case "fails": {
      const expired = finding.reasons.find((r) => r.code === "expired");
      if (expired && expired.code === "expired") return t.findingExpired(levelIn(expired.level, lang), d(expired.validUntil), required)[lang];
      const since = finding.reasons.find((r) => r.code === "below");
      const sinceDay = since && since.code === "below" ? since.since : null;
      return t.findingFails(heldText(finding, lang), required, sinceDay === null ? d(need.deadline - REPLY_DAYS) : d(sinceDay))[lang];
    }
    case "proof": {
      const rec = finding.register!;
      const claim = rec.list.level ? levelIn(rec.list.level, lang) : NONE[lang];
      return t.findingProof(claim)[lang];
    }
    case "growth":
      return t.findingGrowth(required, d(need.deadline))[lang];
    case "rises":
      return t.findingRises(required, d(need.deadline))[lang];
    case "renew":
      return t.findingRenew(required, d(need.deadline))[lang];
  }
}

function actionText(need: Need, lang: Lang): string {
  const d = formatDate(need.deadline, lang);
  if (need.kind === "renew") return t.actionRenew(d)[lang];
  if (need.kind === "proof") return t.actionProof()[lang];
  return t.actionCertify(levelIn(need.level, lang), d)[lang];
}

/**
 * The letters of a check: one per supplier in scope that fails, whose certificate is not in the register, whose
 * growth-path step or a rising requirement falls due inside the warning window, or whose certificate expires inside
 * it. `rows` are the supplier rows the findings were made from (matched by sheet row), in sheet order.
 */
export function lettersFor(rows: readonly SupplierRow[], findings: readonly Finding[], policy: Policy, peil: Day, lang: Lang): Letter[] {
  const byRow = new Map<number, SupplierRow>();
  for (const r of rows) byRow.set(r.row, r);
  const letters: Letter[] = [];
  const pso = t.pso()[lang];
  const beleid = policyParagraph(policy, peil, lang);
  for (const f of findings) {
    const need = letterNeed(f, policy, peil);
    if (!need) continue;
    const row = byRow.get(f.row);
    const kvkCell = f.register?.entry?.kvk ?? (row ? normaliseKvk(row.kvk) ?? cellText(row.kvk) : "");
    const category = row ? cellText(row.category) : "";
    const niveau = f.niveau;
    const meaning = niveau ? niveauMeaning(niveau)[lang] : "";
    letters.push({
      row: f.row,
      kind: need.kind,
      fields: {
        leverancier: f.supplier,
        kvk: kvkCell || t.noKvk()[lang],
        categorie: category,
        onderwerp: SUBJECT[need.kind]()[lang],
        bevinding: findingText(f, need, lang),
        actie: actionText(need, lang),
        vereiste_trede: levelIn(need.level, lang),
        huidige_trede: heldText(f, lang),
        geldig_tot: f.validUntil === null ? "" : formatDate(f.validUntil, lang),
        deadline: formatDate(need.deadline, lang),
        sectorniveau: niveau ? String(niveau) : "",
        sectorniveau_uitleg: meaning,
        sector_alinea: niveau && category ? t.sectorParagraph(category, niveau, niveauMeaning(niveau))[lang] : t.sectorUnknown()[lang],
        pso_uitleg: pso,
        beleid,
        inkoper: policy.buyer.name,
        contact: policy.buyer.contact,
        peildatum: formatDate(peil, lang),
        rij: String(f.row),
      },
    });
  }
  return letters;
}
