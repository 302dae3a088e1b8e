import { fail, ok, Result } from "../result";
import { messages } from "./messages";

/** PSO levels from low to high. `geen` means no (valid) certificate. */
export const LEVELS = ["geen", "aspirant", "basis", "trede1", "trede2", "trede3", "pso30plus"] as const;
export type Level = (typeof LEVELS)[number];

const RANK: Record<Level, number> = { geen: 0, aspirant: 1, basis: 2, trede1: 3, trede2: 4, trede3: 5, pso30plus: 6 };

const LABEL_NL: Record<Level, string> = {
  geen: "Geen",
  aspirant: "Aspirant-status",
  basis: "Basistrede",
  trede1: "Trede 1",
  trede2: "Trede 2",
  trede3: "Trede 3",
  pso30plus: "PSO 30+",
};
const LABEL_EN: Record<Level, string> = {
  geen: "None",
  aspirant: "Aspirant status",
  basis: "Base level",
  trede1: "Level 1",
  trede2: "Level 2",
  trede3: "Level 3",
  pso30plus: "PSO 30+",
};

export const levelRank = (level: Level): number => RANK[level];
export const atLeast = (held: Level, required: Level): boolean => RANK[held] >= RANK[required];
export const minLevel = (a: Level, b: Level): Level => (RANK[a] <= RANK[b] ? a : b);
export const levelLabel = (level: Level, lang: "nl" | "en" = "nl"): string =>
  (lang === "en" ? LABEL_EN : LABEL_NL)[level];
/** "trede 2" inside a sentence; "Aspirant-status" and "PSO 30+" keep their capitals as proper names. */
export const levelInSentence = (level: Level, lang: "nl" | "en" = "nl"): string => {
  if (lang === "en") return level === "aspirant" || level === "pso30plus" ? LABEL_EN[level] : LABEL_EN[level].toLowerCase();
  return level === "aspirant" || level === "pso30plus" ? LABEL_NL[level] : LABEL_NL[level].toLowerCase();
};

export function isLevel(value: unknown): value is Level {
  return typeof value === "string" && (LEVELS as readonly string[]).includes(value);
}

/**
 * What a level cell may say besides a trede: "Ja" or "gecertificeerd" (a PSO certificate, its level not given) and
 * "in aanvraag" (requested, not yet issued). Neither is a level, so neither is in LEVELS: the rules and the KPIs treat
 * them apart (see evaluateRules.ts and kpi.ts).
 */
export type LevelClaim = "certified" | "requested";
/** What a "PSO-trede" cell says: a level, or a claim without one. */
export type HeldLevel = Level | LevelClaim;

/**
 * The claims in the rules' rank arrays: below 0, so no comparison with a level ever counts them as one; -1 stays
 * "unreadable" and the level at award reads every negative rank as "not given".
 */
export const CERTIFIED_UNKNOWN_RANK = -2;
export const REQUESTED_RANK = -3;

export const isClaim = (held: HeldLevel | null): held is LevelClaim => held === "certified" || held === "requested";

/** The rank of what a cell says: a level's rank, or a claim's negative rank. */
export function heldRank(held: HeldLevel): number {
  if (held === "certified") return CERTIFIED_UNKNOWN_RANK;
  if (held === "requested") return REQUESTED_RANK;
  return RANK[held];
}

/** What a rank stands for; null for -1 (unreadable). */
export function heldOfRank(rank: number): HeldLevel | null {
  if (rank === CERTIFIED_UNKNOWN_RANK) return "certified";
  if (rank === REQUESTED_RANK) return "requested";
  return rank >= 0 && rank < LEVELS.length ? LEVELS[rank] : null;
}

const CLAIM_LABEL: Record<LevelClaim, { nl: string; en: string }> = {
  certified: { nl: "Gecertificeerd, trede onbekend", en: "Certified, level unknown" },
  requested: { nl: "Certificaat aangevraagd", en: "Certificate requested" },
};

/** "Trede 2", "Gecertificeerd, trede onbekend", "Certificaat aangevraagd". */
export const heldLabel = (held: HeldLevel, lang: "nl" | "en" = "nl"): string =>
  isClaim(held) ? CLAIM_LABEL[held][lang] : levelLabel(held, lang);

const NONE_WORDS = new Set([
  "", "geen", "nee", "n.v.t.", "n.v.t", "nvt", "nvt.", "n/a", "na", "-", "--", "none", "no", "0", "niet", "niet van toepassing", "geen certificaat",
  "niet gecertificeerd", "geen pso", "geen pso certificaat", "nee geen certificaat", "no certificate", "not certified",
]);
/** "Ja", "Gecertificeerd", "PSO-certificaat aanwezig": a certificate whose level the cell does not give. */
const CERTIFIED = /^(?:ja|yes|x|aanwezig|in bezit|gecertificeerd|certified|pso|certificaat|pso certificaat|pso gecertificeerd)(?:[ ,]+(?:ja|yes|aanwezig|in bezit|pso|gecertificeerd|certified|certificaat|pso certificaat|trede onbekend|niveau onbekend))*$/;
/** "In aanvraag", "aangevraagd", "audit gepland": requested, not yet certified (whatever level it names). */
const REQUESTED = /aanvraag|aangevraagd|audit (?:is )?gepland|gepland|in behandeling|requested|applied|pending/;
/**
 * "PSO trede 2 (verlopen)", "vervallen", "ingetrokken": the cell itself says the certificate no longer holds, so it
 * never counts as a valid one, whatever level or date stands beside it (004: "het overleggen van een geldig
 * PSO-certificaat"). Read as no certificate.
 */
