import { strToU8, zipSync } from "fflate";
import { CellValue, Day, Finding, Lang, Outlook, Policy, Result, ok } from "../core";
import { buildSocialReport, SocialReport, staleRowsOfReport } from "../core/report/socialReport";
import {
  CellKind, LayoutBlock, movedInputs, NUMBER_FORMATS, readSocialSheet, staleCells,
} from "../core/report/socialLayout";
import { chooseReportSheet, REPORT_MARK_NAME } from "../core/report/reportSheet";
import { addSheetEdits, MAIN_NS, OpenedBook, REL_NS, storedCells } from "./bookPatch";
import { CellContent, SheetPatch, sheetPatchWriter } from "./sheetPatch";
import { patchStyles, XfSpec } from "./stylesPatch";
import { editedParts, PartEdits } from "./partEdits";
import { chartEdits } from "./chartParts";
import { wrappedLines } from "./patch";
import { printSetup } from "./printSetup";
import { Codec, fflateCodec, findEntry, openZip, patchZip, ZipEntry } from "./zip";

/*
 * `rapport --out`: the Sociale bijdrage sheet written into the input workbook as one worksheet part, added or
 * refreshed; every other part of the archive is copied byte for byte (charts, pivot tables, macros included).
 */

export interface SocialSheetRun {
  findings: readonly Finding[];
  policy: Policy;
  peildatum: Day;
  lang: Lang;
  sourceSheet: string;
  /** Whether the list has a social-contribution column (omitted: judged from the figures). */
  contributionColumn?: boolean;
  /** The months ahead with the list's contract end and Aspirant dates (outlookOfFindings); omitted: from the findings alone. */
  outlook?: Outlook;
}

type Style = LayoutBlock["style"] | "input";

const HEADER_FILL = "D9E1F2";
const INPUT_FILL = "FFF2CC";
/** Excel's own "Good" and "Bad" cell styles. */
const GOOD = { fill: "C6EFCE", font: "006100" };
const BAD = { fill: "FFC7CE", font: "9C0006" };
const LINE_HEIGHT = 15;

function xfSpec(kind: CellKind, style: Style): XfSpec {
  const numFmt = NUMBER_FORMATS[kind];
  switch (style) {
    case "title":
      return { numFmt, bold: true, size: 14 };
    case "section":
      return { numFmt, bold: true, size: 12 };
    case "header":
      return { numFmt, bold: true, fill: HEADER_FILL, wrap: true };
    case "good":
      return { numFmt, fill: GOOD.fill, color: GOOD.font };
    case "bad":
      return { numFmt, fill: BAD.fill, color: BAD.font };
    case "subtitle":
      return { numFmt, italic: true };
    case "input":
      return { numFmt, fill: INPUT_FILL };
    default:
      // Explanations and supplier names wrap in their column instead of being cut off.
      return { numFmt, wrap: true };
  }
}

/** A sheet's stored cells as a grid from A1 (dates as serials), for reading what a refresh keeps. */
function gridOf(book: OpenedBook, path: string): CellValue[][] {
  const grid: CellValue[][] = [];
  for (const [r, line] of storedCells(book, path)) {
    const row: CellValue[] = (grid[r - 1] = []);
    for (const [c, cell] of line) row[c] = cell.value;
  }
  for (let r = 0; r < grid.length; r++) grid[r] ??= [];
  return grid;
}

/**
 * The reference of PSO-toets's report mark (core/report/reportSheet.ts), or null: read with the workbook's other marks,
 * as elements (workbookParts.ts), so a mark in a comment is none and other writers' quoting and prefixes are read.
 */
export function markOf(book: Pick<OpenedBook, "parts">): string | null {
  return book.parts.marks?.get(REPORT_MARK_NAME.toLowerCase()) ?? null;
}

/** A typed own figure as it is written back at its new place: numbers (dates as serials) and text as they were. */
function typedValue(value: CellValue | undefined): string | number {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.getTime() / 86_400_000 + 25569;
  return typeof value === "number" ? value : String(value);
}

const EMPTY_SHEET =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">` +
  `<sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15"/><sheetData/></worksheet>`;

/** A new sheet goes through the same streaming patch as a refreshed one, from an empty sheet in a one-part archive. */
function emptySheetEntry(): { zip: ReturnType<typeof openZip>; entry: ZipEntry } {
  const zip = openZip(zipSync({ "sheet.xml": strToU8(EMPTY_SHEET) }, { level: 0 }));
  return { zip, entry: zip.entries[0] };
}

/**
 * The report, and the workbook with the Sociale bijdrage sheet added or refreshed (zip pieces, made when asked for). A refresh keeps the
 * own-figure inputs, earlier months and anything the controller typed outside the report's own tables; it fails,
 * changing nothing, when the history on the sheet cannot be read.
 */
