/**
 * Dutch words that have no business in an English sentence. Quoted examples of Dutch input ("PSO-2", "Schoonmaak"),
 * command-line options, ‹placeholders› and function names (PSO.TREDE) are removed first: they are what the user
 * types, in any language.
 */
const DUTCH = /\b(de|het|een|niet|geen|van|voor|wordt|bij|naar|zonder|naam|rij|rijen|kolom|blad|bestand|leverancier|uitgaven|peildatum|trede|vereist|verloopt|verlopen)\b/i;

/** The first Dutch word of an English text, or null. */
export function dutchWordIn(english: string): string | null {
  const withoutQuotes = english.replace(/"[^"]*"/g, '""').replace(/--\w+/g, "").replace(/‹[^›]*›/g, "").replace(/\bPSO\.\w+/g, "");
  return DUTCH.exec(withoutQuotes)?.[0] ?? null;
}
