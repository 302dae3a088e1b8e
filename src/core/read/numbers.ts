import { fail, Lang, ok, Result } from "../result";
import { messages } from "./messages";
import { group } from "./grouping";
import { quotedCell } from "./quote";

export { formatCount } from "./grouping";

const SPACES = /[\s\u00a0\u2007\u202f']/g;
const MILLION = /^(.*?)\s*(mln|miljoen|mio|m)\.?$/;
const PLAIN_EURO = /^\s*(?:€\s*)?(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d{1,2})|,-{1,2})?\s*$/;
const DOTS = /\./g;
const THOUSAND = /^(.*?)\s*(k|dzd|duizend)\.?$/;

/**
 * Reads a number as Dutch text writes it. With both separators the last one is the decimal mark;
 * with only dots, "1.250" is 1250 (Dutch thousands) but "12.5" is 12.5; with only one comma it is the decimal mark.
 */
export function parseDutchNumber(text: string): number | null {
  let t = text.replace(SPACES, "");
  if (t === "") return null;
  let sign = 1;
  if (/^\(.*\)$/.test(t)) {
    sign = -1;
    t = t.slice(1, -1);
  }
  if (t.startsWith("-") || t.startsWith("−")) {
    sign = -sign;
    t = t.slice(1);
  }
  t = t.replace(/,-{1,2}$/, "").replace(/\.-{1,2}$/, "");
  if (!/^[\d.,]+$/.test(t) || !/\d/.test(t)) return null;
  const lastDot = t.lastIndexOf(".");
  const lastComma = t.lastIndexOf(",");
  let normalised: string;
  if (lastDot >= 0 && lastComma >= 0) {
    const decimal = lastDot > lastComma ? "." : ",";
    const thousands = decimal === "." ? "," : ".";
    const [intPart, frac, ...rest] = t.split(decimal);
    if (rest.length > 0 || frac.includes(thousands) || !validGrouping(intPart, thousands)) return null;
    normalised = `${intPart.split(thousands).join("")}.${frac}`;
  } else if (lastDot >= 0) {
    normalised = singleSeparator(t, ".", false);
  } else if (lastComma >= 0) {
    normalised = singleSeparator(t, ",", true);
  } else {
    normalised = t;
  }
  if (normalised === "") return null;
  const value = Number(normalised);
  return Number.isFinite(value) ? sign * value : null;
}

function validGrouping(intPart: string, sep: string): boolean {
  if (!intPart.includes(sep)) return /^\d+$/.test(intPart);
  return /^\d{1,3}$/.test(intPart.split(sep)[0]) && intPart.split(sep).slice(1).every((g) => /^\d{3}$/.test(g));
}

/** Only one kind of separator: several of them group thousands; one is decimal unless it is a dot before exactly three digits. */
function singleSeparator(t: string, sep: string, commaIsDecimal: boolean): string {
  const parts = t.split(sep);
  if (parts.length > 2) return validGrouping(t, sep) ? parts.join("") : "";
  const [a, b] = parts;
  if (a === "" || b === "") return "";
  if (!commaIsDecimal && b.length === 3) return a + b;
  return `${a}.${b}`;
}

/**
 * How a list writes its numbers: "nl" (1.250.000,50) or "en" (1,250,000.50). A list says it by the language of its
 * headers: amountNotation decides it, in one place, and the amount readers follow it.
 */
export type Notation = "nl" | "en";

const ENGLISH_HEADER = /\b(spend|annual|amount|value|per year|yearly|total|supplier|name|company|vendor|level|valid|until|expiry|expires|award|start|end|date|term|months|duration|category|social|contribution|purchase|price|cost)\b/;
const DUTCH_HEADER = /(opdracht|uitgaven|inkoop|bedrag|jaar|waarde|leverancier|naam|bedrijf|trede|niveau|geldig|datum|looptijd|maanden|bijdrage|categorie|gunning|crediteur|omzet|kosten|prijs)/;

function headerLanguage(header: string | undefined): Notation | null {
  const h = (header ?? "").toLowerCase();
  const en = ENGLISH_HEADER.test(h);
  const nl = DUTCH_HEADER.test(h);
  return en === nl ? null : en ? "en" : "nl";
}

/**
 * The notation of a list's amounts: the language of the amount columns' headers ("Annual spend" is English,
 * "Opdrachtsom per jaar" Dutch); where those say nothing, the language most of the other headers are in; Dutch
 * when nothing tells.
 */
export function amountNotation(headers: readonly (string | undefined)[], amountColumns: readonly (number | undefined)[]): Notation {
  for (const col of amountColumns) {
    const lang = col === undefined ? null : headerLanguage(headers[col]);
    if (lang) return lang;
  }
  let en = 0;
  let nl = 0;
  for (const h of headers) {
    const lang = headerLanguage(h);
    if (lang === "en") en++;
    else if (lang === "nl") nl++;
  }
  return en > nl ? "en" : "nl";
}

