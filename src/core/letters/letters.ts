import { cellText } from "../read/cells";
import { Day, formatDate, formatIsoDate } from "../read/dates";
import type { Finding, SupplierRow } from "../rules/finding";
import { letterMessages as t } from "./letterMessages";
import { heldLabel, isClaim, Level, levelInSentence, levelLabel } from "../read/levels";
import { formatEuro } from "../read/numbers";
import { Policy } from "../policy/policy";
import { normaliseKvk } from "../register/registerMatch";
import { requirementOn } from "../rules/requirement";
import { supplierTimeline, timelineText } from "../rules/timeline";
import { Lang, Message } from "../result";

/*
 * Who gets a letter and what goes in it: pure, from the check's findings. The .docx rendering (src/letters/), the
 * Brieven sheet (src/excel/lettersSheet.ts) and the CLI only place these fields.
 */

/** Why a supplier gets a letter, most pressing first ("level": certified by the list, level not given). */
export type LetterKind = "fails" | "proof" | "level" | "growth" | "rises" | "renew";

/**
 * The merge fields of a letter, in the order the Brieven sheet shows them; the template uses them as {name}. New
 * fields go at the end, so a Brieven sheet written by an earlier version is still recognised as ours.
 */
export const LETTER_FIELDS = [
  "leverancier", "kvk", "categorie", "onderwerp", "bevinding", "actie", "vereiste_trede", "huidige_trede", "geldig_tot",
  "deadline", "sectorniveau", "sectorniveau_uitleg", "sector_alinea", "pso_uitleg", "beleid", "inkoper", "contact",
  "peildatum", "rij", "kenmerk", "vereist_vanaf", "adres", "postcode", "plaats", "telefoon", "email", "aan", "ondertekening",
  "tijdspad",
] as const;
export type LetterField = (typeof LETTER_FIELDS)[number];

export interface Letter {
  /** The supplier's sheet row. */
  row: number;
  kind: LetterKind;
  fields: Record<LetterField, string>;
}

/**
 * Characters a merge value must not carry into a letter: C0 controls but tab and line feed, DEL, C1, the two
 * non-characters U+FFFE/U+FFFF and lone surrogates. XML 1.0 forbids most of them, so one such character in a cell
 * used to make every letter fail; they are removed, a carriage return becomes a line feed.
 */
const NOT_IN_LETTER = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** A merge value as a letter may hold it. */
export function letterText(value: string): string {
  return value.replace(/\r\n?/g, "\n").replace(NOT_IN_LETTER, "");
}

/** The policy settings a letter needs before it can be sent: the sender and the contact person. */
const SENDER_SETTINGS = [
  { path: "buyer.name", sheetLabel: "Afzender brieven" },
  { path: "buyer.contact", sheetLabel: "Contactregel brieven" },
] as const;

/** The sender the preset had before issue 25: a PSO-beleid sheet saved by an earlier version still holds it. */
const OLD_PRESET_SENDER = { name: "Wonen Limburg", contact: "Afdeling Inkoop" };

/**
 * Why no letter can be made with this policy yet, or null: a letter is never signed by a default organisation, so
 * the sender and the contact person must be set (PSO-beleid sheet, policy file or the taskpane).
 */
export function senderProblem(policy: Policy): Message | null {
  // Earlier versions wrote this pair onto every PSO-beleid sheet as the preset's sender: nobody chose it.
  if (policy.buyer.name.trim() === OLD_PRESET_SENDER.name && policy.buyer.contact.trim() === OLD_PRESET_SENDER.contact) {
    return t.senderOldPreset(OLD_PRESET_SENDER.name, OLD_PRESET_SENDER.contact);
  }
  const missing = SENDER_SETTINGS.filter((s) => !letterText(s.path === "buyer.name" ? policy.buyer.name : policy.buyer.contact).trim());
  return missing.length === 0 ? null : t.senderMissing(missing.map((s) => s.sheetLabel), missing.map((s) => s.path));
}

const levelIn = (level: Level, lang: Lang) => (lang === "nl" ? levelInSentence(level) : levelLabel(level, "en"));
const NONE: Message = { nl: "geen geldig PSO-certificaat", en: "no valid PSO certificate" };

interface Need {
  kind: LetterKind;
  /** The level asked of the supplier (for a renewal: the level it holds). */
  level: Level;
  /** The date by which we ask something: the reply date for what is already due, else the step's or expiry's date. */
  deadline: Day;
}

