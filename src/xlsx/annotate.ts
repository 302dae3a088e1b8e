import ExcelJS from "exceljs";
import {
  columnLetter, EXPLANATION_HEADER, explanation, Finding, Lang, STATUS_HEADER, highlightFormulas, statusLine, SupplierTable,
} from "../core";

export const FILL_FAIL = "FFFFC7CE";
export const FILL_WARNING = "FFFFEB9C";

export interface AddedColumns {
  /** 1-based column numbers of PSO-status and PSO-toelichting. */
  status: number;
  explanation: number;
}

/** Where the two result columns go: an earlier run's columns, else right of the table, else right of everything. */
function placeColumns(worksheet: ExcelJS.Worksheet, table: SupplierTable): AddedColumns {
  if (table.statusColumn !== null) {
    const status = table.statusColumn + 1;
    return { status, explanation: table.explanationColumn !== null ? table.explanationColumn + 1 : status + 1 };
  }
  const right = table.lastUserColumn + 2;
  const free = [right, right + 1].every((c) => worksheet.getColumn(c).values.every((v) => v === null || v === undefined));
  const status = free ? right : worksheet.columnCount + 1;
  return { status, explanation: status + 1 };
}

function statusRule(formula: string, argb: string, priority: number): ExcelJS.ConditionalFormattingRule {
  return {
    type: "expression",
    priority,
    formulae: [formula],
    style: { fill: { type: "pattern", pattern: "solid", bgColor: { argb } } },
  } as ExcelJS.ConditionalFormattingRule;
}

/**
 * Adds PSO-status and PSO-toelichting to the sheet in memory and colours failing rows red and warnings amber with
 * conditional formats keyed on the status column, so the user's own cells keep their values and styles.
 */
export function annotateWorksheet(
  worksheet: ExcelJS.Worksheet,
  table: SupplierTable,
  findings: readonly Finding[],
  lang: Lang = "nl",
): AddedColumns {
  const columns = placeColumns(worksheet, table);
  const header = worksheet.getRow(table.headerRow);
  for (const [col, title] of [[columns.status, STATUS_HEADER], [columns.explanation, EXPLANATION_HEADER]] as const) {
    const cell = header.getCell(col);
    cell.value = title;
    cell.font = { bold: true };
  }
  worksheet.getColumn(columns.status).width = 40;
  worksheet.getColumn(columns.explanation).width = 80;
  // Only rows that exist: getRow() would create every row up to a stray cell in row 1,048,576.
  worksheet.eachRow((row, r) => {
    if (r <= table.headerRow) return;
    for (const col of [columns.status, columns.explanation]) if (row.findCell(col)) row.getCell(col).value = null;
  });
  for (const finding of findings) {
    const row = worksheet.getRow(finding.row);
    row.getCell(columns.status).value = statusLine(finding, lang, table.columnNames);
    row.getCell(columns.explanation).value = explanation(finding, lang, table.columnNames);
  }

  const first = table.headerRow + 1;
  const last = findings.reduce((max, f) => Math.max(max, f.row), first);
  const statusRef = `$${columnLetter(columns.status - 1)}${first}`;
  const formulas = highlightFormulas(statusRef);
  const ref = `A${first}:${columnLetter(columns.explanation - 1)}${last}`;
  const sheet = worksheet as ExcelJS.Worksheet & { removeConditionalFormatting?: (f: unknown) => void };
  // exceljs keeps the formats the filter accepts: keep all but an earlier run's own rule, never the user's formats.
  sheet.removeConditionalFormatting?.((cf: { rules?: { formulae?: string[] }[] }) =>
    !(cf.rules ?? []).some((rule) => (rule.formulae ?? []).some((f) => f.includes(`LEFT(${statusRef},`))),
  );
  worksheet.addConditionalFormatting({
    ref,
    rules: [statusRule(formulas.fail, FILL_FAIL, 1), statusRule(formulas.warn, FILL_WARNING, 2)],
  });
  return columns;
}
