import { Niveau, Policy, SectorLevel } from "../policy/policy";

function words(text: string): string[] {
  return text
    .toLowerCase()
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/**
 * The sector level (niveau 1, 2 or 3 of the template letter) of a purchase category, or null when no keyword fits.
 * A keyword matches a whole word or the start of one ("schoonmaak" matches "schoonmaakdiensten");
 * keywords of two letters or fewer ("IT") must match a whole word. When no keyword matches that way, a single-word
 * keyword of four letters or more may end a Dutch compound: "Kantoorschoonmaak" is schoonmaak, "Steigerverhuur" verhuur.
 */
export function sectorLevelOf(policy: Policy, category: string): SectorLevel | null {
  let known = cache.get(policy.sectorLevels.levels);
  if (!known) {
    known = new Map();
    cache.set(policy.sectorLevels.levels, known);
  }
  let level = known.get(category);
  if (level === undefined) {
    level = matchCategory(policy, category);
    if (known.size < 10_000) known.set(category, level);
  }
  return level;
}

/** Categories repeat down a sheet: remember each one's level per policy. */
const cache = new WeakMap<SectorLevel[], Map<string, SectorLevel | null>>();

function matchCategory(policy: Policy, category: string): SectorLevel | null {
  const catWords = words(category);
  if (catWords.length === 0) return null;
  const levels = [...policy.sectorLevels.levels].sort((a, b) => a.niveau - b.niveau);
  return matchWordStarts(levels, catWords) ?? matchCompoundHeads(levels, catWords);
}

/** The Dutch head of a compound is its last part: "kantoorschoonmaak" ends with the keyword "schoonmaak". */
function matchCompoundHeads(levels: readonly SectorLevel[], catWords: readonly string[]): SectorLevel | null {
  for (const level of levels) {
    for (const keyword of level.keywords) {
      const kw = words(keyword);
      if (kw.length !== 1 || kw[0].length < 4) continue;
      if (catWords.some((w) => w.length > kw[0].length && w.endsWith(kw[0]))) return level;
    }
  }
  return null;
}

function matchWordStarts(levels: readonly SectorLevel[], catWords: readonly string[]): SectorLevel | null {
  for (const level of levels) {
    for (const keyword of level.keywords) {
      const kw = words(keyword);
      if (kw.length === 0) continue;
      const short = kw.join("").length <= 2;
      for (let i = 0; i + kw.length <= catWords.length; i++) {
        const hit = kw.every((w, j) =>
          j < kw.length - 1 || short ? catWords[i + j] === w : catWords[i + j].startsWith(w),
        );
        if (hit) return level;
      }
    }
  }
  return null;
}

export function niveauOf(policy: Policy, category: string): Niveau | null {
  return sectorLevelOf(policy, category)?.niveau ?? null;
}