const LAPSED = /\b(?:verlopen|vervallen|ingetrokken|geschorst|ongeldig|niet (?:meer )?geldig|expired|lapsed|revoked|withdrawn|suspended|invalid|no longer valid)\b/;
const NAMED_STEP = /\b(?:(?:pso[- ]?)?(?:trede|tree|level|niveau)|pso)[- ]?([0-3])\b/g;
const cache = new Map<string, Result<HeldLevel>>();

function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u00a0\u2007\u202f]/g, " ")
    .replace(/[‐-―]/g, "-")
    .trim()
    .replace(/\s+/g, " ");
}

function parseNormalised(t: string): Level | null {
  if (NONE_WORDS.has(t)) return "geen";
  if (/^(pso[- ]?)?30 ?\+$|^pso ?30 ?plus$|^30 ?plus$/.test(t)) return "pso30plus";
  if (/^(pso[- ]?)?aspirant([- ]?status)?$/.test(t)) return "aspirant";
  if (/^(pso[- ]?)?basis( ?trede)?$|^(pso[- ]?)?trede ?0$|^base( level)?$/.test(t)) return "basis";
  const m = /^(?:pso[- ]?)?(?:(?:trede|tree|level|niveau|lvl)[- ]?)?([123])$/.exec(t);
  if (m) return (["trede1", "trede2", "trede3"] as const)[Number(m[1]) - 1];
  return null;
}

/**
 * Words around a level that the seeds themselves write: "minimaal PSO-2 niveau", "trede 2 op de PSO-ladder",
 * "een trede 1 certificering", "het PSO 30+ Certificaat", "PSO-ladder trede 2".
 */
function withoutDecoration(t: string): string {
  return t
    .replace(/^(?:de )?(?:pso[- ]?|prestatie)ladder:? /, "")
    .replace(/ op de (?:pso[- ]?|prestatie)ladder$/, "")
    .replace(/(?: ?-? ?(?:niveau|certificering|certificaat|certificate|certified|gecertificeerd|keurmerk))+$/, "")
    .trim();
}

/**
 * A level named somewhere in a longer text, as people fill the cell: "Prestatieladder trede 2", "Koploper (trede 3)",
 * "Trede 2 (PSO)", "PSO 30+ (trede 3)". Two different treden ("trede 2 of 3") name none.
 */
function namedInText(t: string): Level | null {
  if (/\b30 ?\+|\b30 ?plus\b/.test(t)) return "pso30plus";
  const steps = new Set([...t.matchAll(NAMED_STEP)].map((m) => m[1]));
  if (steps.size > 0) for (const m of t.replace(NAMED_STEP, " ").matchAll(/\b\d\b/g)) steps.add(m[0]);
  if (steps.size === 1) return (["basis", "trede1", "trede2", "trede3"] as const)[Number([...steps][0])];
  if (steps.size > 1) return null;
  if (/\bbasis ?trede\b/.test(t)) return "basis";
  if (/\baspirant/.test(t)) return "aspirant";
  return null;
}

function parseSpelling(t: string): HeldLevel | null {
  const level = parseNormalised(t);
  if (level !== null) return level;
  if (REQUESTED.test(t)) return "requested";
  if (LAPSED.test(t)) return "geen";
  const plain = t.replace(/[.!:;,()/-]/g, " ").replace(/\s+/g, " ").trim();
  const punctuated = parseNormalised(plain);
  if (punctuated !== null) return punctuated;
  const bare = withoutDecoration(plain);
  // A decoration alone ("certificaat") names no level: the certificate is there, its level is not given.
  if (bare && bare !== plain) {
    const decorated = parseNormalised(bare);
    if (decorated !== null) return decorated;
  }
  const named = namedInText(plain);
  if (named !== null) return named;
  return CERTIFIED.test(plain) || CERTIFIED.test(bare) ? "certified" : null;
}

/**
 * Reads what a buyer types in a level cell: every spelling of a level ("Trede 2", "trede2", "PSO-2", "PSO trede 2",
 * "2", "Aspirant", "Basis", "30+", "Prestatieladder trede 2", "Koploper (trede 3)"), no certificate ("geen", "Nee",
 * "n.v.t.", "-", empty, or a level the cell calls "verlopen", "vervallen", "ingetrokken") and the two claims ("Ja", "gecertificeerd"; "in aanvraag", "audit gepland").
 */
export function parseHeldLevel(input: unknown): Result<HeldLevel> {
  if (input === null || input === undefined) return ok("geen");
  if (typeof input === "number") {
    if (input === 0) return ok("geen");
    if (input === 1 || input === 2 || input === 3) return ok((["trede1", "trede2", "trede3"] as const)[input - 1]);
    return fail(messages.unknownLevel(String(input)));
  }
  if (typeof input !== "string") return fail(messages.unknownLevel(String(input)));
  const hit = cache.get(input);
  if (hit) return hit;
  const held = parseSpelling(normalise(input));
  const result: Result<HeldLevel> = held ? ok(held) : fail(messages.unknownLevel(input.trim()));
  if (cache.size < 10_000) cache.set(input, result);
  return result;
}

/**
 * A level and nothing else, where a claim means nothing (a policy's minimum level, the own figures): "Ja" there is
 * no level, and the message says which levels are.
 */
export function parseLevel(input: unknown): Result<Level> {
  const held = parseHeldLevel(input);
  if (!held.ok || !isClaim(held.value)) return held as Result<Level>;
  return fail(messages.unknownLevel(String(input).trim()));
}
