import { coded } from "../i18n/coded";
import { addMonths, Day, formatDate } from "../read/dates";
import { heldOfRank, Level, LevelClaim, levelInSentence, levelLabel } from "../read/levels";
import { formatEuro, formatPercent } from "../read/numbers";
import type { Niveau } from "../policy/policy";
import type { ColumnNames, Finding, Reason, Status } from "./finding";
import type { GrowthState } from "./growthPath";
import type { Message } from "../result";
import { askFor, cap, columnName, growthPathText, held, levelIn } from "./ruleWords";

/*
 * The rule table: one entry per reason a row can give, as SETTINGS is for the policy's settings. An entry holds
 *   bit      its flag in Decision.reasons (1 << bit) when decide() sets it, and its place in a finding's reasons;
 *   leadsTo  the status it leads to (precedence: see PRECEDENCE), null when it only tells;
 *   reason   how the decided flag becomes a Reason (evaluateColumns.explain);
 *   text     its sentence in the explanation, Dutch and English (coded "reason.<code>");
 *   line     its short form in the PSO-status column after the status label, when it has one ("reason.line.<code>");
 *   action   what the action list asks of the controller, null for none.
 * The order of the entries is the order a row's reasons are told in (explanation()). Adding a rule: a Reason in
 * finding.ts, an entry here, and the test that sets its flag in decide() (evaluateRules.ts).
 */

type Code = Reason["code"];

/** How long an Aspirant-status lasts: seed 000, "kan maximaal twee perioden duren" (a period is a year). */
export const ASPIRANT_MONTHS = 24;
type R<C extends Code> = Extract<Reason, { code: C }>;

/** What the action list shows for a supplier to follow up (report/actionList.ts adds the growth-path step). */
export type ActionKind =
  | "expired"
  | "expiring"
  | "growthStep"
  | "requirementRises"
  | "noCertificate"
  | "levelTooLow"
  | "expiryMissing"
  | "levelNotGiven"
  | "certificateRequested"
  /** Issue 24.3: nothing due now, but a later step of the supplier's timeline (report/actionList.ts). */
  | "nextStep";

export interface ActionDraft {
  kind: ActionKind;
  deadline: Day | null;
  level: Level | null;
}

/** What a decided row knows when its flags become reasons (see evaluateColumns.explain). */
export interface ReasonFacts {
  flags: number;
  /** The cell's level (its rank's level; undefined for a claim, whose reasons do not read it). */
  held: Level;
  heldRank: number;
  validUntil: Day;
  spend: number;
  threshold: number;
  effective: Level;
  required: Level;
  since: Day | null;
  growth: GrowthState | null;
  niveau: Niveau | null;
  rise: Level;
  riseDay: Day;
  endDate: Day;
  /** The stated total social contribution as a fraction; NaN when not given. */
  contribution: number;
  /** Since when the Aspirant-status is held; NO_DAY when not given. */
  aspirantSince: Day;
}

interface RuleEntry<C extends Code> {
  bit?: number;
  leadsTo: Status | null;
  reason?: (x: ReasonFacts) => R<C> | null;
  text: (r: R<C>, columns?: ColumnNames) => Message;
  line?: (r: R<C>) => Message;
  action: ((r: R<C>, f: Finding) => ActionDraft | null) | null;
  /** Told in no fixed place: sorted as equal to every reason (as the register's notes always were). */
  unplaced?: true;
}

const dNl = (day: Day) => formatDate(day, "nl");
const dEn = (day: Day) => formatDate(day, "en");
const since = (day: Day | null, nl: boolean) => (day === null ? "" : nl ? ` (sinds ${dNl(day)})` : ` (since ${dEn(day)})`);

