/*
 * Which sheet is PSO-toets's own Sociale bijdrage report (issue 22 item 6). PSO-toets marks its report with a hidden
 * workbook-level defined name that points at the report sheet's A1: Excel keeps defined names through every save and
 * round trip, follows a renamed sheet with it, never shows a hidden name in Name Manager or the name box, and the same
 * name is written by Office.js (`workbook.names`, ExcelApi 1.4) and by the file path (`<definedName hidden="1">`).
 * A sheet is never taken as the report because of its name alone: a user's own "Sociale bijdrage" is left untouched
 * and the report goes to a free name. The mark logic is the same for all three of our sheets: core/ownSheets.ts.
 */
import { CellValue, cellText } from "../read/cells";
import { coded } from "../i18n/coded";
import { Message } from "../result";
import { historyFromGrid } from "./history";
import { SOCIAL_SHEET_NAME } from "./socialLayout";
import { chooseOwnSheet, freeSheetName, markReference, OWN_SHEETS, OwnSheetChoice, sheetOfMark } from "../ownSheets";

/** The defined name that marks the report sheet (workbook scope, hidden); the mark logic is shared (core/ownSheets.ts). */
export const REPORT_MARK_NAME = OWN_SHEETS.report.mark;
export { markReference, sheetOfMark };

/** The report's title in A1, as every PSO-toets version wrote it. */
const REPORT_TITLES = ["Sociale bijdrage (PSO)", "Social contribution (PSO)"];

/**
 * A report written by a PSO-toets version before the mark: its A1 holds the report's title ("Sociale bijdrage (PSO)"
 * or "Social contribution (PSO)") and the sheet holds the history table's header row (all its column headers, in one
 * language; the ten of a history from before issue 24.1's "Nog te gaan" count too). A user's sheet that happens to be called "Sociale bijdrage" does not have both.
 */
export function isEarlierReport(grid: readonly (readonly CellValue[])[]): boolean {
  const a1 = grid[0]?.[0];
  if (a1 === null || a1 === undefined || !REPORT_TITLES.includes(cellText(a1).trim())) return false;
  return historyFromGrid(grid).headerIndex !== null;
}

/** "Sociale bijdrage", or "Sociale bijdrage (2)", "(3)" … : the first name no sheet has (names compare as Excel does, ignoring case). */
export const freeReportName = (sheetNames: readonly string[]): string => freeSheetName(SOCIAL_SHEET_NAME, sheetNames);

export type ReportSheetChoice = OwnSheetChoice;

/**
 * Where the report goes: the sheet the mark points at; else a sheet named "Sociale bijdrage" that an earlier version
 * wrote (isEarlierReport); else a new sheet at a free name. `gridOf` reads a sheet only when the choice needs it.
 */
export function chooseReportSheet(
  sheetNames: readonly string[],
  markReferenceText: string | null,
  gridOf: (name: string) => readonly (readonly CellValue[])[],
): ReportSheetChoice {
  return chooseOwnSheet(OWN_SHEETS.report, sheetNames, markReferenceText, (name) => isEarlierReport(gridOf(name)));
}

export const reportSheetMessages = coded("core.reportSheet", {
  userSheetKept: (userSheet: string, reportSheet: string): Message => ({
    nl: `Het blad "${userSheet}" is niet door PSO-toets gemaakt en blijft zoals het is; het rapport staat op het blad "${reportSheet}".`,
    en: `The sheet "${userSheet}" was not made by PSO-toets and is left as it is; the report is on the sheet "${reportSheet}".`,
  }),
});