/**
 * A lone separator before exactly three digits that the notation reads as a decimal mark ("150,000" in a Dutch list,
 * "150.000" in an English one): 150 or 150.000? Such an amount is refused with both readings, never read silently.
 */
const AMBIGUOUS_NL = /^\d{1,3},\d{3}$/;
const AMBIGUOUS_EN = /^\d{1,3}\.\d{3}$/;

/** The digits and separators of an amount, without spaces, sign or accounting parentheses. */
const magnitude = (t: string) => t.replace(SPACES, "").replace(/^\((.*)\)$/, "$1").replace(/^[-−]/, "");

const DUTCH_NO_CENTS = /,-{1,2}$/;

const swapSeparators = (t: string) => t.replace(/[.,]/g, (c) => (c === "." ? "," : "."));

/** A number as the notation writes it; "ambiguous" for a lone decimal-looking thousands group (see above). */
function numberIn(t: string, notation: Notation): number | null | "ambiguous" {
  // Most amounts have no lone decimal-looking separator: decided by two index lookups, without regexes.
  const sep = notation === "nl" ? "," : ".";
  const at = t.indexOf(sep);
  if (at >= 0 && at === t.lastIndexOf(sep) && (notation === "nl" ? AMBIGUOUS_NL : AMBIGUOUS_EN).test(magnitude(t))) return "ambiguous";
  return parseDutchNumber(notation === "nl" ? t : swapSeparators(t));
}

/** The two readings of an ambiguous amount, written in the list's own notation: ["150", "150.000"]. */
function readingsOf(t: string, notation: Notation): [string, string] {
  const bare = magnitude(t);
  const [whole, part] = bare.split(notation === "nl" ? "," : ".");
  const small = part.replace(/0+$/, "");
  const low = small === "" ? whole : `${whole}${notation === "nl" ? "," : "."}${small}`;
  return [low, `${whole}${notation === "nl" ? "." : ","}${part}`];
}

/**
 * Euros: "€ 1.250.000,00", "1250000", "1.250.000", "1,25 mln", "250k", "EUR 150.000,-", or a number cell; in an
 * English list (see amountNotation) "250,000" and "1,250,000.50".
 */
export function parseMoney(input: unknown, notation: Notation = "nl"): Result<number> {
  if (typeof input === "number") return Number.isFinite(input) ? ok(input) : fail(messages.notMoney(String(input)));
  if (typeof input !== "string") return fail(messages.notMoney(quotedCell(input)));
  // The common shapes "€ 1.250.000,00", "1250000" and "150.000,-" without the general parser's regexes and splits.
  const plain = notation === "nl" ? PLAIN_EURO.exec(input) : null;
  if (plain) {
    const whole = plain[1].length > 3 && plain[1].includes(".") ? plain[1].replace(DOTS, "") : plain[1];
    return ok(Math.round(Number(plain[2] ? `${whole}.${plain[2]}` : whole) * 100) / 100);
  }
  let t = input.toLowerCase().replace(/€|eur(o)?\b/g, "").trim();
  // "150.000,-" is written the Dutch way whatever the headers say: ",-" is the Dutch "no cents".
  if (DUTCH_NO_CENTS.test(t)) {
    notation = "nl";
    t = t.replace(DUTCH_NO_CENTS, "");
  }
  let factor = 1;
  let m = MILLION.exec(t);
  if (m) {
    factor = 1_000_000;
    t = m[1];
  } else if ((m = THOUSAND.exec(t))) {
    factor = 1_000;
    t = m[1];
  }
  // "1,5 mln" and "2,500k" name their unit: only a bare amount can be read two ways.
  const value = factor === 1 ? numberIn(t, notation) : parseDutchNumber(notation === "nl" ? t : swapSeparators(t));
  if (value === "ambiguous") {
    const [low, high] = readingsOf(t, notation);
    return fail(messages.ambiguousAmount(input.trim(), low, high));
  }
  if (value === null) return fail(messages.notMoney(input.trim()));
  return ok(Math.round(value * factor * 100) / 100);
}

/**
 * A percentage as a fraction (0.155 for 15,5 %). "15,5%" is explicit; a bare number above 1 is read as percent
 * points (15.5) and one of at most 1 as a fraction, the way Excel stores a percent cell (0.155).
 */
export function parsePercent(input: unknown): Result<number> {
  let value: number | null;
  let explicit = false;
  if (typeof input === "number") value = Number.isFinite(input) ? input : null;
  else if (typeof input === "string") {
    const t = input.trim();
    explicit = /%\s*$/.test(t);
    value = parseDutchNumber(t.replace(/%\s*$/, ""));
  } else value = null;
  if (value === null) return fail(messages.notPercent(quotedCell(input)));
  const fraction = explicit || value > 1 ? value / 100 : value;
  if (fraction < 0 || fraction > 1) return fail(messages.percentOutOfRange(String(input).trim()));
  return ok(fraction);
}

/**
 * Whether a number format shows a percentage: a % outside quoted text, escapes and [colour]/[condition] blocks
 * ("0%", "0.0%", "0,0%;[Red]-0,0%"). `0.0"%"` and `0\%` only print a percent sign and hold percent points.
 */
