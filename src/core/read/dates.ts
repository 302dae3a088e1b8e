import { fail, Lang, ok, Result } from "../result";
import { messages } from "./messages";

/**
 * A calendar date as a whole number of days since 1970-01-01.
 * Plain numbers keep the core free of time zones and make comparisons and sorting cheap.
 */
export type Day = number;

const MS_PER_DAY = 86_400_000;
/** Excel serial of 1970-01-01 in the 1900 date system. */
const EXCEL_EPOCH_OFFSET = 25_569;
const EXCEL_MAX_SERIAL = 2_958_465; // 9999-12-31
const PLAUSIBLE_FROM_YEAR = 1990;
export const PLAUSIBLE_TO_YEAR = 2100;

/** Days from civil date and back, after Howard Hinnant's algorithms: plain integer arithmetic, no Date objects. */
export function dayFromYmd(year: number, month: number, day: number): Day {
  if (month < 1 || month > 12) {
    year += Math.floor((month - 1) / 12);
    month = ((((month - 1) % 12) + 12) % 12) + 1;
  }
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function ymdOf(day: Day): { year: number; month: number; day: number } {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { year: era * 400 + yoe + (m <= 2 ? 1 : 0), month: m, day: d };
}

function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1 || day > 31) return false;
  return ymdOf(dayFromYmd(year, month, day)).day === day;
}

/** Adds calendar months; the 31st of a month becomes the last day of a shorter month. */
export function addMonths(day: Day, months: number): Day {
  const { year, month, day: dom } = ymdOf(day);
  const lastOfTarget = ymdOf(dayFromYmd(year, month + months + 1, 0)).day;
  return dayFromYmd(year, month + months, Math.min(dom, lastOfTarget));
}

/** Whole months from `from` to `to` (a contract from 1-1 to 31-12 runs 12 months). */
export function monthsBetween(from: Day, to: Day): number {
  const a = ymdOf(from);
  const b = ymdOf(to + 1);
  return (b.year - a.year) * 12 + (b.month - a.month) + (b.day >= a.day ? 0 : -1);
}

const MONTH_NAMES_EN = [
  "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
];

/** A date for the reader: nl "1-3-2022" (day first, as Dutch buyers write it), en "1 March 2022" (no day/month doubt). */
export function formatDate(day: Day, lang: Lang = "nl"): string {
  const { year, month, day: d } = ymdOf(day);
  return lang === "nl" ? `${d}-${month}-${year}` : `${d} ${MONTH_NAMES_EN[month - 1]} ${year}`;
}

export function formatDateNl(day: Day): string {
  return formatDate(day, "nl");
}

