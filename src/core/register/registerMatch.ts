import { cellText, CellValue } from "../read/cells";

/*
 * How a supplier row and a PSO-register row are recognised as the same organisation: by KvK number first, then by
 * name. Both sides are typed by people (or exported by tools that drop leading zeros), so both are normalised.
 */

/**
 * A KvK number as its 8 digits, or null when the cell holds none. Spaces, dots and "KvK" around it are ignored; a
 * number that lost its leading zeros in Excel (1234567) gets them back; a 12-digit branch number (vestigingsnummer
 * style, KvK number + 4 digits) counts by its first 8.
 */
export function normaliseKvk(value: CellValue): string | null {
  const text = typeof value === "number" ? (Number.isInteger(value) && value > 0 ? String(value) : "") : cellText(value);
  const digits = text.replace(/\D+/g, "");
  if (digits.length === 0 || /^0+$/.test(digits)) return null;
  if (digits.length <= 8) return digits.padStart(8, "0");
  if (digits.length === 12) return digits.slice(0, 8);
  return null;
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

/**
 * A name as compared: lower case without accents, "&" read as "en", punctuation and legal forms (B.V., BV, N.V.,
 * V.O.F., Stichting, ...) dropped, and a closing "te <plaats>" dropped ("Groen B.V. te Venlo" is "groen"). Empty
 * when nothing is left.
 */
export function normaliseName(value: CellValue): string {
  let t = cellText(value).toLowerCase();
  if (/[^\u0000-\u007f]/.test(t)) t = t.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
  let words = t.replace(/&/g, " en ").split(/[^a-z0-9]+/).filter(Boolean);
  // "te <plaats>" at the end names where, not who; only when words stay before it.
  const te = words.lastIndexOf("te");
  if (te >= 1 && words.length - te - 1 >= 1 && words.length - te - 1 <= 3) words = words.slice(0, te);
  words = joinInitials(words);
  const kept = words.filter((w, i) => !LEGAL_FORMS.has(w) && !(w === "in" && words[i + 1] === "oprichting") && w !== "oprichting");
  return kept.join(" ");
}
