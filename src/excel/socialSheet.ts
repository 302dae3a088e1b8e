import { CellValue, Day, fail, Finding, Lang, Message, ok, Outlook, Policy, Result } from "../core";
import { buildSocialReport, staleRowsOfReport } from "../core/report/socialReport";
import { formatsFor, queueWrite } from "./text";
import { adapterMessages } from "./messages";
import { readUsedGrid } from "./read";
import { fitBytes, jsonBytes } from "../core";
import { DEFAULT_PAYLOAD_BUDGET } from "./run";
import { POINTS_PER_CHAR } from "./write";
import { LayoutBlock, movedInputs, NUMBER_FORMATS, readSocialSheet, SOCIAL_SHEET_NAME, SocialLayout, SocialSheetState, staleCells } from "../core/report/socialLayout";
import { chooseReportSheet, REPORT_MARK_NAME, sheetOfMark } from "../core/report/reportSheet";

/** The cells to empty as ranges: [first row, row count, first column, width], consecutive rows with the same span merged. */
function staleRuns(cells: Map<number, Set<number>>): [number, number, number, number][] {
  const runs: [number, number, number, number][] = [];
  for (const row of [...cells.keys()].sort((a, b) => a - b)) {
    const cols = cells.get(row)!;
    const from = Math.min(...cols);
    const width = Math.max(...cols) - from + 1;
    const last = runs[runs.length - 1];
    if (last && last[0] + last[1] === row && last[2] === from && last[3] === width) last[1]++;
    else runs.push([row, 1, from, width]);
  }
  return runs;
}

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
  /** Bytes per request or response to stay under (Excel on the web refuses more than 5 MB); default 4,000,000. */
  payloadBudget?: number;
  /** The months ahead with the list's contract end and Aspirant dates (outlookOfReport); omitted: from the findings alone. */
  outlook?: Outlook;
}

const HEADER_FILL = "#D9E1F2";
const INPUT_FILL = "#FFF2CC";
/** Excel's own "Good" and "Bad" cell styles: a KPI's share against its target. */
const MARKS = { good: { fill: "#C6EFCE", font: "#006100" }, bad: { fill: "#FFC7CE", font: "#9C0006" } } as const;

const refreshFailed = (error: unknown): Message =>
  adapterMessages.socialRefreshFailed(SOCIAL_SHEET_NAME, error instanceof Error ? error.message : String(error));

/** The used range's values placed in a grid that starts at A1, so labels are found at their sheet positions. */
function gridFromA1(row: number, col: number, values: CellValue[][]): CellValue[][] {
  const grid: CellValue[][] = Array.from({ length: row }, () => []);
  for (const line of values) grid.push([...new Array<CellValue>(col).fill(null), ...line]);
  return grid;
}

/**
 * Queues writes and syncs before the queued bytes would pass the budget, so a long action list goes out in a few
 * requests under Office's payload limit while a small sheet still goes out in one.
 */
class PayloadBatch {
  private queued = 0;
  constructor(private readonly context: Excel.RequestContext, private readonly budget: number) {}
  /** Bytes that still fit in the current request; syncs first when not even `needed` fits any more. */
  async room(needed: number): Promise<number> {
    if (this.queued > 0 && this.queued + needed > this.budget) {
      await this.context.sync();
      this.queued = 0;
    }
    return this.budget - this.queued;
  }
  add(bytes: number): void {
    this.queued += bytes;
  }
}

/** Room for the small operations besides the values (formats, widths, charts, print setup) in the last request. */
const OVERHEAD_BYTES = 20_000;

async function writeBlock(sheet: Excel.Worksheet, block: LayoutBlock, batch: PayloadBatch): Promise<void> {
  const formats = formatsFor(block.values, (r, c) => NUMBER_FORMATS[block.kinds[r][c]]);
  const rowBytes = (r: number) => jsonBytes(block.values[r]) + jsonBytes(formats[r]) + 2;
  const width = block.values[0].length;
  for (let start = 0; start < block.values.length; ) {
    const room = await batch.room(rowBytes(start));
    // As many rows as fit the room left in this request, at least one.
    const fit = fitBytes(start, block.values.length, room, rowBytes);
    const end = start + fit.count;
    batch.add(fit.bytes);
    const range = sheet.getRangeByIndexes(block.row + start, block.col, end - start, width);
    // Supplier names and month labels ("2026-11") are text: format first, or Excel makes formulas and dates of them.
    queueWrite(range, block.values.slice(start, end), formats.slice(start, end));
    if (block.style === "title" || block.style === "section" || block.style === "header") range.format.font.bold = true;
    if (block.style === "header") {
      range.format.fill.color = HEADER_FILL;
      range.format.wrapText = true;
    }
    // Explanations and supplier names wrap in their column instead of being cut off.
    if (block.style === "body") range.format.wrapText = true;
    if (block.style === "good" || block.style === "bad") {
      range.format.fill.color = MARKS[block.style].fill;
      range.format.font.color = MARKS[block.style].font;
    }
    start = end;
  }
}

/** Points per inch: Office.js page margins are in points. */
const POINTS_PER_INCH = 72;

