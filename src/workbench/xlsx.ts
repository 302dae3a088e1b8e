/**
 * .xlsx ↔ stand-in: PSO-toets's own reader loads a dropped file into the stand-in's sheets, and the download patches
 * that file with what changed, the way `pso-toets check --out` does (src/xlsx/bookPatch.ts): every part it does not
 * change, charts, pivot tables and macros included, is copied byte for byte. exceljs only builds a new workbook when
 * there is no dropped file.
 */
import ExcelJS from "exceljs";
import { CellLook, openBook, patchBook, SheetChanges, StoredCell, storedCells, storedSheet } from "../xlsx/bookPatch";
import { markOf } from "../xlsx/socialPatch";
import { REPORT_MARK_NAME, sheetOfMark } from "../core/report/reportSheet";
import type { ChartSpec } from "../core/report/socialLayout";
import { readCellFormats } from "../xlsx/styles";
import type { CellContent } from "../xlsx/sheetPatch";
import { joinPieces } from "../xlsx/zip";
import { createWorkbook, formatLocal, parseLocal, SheetModel, StandinWorkbook, Value } from "../excel-standin";
import { sheetExtras, wrapsText } from "../excel-standin/charts";

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

/**
 * A dropped file in the stand-in: values (formulas with their cached results), number formats, solid fills, merges,
 * hidden rows and sheets, read by PSO-toets's own streaming reader. exceljs is not used here: it expands validation or
 * merges over a whole sheet cell by cell (minutes, gigabytes) and fails on some charts made by other tools.
 */
