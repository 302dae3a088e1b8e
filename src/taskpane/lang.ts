import type { Lang } from "../core";

/** Office's display language decides: English for en-*, Dutch for everything else. */
export function langFromDisplayLanguage(displayLanguage: string | undefined): Lang {
  return /^en(-|$)/i.test(displayLanguage ?? "") ? "en" : "nl";
}
