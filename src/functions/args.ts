import { Day, formulaErrorOf, isBlank, localToday, messages, parseDate, Result } from "../core";
import { errorKindOf, excelError } from "./errors";
import { functionMessages } from "./messages";

/**
 * Argument readers for one row. Excel passes numbers as numbers whatever the locale, dates as serial numbers, and
 * text as typed ("150.000", "15,5%", "30-6-2022"); the core parsers read all of them. A reader throws the
 * CustomFunctions.Error for its cell; mapRows catches it and puts it in that cell.
 */
type Parse<T> = (value: unknown) => Result<T>;

function read<T>(value: unknown, name: string, parse: Parse<T>): T {
  const formulaError = formulaErrorOf(value as never);
  if (formulaError) {
    const problem = messages.formulaError(formulaError);
    throw excelError(errorKindOf(problem), functionMessages.argumentProblem(name, problem));
  }
  const result = parse(typeof value === "string" ? value.trim() : value);
  if (!result.ok) throw excelError("value", functionMessages.argumentProblem(name, result.message));
  return result.value;
}

/** A value the function cannot do without: empty gives #N/A, unreadable gives #VALUE!. */
export function required<T>(value: unknown, name: string, parse: Parse<T>): T {
  if (isBlank(value as never)) throw excelError("na", functionMessages.missingArgument(name));
  return read(value, name, parse);
}

/** An optional value: omitted or empty gives null. */
export function optional<T>(value: unknown, name: string, parse: Parse<T>): T | null {
  return isBlank(value as never) ? null : read(value, name, parse);
}

/** The peildatum: today (the user's calendar) when omitted. */
export function peildatum(value: unknown, today: Day): Day {
  return optional(value, "peildatum", parseDate) ?? today;
}

/** Today, once per formula call, so every cell of one result uses the same day. */
export function today(): Day {
  return localToday();
}

/** Excel hands over a text cell as text; a number or date cell stays what it is. */
export function text(value: unknown): Result<string> {
  return { ok: true, value: String(value).trim() };
}
