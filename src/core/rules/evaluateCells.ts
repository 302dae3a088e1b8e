import { CellValue, formulaErrorOf, isBlank } from "../read/cells";
import { Field } from "../read/columns";
import { monthsBetween, parseDate } from "../read/dates";
import { heldRank, parseHeldLevel } from "../read/levels";
import { messages } from "../read/messages";
import { ambiguousPercent, formatEuro, Notation, parseMoney, parseMonths, parsePercentAs, percentReadingOf, PercentReading } from "../read/numbers";
import { NO_DAY, RuleInput } from "./evaluateRules";
import type { Reason } from "./finding";
import { Message, Result } from "../result";

/**
 * Raw supplier cells read into numbers: a whole column at a time into typed arrays (parseColumns), or one row
 * (readRow), with the same per-cell readers, parsers and messages. A cell that cannot be read gives NaN, NO_DAY or
 * -1 and a problem for its row.
 */

const MAX_SPEND = 10_000_000_000;

function spendProblem(amount: number, raw: unknown): Message | null {
  if (amount < 0) return messages.negativeAmount(String(raw));
  if (amount > MAX_SPEND) return messages.hugeAmount(String(raw));
  return null;
}

/** An annual contract sum or spend: euros, not negative, not implausibly large; text read in the list's notation. */
export function parseSpend(value: unknown, notation: Notation = "nl"): Result<number> {
  const money = parseMoney(value, notation);
  if (!money.ok) return money;
  const problem = spendProblem(money.value, value);
  return problem ? { ok: false, message: problem } : money;
}

const parseSpendEn = (value: unknown) => parseSpend(value, "en");
const spendParser = (notation: Notation | undefined) => (notation === "en" ? parseSpendEn : parseSpend);

/** A number cell that parseSpend reads as itself: the common case, decided without building a Result. */
const isPlainSpend = (value: unknown): value is number => typeof value === "number" && value >= 0 && value <= MAX_SPEND;

/** Raw cells per field, each column as long as `count`; a field without a column counts as blank. */
export interface SupplierColumns {
  count: number;
  /** The 1-based sheet row of each entry; defaults to entry index + 1. */
  rowNumbers?: ArrayLike<number>;
  cells: Partial<Record<Field, ArrayLike<CellValue>>>;
  /** How the list writes amounts as text (see amountNotation); Dutch when not given. */
  notation?: Notation;
}

/** Where a reader reports a cell it cannot read: row index, column, what is wrong. */
export interface ProblemSink {
  add(row: number, field: Field, problem: Message): void;
}

/** Problems of the rows that could not be read, in column order, kept only for those rows. */
export class RowProblems implements ProblemSink {
  private byRow: Map<number, Reason[]> | null = null;
  readonly bad: Uint8Array;
  constructor(count: number) {
    this.bad = new Uint8Array(count);
  }
  add(row: number, field: Field, problem: Message): void {
    this.byRow ??= new Map();
    const list = this.byRow.get(row);
    const reason: Reason = { code: "invalid", field, problem };
    if (list) list.push(reason);
    else this.byRow.set(row, [reason]);
    this.bad[row] = 1;
  }
  of(row: number): Reason[] {
    return this.byRow?.get(row) ?? [];
  }
}

/** The values of one row that the rules and the finding need (see RuleInput); NaN, NO_DAY or -1 where there is none. */
export interface RowValues extends RuleInput {
  endDate: number;
  contribution: number;
}

/** The typed columns the rules read. */
export interface ParsedColumns {
  count: number;
  /** Euros; NaN when blank or unreadable. */
  spend: Float64Array;
  /** Rank of the held level (blank is 0, none); -1 when unreadable. */
  heldRank: Int8Array;
  validUntil: Int32Array;
  award: Int32Array;
  endDate: Int32Array;
  /** The term in months as given, else from award to end date; NaN when unknown. */
  termMonths: Float64Array;
  /** Fraction; NaN when blank or unreadable. */
  contribution: Float64Array;
  levelAtAwardRank: Int8Array;
  /** Since when the Aspirant-status is held (issue 24.4); NO_DAY when not given. */
  aspirantSince: Int32Array;
  problems: RowProblems;
  /** Per row 1 when its annual spend was derived from the total contract value over the term. */
  spendDerived: Uint8Array;
  /** Per row 1 when its contribution was a bare number that stays ambiguous; read as percent points (see numbers.ts). */
  contributionAmbiguous: Uint8Array;
}

/** The reason a row gives for a contribution cell that could be read two ways. */
export function contributionNote(cell: CellValue, fraction: number): Reason {
  return { code: "percentRead", field: "contribution", input: String(cell).trim(), fraction };
}

