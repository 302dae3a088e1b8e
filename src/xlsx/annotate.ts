import ExcelJS from "exceljs";
import { CheckReport, columnLetter, ColumnUse, HIGHLIGHT_FILLS } from "../core";

/** A CSV read into exceljs holds every cell: a column with any value is the user's. */
export function columnUseOfWorksheet(worksheet: ExcelJS.Worksheet): ColumnUse {
  const used = new Set<number>();
  for (let c = 1; c <= worksheet.columnCount; c++) {
    if (worksheet.getColumn(c).values.some((v) => v !== null && v !== undefined && v !== "")) used.add(c - 1);
  }
  return { used: (c) => used.has(c), lastUsed: used.size === 0 ? -1 : Math.max(...used) };
}

function statusRule(formula: string, rgb: string, priority: number): ExcelJS.ConditionalFormattingRule {
  return {
    type: "expression",
    priority,
    formulae: [formula],
    style: { fill: { type: "pattern", pattern: "solid", bgColor: { argb: `FF${rgb}` } } },
  } as ExcelJS.ConditionalFormattingRule;
}

/**
 * Paints the check report on the sheet in memory: PSO-status and PSO-toelichting, and red and amber conditional
 * formats keyed on the status column, so the user's own cells keep their values and styles.
 */
export function annotateWorksheet(worksheet: ExcelJS.Worksheet, report: CheckReport): void {
  const status = report.result.status + 1;
  const expl = report.result.explanation + 1;
  const header = worksheet.getRow(report.headerRow);
  [status, expl].forEach((col, i) => {
    const cell = header.getCell(col);
    cell.value = report.result.headers[i];
    cell.font = { bold: true };
  });
  worksheet.getColumn(status).width = 40;
  worksheet.getColumn(expl).width = 80;
  // Only rows that exist: getRow() would create every row up to a stray cell in row 1,048,576.
  worksheet.eachRow((row, r) => {
    if (r <= report.headerRow) return;
    for (const col of [status, expl]) if (row.findCell(col)) row.getCell(col).value = null;
  });
  for (const f of report.findings) {
    const row = worksheet.getRow(f.row);
    [row.getCell(status).value, row.getCell(expl).value] = report.resultTexts(f);
  }
  const { statusCell, rules } = report.highlight;
  const sheet = worksheet as ExcelJS.Worksheet & { removeConditionalFormatting?: (f: unknown) => void };
  // exceljs keeps the formats the filter accepts: keep all but an earlier run's own rule, never the user's formats.
  sheet.removeConditionalFormatting?.((cf: { rules?: { formulae?: string[] }[] }) =>
    !(cf.rules ?? []).some((rule) => (rule.formulae ?? []).some((f) => f.includes(`LEFT(${statusCell},`))),
  );
  if (rules.length === 0) return;
  worksheet.addConditionalFormatting({
    ref: `${columnLetter(report.firstColumn)}${report.firstDataRow}:${columnLetter(report.result.explanation)}${report.lastDataRow}`,
    rules: rules.map((rule, i) => statusRule(rule.formula, HIGHLIGHT_FILLS[rule.kind], i + 1)),
  });
}