function queuePrintSetup(sheet: Excel.Worksheet, layout: SocialLayout): void {
  const page = sheet.pageLayout;
  page.orientation = "Landscape";
  page.paperSize = "A4";
  page.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  page.setPrintTitleRows(`$${layout.printTitleRows.replace(":", ":$")}`);
  page.setPrintArea(layout.printArea);
  page.leftMargin = page.rightMargin = 0.5 * POINTS_PER_INCH;
  page.topMargin = 0.6 * POINTS_PER_INCH;
  page.bottomMargin = 0.7 * POINTS_PER_INCH;
  page.headersFooters.defaultForAllPages.leftFooter = layout.footer.left;
  page.headersFooters.defaultForAllPages.rightFooter = layout.footer.right;
  // Page 1 is the board's summary; the detail starts on a new page.
  sheet.horizontalPageBreaks.removePageBreaks();
  for (const row of layout.pageBreaks) sheet.horizontalPageBreaks.add(`A${row + 1}`);
}

/** Queues the whole layout; the values go out in as many requests as the budget needs, the rest with the last one. */
async function queueLayout(
  sheet: Excel.Worksheet,
  layout: SocialLayout,
  state: SocialSheetState | null,
  staleRows: readonly number[],
  printSetup: boolean,
  batch: PayloadBatch,
): Promise<void> {
  const stale = staleCells(staleRows, layout);
  for (const [first, count, from, width] of staleRuns(stale)) sheet.getRangeByIndexes(first, from, count, width).clear("All");
  batch.add(OVERHEAD_BYTES);
  for (const block of layout.blocks) await writeBlock(sheet, block, batch);
  // New inputs are empty; inputs of an earlier layout move to their new place with what was typed.
  for (const input of state === null ? layout.inputs : movedInputs(layout, state)) {
    const cell = sheet.getRangeByIndexes(input.row, input.col, 1, 1);
    cell.numberFormat = [[NUMBER_FORMATS[input.kind]]];
    cell.format.fill.color = INPUT_FILL;
    const typed = state?.own[input.key];
    if (typed !== null && typed !== undefined && typed !== "") cell.values = [[typed instanceof Date ? typed.getTime() / 86_400_000 + 25569 : (typed as string | number | boolean)]];
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
 * history row (earlier months kept), the Vooruitblik, action list, three charts, A4 landscape print setup. Syncs: one to find the sheet,
 * one read when it exists, one write; a report whose values pass the payload budget (tens of thousands of suppliers
 * in the action list) is read and written in more requests, one per budget's worth of bytes.
 */
export async function refreshSocialSheet(
  context: Excel.RequestContext,
  input: SocialSheetInput,
): Promise<Result<{ month: string; sheet: string; userSheetKept: string | null }>> {
  try {
    const worksheets = context.workbook.worksheets;
    worksheets.load("items/name");
    // The report is the sheet PSO-toets marked (core/report/reportSheet.ts), never a sheet found by its name alone.
    const mark = context.workbook.names.getItemOrNullObject(REPORT_MARK_NAME);
    mark.load("formula");
    await context.sync();
    const names = worksheets.items.map((w) => w.name);
    const markRef = mark.isNullObject ? null : String(mark.formula);
    const marked = sheetOfMark(markRef);
    const candidate = [marked, SOCIAL_SHEET_NAME].map((n) => names.find((m) => n !== null && m.toLowerCase() === n.toLowerCase())).find((n) => n !== undefined);
    const budget = input.payloadBudget ?? DEFAULT_PAYLOAD_BUDGET;
    const candidateSheet = candidate === undefined ? null : worksheets.getItem(candidate);
    const read = candidateSheet ? await readUsedGrid(context, candidateSheet, () => candidateSheet.charts.load("items/name"), budget) : null;
    const candidateGrid = read ? gridFromA1(read.grid.row, read.grid.col, read.grid.values) : [];
    const choice = chooseReportSheet(names, markRef, () => candidateGrid);
    const isNew = !choice.exists;
    const grid = isNew ? [] : candidateGrid;
    const charts = isNew || !read ? null : read.extras;
    const report = buildSocialReport(input.findings, input.policy, input.peildatum, input.lang, readSocialSheet(grid), input.sourceSheet, undefined, input.outlook);
    if (!report.ok) return report;

    const sheet = isNew ? worksheets.add(choice.name) : worksheets.getItem(choice.name);
    if (charts) {
      const ours = new Set(report.value.layout.charts.map((c) => c.name));
      for (const chart of charts.items) if (ours.has(chart.name)) chart.delete();
    }
    // Only the report's own earlier tables are cleared: a note the controller typed below them stays.
    const stale = isNew ? [] : staleRowsOfReport(grid, report.value, input, readSocialSheet(grid));
    await queueLayout(sheet, report.value.layout, isNew ? null : readSocialSheet(grid), stale, input.printSetup, new PayloadBatch(context, budget));
    if (sheetOfMark(markRef)?.toLowerCase() !== choice.name.toLowerCase()) {
      if (!mark.isNullObject) mark.delete();
      context.workbook.names.add(REPORT_MARK_NAME, sheet.getRange("A1"), MARK_COMMENT).visible = false;
    }
    sheet.activate();
    await context.sync();
    return ok({ month: report.value.month, sheet: choice.name, userSheetKept: choice.userSheetKept });
  } catch (error) {
    return fail(refreshFailed(error));
  }
}

/** Shown only to someone who unhides the name: what it is for. */
const MARK_COMMENT = "PSO-toets: dit blad is het rapport Sociale bijdrage";