/** The shared steps of reading one cell: blank, formula error, or the parser's answer; null when there is no value. */
function readCell<T>(value: CellValue, field: Field, parse: (v: unknown) => Result<T>, required: boolean, problems: ProblemSink, i: number): T | null {
  if (isBlank(value)) {
    if (required) problems.add(i, field, messages.missing());
    return null;
  }
  const formulaError = formulaErrorOf(value);
  if (formulaError) {
    problems.add(i, field, messages.formulaError(formulaError));
    return null;
  }
  const result = parse(typeof value === "string" ? value.trim() : value);
  if (result.ok) return result.value;
  problems.add(i, field, result.message);
  return null;
}

/** The spend of a row (required unless the sheet has a total contract value); NaN when missing or unreadable. */
function spendOf(value: CellValue, problems: ProblemSink, i: number, required = true, parse = parseSpend): number {
  return isPlainSpend(value) ? value : (readCell(value, "spend", parse, required, problems, i) ?? Number.NaN);
}

/**
 * The annual sum of a total contract value over its term: the whole sum for a contract of a year or less. NaN (and a
 * problem) when the total is unreadable or the term unknown.
 */
function annualFromTotal(value: CellValue, termMonths: number, problems: ProblemSink, i: number, parse = parseSpend): number {
  const total = readCell(value, "contractSum", parse, true, problems, i);
  if (total === null) return Number.NaN;
  if (Number.isNaN(termMonths) || termMonths <= 0) {
    problems.add(i, "termMonths", messages.noTermForTotal());
    return Number.NaN;
  }
  return termMonths > 12 ? Math.round((total * 12 * 100) / termMonths) / 100 : total;
}

/** The reason a row gives when its annual contract sum was derived from the total contract value. */
export function spendDerivedNote(total: CellValue, termMonths: number, annual: number): Reason {
  return { code: "spendDerived", total: typeof total === "number" ? formatEuro(total) : String(total).trim(), termMonths, annual };
}

/** A level's rank (a claim's negative rank: see levels.ts); `blank` for an empty cell, -1 when unreadable. */
function rankOf(value: CellValue, field: Field, blank: number, problems: ProblemSink, i: number): number {
  if (isBlank(value)) return blank;
  const level = readCell(value, field, parseHeldLevel, false, problems, i);
  return level === null ? -1 : heldRank(level);
}

/** Date cells are mostly whole Excel serials that repeat: remember parseDate's answer per serial. */
const SERIAL_CACHE_SIZE = 80_000;
const UNKNOWN = 0;
const serialDays = new Int32Array(SERIAL_CACHE_SIZE);
/** Days stored shifted so that 0 can mean "not asked yet" (serials below the cache size give days far below this). */
const SHIFT = 1 << 20;

function serialDay(value: number): number {
  if (!(value >= 0 && value < SERIAL_CACHE_SIZE && value === Math.floor(value))) return NO_DAY;
  let known = serialDays[value];
  if (known === UNKNOWN) {
    const day = parseDate(value);
    known = day.ok ? day.value + SHIFT : -1;
    serialDays[value] = known;
  }
  return known === -1 ? NO_DAY : known - SHIFT;
}

/** A date as a day; NO_DAY when blank or unreadable. */
function dayOf(value: CellValue, field: Field, problems: ProblemSink, i: number): number {
  if (typeof value === "number") {
    const day = serialDay(value);
    if (day !== NO_DAY) return day;
  }
  return readCell(value, field, parseDate, false, problems, i) ?? NO_DAY;
}

/** A number; NaN when blank or unreadable. */
function numberOf(value: CellValue, field: Field, parse: (v: unknown) => Result<number>, problems: ProblemSink, i: number): number {
  return isBlank(value) ? Number.NaN : (readCell(value, field, parse, false, problems, i) ?? Number.NaN);
}

/** The term as given, else the whole months from award to end date. */
function termOf(given: number, award: number, endDate: number): number {
  return Number.isNaN(given) && award !== NO_DAY && endDate !== NO_DAY ? monthsBetween(award, endDate) : given;
}

/** Terms and percentages repeat down a column: each distinct cell is parsed once per column (answers are immutable). */
function remembered<T>(parse: (v: unknown) => Result<T>): (v: unknown) => Result<T> {
  const known = new Map<unknown, Result<T>>();
  return (value) => {
    let result = known.get(value);
    if (!result) {
      result = parse(value);
      if (known.size < 10_000) known.set(value, result);
    }
    return result;
  };
}

/** The contribution reader of a column: its bare numbers read the column's way. */
const percentAs = (reading: PercentReading) => (v: unknown) => parsePercentAs(v, reading);

/**
 * Reads one row's cells into `out`, in the order its problems are listed (the same readers as the columns, so a
 * row alone and a row in a column of one read alike). `niveau` is left for the caller. Returns whether the
 * contribution stays ambiguous.
 */
