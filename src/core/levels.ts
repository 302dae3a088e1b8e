import { fail, ok, Result } from "./result";
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
/** "trede 2" inside a sentence; "Aspirant-status" keeps its capital as a proper name. */
export const levelInSentence = (level: Level): string =>
  level.startsWith("trede") ? LABEL_NL[level].toLowerCase() : LABEL_NL[level];

export function isLevel(value: unknown): value is Level {
  return typeof value === "string" && (LEVELS as readonly string[]).includes(value);
}

const NONE_WORDS = new Set(["", "geen", "nee", "n.v.t.", "nvt", "-", "none", "no", "0", "geen certificaat"]);
const cache = new Map<string, Result<Level>>();

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

function parseSpelling(t: string): Level | null {
  const level = parseNormalised(t);
  if (level !== null) return level;
  const bare = withoutDecoration(t);
  // A decoration alone ("certificaat") names no level.
  return bare && bare !== t ? parseNormalised(bare) : null;
}

/** Reads every spelling a buyer types: "Trede 2", "trede2", "PSO-2", "PSO trede 2", "2", "Aspirant", "Basis", "30+", "geen", empty. */
export function parseLevel(input: unknown): Result<Level> {
  if (input === null || input === undefined) return ok("geen");
  if (typeof input === "number") {
    if (input === 0) return ok("geen");
    if (input === 1 || input === 2 || input === 3) return ok((["trede1", "trede2", "trede3"] as const)[input - 1]);
    return fail(messages.unknownLevel(String(input)));
  }
  if (typeof input !== "string") return fail(messages.unknownLevel(String(input)));
  const hit = cache.get(input);
  if (hit) return hit;
  const level = parseSpelling(normalise(input));
  const result: Result<Level> = level ? ok(level) : fail(messages.unknownLevel(input.trim()));
  if (cache.size < 10_000) cache.set(input, result);
  return result;
}
