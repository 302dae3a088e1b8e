import ExcelJS from "exceljs";
import { Day, Finding, Lang, Policy, Result } from "../core";
import { buildSocialReport, SocialReport } from "../core/socialReport";
import { CellKind, LayoutBlock, NUMBER_FORMATS, readSocialSheet, SOCIAL_SHEET_NAME, SocialLayout } from "../core/socialLayout";
import { plainCellValue } from "./cellValue";
import { worksheetGrid } from "./readSupplierFile";

const HEADER_FILL = "FFD9E1F2";
const INPUT_FILL = "FFFFF2CC";

function styleCell(cell: ExcelJS.Cell, kind: CellKind, style: LayoutBlock["style"]): void {
  cell.numFmt = NUMBER_FORMATS[kind];
  if (style === "title") cell.font = { bold: true, size: 14 };
  else if (style === "section") cell.font = { bold: true, size: 12 };
  else if (style === "header") {
    cell.font = { bold: true };
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: HEADER_FILL } };
  } else if (style === "subtitle") cell.font = { italic: true };
}

const cellTextOf = (value: unknown) => (value === null || value === undefined ? "" : String(value).trim());

/** The text that opens each generated block (section titles, table headers), in both languages. */
function blockOpeners(layouts: readonly SocialLayout[]): Set<string> {
  const openers = new Set<string>();
  for (const layout of layouts) {
    for (const block of layout.blocks) {
      if (block.row < layout.generatedFromRow) continue;
      const first = (block.values[0] ?? []).map(cellTextOf).find((t) => t !== "");
      if (first) openers.add(first);
    }
  }
  return openers;
}

/**
 * Empties the report's own generated tables (history and action list) so a shorter list leaves no stale rows behind.
 * Below the KPI block, each run of filled rows (within the report's width) that opens with one of the report's own
 * titles or headers is the report's; any other run is the controller's (a note typed there) and is kept.
 */
function clearGenerated(ws: ExcelJS.Worksheet, layout: SocialLayout, openers: ReadonlySet<string>): void {
  const rowText = (r: number) => {
    const row = ws.getRow(r);
    for (let c = 1; c <= layout.width; c++) {
      const t = cellTextOf(plainCellValue(row.getCell(c).value));
      if (t !== "") return t;
    }
    return "";
  };
  let r = layout.generatedFromRow + 1;
  while (r <= ws.rowCount) {
    const first = rowText(r);
    if (first === "") {
      r++;
      continue;
    }
    const start = r;
    while (r <= ws.rowCount && rowText(r) !== "") r++;
    if (!openers.has(first)) continue;
    for (let i = start; i < r; i++) {
      const row = ws.getRow(i);
      for (let c = 1; c <= layout.width; c++) {
        const cell = row.getCell(c);
        cell.value = null;
        cell.style = {};
      }
    }
  }
}

function writeLayout(ws: ExcelJS.Worksheet, layout: SocialLayout, isNew: boolean, openers: ReadonlySet<string>): void {
  clearGenerated(ws, layout, openers);
  for (const block of layout.blocks) {
    block.values.forEach((line, i) =>
      line.forEach((value, j) => {
        const cell = ws.getRow(block.row + i + 1).getCell(block.col + j + 1);
        cell.value = value === "" ? null : value;
        styleCell(cell, block.kinds[i][j], block.style);
      }),
    );
  }
  for (const input of layout.inputs) {
    const cell = ws.getRow(input.row + 1).getCell(input.col + 1);
    if (isNew) {
      cell.numFmt = NUMBER_FORMATS[input.kind];
      cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: INPUT_FILL } };
    }
  }
  layout.columnWidths.forEach((width, c) => {
    ws.getColumn(c + 1).width = width;
  });
  ws.pageSetup = {
    ...ws.pageSetup,
    paperSize: 9, // A4
    orientation: "landscape",
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printTitlesRow: layout.printTitleRows,
    margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
  };
}

/**
 * Creates or refreshes the "Sociale bijdrage" sheet in an exceljs workbook (in memory): KPI block, this month's row
 * in the history, action list. The own-figure inputs and earlier months are kept; charts are left to the add-in.
 */
export function writeSocialSheet(
  workbook: ExcelJS.Workbook,
  findings: readonly Finding[],
  policy: Policy,
  peildatum: Day,
  lang: Lang,
  sourceSheet: string,
): Result<SocialReport> {
  const existing = workbook.getWorksheet(SOCIAL_SHEET_NAME);
  const state = readSocialSheet(existing ? worksheetGrid(existing) : []);
  const report = buildSocialReport(findings, policy, peildatum, lang, state, sourceSheet);
  if (!report.ok) return report;
  const ws = existing ?? workbook.addWorksheet(SOCIAL_SHEET_NAME);
  // An earlier refresh may have been in the other language: its titles mark its tables too.
  const other = buildSocialReport(findings, policy, peildatum, lang === "nl" ? "en" : "nl", state, sourceSheet);
  const openers = blockOpeners(other.ok ? [report.value.layout, other.value.layout] : [report.value.layout]);
  writeLayout(ws, report.value.layout, !existing, openers);
  return report;
}
