import { Niveau, Policy, SectorLevel } from "../policy/policy";

/*
 * The sector level (niveau 1, 2 or 3 of the template letter, seed 004) of a purchase category. The keywords are the
 * policy's (PSO-beleid sheet, beleid.json): a preset the buyer edits, not law. This file only knows Dutch grammar:
 * a category is classified by its head, the part that says what is bought (issue 23 item 9).
 *
 * - A compound's head is its last element: "Vastgoedonderhoud" is onderhoud, "Zonne-energie" energie.
 * - A phrase's head is its first noun: "Verhuur bouwmaterieel" is verhuur, "Huur kantoorpand" huur; an adjective
 *   before it only qualifies: "Bouwkundig adviesbureau" is an adviesbureau.
 * - Only when no head is known does a modifier decide: "Schilderwerken" starts with schilder, "Verhuisbedrijf" with
 *   verhuis.
 */

/** Lower case, accents off; words split on everything but letters, digits and the hyphen that joins a compound. */
function tokens(text: string): string[][] {
  return text
    .toLowerCase()
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .split(/[^a-z0-9-]+/)
    .map((t) => t.split("-").filter(Boolean))
    .filter((parts) => parts.length > 0);
}

function words(text: string): string[] {
  return tokens(text).flat();
}

/** Dutch adjective endings ("bouwkundig", "technisch", "facilitaire", "financiele", "huishoudelijk"). */
const ADJECTIVE = /(?:ig|ige|isch|ische|lijk|lijke|aire|iele)$/;

/** Endings a head may carry after its keyword: plural and inflection ("glazenwassers", "schoonmaakdiensten"). */
const INFLECTIONS = ["s", "en", "n", "e", "ers"];

/** Keywords of one word, with their level, longest first (a longer keyword is the more specific head). */
interface Keyword {
  word: string;
  level: SectorLevel;
}

interface Keywords {
  single: Keyword[];
  phrases: { words: string[]; level: SectorLevel }[];
}

function keywordsOf(policy: Policy): Keywords {
  const levels = [...policy.sectorLevels.levels].sort((a, b) => a.niveau - b.niveau);
  const single: Keyword[] = [];
  const phrases: Keywords["phrases"] = [];
  for (const level of levels) {
    for (const keyword of level.keywords) {
      const kw = words(keyword);
      if (kw.length === 1) single.push({ word: kw[0], level });
      else if (kw.length > 1) phrases.push({ words: kw, level });
    }
  }
  // Stable: of two keywords as long, the lower niveau (the stricter approach) wins.
  single.sort((a, b) => b.word.length - a.word.length);
  return { single, phrases };
}

/** The keyword a word ends with (its head), the longest that fits; a keyword of two letters ("it") must be the word. */
function headOf(word: string, keywords: readonly Keyword[]): SectorLevel | null {
  for (const { word: kw, level } of keywords) {
    if (word === kw) return level;
    if (kw.length < 4) continue;
    if (word.endsWith(kw) || INFLECTIONS.some((e) => word.length > e.length && word.endsWith(e) && word.slice(0, -e.length).endsWith(kw))) return level;
  }
  return null;
}

/** The keyword a word starts with (a modifier: "schilderwerken" starts with "schilder"), the longest that fits. */
function modifierOf(word: string, keywords: readonly Keyword[]): SectorLevel | null {
  for (const { word: kw, level } of keywords) {
    if (kw.length <= 2 ? word === kw : word.startsWith(kw)) return level;
  }
  return null;
}

function phraseOf(catWords: readonly string[], phrases: Keywords["phrases"]): SectorLevel | null {
  for (const { words: kw, level } of phrases) {
    for (let i = 0; i + kw.length <= catWords.length; i++) {
      if (kw.every((w, j) => (j < kw.length - 1 ? catWords[i + j] === w : catWords[i + j].startsWith(w)))) return level;
    }
  }
  return null;
}

/**
 * The sector level of a purchase category, or null when no keyword fits: a keyword phrase ("huur van goederen"), else
 * the head of the first noun that has one, else the head of an adjective ("Facilitaire"), else a modifier.
 */
export function sectorLevelOf(policy: Policy, category: string): SectorLevel | null {
  let known = cache.get(policy.sectorLevels.levels);
  if (!known) {
    known = { keywords: keywordsOf(policy), levels: new Map() };
    cache.set(policy.sectorLevels.levels, known);
  }
  let level = known.levels.get(category);
  if (level === undefined) {
    level = matchCategory(known.keywords, category);
    if (known.levels.size < 10_000) known.levels.set(category, level);
  }
  return level;
}

/** Categories repeat down a sheet: remember each one's level per policy. */
const cache = new WeakMap<SectorLevel[], { keywords: Keywords; levels: Map<string, SectorLevel | null> }>();

function matchCategory(keywords: Keywords, category: string): SectorLevel | null {
  const catTokens = tokens(category);
  if (catTokens.length === 0) return null;
  const phrase = phraseOf(catTokens.flat(), keywords.phrases);
  if (phrase) return phrase;
  // A hyphenated compound ("zonne-energie", "ict-advies") has its head in its last part.
  const heads = catTokens.map((parts) => parts[parts.length - 1]);
  const nouns = heads.filter((w) => !ADJECTIVE.test(w));
  const adjectives = heads.filter((w) => ADJECTIVE.test(w));
  for (const w of [...nouns, ...adjectives]) {
    const level = headOf(w, keywords.single);
    if (level) return level;
  }
  for (const w of catTokens.flat()) {
    const level = modifierOf(w, keywords.single);
    if (level) return level;
  }
  return null;
}

export function niveauOf(policy: Policy, category: string): Niveau | null {
  return sectorLevelOf(policy, category)?.niveau ?? null;
}
