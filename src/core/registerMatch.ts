import { cellText, CellValue } from "./cells";

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

/** Legal forms, as whole words after punctuation is dropped ("B.V." is "b v", "N.V." is "n v"). */
const LEGAL_FORMS = [
  "b v", "bv", "n v", "nv", "v o f", "vof", "c v", "cv", "stichting", "vereniging", "cooperatie", "u a", "holding",
  "in oprichting", "i o",
];
const LEGAL_FORM = new RegExp(`(?:^| )(?:${LEGAL_FORMS.map((f) => f.replace(/ /g, " ?")).join("|")})(?= |$)`, "g");

/**
 * A name as compared: lower case without accents, "&" read as "en", punctuation and legal forms (B.V., BV, N.V.,
 * V.O.F., Stichting, ...) dropped, and a closing "te <plaats>" dropped ("Groen B.V. te Venlo" is "groen"). Empty
 * when nothing is left.
 */
export function normaliseName(value: CellValue): string {
  let t = cellText(value)
    .toLowerCase()
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/&/g, " en ")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
  // "te <plaats>" at the end names where, not who; only when words stay before it.
  t = t.replace(/^(.+) te [a-z]+(?: [a-z]+){0,2}$/, (_m, name: string) => name).trim();
  t = ` ${t} `.replace(LEGAL_FORM, " ").replace(/\s+/g, " ").trim();
  return t;
}