/** Whether and why a supplier needs a letter, or null: only suppliers in scope with something to do inside the window. */
export function letterNeed(finding: Finding, policy: Policy, peildatum: Day): Need | null {
  if (finding.status === "out_of_scope" || finding.status === "error") return null;
  // An SW-bedrijf that meets the requirement by the policy's setting (issue 24.5) is asked for nothing.
  if (finding.reasons.some((r) => r.code === "swMeets")) return null;
  const windowEnd = peildatum + policy.expiryWarningDays;
  const inWindow = (day: Day) => day >= peildatum && day <= windowEnd;
  const required = finding.requiredLevel ?? "geen";
  const reply = peildatum + policy.letters.replyDays;
  if (finding.status === "non_compliant") return { kind: "fails", level: required, deadline: reply };
  if (finding.reasons.some((r) => r.code === "registerWarning") && finding.register && !finding.register.found) {
    return { kind: "proof", level: required, deadline: reply };
  }
  if (finding.heldLevel === "certified" && finding.reasons.some((r) => r.code === "levelNotGiven")) {
    return { kind: "level", level: required, deadline: reply };
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
  level: t.subjectLevel,
  growth: t.subjectGrowth,
  rises: t.subjectGrowth,
  renew: t.subjectRenew,
};

function niveauMeaning(niveau: 1 | 2 | 3): Message {
  return niveau === 1 ? t.niveau1() : niveau === 2 ? t.niveau2() : t.niveau3();
}

/** The short explanation of the buyer's policy: what it asks since when, from which annual contract sum. */
export function policyParagraph(policy: Policy, peildatum: Day, lang: Lang): string {
  const req = requirementOn(policy, peildatum);
  const threshold = formatEuro(policy.scope.minAnnualSpend, lang);
  const buyer = letterText(policy.buyer.name);
  if (req.since === null || req.level === "geen") return t.policyNone(buyer, threshold)[lang];
  return t.policy(buyer, levelIn(req.level, lang), formatDate(req.since, lang), threshold)[lang];
}

function heldText(finding: Finding, lang: Lang): string {
  if (!finding.heldLevel || finding.heldLevel === "geen") return NONE[lang];
  return isClaim(finding.heldLevel) ? heldLabel(finding.heldLevel, lang) : levelIn(finding.heldLevel, lang);
}

/** The date from which the supplier needs the level it is asked for, or null when nothing says. */
function requiredSince(finding: Finding, need: Need, policy: Policy, peildatum: Day): Day | null {
  if (need.kind === "growth" || need.kind === "rises" || need.kind === "renew") return need.deadline;
  for (const r of finding.reasons) if (r.code === "below" || r.code === "levelNotGiven") return r.since;
  if (finding.growth?.dueSince != null) return finding.growth.dueSince;
  return finding.deadline ?? requirementOn(policy, peildatum).since;
}

/**
 * What we ask for, in words: a certificate of at least a level, or for the Aspirant-status what it is granted on
 * (whitepaper, 000: "een door de directie goedgekeurd plan van aanpak", "getoetst op inhoud en haalbaarheid door de
 * auditor, voordat de Aspirant-status wordt toegekend").
 */
function askFor(level: Level, lang: Lang): string {
  return level === "aspirant" ? t.askAspirant()[lang] : t.askLevel(levelIn(level, lang))[lang];
}

function findingText(finding: Finding, need: Need, since: Day | null, lang: Lang): string {
  const d = (day: Day) => formatDate(day, lang);
  const required = levelIn(need.level, lang);
  const sinceText = since === null ? null : d(since);
  switch (need.kind) {
    case "fails": {
      const expired = finding.reasons.find((r) => r.code === "expired");
      if (expired && expired.code === "expired") return t.findingExpired(levelIn(expired.level, lang), d(expired.validUntil), required, sinceText)[lang];
      return t.findingFails(heldText(finding, lang), required, sinceText)[lang];
    }
    case "proof": {
      const rec = finding.register!;
      const claim = rec.list.level ? levelIn(rec.list.level, lang) : NONE[lang];
      return t.findingProof(claim)[lang];
    }
    case "level":
      return t.findingLevel(finding.validUntil === null ? null : d(finding.validUntil), required, sinceText)[lang];
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
  switch (need.kind) {
    case "renew":
      return t.actionRenew(d)[lang];
    case "proof":
      return t.actionProof(d)[lang];
    case "level":
      return t.actionLevel(d)[lang];
    case "fails":
      // No audit fits in a few weeks: we ask for a reply (a plan and a date), not for the certificate itself.
      return t.actionFails(askFor(need.level, lang), d)[lang];
    case "growth":
    case "rises":
      return t.actionCertify(askFor(need.level, lang), d)[lang];
  }
}

/**
 * The supplier's timeline as one sentence (issue 24.3), in the same words as the action list's: "uiterlijk 1-6-2027
 * trede 1, uiterlijk 1-6-2028 trede 2". Empty when the supplier holds the policy's final level.
 */
export function timelineParagraph(finding: Finding, policy: Policy, peildatum: Day, lang: Lang): string {
  const steps = supplierTimeline(finding, policy, peildatum);
  return steps.length === 0 ? "" : t.timeline(timelineText(steps, peildatum, lang))[lang];
}

/** A reference that means something to both sides: PSO, the KvK number (or the name), the peildatum. */
export function letterReference(name: string, kvk: string, peildatum: Day): string {
  const slug = name.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toUpperCase().replace(/[^A-Z0-9]+/g, "-").replace(/^-|-$/g, "").slice(0, 24).replace(/-$/, "");
  return `PSO-${kvk || slug || "LEVERANCIER"}-${formatIsoDate(peildatum).replace(/-/g, "")}`;
}

const lines = (...values: string[]) => values.filter((v) => v.trim() !== "").join("\n");

/**
 * The letters of a check: one per supplier in scope that fails, whose certificate is not in the register or whose
 * level the list does not give, whose growth-path step or a rising requirement falls due inside the warning window,
 * or whose certificate expires inside it. `rows` are the supplier rows the findings were made from (matched by sheet
 * row), in sheet order. Every value is cleaned of characters a letter cannot hold; a value that is not known is left
 * out (an empty field), never "onbekend".
 */
export function lettersFor(rows: readonly SupplierRow[], findings: readonly Finding[], policy: Policy, peildatum: Day, lang: Lang): Letter[] {
  const byRow = new Map<number, SupplierRow>();
  for (const r of rows) byRow.set(r.row, r);
  const letters: Letter[] = [];
  const pso = t.pso()[lang];
  const beleid = policyParagraph(policy, peildatum, lang);
  const buyer = {
    name: letterText(policy.buyer.name).trim(),
    contact: letterText(policy.buyer.contact).trim(),
    phone: letterText(policy.buyer.phone).trim(),
    email: letterText(policy.buyer.email).trim(),
  };
  const ondertekening = lines(
    buyer.contact,
    buyer.name,
    buyer.phone && t.phoneLine(buyer.phone)[lang],
    buyer.email && t.emailLine(buyer.email)[lang],
  );
  for (const f of findings) {
    const need = letterNeed(f, policy, peildatum);
    if (!need) continue;
    const row = byRow.get(f.row);
    const cell = (value: SupplierRow[keyof SupplierRow] | undefined) => letterText(value === undefined ? "" : cellText(value as never)).trim();
    const kvk = letterText(f.register?.entry?.kvk ?? (row ? normaliseKvk(row.kvk) ?? cell(row.kvk) : "")).trim();
    const category = row ? cell(row.category) : "";
    const address = row ? cell(row.address) : "";
    const postcode = row ? cell(row.postcode) : "";
    const place = row ? cell(row.place) : "";
    const supplier = letterText(f.supplier).trim();
    const niveau = f.niveau;
    const meaning = niveau ? niveauMeaning(niveau)[lang] : "";
    const since = requiredSince(f, need, policy, peildatum);
    letters.push({
      row: f.row,
      kind: need.kind,
      fields: {
        leverancier: supplier,
        kvk,
        categorie: category,
        onderwerp: SUBJECT[need.kind]()[lang],
        bevinding: findingText(f, need, since, lang),
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
        inkoper: buyer.name,
        contact: buyer.contact,
        peildatum: formatDate(peildatum, lang),
        rij: String(f.row),
        kenmerk: letterReference(supplier, kvk, peildatum),
        vereist_vanaf: since === null ? "" : formatDate(since, lang),
        adres: address,
        postcode,
        plaats: place,
        telefoon: buyer.phone,
        email: buyer.email,
        aan: lines(supplier, address, [postcode, place].filter(Boolean).join("  "), kvk && t.kvkLine(kvk)[lang]),
        ondertekening,
        tijdspad: timelineParagraph(f, policy, peildatum, lang),
      },
    });
  }
  return letters;
}
