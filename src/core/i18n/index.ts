/*
 * The message catalogue. Every user-facing text is an entry of a coded table, Dutch and English side by side, and
 * gets a code from its table and key ("core.missing", "excel.notices.table", "cli.oneFile"):
 *   core/read/messages.ts (parsers, policy), core/i18n/texts.ts, core/report/history.ts, core/report/ownFigures.ts, core/report/socialReport.ts,
 *   functions/messages.ts, excel/messages.ts, xlsx/messages.ts, cli/messages.ts;
 *   row findings by Reason code in core/rules/ruleTable.ts; the taskpane's labels per language in taskpane/strings.ts.
 * Side by side rather than one file per language: a missing translation is a type error at the entry itself, a
 * reviewer sees both texts and their placeholders together, and each adapter keeps its texts beside its code.
 * Rules: compare codes, never wording (functions/errors.ts picks #N/A by code); numbers and dates go through
 * formatEuro/formatPercent/formatCount/formatDate with the language; test/core/messages.test.ts checks that every
 * code has both languages with the same placeholders and that no Dutch word slips into an English text.
 */
export { coded, isCode } from "./coded";
export type { MessageTable } from "./coded";
export { langFromDisplayLanguage } from "./lang";
export { coreTexts, unnamedSupplier } from "./texts";
