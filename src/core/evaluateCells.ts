import { CellValue, formulaErrorOf, isBlank } from "./cells";
import { Field } from "./columns";
import { monthsBetween, parseDate } from "./dates";
import { levelRank, parseLevel } from "./levels";
import { messages } from "./messages";
import { parseMoney, parseMonths, parsePercent } from "./numbers";
import { NO_DAY } from "./evaluateRules";
import { Reason } from "./reasons";
import { Message, Result } from "./result";

/**
 * Raw supplier cells read into typed arrays, one column at a time, with the same parsers and the same messages as
 * a single row. A cell that cannot be read leaves NaN, NO_DAY or -1 and a problem for its row.
 */

const MAX_SPEND = 10_000_000_000;

function spendProblem(amount: number, raw: unknown): Message | null {
  if (amount < 0) return messages.negativeAmount(String(raw));
  if (amount > MAX_SPEND) return messages.hugeAmount(String(raw));
  return null;
}

/** An annual contract sum or spend: euros, not negative, not implausibly large. */
export function parseSpend(value: unknown): Result<number> {
  const money = parseMoney(value);
  if (!money.ok) return money;
  const problem = spendProblem(money.value, value);
  return problem ? { ok: false, message: problem } : money;
}

/** A number cell that parseSpend reads as itself: the common case, decided without building a Result. */
const isPlainSpend = (value: unknown): value is number => typeof value === "number" && value >= 0 && value <= MAX_SPEND;

/** Raw cells per field, each column as long as `count`; a field without a column counts as blank. */
export interface SupplierColumns {
  count: number;
  /** The 1-based sheet row of each entry; defaults to entry index + 1. */
  rowNumbers?: ArrayLike<number>;
  cells: Partial<Record<Field, ArrayLike<CellValue>>>;
}

/** Problems of the rows that could not be read, in column order, kept only for those rows. */
export class RowProblems {
  private readonly byRow = new Map<number, Reason[]>();
  readonly bad: Uint8Array;
  constructor(count: number) {
    this.bad = new Uint8Array(count);
  }
  add(row: number, field: Field, problem: Message): void {
    const list = this.byRow.get(row);
    const reason: Reason = { code: "invalid", field, problem };
    if (list) list.push(reason);
    else this.byRow.set(row, [reason]);
    this.bad[row] = 1;
  }
  of(row: number): Reason[] {
    return this.byRow.get(row) ?? [];
  }
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
  problems: RowProblems;
}

/** The shared steps of reading one cell: blank, formula error, or the parser's answer; null when there is no value. */
function readCell<T>(value: CellValue, field: Field, parse: (v: unknown) => Result<T>, required: boolean, problems: RowProblems, i: number): T | null {
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

function readSpend(cells: ArrayLike<CellValue> | undefined, count: number, problems: RowProblems): Float64Array {
  const out = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    const value = cells ? cells[i] : null;
    out[i] = isPlainSpend(value) ? value : (readCell(value, "spend", parseSpend, true, problems, i) ?? Number.NaN);
  }
  return out;
}

function readLevel(cells: ArrayLike<CellValue> | undefined, count: number, field: Field, blank: number, problems: RowProblems): Int8Array {
  const out = new Int8Array(count).fill(blank);
  if (!cells) return out;
  for (let i = 0; i < count; i++) {
    const value = cells[i];
    if (isBlank(value)) continue;
    const level = readCell(value, field, parseLevel, false, problems, i);
    out[i] = level === null ? -1 : levelRank(level);
  }
  return out;
}

/** Date cells are mostly whole Excel serials that repeat: remember parseDate's answer per serial. */
const SERIAL_CACHE_SIZE = 80_000;
const UNKNOWN = 0;
const serialDays = new Int32Array(SERIAL_CACHE_SIZE);
/** Stored shifted by one so that 0 can mean "not asked yet". */
const SHIFT = 1 << 30;

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

function readDays(cells: ArrayLike<CellValue> | undefined, count: number, field: Field, problems: RowProblems): Int32Array {
  const out = new Int32Array(count).fill(NO_DAY);
  if (!cells) return out;
  for (let i = 0; i < count; i++) {
    const value = cells[i];
    if (typeof value === "number") {
      const day = serialDay(value);
      if (day !== NO_DAY) {
        out[i] = day;
        continue;
      }
    }
    out[i] = readCell(value, field, parseDate, false, problems, i) ?? NO_DAY;
  }
  return out;
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

function readNumbers(cells: ArrayLike<CellValue> | undefined, count: number, field: Field, parse: (v: unknown) => Result<number>, problems: RowProblems): Float64Array {
  const out = new Float64Array(count).fill(Number.NaN);
  if (!cells) return out;
  const parseOnce = remembered(parse);
  for (let i = 0; i < count; i++) {
    const value = cells[i];
    if (!isBlank(value)) out[i] = readCell(value, field, parseOnce, false, problems, i) ?? Number.NaN;
  }
  return out;
}

/** Reads every column the rules need, in the order a row's problems are listed. */
export function parseColumns(columns: SupplierColumns): ParsedColumns {
  const { count, cells } = columns;
  const problems = new RowProblems(count);
  const spend = readSpend(cells.spend, count, problems);
  const heldRank = readLevel(cells.level, count, "level", 0, problems);
  const validUntil = readDays(cells.validUntil, count, "validUntil", problems);
  const award = readDays(cells.awardDate, count, "awardDate", problems);
  const termMonths = readNumbers(cells.termMonths, count, "termMonths", parseMonths, problems);
  const endDate = readDays(cells.endDate, count, "endDate", problems);
  const contribution = readNumbers(cells.contribution, count, "contribution", parsePercent, problems);
  const levelAtAwardRank = readLevel(cells.levelAtAward, count, "levelAtAward", -1, problems);
  if (cells.endDate) {
    for (let i = 0; i < count; i++) {
      if (Number.isNaN(termMonths[i]) && award[i] !== NO_DAY && endDate[i] !== NO_DAY) termMonths[i] = monthsBetween(award[i], endDate[i]);
    }
  }
  return { count, spend, heldRank, validUntil, award, endDate, termMonths, contribution, levelAtAwardRank, problems };
}
