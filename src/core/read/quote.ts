import { dayFromJsDate, formatDate } from "./dates";

/**
 * A cell as a message quotes it: a date as d-m-yyyy (never JavaScript's "Wed Jun 30 2027 00:00:00 GMT…"), anything
 * else as its trimmed text. The one rule for every message that repeats what a cell holds.
 */
export function quotedCell(value: unknown): string {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "" : formatDate(dayFromJsDate(value), "nl");
  return String(value ?? "").trim();
}
