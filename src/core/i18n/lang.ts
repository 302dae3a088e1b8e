import type { Lang } from "../result";

/** Office's display language decides: English for en-*, Dutch for everything else (the add-in speaks Dutch first). */
export function langFromDisplayLanguage(displayLanguage: string | undefined | null): Lang {
  return /^en(-|$)/i.test(displayLanguage ?? "") ? "en" : "nl";
}
