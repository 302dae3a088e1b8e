import ExcelJS from "exceljs";
import { isDeepStrictEqual } from "util";
import { readFileSync } from "fs";
import path from "path";
import { decodeCsv, detectDelimiter, parseCsv } from "../../../src/xlsx/csv";

/** The two columns PSO-toets added to one sheet (1-based column numbers). */
export interface Added {
  sheet: string;
  columns: number[];
}

const show = (v: unknown) => JSON.stringify(v);
/** A workbook built in memory (from a CSV) has `[]`/undefined where a loaded one has null: the same "nothing". */
const orNull = (v: unknown) => (v === undefined || v === null || (Array.isArray(v) && v.length === 0) ? null : v);

/**
 * Every difference between an original workbook and its annotated copy outside the added columns: sheets and their
 * order, defined names, cell values (formulas included), styles, number formats, merged cells, column widths, row
 * heights, frozen panes, autofilters and the user's own conditional formats. An empty list means nothing was lost.
 */
export function differences(original: ExcelJS.Workbook, copy: ExcelJS.Workbook, added: Added): string[] {
  const diffs: string[] = [];
  const names = (wb: ExcelJS.Workbook) => wb.worksheets.map((w) => w.name);
  if (!isDeepStrictEqual(names(original), names(copy))) diffs.push(`sheets ${show(names(original))} -> ${show(names(copy))}`);
  if (!isDeepStrictEqual(original.definedNames.model, copy.definedNames.model)) {
    diffs.push(`defined names ${show(original.definedNames.model)} -> ${show(copy.definedNames.model)}`);
  }
  for (const ws of original.worksheets) {
    const other = copy.getWorksheet(ws.name);
    if (!other) continue;
    const skip = ws.name === added.sheet ? new Set(added.columns) : new Set<number>();
    const where = (r: number, c: number) => `${ws.name}!R${r}C${c}`;
    ws.eachRow({ includeEmpty: true }, (row, r) => {
      const otherRow = other.getRow(r);
      // A row may grow to fit the wrapped explanation (issue 16); it never shrinks and never loses its height.
      const grew = otherRow.height !== undefined && otherRow.height > (row.height ?? 15);
      if (row.height !== otherRow.height && !grew) diffs.push(`${ws.name} row ${r} height ${row.height} -> ${otherRow.height}`);
      row.eachCell({ includeEmpty: true }, (cell, c) => {
        if (skip.has(c)) return;
        const copied = otherRow.getCell(c);
        if (!isDeepStrictEqual(cell.value, copied.value)) diffs.push(`${where(r, c)} value ${show(cell.value)} -> ${show(copied.value)}`);
        if (!isDeepStrictEqual(cell.style, copied.style)) diffs.push(`${where(r, c)} style ${show(cell.style)} -> ${show(copied.style)}`);
        if (cell.type !== copied.type) diffs.push(`${where(r, c)} type ${cell.type} -> ${copied.type}`);
      });
    });
    other.eachRow({ includeEmpty: false }, (row, r) => {
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        if (!skip.has(c) && (ws.findCell(r, c)?.value ?? null) === null) diffs.push(`${where(r, c)} new value ${show(cell.value)}`);
      });
    });
    const merges = (w: ExcelJS.Worksheet) => [...((w.model as { merges?: string[] }).merges ?? [])].sort();
    if (!isDeepStrictEqual(merges(ws), merges(other))) diffs.push(`${ws.name} merges ${show(merges(ws))} -> ${show(merges(other))}`);
    for (let c = 1; c <= ws.columnCount; c++) {
      if (!skip.has(c) && ws.getColumn(c).width !== other.getColumn(c).width) {
        diffs.push(`${ws.name} column ${c} width ${ws.getColumn(c).width} -> ${other.getColumn(c).width}`);
      }
    }
    if (!isDeepStrictEqual(orNull(ws.views), orNull(other.views))) diffs.push(`${ws.name} views ${show(ws.views)} -> ${show(other.views)}`);
    if (!isDeepStrictEqual(orNull(ws.autoFilter), orNull(other.autoFilter))) diffs.push(`${ws.name} autoFilter changed`);
    const formats = (w: ExcelJS.Worksheet) => (w as unknown as { conditionalFormattings: unknown[] }).conditionalFormattings ?? [];
    for (const cf of formats(ws)) {
      if (!formats(other).some((o) => isDeepStrictEqual(o, cf))) diffs.push(`${ws.name} conditional format lost: ${show(cf)}`);
    }
  }
  return diffs;
}

/** The workbook as the user has it: an .xlsx as Excel stores it, a CSV as its fields (every field as text). */
export async function originalWorkbook(file: string): Promise<ExcelJS.Workbook> {
  if (file.toLowerCase().endsWith(".csv")) {
    const text = decodeCsv(readFileSync(file));
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet(path.basename(file, path.extname(file)).slice(0, 31));
    for (const fields of parseCsv(text, detectDelimiter(text))) ws.addRow(fields.map((f) => (f === "" ? null : f)));
    return wb;
  }
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

/** Where PSO-status and PSO-toelichting landed in the copy. */
export function addedColumns(copy: ExcelJS.Workbook): { sheet: string; columns: number[] } {
  for (const ws of copy.worksheets) {
    let found: number | null = null;
    ws.eachRow((row) => row.eachCell((cell, c) => {
      if (found === null && cell.value === "PSO-status") found = c;
    }));
    if (found !== null) {
      return { sheet: ws.name, columns: [found, found + 1] };
    }
  }
  throw new Error("no PSO-status column in the copy");
}