export async function bookFromXlsx(data: ArrayBuffer): Promise<StandinWorkbook> {
  const opened = openBook(new Uint8Array(data));
  if (!opened) throw new Error("xl/workbook.xml ontbreekt");
  const formats = readCellFormats(opened.zip, opened.parts.stylesPath);
  const grids: Record<string, Value[][]> = {};
  for (const s of opened.parts.sheets) grids[s.name] = [];
  const book = createWorkbook(grids);
  for (const part of opened.parts.sheets) {
    const sheet = book.sheet(part.name);
    if (part.hidden) sheet.visibility = "Hidden";
    const stored = storedSheet(opened, part.path);
    for (const [r1, line] of stored.cells) {
      for (const [c, cell] of line) {
        const r = r1 - 1;
        if (cell.value !== null) sheet.set(r, c, cell.value);
        if (cell.formulaText) sheet.formulas.set(`${r},${c}`, `=${cell.formulaText}`);
        const format = formats.numFmt[cell.style];
        if (format && format !== "General") sheet.numberFormats.set(`${r},${c}`, format);
        const fill = formats.fill[cell.style];
        if (fill) sheet.fills.set(`${r},${c}`, fill);
      }
    }
    for (const r of stored.hiddenRows) sheet.hiddenRows.add(r - 1);
    for (const ref of stored.merges) {
      const range = parseLocal(ref);
      if (range) sheet.merged.push(range);
    }
  }
  book.model.activeSheet = Math.min(opened.parts.activeTab, book.model.sheets.length - 1);
  // PSO-toets's report mark, so the add-in in the workbench refreshes the report a dropped file already has.
  const mark = markOf(opened);
  if (mark !== null) book.model.names.set(REPORT_MARK_NAME.toLowerCase(), { name: REPORT_MARK_NAME, formula: `=${mark}`, visible: false, comment: "" });
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

const STATUS_RULE = /LEFT\(\$[A-Z]+\d+,\d+\)=(&quot;|")(Voldoet niet|Non-compliant|Let op|Warning)/;

function contentOf(value: Value, formula: string | undefined): CellContent {
  if (formula) return { kind: "formula", formula: formula.slice(1), cached: value };
  if (value === "") return { kind: "empty" };
  if (typeof value === "number") return { kind: "number", value };
  if (typeof value === "boolean") return { kind: "boolean", value };
  return { kind: "text", text: value };
}

const hex = (color: string | undefined) => (color ? color.replace("#", "").toUpperCase() : undefined);

/**
 * How a cell looks on a sheet the add-in made (the report): its number format (amounts, shares, dates), fill, font
 * colour and wrap, so the download shows "€ 21.191.000" and "76,7%" instead of 21191000 and 0.7666666667.
 */
function lookOf(sheet: SheetModel, r: number, c: number): CellLook {
  const extras = sheetExtras(sheet);
  const numFmt = sheet.numberFormats.get(`${r},${c}`);
  return {
    bold: extras.bold.has(`${r},${c}`),
    numFmt: numFmt && numFmt !== "General" && numFmt !== "@" ? numFmt : undefined,
    fill: hex(sheet.fills.get(`${r},${c}`)),
    color: hex(extras.fontColors.get(`${r},${c}`)),
    wrap: wrapsText(sheet, r, c) || undefined,
  };
}

/** The report's print setup and charts as the add-in set them on the stand-in, for the file. */
function reportExtrasOf(sheet: SheetModel, marked: boolean): Pick<SheetChanges, "print" | "charts"> {
  const extras = sheetExtras(sheet);
  const page = extras.pageLayout;
  const out: Pick<SheetChanges, "print" | "charts"> = {};
  if (page.orientation !== null || page.printArea) {
    out.print = {
      mark: marked,
      printArea: page.printArea ?? formatLocal(sheet.usedRect(true) ?? { row: 0, col: 0, rows: 1, cols: 1 }),
      printTitleRows: (page.printTitleRows ?? "$1:$2").replace(/\$/g, ""),
      footer: { left: page.footer?.left ?? "", right: page.footer?.right ?? "" },
      pageBreaks: page.pageBreaks ?? [],
    };
  }
  const specs: ChartSpec[] = [];
  for (const chart of extras.charts) {
    const source = parseLocal(chart.source);
    if (!source || !chart.position) continue;
    specs.push({
      name: chart.name,
      type: /^line/i.test(chart.type) ? "line" : "column",
      title: chart.title,
      source,
      position: `${chart.position.start}:${chart.position.end}`,
    });
  }
  if (specs.length > 0) {
    const grid: (string | number)[][] = [];
    for (const [r, line] of sheet.values) for (const [c, v] of line) (grid[r] ??= [])[c] = typeof v === "boolean" ? String(v) : v;
    for (let r = 0; r < grid.length; r++) grid[r] ??= [];
    out.charts = { specs, grid };
  }
  return out;
}

/** What the stand-in changed in one sheet compared with the stored cells: only those cells are written. */
function changesOf(sheet: SheetModel, stored: Map<number, Map<number, StoredCell>>, report: { isNew: boolean; marked: boolean } | null = null): SheetChanges {
  const cells: SheetChanges["cells"] = new Map();
  const extras = sheetExtras(sheet);
  // Only on a sheet the add-in made does a cell take the stand-in's whole look; elsewhere a changed cell keeps its style.
  const put = (r: number, c: number, content: CellContent) => {
    let line = cells.get(r + 1);
    if (!line) cells.set(r + 1, (line = new Map()));
    line.set(c, { ...content, ...(report ? lookOf(sheet, r, c) : { bold: extras.bold.has(`${r},${c}`) }) });
  };
  const seen = new Set<string>();
  for (const [r, line] of sheet.values) {
    for (const [c, value] of line) {
      seen.add(`${r},${c}`);
      const formula = sheet.formulas.get(`${r},${c}`);
      const was = stored.get(r + 1)?.get(c);
      // A formula the file already holds stays as it is: the stand-in only recalculated it.
      if (was?.formula && (formula !== undefined || was.value === value)) continue;
      if (!was?.formula && formula === undefined && was?.value === value) continue;
      put(r, c, contentOf(value, formula));
    }
  }
  for (const [key, formula] of sheet.formulas) {
    if (seen.has(key)) continue;
    const [r, c] = key.split(",").map(Number);
    if (!stored.get(r + 1)?.get(c)?.formula) put(r, c, contentOf("", formula));
  }
  for (const [r1, line] of stored) {
    for (const [c, was] of line) {
      if (was.value === null || seen.has(`${r1 - 1},${c}`) || sheet.formulas.has(`${r1 - 1},${c}`)) continue;
      put(r1 - 1, c, { kind: "empty" });
    }
  }
  if (report?.isNew) {
    // Cells with a look but no value (the report's empty input cells, yellow and formatted).
    for (const key of new Set([...sheet.numberFormats.keys(), ...sheet.fills.keys()])) {
      const [r, c] = key.split(",").map(Number);
      if (!seen.has(key) && !cells.get(r + 1)?.has(c)) put(r, c, { kind: "empty" });
    }
  }
  return {
    ...(report ? reportExtrasOf(sheet, report.marked) : {}),
    name: sheet.name,
    cells,
    widths: [...extras.columnWidths].map(([c, points]) => [c + 1, Math.round(points / 6)]),
    formats: sheet.conditionalFormats.map((cf) => ({ sqref: formatLocal(cf.rect), formula: cf.formula.replace(/^=/, ""), fill: argb(cf.fill ?? "#FFFFFF") })),
    dropFormat: (block) => STATUS_RULE.test(block),
  };
}

const arrayBufferOf = (pieces: Uint8Array[]): ArrayBuffer => joinPieces(pieces).buffer as ArrayBuffer;

/** The workbook as an .xlsx file: the original file patched with what changed, or a new file when there is none. */
export async function xlsxFromBook(book: StandinWorkbook, original: ArrayBuffer | null): Promise<ArrayBuffer> {
  const opened = original ? openBook(new Uint8Array(original)) : null;
  if (opened) {
    const marked = sheetOfMark(book.model.names.get(REPORT_MARK_NAME.toLowerCase())?.formula)?.toLowerCase() ?? null;
    const changes = book.model.sheets.map((sheet) => {
      const part = opened.parts.sheets.find((s) => s.name.toLowerCase() === sheet.name.toLowerCase());
      const isReport = marked === sheet.name.toLowerCase();
      // A sheet the add-in added, or the report it marked, is written with its formats, print setup and charts.
      const report = !part || isReport ? { isNew: !part, marked: isReport } : null;
      return changesOf(sheet, part ? storedCells(opened, part.path) : new Map(), report);
    });
    return arrayBufferOf(patchBook(opened, changes));
  }
  const wb = new ExcelJS.Workbook();
  for (const sheet of book.model.sheets) writeSheet(wb.addWorksheet(sheet.name), sheet);
  return (await wb.xlsx.writeBuffer()) as ArrayBuffer;
}
