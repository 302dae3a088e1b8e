import { batchesOf, CellValue, CheckReport, columnLetter, fitBytes, HIGHLIGHT_FILLS, highlightFormulas, jsonBytes, RESULT_HEADERS, RESULT_WIDTHS } from "../core";
import type { TableLayout } from "./layout";
import { filled, GENERAL_FORMAT, queueWrite, TEXT_FORMAT } from "./text";

/** The highlight fills as Office.js takes them. */
export const FILL_FAIL = `#${HIGHLIGHT_FILLS.fail}`;
export const FILL_WARN = `#${HIGHLIGHT_FILLS.warn}`;

/** Office column widths are in points; a character of the default font is about 6 points wide. */
export const POINTS_PER_CHAR = 6;

/**
 * The result columns' widths and wrapping. Row heights are left to Excel, which fits rows that have no height of
 * their own to the wrapped text; the user's columns are never resized.
 */
export function queueResultFormat(sheet: Excel.Worksheet, layout: TableLayout, rowCount: number): void {
  sheet.getRangeByIndexes(layout.headerRow, layout.statusColumn, 1, 1).format.columnWidth = RESULT_WIDTHS.status * POINTS_PER_CHAR;
  sheet.getRangeByIndexes(layout.headerRow, layout.statusColumn + 1, 1, 1).format.columnWidth = RESULT_WIDTHS.explanation * POINTS_PER_CHAR;
  sheet.getRangeByIndexes(layout.headerRow, layout.statusColumn + 1, rowCount, 1).format.wrapText = true;
}

/**
 * Writes the PSO-status and PSO-toelichting columns (header + one row per data row) in as few syncs as the payload
 * allows; `beforeLastSync` queues the rest of the batch (highlights, settings) into the final sync.
 */
export async function writeResultColumns(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  layout: TableLayout,
  results: CellValue[][],
  budget: number,
  beforeLastSync: () => void,
): Promise<void> {
  const rows: CellValue[][] = [[...RESULT_HEADERS], ...results];
  // Each row weighs its values and its two text formats, plus a comma; the outer brackets take 2 bytes of the budget.
  const formatBytes = jsonBytes([TEXT_FORMAT, TEXT_FORMAT]) + 1;
  const chunks = batchesOf(rows.length, budget - 2, (i) => jsonBytes(rows[i]) + 1 + formatBytes);
  for (let i = 0; i < chunks.length; i++) {
    const { start: offset, count } = chunks[i];
    const block = rows.slice(offset, offset + count);
    // Status and reason are text: a reason quoting a cell ("=…", "2026-11") must not turn into a formula or a date.
    queueWrite(sheet.getRangeByIndexes(layout.headerRow + offset, layout.statusColumn, block.length, 2), block, filled(block.length, 2, TEXT_FORMAT));
    if (i === chunks.length - 1) {
      // Result cells of a previous, longer check that now lie below the table: they were ours, so remove them.
      const staleFrom = layout.headerRow + rows.length;
      if (layout.previousLastRow >= staleFrom) await queueClearResultCells(context, sheet, staleFrom, layout.statusColumn, layout.previousLastRow - staleFrom + 1, budget);
      queueResultFormat(sheet, layout, rows.length);
      beforeLastSync();
    }
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per chunk that fits the payload limit
    await context.sync();
  }
}

/**
 * Empties result cells and gives them back the General format (the check made them text). The formats go in blocks
 * that fit the payload budget; every block but the last is synced here, the last one goes with the caller's sync.
 */
export async function queueClearResultCells(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  firstRow: number,
  column: number,
  rowCount: number,
  budget: number,
): Promise<void> {
  const rowBytes = jsonBytes([GENERAL_FORMAT, GENERAL_FORMAT]) + 1;
  for (let start = 0, count = 0; start < rowCount; start += count) {
    count = fitBytes(start, rowCount, budget, () => rowBytes).count;
    const range = sheet.getRangeByIndexes(firstRow + start, column, count, 2);
    range.clear("Contents");
    range.numberFormat = filled(count, 2, GENERAL_FORMAT);
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per chunk that fits the payload limit
    if (start + count < rowCount) await context.sync();
  }
}

/** The status cell the highlight formulas point at: the status column in the first data row, e.g. "$F2". */
export const statusCellOf = (headerRow: number, statusColumn: number): string => `$${columnLetter(statusColumn)}${headerRow + 2}`;

/** The red and amber rules' formulas for a status column; they are how PSO-toets recognises its own rules. */
function ruleFormulas(statusCell: string): [string, string][] {
  const formulas = highlightFormulas(statusCell);
  return [
    [`=${formulas.fail}`, FILL_FAIL],
    [`=${formulas.warn}`, FILL_WARN],
  ];
}

/** What conditionalFormats.load needs so `ownRules` can tell PSO-toets's rules from the user's. */
export const RULE_PROPS = "items/id,items/type,items/customOrNullObject/rule/formula";

const bare = (formula: string) => formula.replace(/^=/, "");

/**
 * PSO-toets's own rules among the loaded ones: custom rules whose formula is exactly one of ours for one of the given
 * status cells. Ids are priorities that shift (Excel.ConditionalFormat.id), so they are never kept between sessions.
 */
export function ownRules(rules: Excel.ConditionalFormat[], statusCells: readonly string[]): Excel.ConditionalFormat[] {
  const ours = new Set(statusCells.flatMap((cell) => ruleFormulas(cell).map(([f]) => bare(f))));
  return rules.filter((cf) => cf.type === "Custom" && !cf.customOrNullObject.isNullObject && ours.has(bare(cf.customOrNullObject.rule.formula)));
}

/** Deletes rules from the highest priority number down, so no delete shifts the priority of one still to go. */
export function queueDeleteRules(rules: Excel.ConditionalFormat[]): void {
  for (const cf of [...rules].sort((a, b) => Number(b.id) - Number(a.id))) cf.delete();
}

/** Adds the report's red and amber rules over the table and result columns. */
export function queueHighlights(sheet: Excel.Worksheet, report: CheckReport): void {
  const rows = report.lastDataRow - report.firstDataRow + 1;
  if (rows <= 0 || report.highlight.rules.length === 0) return;
  const width = report.result.explanation + 1 - report.firstColumn;
  const range = sheet.getRangeByIndexes(report.firstDataRow - 1, report.firstColumn, rows, width);
  // Excel puts a new rule on top: adding amber first leaves red with the higher priority (the two never overlap anyway).
  for (const rule of [...report.highlight.rules].reverse()) {
    const cf = range.conditionalFormats.add("Custom" as Excel.ConditionalFormatType);
    cf.custom.rule.formula = `=${rule.formula}`;
    cf.custom.format.fill.color = `#${rule.fill}`;
  }
}
