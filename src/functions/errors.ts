import { Finding, isCode, Message, messages, reasonText, statusLabel } from "../core";
import { functionLang } from "./language";

/** The two error kinds a custom function can give a message with. */
export type ErrorKind = "value" | "na";

/** What Excel shows: `#VALUE!`/`#WAARDE!` for input it cannot read, `#N/A`/`#N/B` for data that is missing. */
export type ExcelError = CustomFunctions.Error;

interface CustomFunctionsGlobal {
  Error: new (code: CustomFunctions.ErrorCode, message?: string) => CustomFunctions.Error;
  ErrorCode: typeof CustomFunctions.ErrorCode;
}

/** CustomFunctions is a global only inside Excel (tests install a stand-in), so it is looked up at call time. */
function runtime(): CustomFunctionsGlobal {
  const cf = (globalThis as { CustomFunctions?: CustomFunctionsGlobal }).CustomFunctions;
  if (!cf) throw new Error("CustomFunctions runtime not loaded");
  return cf;
}

/** The one place that builds a formula error: text in Office's display language, Excel's code by kind. */
export function excelError(kind: ErrorKind, message: Message): ExcelError {
  const cf = runtime();
  const code = kind === "na" ? cf.ErrorCode.notAvailable : cf.ErrorCode.invalidValue;
  return new cf.Error(code, message[functionLang()]);
}

const MISSING = messages.missing().code ?? "";
const NOT_AVAILABLE = messages.notAvailable("#N/A").code ?? "";

export function isExcelError(value: unknown): value is ExcelError {
  const cf = (globalThis as { CustomFunctions?: CustomFunctionsGlobal }).CustomFunctions;
  return cf !== undefined && value instanceof cf.Error;
}

/**
 * The code of an error Excel hands to a function as input ("#N/A", "#DIV/0!"), or null. With
 * allowErrorForDataTypeAny in functions.json, Excel passes an error cell of an `any` parameter as a
 * CustomFunctions.Error (whose ErrorCode values are these codes) instead of not calling the function at all.
 */
export function inputErrorCode(value: unknown): string | null {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return null;
  const code = (value as { code?: unknown }).code;
  return typeof code === "string" && code.startsWith("#") ? code : null;
}

/** "No data" rather than "wrong data": an empty required cell, or a cell holding #N/A. Decided by code, never by wording. */
export function errorKindOf(problem: Message): ErrorKind {
  return isCode(problem, MISSING) || isCode(problem, NOT_AVAILABLE) ? "na" : "value";
}

/** A row the core could not read: #N/A when a required value is missing, #VALUE! otherwise, with the core's text. */
export function errorForFinding(finding: Finding): ExcelError {
  const first = finding.reasons[0];
  if (!first) return excelError("value", { nl: statusLabel("error", "nl"), en: statusLabel("error", "en") });
  const kind = first.code === "invalid" ? errorKindOf(first.problem) : "value";
  return excelError(kind, { nl: reasonText(first, "nl"), en: reasonText(first, "en") });
}
