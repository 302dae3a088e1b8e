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

export function group(digits: string, separator: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}