const texts = coded("reason", {
  invalid: (r: R<"invalid">, columns?: ColumnNames): Message => ({
    nl: `Kolom ${columnName(r.field, "nl", columns)}: ${r.problem.nl}`,
    en: `Column ${columnName(r.field, "en", columns)}: ${r.problem.en}`,
  }),
  levelNotGiven: (r: R<"levelNotGiven">): Message => {
    if (r.expiredOn !== null) {
      const s = r.since === r.expiredOn ? null : r.since;
      return {
        nl: `Certificaat zonder vermelde trede, verlopen op ${dNl(r.expiredOn)}: vraag ${askFor(r.required, s, "nl", true)}`,
        en: `Certificate without a stated level, expired on ${dEn(r.expiredOn)}: ask for ${askFor(r.required, s, "en", true)}`,
      };
    }
    const askedNl = `minimaal ${levelIn(r.required, "nl")} vereist${since(r.since, true)}`;
    const askedEn = `at least ${levelIn(r.required, "en")} required${since(r.since, false)}`;
    if (r.claim === "requested")
      return {
        nl: `Certificaat aangevraagd, nog niet afgegeven: vraag het certificaat en de trede op zodra het er is; ${askedNl}`,
        en: `Certificate requested, not yet issued: ask for the certificate and its level once it is there; ${askedEn}`,
      };
    return {
      nl: `Gecertificeerd, maar de trede staat er niet bij: vraag het certificaat op om de trede te zien; ${askedNl}`,
      en: `Certified, but the level is not given: ask for the certificate to see its level; ${askedEn}`,
    };
  },
  expired: (r: R<"expired">): Message => ({
    nl: `Certificaat ${levelIn(r.level, "nl")} verlopen op ${dNl(r.validUntil)}: vraag een nieuw certificaat`,
    en: `Certificate ${levelIn(r.level, "en")} expired on ${dEn(r.validUntil)}: ask for a new certificate`,
  }),
  below: (r: R<"below">): Message =>
    r.held === "geen"
      ? { nl: `Geen geldig PSO-certificaat: vraag ${askFor(r.required, r.since, "nl")}`, en: `No valid PSO certificate: ask for ${askFor(r.required, r.since, "en")}` }
      : {
          nl: `${cap(levelIn(r.held, "nl"))} is te laag: vraag ${askFor(r.required, r.since, "nl")}`,
          en: `${cap(levelIn(r.held, "en"))} is too low: ask for ${askFor(r.required, r.since, "en")}`,
        },
  expiresSoon: (r: R<"expiresSoon">): Message => ({
    nl: `Certificaat ${levelIn(r.level, "nl")} verloopt op ${dNl(r.validUntil)}: vraag tijdig een nieuw certificaat`,
    en: `Certificate ${levelIn(r.level, "en")} expires on ${dEn(r.validUntil)}: ask for a renewal in time`,
  }),
  validUntilMissing: (r: R<"validUntilMissing">): Message => ({
    nl: `Geldigheidsdatum van het certificaat ontbreekt: vraag het certificaat op om ${levelIn(r.level, "nl")} te controleren`,
    en: `The certificate's expiry date is missing: ask for the certificate to check ${levelIn(r.level, "en")}`,
  }),
  // issue 15 (rules from the seeds)
  validUntilImplausible: (r: R<"validUntilImplausible">): Message => ({
    nl: `Controleer de geldigheidsdatum: certificaat ${levelIn(r.level, "nl")} geldig tot ${dNl(r.validUntil)} is meer dan twee jaar na de peildatum, terwijl een certificaat voor twee jaar wordt afgegeven`,
    en: `Check the expiry date: certificate ${levelIn(r.level, "en")} valid until ${dEn(r.validUntil)} is more than two years after the reference date, while a certificate is issued for two years`,
  }),
  requirementRises: (r: R<"requirementRises">): Message =>
    r.level === "aspirant"
      ? {
          nl: `Vanaf ${dNl(r.from)} is Aspirant-status vereist: vraag tijdig een goedgekeurd plan van aanpak`,
          en: `From ${dEn(r.from)} Aspirant status is required: ask in time for an approved plan of action`,
        }
      : {
          nl: `Vanaf ${dNl(r.from)} is ${levelIn(r.level, "nl")} vereist: vraag tijdig een certificaat van die trede of hoger`,
          en: `From ${dEn(r.from)} ${levelIn(r.level, "en")} is required: ask in time for a certificate at that level or higher`,
        },
  meets: (r: R<"meets">): Message => ({
    nl: `${cap(held(r.held, "nl"))} gevonden, minimaal ${levelIn(r.required, "nl")} vereist${since(r.since, true)}`,
    en: `${cap(held(r.held, "en"))} found, at least ${levelIn(r.required, "en")} required${since(r.since, false)}`,
  }),
  noRequirementYet: (): Message => ({ nl: "Op de peildatum geldt nog geen PSO-eis", en: "No PSO requirement applies on the reference date" }),
  growthPath: (r: R<"growthPath">): Message => ({ nl: growthPathText(r, "nl", true), en: growthPathText(r, "en", true) }),
  sectorAdvice: (r: R<"sectorAdvice">): Message => ({
    nl: `Categorie op niveau ${r.niveau}: PSO is hier advies, geen voorwaarde`,
    en: `Category on level ${r.niveau}: PSO is advice here, not a condition`,
  }),
  // issue 24.6: 000, "ten minste 30% van de werknemers bestaat uit mensen met een afstand tot de arbeidsmarkt"
  pso30PlusShare: (r: R<"pso30PlusShare">): Message => ({
    nl: `PSO 30+ vraagt dat ten minste 30% van de werknemers uit de doelgroepen komt, maar de opgegeven totale sociale bijdrage is ${formatPercent(r.contribution, 1, "nl")}: controleer de bijdrage of het certificaat`,
    en: `PSO 30+ requires at least 30% of the staff to come from the target groups, but the stated total social contribution is ${formatPercent(r.contribution, 1, "en")}: check the contribution or the certificate`,
  }),
  // issue 24.4: 000, "kan maximaal twee perioden duren, daarna vervalt de status"; 004, "binnen twee jaar toegroeit"
  aspirantLapsed: (r: R<"aspirantLapsed">): Message => ({
    nl: `Aspirant-status sinds ${dNl(r.since)}: die duurt maximaal twee jaar en is vervallen op ${dNl(r.lapsed)}; vraag een certificaat van een PSO-trede`,
    en: `Aspirant status since ${dEn(r.since)}: it lasts at most two years and lapsed on ${dEn(r.lapsed)}; ask for a certificate at a PSO level`,
  }),
  // issue 24.5: 004, the indirect contribution counts purchases at "sociale werkvoorzieningen (SW-bedrijven)"
  swMeets: (): Message => ({
    nl: "SW-bedrijf (sociale werkvoorziening): voldoet zonder PSO-certificaat, omdat het beleid een SW-bedrijf als voldoende rekent (instelling 'SW-bedrijf voldoet zonder certificaat'); de inkoop telt mee in de PSO-bijdrage",
    en: "Sheltered-work company (SW-bedrijf): compliant without a PSO certificate, because the policy counts a sheltered-work company as sufficient (setting swCompanies.meetRequirement); its spend counts in the PSO contribution",
  }),
  swNote: (): Message => ({
    nl: "SW-bedrijf (sociale werkvoorziening): beoordeeld als elke leverancier; de inkoop telt wel mee in de PSO-bijdrage. Telt een SW-bedrijf bij u als voldoende, zet dan 'SW-bedrijf voldoet zonder certificaat' in het beleid op ja",
    en: "Sheltered-work company (SW-bedrijf): judged like any supplier; its spend does count in the PSO contribution. If a sheltered-work company is sufficient for you, turn on the policy setting swCompanies.meetRequirement",
  }),
  // issue 23.11: 003, "Breng de resterende looptijd van de contracten in kaart. Wanneer een contract afloopt, ..."
  contractEnded: (r: R<"contractEnded">): Message => ({
    nl: `Contract beëindigd op ${dNl(r.endDate)}: geen huidige leverancier, geen PSO-eis en geen brief`,
    en: `Contract ended on ${dEn(r.endDate)}: not a current supplier, no PSO requirement and no letter`,
  }),
  outOfScope: (r: R<"outOfScope">): Message => ({
    nl: `Geen PSO-eis: de opdrachtsom van ${formatEuro(r.spend, "nl")} per jaar ligt onder de drempel van ${formatEuro(r.threshold, "nl")}`,
    en: `No PSO requirement: the annual contract sum of ${formatEuro(r.spend, "en")} is below the threshold of ${formatEuro(r.threshold, "en")}`,
  }),
  spendDerived: (r: R<"spendDerived">): Message => ({
    nl: `Opdrachtsom per jaar ${formatEuro(r.annual, "nl")} afgeleid uit de totale contractwaarde ${r.total} over ${r.termMonths} maanden`,
    en: `Annual contract sum ${formatEuro(r.annual, "en")} derived from the total contract value ${r.total} over ${r.termMonths} months`,
  }),
  percentRead: (r: R<"percentRead">, columns?: ColumnNames): Message => ({
    nl: `Kolom ${columnName(r.field, "nl", columns)}: "${r.input}" gelezen als ${formatPercent(r.fraction, 1, "nl")} (typ 100% als u 100% bedoelt)`,
    en: `Column ${columnName(r.field, "en", columns)}: "${r.input}" read as ${formatPercent(r.fraction, 1, "en")} (type 100% if you mean 100%)`,
  }),
  // issue 17 (PSO register): the note's text comes from core/register/registerMessages.ts
  register: (r: R<"register">): Message => r.note,
  registerWarning: (r: R<"registerWarning">): Message => r.note,
  /** The short forms after the status label in the PSO-status column ("Let op: certificaat verloopt 1-3-2026"). */
  line: {
    levelNotGiven: (r: R<"levelNotGiven">): Message => ({
      nl: `${r.claim === "requested" ? "certificaat aangevraagd" : "trede onbekend"}, vereist ${levelInSentence(r.required)}`,
      en: `${r.claim === "requested" ? "certificate requested" : "level unknown"}, requires ${levelLabel(r.required, "en")}`,
    }),
    expired: (r: R<"expired">): Message => ({ nl: `certificaat verlopen ${dNl(r.validUntil)}`, en: `certificate expired ${dEn(r.validUntil)}` }),
    expiresSoon: (r: R<"expiresSoon">): Message => ({ nl: `certificaat verloopt ${dNl(r.validUntil)}`, en: `certificate expires ${dEn(r.validUntil)}` }),
    requirementRises: (r: R<"requirementRises">): Message => ({
      nl: `vanaf ${dNl(r.from)} ${levelInSentence(r.level)} vereist`,
      en: `${levelLabel(r.level, "en")} required from ${dEn(r.from)}`,
    }),
    validUntilMissing: (): Message => ({ nl: "geldigheidsdatum ontbreekt", en: "expiry date missing" }),
    validUntilImplausible: (r: R<"validUntilImplausible">): Message => ({ nl: `controleer geldig tot ${dNl(r.validUntil)}`, en: `check valid until ${dEn(r.validUntil)}` }),
    contractEnded: (r: R<"contractEnded">): Message => ({ nl: `contract beëindigd op ${dNl(r.endDate)}`, en: `contract ended on ${dEn(r.endDate)}` }),
    aspirantLapsed: (): Message => ({ nl: "Aspirant-status langer dan twee jaar", en: "Aspirant status held over two years" }),
    pso30PlusShare: (): Message => ({ nl: "PSO 30+ met bijdrage onder 30%", en: "PSO 30+ with contribution below 30%" }),
  },
});

