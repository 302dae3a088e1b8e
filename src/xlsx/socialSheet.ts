import ExcelJS from "exceljs";
import { Day, Finding, Lang, Policy, Result } from "../core";
import { buildSocialReport, SocialReport } from "../core/socialReport";
import { CellKind, LayoutBlock, NUMBER_FORMATS, readSocialSheet, SOCIAL_SHEET_NAME, SocialLayout } from "../core/socialLayout";
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

/** Empties the generated tables (history and action list) so a shorter list leaves no stale rows behind. */
function clearGenerated(ws: ExcelJS.Worksheet, layout: SocialLayout): void {
  for (let r = layout.generatedFromRow + 1; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    for (let c = 1; c <= layout.width; c++) {
      const cell = row.getCell(c);
      cell.value = null;
      cell.style = {};
    }
  }
}

function writeLayout(ws: ExcelJS.Worksheet, layout: SocialLayout, isNew: boolean): void {
  clearGenerated(ws, layout);
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
  writeLayout(ws, report.value.layout, !existing);
  return report;
}
