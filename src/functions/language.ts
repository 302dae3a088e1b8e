import { Lang, langFromDisplayLanguage } from "../core";

/*
 * The language of the PSO.* results and error messages: Office's display language, read once. The functions and the
 * taskpane share one page (shared runtime) but are separate bundles, so the answer lives on the page's global object.
 */
const KEY = "__psoToetsFunctionLang";

interface OfficeGlobal {
  context?: { displayLanguage?: string };
}

export function functionLang(): Lang {
  const g = globalThis as unknown as Record<string, unknown>;
  const known = g[KEY];
  if (known === "nl" || known === "en") return known;
  let display: string | undefined;
  try {
    display = (g.Office as OfficeGlobal | undefined)?.context?.displayLanguage;
  } catch {
    display = undefined; // Office.js still starting: its context is not readable yet
  }
  // Before Office.onReady there is no context yet: answer Dutch, but ask again next time.
  if (display === undefined) return "nl";
  const lang = langFromDisplayLanguage(display);
  g[KEY] = lang;
  return lang;
}

/** Forget the language read, so the next call reads Office's display language again (a test, a reloaded context). */
export function forgetFunctionLang(): void {
  delete (globalThis as unknown as Record<string, unknown>)[KEY];
}