/** The rules, in the order a row's reasons are told. */
export const RULES: { readonly [C in Code]: RuleEntry<C> } = {
  invalid: { leadsTo: "error", text: texts.invalid, action: null },
  levelNotGiven: {
    bit: 4,
    leadsTo: "warning",
    // decide(): an expired "Ja" is below the requirement
    reason: (x) => ({ code: "levelNotGiven", claim: heldOfRank(x.heldRank) as LevelClaim, required: x.required, since: x.since, expiredOn: x.flags & flag("below") ? x.validUntil : null }),
    text: texts.levelNotGiven,
    line: texts.line.levelNotGiven,
    action: (r, f) =>
      r.expiredOn !== null ? null : { kind: r.claim === "requested" ? "certificateRequested" : "levelNotGiven", deadline: f.deadline ?? r.since, level: r.required }, // else "below" says it
  },
  expired: {
    bit: 3,
    leadsTo: "warning",
    reason: (x) => ({ code: "expired", level: x.held, validUntil: x.validUntil }),
    text: texts.expired,
    line: texts.line.expired,
    action: (r) => ({ kind: "expired", deadline: r.validUntil, level: r.level }),
  },
  below: {
    bit: 5,
    leadsTo: "non_compliant",
    reason: (x) => ({ code: "below", held: x.effective, required: x.required, since: x.since }),
    text: texts.below,
    action: (r, f) =>
      f.reasons.some((x) => x.code === "expired") ? null : { kind: r.held === "geen" ? "noCertificate" : "levelTooLow", deadline: f.deadline ?? r.since, level: r.required },
  },
  expiresSoon: {
    bit: 8,
    leadsTo: "warning",
    reason: (x) => ({ code: "expiresSoon", level: x.held, validUntil: x.validUntil }),
    text: texts.expiresSoon,
    line: texts.line.expiresSoon,
    action: (r) => ({ kind: "expiring", deadline: r.validUntil, level: r.level }),
  },
  validUntilMissing: {
    bit: 7,
    leadsTo: "warning",
    reason: (x) => ({ code: "validUntilMissing", level: x.held }),
    text: texts.validUntilMissing,
    line: texts.line.validUntilMissing,
    action: (r) => ({ kind: "expiryMissing", deadline: null, level: r.level }),
  },
  validUntilImplausible: {
    bit: 10,
    leadsTo: "warning",
    reason: (x) => ({ code: "validUntilImplausible", level: x.held, validUntil: x.validUntil }),
    text: texts.validUntilImplausible,
    line: texts.line.validUntilImplausible,
    action: null,
  },
  requirementRises: {
    bit: 9,
    leadsTo: "warning",
    reason: (x) => ({ code: "requirementRises", level: x.rise, from: x.riseDay }),
    text: texts.requirementRises,
    line: texts.line.requirementRises,
    // the growth step says it when the requirement rises on the step's deadline
    action: (r, f) => (f.growth?.next?.deadline === r.from ? null : { kind: "requirementRises", deadline: r.from, level: r.level }),
  },
  meets: {
    bit: 2,
    leadsTo: "compliant",
    reason: (x) => ({ code: "meets", held: x.effective, required: x.required, since: x.since }),
    text: texts.meets,
    action: null,
  },
  noRequirementYet: { bit: 1, leadsTo: "compliant", reason: () => ({ code: "noRequirementYet" }), text: texts.noRequirementYet, action: null },
  growthPath: {
    bit: 0,
    leadsTo: null,
    reason: (x) => (x.growth ? { code: "growthPath", award: x.growth.award, due: x.growth.due, next: x.growth.next } : null),
    text: texts.growthPath,
    action: null, // the action list's growth step reads finding.growth
  },
  aspirantLapsed: {
    bit: 14,
    leadsTo: "warning",
    reason: (x) => ({ code: "aspirantLapsed", since: x.aspirantSince, lapsed: addMonths(x.aspirantSince, ASPIRANT_MONTHS) }),
    text: texts.aspirantLapsed,
    line: texts.line.aspirantLapsed,
    action: null,
  },
  pso30PlusShare: {
    bit: 13,
    leadsTo: "warning",
    reason: (x) => ({ code: "pso30PlusShare", contribution: x.contribution }),
    text: texts.pso30PlusShare,
    line: texts.line.pso30PlusShare,
    action: null,
  },
  swMeets: { bit: 15, leadsTo: "compliant", reason: () => ({ code: "swMeets" }), text: texts.swMeets, action: null },
  swNote: { bit: 16, leadsTo: null, reason: () => ({ code: "swNote" }), text: texts.swNote, action: null },
  sectorAdvice: {
    bit: 6,
    leadsTo: "warning",
    reason: (x) => ({ code: "sectorAdvice", niveau: x.niveau as Niveau }),
    text: texts.sectorAdvice,
    action: null,
  },
  contractEnded: {
    bit: 12,
    leadsTo: "out_of_scope",
    reason: (x) => ({ code: "contractEnded", endDate: x.endDate }),
    text: texts.contractEnded,
    line: texts.line.contractEnded,
    action: null,
  },
  outOfScope: {
    bit: 11,
    leadsTo: "out_of_scope",
    reason: (x) => ({ code: "outOfScope", spend: x.spend, threshold: x.threshold }),
    text: texts.outOfScope,
    action: null,
  },
  spendDerived: { leadsTo: null, text: texts.spendDerived, action: null },
  percentRead: { leadsTo: null, text: texts.percentRead, action: null },
  register: { leadsTo: null, text: texts.register, action: null, unplaced: true },
  registerWarning: { leadsTo: "warning", text: texts.registerWarning, action: null, unplaced: true },
};