export function isPercentFormat(code: string | null | undefined): boolean {
  if (!code || code.indexOf("%") < 0) return false;
  return code.replace(/"[^"]*"/g, "").replace(/\\./g, "").replace(/\[[^\]]*\]/g, "").includes("%");
}

/**
 * A number shown under a percent format, as the percentage the cell shows (0,8 → "80%", 0,016 → "1,6%"), so the one
 * rule for a typed "%" reads it: a percent cell holds a fraction, and a bare 1 there is 100 % without doubt. Written
 * with a decimal comma and no grouping, which parseDutchNumber reads back exactly.
 */
export function percentCellText(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const points = Number((value * 100).toPrecision(12));
  // String() writes tiny numbers with an exponent ("5e-11"), which no one types: write those out in full.
  const text = Math.abs(points) >= 1e-6 || points === 0 ? String(points) : points.toFixed(12).replace(/\.?0+$/, "");
  return `${text.replace(".", ",")}%`;
}

/**
 * How a column's bare numbers (no % sign) read as percentages. The whitepaper's own direct contribution is 1,6 % and a
 * sheltered-work company has 80 %: a bare 1 or 0,8 can mean either. A column with any bare number above 1 is typed in
 * percent points (so 0,8 there is 0,8 %); otherwise its numbers are fractions, as Excel stores a percent cell (0,155).
 */
export type PercentReading = "points" | "fraction";

/** The number of a cell without a % sign; null for a % text, a blank or no number. */
function bareNumber(input: unknown): number | null {
  if (typeof input === "number") return Number.isFinite(input) ? input : null;
  if (typeof input !== "string" || /%\s*$/.test(input)) return null;
  return parseDutchNumber(input.trim());
}

export function percentReadingOf(cells: ArrayLike<unknown>): PercentReading {
  for (let i = 0; i < cells.length; i++) {
    const n = bareNumber(cells[i]);
    if (n !== null && n > 1) return "points";
  }
  return "fraction";
}

/**
 * Whether a bare number stays ambiguous under the column's reading: a 1 among fractions (1 % or 100 %?). It is read
 * as 1 %, the realistic one, and the row says so.
 */
export function ambiguousPercent(input: unknown, reading: PercentReading): boolean {
  return reading === "fraction" && bareNumber(input) === 1;
}

/** A percentage as a fraction, bare numbers read the column's way (see PercentReading). */
export function parsePercentAs(input: unknown, reading: PercentReading): Result<number> {
  const bare = bareNumber(input);
  if (bare === null) return parsePercent(input);
  const fraction = reading === "points" || bare === 1 ? bare / 100 : bare;
  if (fraction < 0 || fraction > 1) return fail(messages.percentOutOfRange(String(input).trim()));
  return ok(fraction);
}

/** As parsePercentAs, but an ambiguous bare number is refused (where no row can say which reading was taken). */
export function parsePercentStrict(input: unknown, reading: PercentReading): Result<number> {
  if (ambiguousPercent(input, reading)) return fail(messages.ambiguousPercent(String(input).trim()));
  return parsePercentAs(input, reading);
}

/** A contract term in months: 24, "24", "24 maanden", "2 jaar". */
export function parseMonths(input: unknown): Result<number> {
  if (typeof input === "number") {
    return Number.isFinite(input) && input >= 0 ? ok(input) : fail(messages.notMonths(String(input)));
  }
  if (typeof input !== "string") return fail(messages.notMonths(quotedCell(input)));
  const m = /^\s*([\d.,]+)\s*(maanden|maand|mnd|mnd\.|months?|jaar|jr|years?)?\s*$/i.exec(input);
  const value = m ? parseDutchNumber(m[1]) : null;
  if (!m || value === null || value < 0) return fail(messages.notMonths(input.trim()));
  return ok(/^(jaar|jr|year)/i.test(m[2] ?? "") ? value * 12 : value);
}

/** Euros for the reader: nl "€ 16.487.000,00", en "€16,487,000.00". */
export function formatEuro(value: number, lang: Lang = "nl"): string {
  const cents = Math.round(value * 100);
  const sign = cents < 0 ? "-" : "";
  const abs = Math.abs(cents);
  let int: string;
  let frac: string;
  if (abs < 1e15) {
    // Whole cents, in integer arithmetic: what toFixed(2) gives, without it (this runs for every row out of scope).
    const c = abs % 100;
    int = String((abs - c) / 100);
    frac = c < 10 ? `0${c}` : String(c);
  } else [int, frac] = Math.abs(cents / 100).toFixed(2).split(".");
  return lang === "nl" ? `${sign}€ ${group(int, ".")},${frac}` : `${sign}€${group(int, ",")}.${frac}`;
}

/** A fraction as a percentage: nl "69,4%", en "69.4%". */
export function formatPercent(fraction: number, decimals = 1, lang: Lang = "nl"): string {
  const fixed = (fraction * 100).toFixed(decimals);
  return `${lang === "nl" ? fixed.replace(".", ",") : fixed}%`;
}
