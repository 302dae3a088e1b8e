import { cellText, CellValue } from "../read/cells";

/*
 * How a supplier row and a PSO-register row are recognised as the same organisation: by KvK number first, by
 * vestigingsnummer, then by the whole name. Both sides are typed by people (or exported by tools that drop leading
 * zeros), so both are normalised. Anything looser than the whole name (a trailing place, one name inside the other) is
 * only a suggestion: "te Riele", "te Velde" and "ter Horst" are surnames, not places (issue 23 item 1).
 */

function digitsOf(value: CellValue): string {
  const text = typeof value === "number" ? (Number.isInteger(value) && value > 0 ? String(value) : "") : cellText(value);
  return text.replace(/\D+/g, "");
}

/**
 * A KvK number as its 8 digits, or null when the cell holds none. Spaces, dots and "KvK" around it are ignored; a
 * number that lost its leading zeros in Excel (1234567) gets them back. A 12-digit number is a vestigingsnummer, a
 * number of its own (issue 23 item 3): no KvK number is derived from it.
 */
export function normaliseKvk(value: CellValue): string | null {
  const digits = digitsOf(value);
  if (digits.length === 0 || /^0+$/.test(digits)) return null;
  return digits.length <= 8 ? digits.padStart(8, "0") : null;
}

/** A KvK vestigingsnummer as its 12 digits (one that lost its leading zeros in Excel gets them back), or null. */
export function normaliseVestiging(value: CellValue): string | null {
  const digits = digitsOf(value);
  if (/^0*$/.test(digits)) return null;
  if (digits.length === 12) return digits;
  // Excel drops the leading zeros of a number cell: 12345678 typed as 000012345678 is kept as a number.
  return typeof value === "number" && digits.length > 8 && digits.length < 12 ? digits.padStart(12, "0") : null;
}

/** Legal forms as one word, after runs of single letters are joined ("B.V." is "b v" is "bv"). */
const LEGAL_FORMS = new Set(["bv", "nv", "vof", "cv", "ua", "io", "stichting", "vereniging", "cooperatie", "holding"]);

/** Joins runs of single letters: "b v" becomes "bv", "v o f" "vof" (the same on both sides, so initials still compare). */
function joinInitials(words: readonly string[]): string[] {
  const out: string[] = [];
  let run = "";
  for (const w of words) {
    if (w.length === 1 && w >= "a" && w <= "z") {
      run += w;
      continue;
    }
    if (run) out.push(run);
    run = "";
    out.push(w);
  }
  if (run) out.push(run);
  return out;
}

/** A name's words as compared: lower case, accents, punctuation and legal forms gone, "&" read as "en". */
export function nameWords(value: CellValue): string[] {
  let t = cellText(value).toLowerCase();
  if (/[^\u0000-\u007f]/.test(t)) t = t.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
  const words = joinInitials(t.replace(/&/g, " en ").split(/[^a-z0-9]+/).filter(Boolean));
  return words.filter((w, i) => !LEGAL_FORMS.has(w) && !(w === "in" && words[i + 1] === "oprichting") && w !== "oprichting");
}

/**
 * A name as compared: lower case without accents, "&" read as "en", punctuation and legal forms (B.V., BV, N.V.,
 * V.O.F., Stichting, ...) dropped; every other word stays ("Schildersbedrijf te Riele" keeps "te riele"). Empty
 * when nothing is left.
 */
export function normaliseName(value: CellValue): string {
  return nameWords(value).join(" ");
}

/** Words that say nothing about who an organisation is: articles, prepositions, and what half the market is called. */
const PLAIN_WORDS = new Set([
  "de", "het", "een", "en", "van", "der", "den", "te", "ter", "in", "op", "aan", "voor", "met", "t", "s", "and", "the", "of",
  "bedrijf", "bedrijven", "groep", "group", "nederland", "nl", "bouw", "bouwbedrijf", "infra", "techniek", "installatie",
  "installatietechniek", "service", "services", "diensten", "dienstverlening", "beheer", "zn", "gebr", "gebroeders",
]);

/** The words of a normalised name that identify an organisation (see PLAIN_WORDS). */
export function significantWords(normalised: string): string[] {
  return normalised.split(" ").filter((w) => w.length > 1 && /[a-z]/.test(w) && !PLAIN_WORDS.has(w));
}

/** Whether two names share no significant word: "Alfa Bouw BV" and "Zeta Infra B.V." share nothing. */
export function namesShareNothing(a: string, b: string): boolean {
  const mine = new Set(significantWords(a));
  if (mine.size === 0) return false;
  const theirs = significantWords(b);
  return theirs.length > 0 && !theirs.some((w) => mine.has(w));
}

/** A closing "te/ter/in <one to three words>": a place, or a surname ("te Riele"). Only for suggestions. */
export function withoutTrailingPlace(normalised: string): string {
  const words = normalised.split(" ");
  for (let k = Math.max(1, words.length - 4); k < words.length - 1; k++) {
    if (words[k] === "te" || words[k] === "ter" || words[k] === "in") return words.slice(0, k).join(" ");
  }
  return normalised;
}

/** Whether a contained name is specific enough to suggest the name around it: two words, or one of five letters. */
export function suggestible(normalised: string): boolean {
  const significant = significantWords(normalised);
  return significant.length >= 2 || significant.some((w) => w.length >= 5);
}
