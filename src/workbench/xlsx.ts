/**
 * .xlsx ↔ stand-in: exceljs reads a dropped file into the stand-in's sheets (values, formulas with their cached
 * results, number formats, solid fills, merges, hidden rows), and writes the changed workbook back on top of the
 * original file, so whatever the stand-in does not model (styles, names, panes) stays as the user had it.
 */
import ExcelJS from "exceljs";
import { createWorkbook, formatLocal, SheetModel, StandinWorkbook, Value } from "../excel-standin";
import { sheetExtras } from "../excel-standin/charts";

const serialOf = (d: Date): number => d.getTime() / 86_400_000 + 25569;

/** A cell's value as Office.js would hand it over: the cached result of a formula, text of rich text, error codes. */
function valueOf(raw: ExcelJS.CellValue): Value {
  if (raw === null || raw === undefined) return "";
  if (typeof raw === "string" || typeof raw === "number" || typeof raw === "boolean") return raw;
  if (raw instanceof Date) return serialOf(raw);
  if (typeof raw === "object") {
    if ("richText" in raw) return raw.richText.map((t) => t.text).join("");
    if ("error" in raw) return raw.error;
    if ("formula" in raw || "sharedFormula" in raw) return valueOf((raw as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
    if ("text" in raw) return String(raw.text);
  }
  return String(raw);
}

function formulaOf(cell: ExcelJS.Cell): string | null {
  const f = cell.formula;
  return f ? `=${f}` : null;
}

function solidFill(fill: ExcelJS.Fill | undefined): string | null {
  if (!fill || fill.type !== "pattern" || fill.pattern !== "solid") return null;
  const argb = fill.fgColor?.argb;
  return argb && argb.length === 8 ? `#${argb.slice(2).toUpperCase()}` : null;
}

export async function bookFromXlsx(data: ArrayBuffer): Promise<StandinWorkbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data);
  const grids: Record<string, Value[][]> = {};
  const worksheets = wb.worksheets;
  for (const ws of worksheets) grids[ws.name] = [];
  const book = createWorkbook(grids);
  for (const ws of worksheets) {
    const sheet = book.sheet(ws.name);
    if (ws.state !== "visible") sheet.visibility = "Hidden";
    ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      if (row.hidden) sheet.hiddenRows.add(rowNumber - 1);
      row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
        const r = rowNumber - 1;
        const c = colNumber - 1;
        if (cell.isMerged && cell.master.address !== cell.address) return;
        sheet.set(r, c, valueOf(cell.value));
        const formula = formulaOf(cell);
        if (formula) sheet.formulas.set(`${r},${c}`, formula);
        if (cell.numFmt && cell.numFmt !== "General") sheet.numberFormats.set(`${r},${c}`, cell.numFmt);
        const fill = solidFill(cell.fill);
        if (fill) sheet.fills.set(`${r},${c}`, fill);
      });
    });
    for (const range of (ws.model as { merges?: string[] }).merges ?? []) {
      const [a, b] = range.split(":");
      const tl = ws.getCell(a);
      const br = ws.getCell(b ?? a);
      sheet.merged.push({ row: +tl.row - 1, col: +tl.col - 1, rows: +br.row - +tl.row + 1, cols: +br.col - +tl.col + 1 });
    }
  }
  const active = wb.views?.[0]?.activeTab ?? 0;
  book.model.activeSheet = Math.min(active, book.model.sheets.length - 1);
  return book;
}

const argb = (hex: string) => `FF${hex.replace("#", "").toUpperCase()}`;

function writeSheet(ws: ExcelJS.Worksheet, sheet: SheetModel): void {
  // Clear what the workbook no longer holds (the add-in's cleared result columns).
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) =>
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      if (cell.isMerged && cell.master.address !== cell.address) return;
      if (sheet.get(rowNumber - 1, colNumber - 1) === "" && !sheet.formulas.has(`${rowNumber - 1},${colNumber - 1}`)) cell.value = null;
    }),
  );
  for (const [r, line] of sheet.values) {
    for (const [c, value] of line) {
      const cell = ws.getCell(r + 1, c + 1);
      const formula = sheet.formulas.get(`${r},${c}`);
      if (formula) {
        if (formulaOf(cell) !== formula) cell.value = { formula: formula.slice(1), result: value } as ExcelJS.CellFormulaValue;
      } else if (formulaOf(cell) !== null || valueOf(cell.value) !== value) cell.value = value;
    }
  }
  for (const [key, format] of sheet.numberFormats) {
    const [r, c] = key.split(",").map(Number);
    const cell = ws.getCell(r + 1, c + 1);
    if (cell.numFmt !== format) cell.numFmt = format;
  }
  for (const [key, color] of sheet.fills) {
    const [r, c] = key.split(",").map(Number);
    const cell = ws.getCell(r + 1, c + 1);
    if (solidFill(cell.fill) !== color) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(color) } };
  }
  const extras = sheetExtras(sheet);
  for (const key of extras.bold) {
    const [r, c] = key.split(",").map(Number);
    const cell = ws.getCell(r + 1, c + 1);
    cell.font = { ...(cell.font ?? {}), bold: true };
  }
  extras.columnWidths.forEach((points, c) => {
    ws.getColumn(c + 1).width = Math.round(points / 6);
  });
  for (const cf of sheet.conditionalFormats) {
    ws.addConditionalFormatting({
      ref: formatLocal(cf.rect),
      rules: [
        {
          type: "expression",
          priority: 1,
          formulae: [cf.formula.replace(/^=/, "")],
          style: { fill: { type: "pattern", pattern: "solid", bgColor: { argb: argb(cf.fill ?? "#FFFFFF") } } },
        },
      ],
    });
  }
}

/** The workbook as an .xlsx file: the original file with the stand-in's sheets written over it. */
export async function xlsxFromBook(book: StandinWorkbook, original: ArrayBuffer | null): Promise<ArrayBuffer> {
  const wb = new ExcelJS.Workbook();
  if (original) await wb.xlsx.load(original);
  const names = new Set(book.model.sheets.map((s) => s.name.toLowerCase()));
  for (const ws of [...wb.worksheets]) if (!names.has(ws.name.toLowerCase())) wb.removeWorksheet(ws.id);
  for (const sheet of book.model.sheets) {
    const ws = wb.getWorksheet(sheet.name) ?? wb.addWorksheet(sheet.name);
    writeSheet(ws, sheet);
  }
  return (await wb.xlsx.writeBuffer()) as ArrayBuffer;
}