/** The flag decide() sets for a rule. */
export function flag(code: Code): number {
  const bit = RULES[code].bit;
  if (bit === undefined) throw new Error(`${code} is not decided by the rules`);
  return 1 << bit;
}

/** Statuses in the order of their codes in `ColumnVerdicts.status` and decide()'s answer. */
export const STATUSES: readonly Status[] = ["compliant", "non_compliant", "warning", "out_of_scope", "error"];

/** Which status wins when two rules lead to different ones: error, then out of scope, then failing, then warning. */
const PRECEDENCE: Record<Status, number> = { compliant: 0, warning: 1, non_compliant: 2, out_of_scope: 3, error: 4 };
const PRECEDENCE_OF_CODE = Int8Array.from(STATUSES, (s) => PRECEDENCE[s]);

/** The status code a rule leads to. */
export function leadsTo(code: Code): number {
  const status = RULES[code].leadsTo;
  if (status === null) throw new Error(`${code} leads to no status`);
  return STATUSES.indexOf(status);
}

/** The status code that wins of two (see PRECEDENCE). */
export const worse = (a: number, b: number): number => (PRECEDENCE_OF_CODE[b] > PRECEDENCE_OF_CODE[a] ? b : a);

type AnyEntry = RuleEntry<Code>;
const entryOf = (code: Code) => RULES[code] as unknown as AnyEntry;

