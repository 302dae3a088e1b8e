import type { Lang } from "../result";

/**
 * Office's display language decides, as the manifest does for the ribbon and the formula descriptions (English by
 * default, Dutch for nl-NL and nl-BE): Dutch for nl-*, English for any other language. Unknown (Office not ready, a
 * page outside Office) is Dutch: the add-in speaks Dutch first.
 */
export function langFromDisplayLanguage(displayLanguage: string | undefined | null): Lang {
  const tag = (displayLanguage ?? "").trim();
  if (tag === "") return "nl";
  return /^nl(-|$)/i.test(tag) ? "nl" : "en";
}
