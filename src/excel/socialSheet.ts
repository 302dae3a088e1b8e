import { CellValue, Day, fail, Finding, Lang, Message, ok, Policy, Result } from "../core";
import { buildSocialReport } from "../core/socialReport";
import { formatsFor, queueWrite } from "./text";
import { adapterMessages } from "./messages";
import { LayoutBlock, NUMBER_FORMATS, readSocialSheet, SOCIAL_SHEET_NAME, SocialLayout } from "../core/socialLayout";

export interface SocialSheetInput {
  /** The findings of a check of the supplier sheet (the taskpane's check gives them). */
  findings: readonly Finding[];
  policy: Policy;
  peildatum: Day;
  lang: Lang;
  /** Name of the supplier sheet, shown on the report. */
  sourceSheet: string;
  /** Whether this Excel can set up printing (PageLayout, ExcelApi 1.9); without it the sheet is made all the same. */
  printSetup: boolean;
}

const HEADER_FILL = "#D9E1F2";
const INPUT_FILL = "#FFF2CC";
/** Office column widths are in points; a character of the default font is about 6 points wide. */
const POINTS_PER_CHAR = 6;

const refreshFailed = (error: unknown): Message =>
  adapterMessages.socialRefreshFailed(SOCIAL_SHEET_NAME, error instanceof Error ? error.message : String(error));

/** The used range's values placed in a grid that starts at A1, so labels are found at their sheet positions. */
function gridFromA1(range: Excel.Range): CellValue[][] {
  if (range.isNullObject || !range.values) return [];
  const grid: CellValue[][] = Array.from({ length: range.rowIndex }, () => []);
  for (const line of range.values as CellValue[][]) grid.push([...new Array<CellValue>(range.columnIndex).fill(null), ...line]);
  return grid;
}

function writeBlock(sheet: Excel.Worksheet, block: LayoutBlock): void {
  const range = sheet.getRangeByIndexes(block.row, block.col, block.values.length, block.values[0].length);
  // Supplier names and month labels ("2026-11") are text: format first, or Excel makes formulas and dates of them.
  queueWrite(range, block.values, formatsFor(block.values, (r, c) => NUMBER_FORMATS[block.kinds[r][c]]));
  if (block.style === "title" || block.style === "section" || block.style === "header") range.format.font.bold = true;
  if (block.style === "header") range.format.fill.color = HEADER_FILL;
}

function queuePrintSetup(sheet: Excel.Worksheet, layout: SocialLayout): void {
  sheet.pageLayout.orientation = "Landscape";
  sheet.pageLayout.paperSize = "A4";
  sheet.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  sheet.pageLayout.setPrintTitleRows(`$${layout.printTitleRows.replace(":", ":$")}`);
}

function queueLayout(sheet: Excel.Worksheet, layout: SocialLayout, isNew: boolean, lastUsedRow: number, printSetup: boolean): void {
  if (lastUsedRow >= layout.generatedFromRow) {
    sheet.getRangeByIndexes(layout.generatedFromRow, 0, lastUsedRow - layout.generatedFromRow + 1, layout.width).clear("All");
  }
  for (const block of layout.blocks) writeBlock(sheet, block);
  if (isNew) {
    for (const input of layout.inputs) {
      const cell = sheet.getRangeByIndexes(input.row, input.col, 1, 1);
      cell.numberFormat = [[NUMBER_FORMATS[input.kind]]];
      cell.format.fill.color = INPUT_FILL;
    }
  }
  layout.columnWidths.forEach((width, c) => {
    sheet.getRangeByIndexes(0, c, 1, 1).format.columnWidth = width * POINTS_PER_CHAR;
  });
  if (printSetup) queuePrintSetup(sheet, layout);
  for (const spec of layout.charts) {
    const source = sheet.getRangeByIndexes(spec.source.row, spec.source.col, spec.source.rows, spec.source.cols);
    const chart = sheet.charts.add(spec.type === "line" ? "Line" : "ColumnClustered", source, "Columns");
    chart.name = spec.name;
    chart.title.text = spec.title;
    const [start, end] = spec.position.split(":");
    chart.setPosition(start, end);
  }
}

/**
 * Creates or refreshes the "Sociale bijdrage" sheet: KPI block, the buyer's own figures (inputs, kept), this month's
 * history row (earlier months kept), action list, two charts, A4 landscape print setup. Syncs: one read, one chart
 * read when the sheet exists, one write, whatever the number of suppliers.
 */
export async function refreshSocialSheet(context: Excel.RequestContext, input: SocialSheetInput): Promise<Result<{ month: string }>> {
  try {
    const worksheets = context.workbook.worksheets;
    const existing = worksheets.getItemOrNullObject(SOCIAL_SHEET_NAME);
    await context.sync();
    const isNew = existing.isNullObject;
    // Chained only on a sheet that exists: a method called on a null object fails the whole batch.
    const used = isNew ? null : existing.getUsedRangeOrNullObject(true).load("values,rowIndex,columnIndex,rowCount");
    const charts = isNew ? null : existing.charts.load("items/name");
    if (!isNew) await context.sync();

    const grid = used ? gridFromA1(used) : [];
    const report = buildSocialReport(input.findings, input.policy, input.peildatum, input.lang, readSocialSheet(grid), input.sourceSheet);
    if (!report.ok) return report;

    const sheet = isNew ? worksheets.add(SOCIAL_SHEET_NAME) : worksheets.getItem(SOCIAL_SHEET_NAME);
    if (charts) {
      const ours = new Set(report.value.layout.charts.map((c) => c.name));
      for (const chart of charts.items) if (ours.has(chart.name)) chart.delete();
    }
    const lastUsedRow = !used || used.isNullObject ? -1 : used.rowIndex + used.rowCount - 1;
    queueLayout(sheet, report.value.layout, isNew, lastUsedRow, input.printSetup);
    sheet.activate();
    await context.sync();
    return ok({ month: report.value.month });
  } catch (error) {
    return fail(refreshFailed(error));
  }
}