/** The decided rules by bit: a flag's reasons are built in bit order, the order of a finding's reasons. */
const BY_BIT: readonly AnyEntry[] = (() => {
  const out: AnyEntry[] = [];
  for (const code of Object.keys(RULES) as Code[]) {
    const bit = RULES[code].bit;
    if (bit === undefined) continue;
    if (out[bit]) throw new Error(`two rules on bit ${bit}`);
    out[bit] = entryOf(code);
  }
  return out;
})();

/** The reasons of a decided row's flags, in bit order. */
export function reasonsOfFlags(x: ReasonFacts): Reason[] {
  const reasons: Reason[] = [];
  for (let bit = 0; x.flags >>> bit !== 0; bit++) {
    if ((x.flags & (1 << bit)) === 0) continue;
    const reason = BY_BIT[bit].reason?.(x);
    if (reason) reasons.push(reason);
  }
  return reasons;
}

/** A reason's sentence in the explanation. */
export const ruleText = (reason: Reason, columns?: ColumnNames): Message => entryOf(reason.code).text(reason, columns);

/** A reason's short form after the status label, null when it has none. */
export function ruleLine(reason: Reason): Message | null {
  const line = entryOf(reason.code).line;
  return line ? line(reason) : null;
}

/** What the action list asks for a reason, null for nothing. */
export function ruleAction(reason: Reason, finding: Finding): ActionDraft | null {
  const action = entryOf(reason.code).action;
  return action ? action(reason, finding) : null;
}

/** The place of each code in the telling order; NaN for the unplaced (compared as equal to any). */
export const PLACE = Object.fromEntries(
  (Object.keys(RULES) as Code[]).map((code, i) => [code, RULES[code].unplaced ? Number.NaN : i]),
) as Record<Code, number>;

/** Whether a reason is the kind of warning the PSO-status column names after "Let op". */
export const tellsWarning = (reason: Reason): boolean => RULES[reason.code].leadsTo === "warning";