export function socialSheetCopy(
  book: OpenedBook,
  run: SocialSheetRun,
  codec: () => Codec = fflateCodec,
): Result<{ report: SocialReport; sheet: { name: string; userSheetKept: string | null }; pieces: () => Uint8Array[] }> {
  const { zip, parts } = book;
  const pathOf = (name: string) => parts.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  const grids = new Map<string, CellValue[][]>();
  const gridByName = (name: string) => {
    if (!grids.has(name)) grids.set(name, gridOf(book, pathOf(name)!.path));
    return grids.get(name)!;
  };
  const choice = chooseReportSheet(parts.sheets.map((s) => s.name), markOf(book), gridByName);
  const existing = choice.exists ? pathOf(choice.name) : undefined;
  const grid = existing ? gridByName(existing.name) : [];
  const state = readSocialSheet(grid);
  const built = buildSocialReport(run.findings, run.policy, run.peildatum, run.lang, state, run.sourceSheet, run.contributionColumn, run.outlook);
  if (!built.ok) return built;
  const report = built.value;
  const layout = report.layout;
  const stale = existing ? staleCells(staleRowsOfReport(grid, report, run, state), layout) : new Map<number, Set<number>>();

  const keys: string[] = [];
  const specs: XfSpec[] = [];
  const styleKey = (kind: CellKind, style: Style) => {
    const key = `${kind}|${style}`;
    if (!keys.includes(key)) {
      keys.push(key);
      specs.push(xfSpec(kind, style));
    }
    return key;
  };
  // Style keys are collected first (styles.xml is patched once); each row's cells are made when the writer reaches the
  // row, from the layout, so a long action list never exists as one object per cell.
  for (const block of layout.blocks) for (const kinds of block.kinds) for (const kind of kinds) styleKey(kind, block.style);
  // New inputs are written empty; inputs of an earlier layout move to their new place with what was typed.
  const inputs = (existing ? movedInputs(layout, state) : layout.inputs).map((input) => ({
    row: input.row,
    col: input.col,
    key: styleKey(input.kind, "input"),
    value: existing ? typedValue(state.own[input.key]) : ("" as string | number),
  }));
  const styles = patchStyles(zip, parts, [], specs);
  const xf = (key: string) => styles.xfs[keys.indexOf(key)];
  const content = (value: string | number, key: string): CellContent => {
    const style = xf(key);
    return value === "" ? { kind: "empty", style } : typeof value === "number" ? { kind: "number", value, style } : { kind: "text", text: value, style };
  };
  const cellsAt = (row: number): Map<number, CellContent> | undefined => {
    const r = row - 1;
    let line: Map<number, CellContent> | undefined;
    // Blocks in layout order, then the inputs: a later cell at the same place wins, as the layout means.
    for (const block of layout.blocks) {
      const values = block.values[r - block.row];
      if (!values) continue;
      values.forEach((value, j) => (line ??= new Map()).set(block.col + j, content(value, styleKey(block.kinds[r - block.row][j], block.style))));
    }
    for (const input of inputs) if (input.row === r) (line ??= new Map()).set(input.col, content(input.value, input.key));
    return line;
  };
  const filledRows = new Set<number>();
  let lastColumn = -1;
  for (const block of layout.blocks) {
    block.values.forEach((line, i) => {
      if (line.length === 0) return;
      filledRows.add(block.row + i + 1);
      lastColumn = Math.max(lastColumn, block.col + line.length - 1);
    });
  }
  for (const input of inputs) {
    filledRows.add(input.row + 1);
    lastColumn = Math.max(lastColumn, input.col);
  }
  // Rows with wrapped text are as tall as their longest cell (no reader refits a row on opening); Excel's limit is 409.
  // The explanations sit in the widest column, so a row is rarely more than two lines.
  const heights = new Map<number, number>();
  for (const block of layout.blocks) {
    if (block.style !== "header" && block.style !== "body") continue;
    block.values.forEach((line, i) => {
      const lines = Math.max(1, ...line.map((v, j) => (typeof v === "string" ? wrappedLines(v, layout.columnWidths[block.col + j] ?? 10) : 1)));
      const row = block.row + i + 1;
      if (lines > 1) heights.set(row, Math.min(409, Math.max(heights.get(row) ?? 0, lines * LINE_HEIGHT)));
    });
  }
  const edits: PartEdits = styles.edits;
  const path = existing ? existing.path : addSheetEdits(zip, parts, edits, choice.name, parts.sheets.length + 1, "rIdPsoSocial");
  const print = printSetup(parts, edits, layout, choice.name);
  const linkDrawing = chartEdits(zip, edits, path, choice.name, layout, !existing);
  const patch: SheetPatch = {
    rows: [...filledRows].sort((a, b) => a - b),
    cellsAt,
    lastColumn,
    widths: layout.columnWidths.map((w, c) => [c + 1, w]),
    formats: [],
    rowHeight: (_cells, row) => heights.get(row) ?? null,
    clearAt: (row) => stale.get(row - 1) ?? null,
    editHead: print.editHead,
    editTail: (tail, p) => linkDrawing(print.editTail(tail, p), p),
  };
  const source = existing ? { zip, entry: findEntry(zip, existing.path)! } : emptySheetEntry();
  const replace = editedParts(zip, edits);
  replace.set(path, sheetPatchWriter(source.zip, source.entry, patch));
  return ok({ report, sheet: { name: choice.name, userSheetKept: choice.userSheetKept }, pieces: () => patchZip(zip, replace, codec) });
}
