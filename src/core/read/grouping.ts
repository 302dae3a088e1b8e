import type { Lang } from "../result";

/*
 * Digits grouped by thousands: formatCount for the messages (which numbers.ts's parsers return) and formatEuro in
 * numbers.ts. A file of its own so that messages.ts and numbers.ts do not import each other.
 */

/** A whole count with thousands grouped: nl "1.048.576", en "1,048,576". */
export function formatCount(value: number, lang: Lang = "nl"): string {
  const int = String(Math.abs(Math.round(value)));
  return `${value < 0 ? "-" : ""}${group(int, lang === "nl" ? "." : ",")}`;
}

/** A run of digits with `separator` between each group of three from the right ("1234567" -> "1.234.567"). */
export function group(digits: string, separator: string): string {
  const n = digits.length;
  for (let i = 0; i < n; i++) {
    const c = digits.charCodeAt(i);
    // Not plain digits ("1e+21"): the pattern's own rules (formatEuro and formatCount hand it every number).
    if (c < 48 || c > 57) return digits.replace(/\B(?=(\d{3})+(?!\d))/g, separator);
  }
  let end = n % 3 || 3;
  let out = digits.slice(0, end);
  for (; end < n; end += 3) out += separator + digits.slice(end, end + 3);
  return out;
}