export function formatIsoDate(day: Day): string {
  const { year, month, day: d } = ymdOf(day);
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

/**
 * A JS Date at the edge: the calendar day it falls on, never the next one (1-12-2026 18:00 is 1 December). Readers
 * hand over the sheet's wall-clock time as UTC; a browser hands a typed date over as local midnight, which lies on
 * the day before in UTC east of Greenwich, so a Date at exactly local midnight is read by its local calendar.
 */
export function dayFromJsDate(date: Date): Day {
  if (date.getHours() === 0 && date.getMinutes() === 0 && date.getSeconds() === 0 && date.getMilliseconds() === 0) {
    return dayFromYmd(date.getFullYear(), date.getMonth() + 1, date.getDate());
  }
  return Math.floor(date.getTime() / MS_PER_DAY);
}

/**
 * A two-digit year as Excel reads it when it is typed: 00-29 are 2000-2029, 30-99 are 1930-1999, so "99" is 1999
 * (an old certificate), never 2099 (one that looks valid for ever).
 */
export function fullYear(twoDigits: number): number {
  return twoDigits < 30 ? 2000 + twoDigits : 1900 + twoDigits;
}

/** Today as the user's own calendar shows it. */
export function localToday(now: Date = new Date()): Day {
  return dayFromYmd(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

export function dayToExcelSerial(day: Day): number {
  const serial = day + EXCEL_EPOCH_OFFSET;
  return serial <= 60 ? serial - 1 : serial;
}

/** Excel's 1900 system counts a 29 February 1900 that never was (serial 60); serials below it are one day off. */
export function excelSerialToDay(serial: number): Result<Day> {
  if (!Number.isFinite(serial) || serial < 1 || serial >= EXCEL_MAX_SERIAL + 1) return fail(messages.serialOutOfRange(serial));
  const whole = Math.floor(serial);
  if (whole === 60) return fail(messages.serialLeapBug());
  return ok(whole < 60 ? whole - EXCEL_EPOCH_OFFSET + 1 : whole - EXCEL_EPOCH_OFFSET);
}

const MONTHS: Record<string, number> = {
  jan: 1, januari: 1, january: 1, feb: 2, febr: 2, februari: 2, february: 2, mrt: 3, maart: 3, mar: 3, march: 3,
  apr: 4, april: 4, mei: 5, may: 5, jun: 6, juni: 6, june: 6, jul: 7, juli: 7, july: 7, aug: 8, augustus: 8,
  august: 8, sep: 9, sept: 9, september: 9, okt: 10, oktober: 10, oct: 10, october: 10, nov: 11, november: 11,
  dec: 12, december: 12,
};

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[t ][\d:.]+(?:z|[+-]\d{2}:?\d{2})?)?$/;
/** A time after a date ("1-12-2026 18:00", "1 december 2026 18:00:00"): the date is the day it falls on. */
const TIME = "(?:,? \\d{1,2}[:.]\\d{2}(?:[:.]\\d{2})?(?: ?uur)?)?";
const DUTCH_NUMERIC = new RegExp(`^(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4}|\\d{2})${TIME}$`);
const TEXT_MONTH = new RegExp(`^(\\d{1,2})\\.? ([a-z]+)\\.? (\\d{4})${TIME}$`);

function checked(year: number, month: number, day: number, input: string): Result<Day> {
  if (!isRealDate(year, month, day)) return fail(messages.notADate(input));
  return plausible(dayFromYmd(year, month, day), input);
}

function plausible(day: Day, input: string): Result<Day> {
  const { year } = ymdOf(day);
  if (year < PLAUSIBLE_FROM_YEAR || year > PLAUSIBLE_TO_YEAR) return fail(messages.dateOutOfRange(input));
  return ok(day);
}

/**
 * Reads a date as a Dutch buyer writes it: "1-3-2022", "01-03-2022", "1/3/2022", "2022-03-01", "1 maart 2022",
 * an Excel serial number or a JS Date. Day-month order always wins: "01-02-2022" is 1 February.
 */
export function parseDate(input: unknown): Result<Day> {
  if (input instanceof Date) {
    if (Number.isNaN(input.getTime())) return fail(messages.notADate(String(input)));
    return plausible(dayFromJsDate(input), formatIsoDate(dayFromJsDate(input)));
  }
  if (typeof input === "number") {
    const day = excelSerialToDay(input);
    return day.ok ? plausible(day.value, String(input)) : day;
  }
  if (typeof input !== "string") return fail(messages.notADate(String(input)));
  // Date texts repeat down a sheet; results are immutable values, so share them.
  const hit = textCache.get(input);
  if (hit) return hit;
  const result = parseDateText(input);
  if (textCache.size < 10_000) textCache.set(input, result);
  return result;
}

const textCache = new Map<string, Result<Day>>();

function parseDateText(input: string): Result<Day> {
  const text = input.replace(/[\u00a0\u2007\u202f]/g, " ").trim().toLowerCase().replace(/\s+/g, " ");
  let m = ISO.exec(text);
  if (m) return checked(Number(m[1]), Number(m[2]), Number(m[3]), input);
  m = DUTCH_NUMERIC.exec(text);
  if (m) {
    const year = m[3].length === 2 ? fullYear(Number(m[3])) : Number(m[3]);
    return checked(year, Number(m[2]), Number(m[1]), input);
  }
  m = TEXT_MONTH.exec(text);
  if (m && MONTHS[m[2]]) return checked(Number(m[3]), MONTHS[m[2]], Number(m[1]), input);
  if (/^\d{5}(\.\d+)?$/.test(text)) return parseDate(Number(text));
  return fail(messages.notADate(input.trim()));
}