export function readRow(cells: Partial<Record<Field, CellValue>>, out: RowValues, problems: ProblemSink): { ambiguous: boolean; derived: boolean } {
  const reading = percentReadingOf([cells.contribution]);
  const total = cells.contractSum;
  const fromTotal = isBlank(cells.spend) && !isBlank(total);
  out.spend = spendOf(cells.spend, problems, 0, !fromTotal);
  out.heldRank = rankOf(cells.level, "level", 0, problems, 0);
  out.validUntil = dayOf(cells.validUntil, "validUntil", problems, 0);
  out.award = dayOf(cells.awardDate, "awardDate", problems, 0);
  const term = numberOf(cells.termMonths, "termMonths", parseMonths, problems, 0);
  out.endDate = dayOf(cells.endDate, "endDate", problems, 0);
  out.contribution = numberOf(cells.contribution, "contribution", percentAs(reading), problems, 0);
  out.levelAtAwardRank = rankOf(cells.levelAtAward, "levelAtAward", -1, problems, 0);
  out.aspirantSince = dayOf(cells.aspirantSince, "aspirantSince", problems, 0);
  out.termMonths = termOf(term, out.award, out.endDate);
  if (fromTotal) out.spend = annualFromTotal(total, out.termMonths, problems, 0);
  return { ambiguous: ambiguousPercent(cells.contribution, reading), derived: fromTotal && !Number.isNaN(out.spend) };
}

/** Reads every column the rules need, column by column, in the order a row's problems are listed. */
export function parseColumns(columns: SupplierColumns): ParsedColumns {
  const { count, cells } = columns;
  const money = spendParser(columns.notation);
  const problems = new RowProblems(count);
  const none: ArrayLike<CellValue> = { length: 0 };
  const { spend: spendCells = none, level = none, validUntil: untilCells = none, awardDate = none, termMonths: termCells = none,
    endDate: endCells = none, contribution: pctCells = none, levelAtAward = none, contractSum: totalCells, aspirantSince: sinceCells = none } = cells;
  const spend = new Float64Array(count);
  const spendDerived = new Uint8Array(count);
  if (totalCells) {
    for (let i = 0; i < count; i++) {
      if (isBlank(spendCells[i]) && !isBlank(totalCells[i])) spendDerived[i] = 1;
      spend[i] = spendOf(spendCells[i], problems, i, spendDerived[i] === 0, money);
    }
  } else for (let i = 0; i < count; i++) spend[i] = spendOf(spendCells[i], problems, i, true, money);
  const heldRank = new Int8Array(count);
  for (let i = 0; i < count; i++) heldRank[i] = rankOf(level[i], "level", 0, problems, i);
  const validUntil = new Int32Array(count);
  for (let i = 0; i < count; i++) validUntil[i] = dayOf(untilCells[i], "validUntil", problems, i);
  const award = new Int32Array(count);
  for (let i = 0; i < count; i++) award[i] = dayOf(awardDate[i], "awardDate", problems, i);
  const termMonths = new Float64Array(count);
  const months = remembered(parseMonths);
  for (let i = 0; i < count; i++) termMonths[i] = numberOf(termCells[i], "termMonths", months, problems, i);
  const endDate = new Int32Array(count);
  for (let i = 0; i < count; i++) endDate[i] = dayOf(endCells[i], "endDate", problems, i);
  const contribution = new Float64Array(count);
  const reading = percentReadingOf(pctCells);
  const percent = remembered(percentAs(reading));
  for (let i = 0; i < count; i++) contribution[i] = numberOf(pctCells[i], "contribution", percent, problems, i);
  const contributionAmbiguous = new Uint8Array(count);
  for (let i = 0; i < count; i++) if (ambiguousPercent(pctCells[i], reading)) contributionAmbiguous[i] = 1;
  const levelAtAwardRank = new Int8Array(count);
  for (let i = 0; i < count; i++) levelAtAwardRank[i] = rankOf(levelAtAward[i], "levelAtAward", -1, problems, i);
  const aspirantSince = new Int32Array(count);
  if (sinceCells.length > 0) for (let i = 0; i < count; i++) aspirantSince[i] = dayOf(sinceCells[i], "aspirantSince", problems, i);
  else aspirantSince.fill(NO_DAY);
  for (let i = 0; i < count; i++) termMonths[i] = termOf(termMonths[i], award[i], endDate[i]);
  if (totalCells) {
    for (let i = 0; i < count; i++) {
      if (spendDerived[i] === 0) continue;
      spend[i] = annualFromTotal(totalCells[i], termMonths[i], problems, i, money);
      if (Number.isNaN(spend[i])) spendDerived[i] = 0;
    }
  }
  return { count, spend, heldRank, validUntil, award, endDate, termMonths, contribution, levelAtAwardRank, aspirantSince, problems, contributionAmbiguous, spendDerived };
}
