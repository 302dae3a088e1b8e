import { strToU8, zipSync } from "fflate";
import { CellValue, Day, Finding, Lang, Policy, Result, ok } from "../core";
import { buildSocialReport, SocialReport, staleRowsOfReport } from "../core/socialReport";
import {
  CellKind, LayoutBlock, NUMBER_FORMATS, readSocialSheet, SOCIAL_SHEET_NAME,
} from "../core/socialLayout";
import { addSheetEdits, MAIN_NS, OpenedBook, REL_NS, storedCells } from "./bookPatch";
import { CellContent, cellsFromMap, SheetPatch, sheetPatchWriter } from "./sheetPatch";
import { editedParts, PartEdits, patchStyles, XfSpec } from "./stylesPatch";
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
      return { numFmt };
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
export function socialSheetCopy(book: OpenedBook, run: SocialSheetRun, codec: () => Codec = fflateCodec): Result<{ report: SocialReport; pieces: () => Uint8Array[] }> {
  const { zip, parts } = book;
  const existing = parts.sheets.find((s) => s.name.toLowerCase() === SOCIAL_SHEET_NAME.toLowerCase());
  const grid = existing ? gridOf(book, existing.path) : [];
  const state = readSocialSheet(grid);
  const built = buildSocialReport(run.findings, run.policy, run.peildatum, run.lang, state, run.sourceSheet);
  if (!built.ok) return built;
  const report = built.value;
  const layout = report.layout;
  const stale = new Set(existing ? staleRowsOfReport(grid, report, run, state) : []);

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
  const planned: { row: number; col: number; value: string | number; key: string }[] = [];
  for (const block of layout.blocks) {
    block.values.forEach((line, i) =>
      line.forEach((value, j) => planned.push({ row: block.row + i, col: block.col + j, value, key: styleKey(block.kinds[i][j], block.style) })),
    );
  }
  const inputs = existing ? [] : layout.inputs.map((input) => ({ row: input.row, col: input.col, value: "", key: styleKey(input.kind, "input") }));
  const styles = patchStyles(zip, parts, [], specs);
  const xf = (key: string) => styles.xfs[keys.indexOf(key)];

  const cells = new Map<number, Map<number, CellContent>>();
  for (const cell of [...planned, ...inputs]) {
    const style = xf(cell.key);
    const content: CellContent =
      cell.value === "" ? { kind: "empty", style } : typeof cell.value === "number" ? { kind: "number", value: cell.value, style } : { kind: "text", text: cell.value, style };
    let line = cells.get(cell.row + 1);
    if (!line) cells.set(cell.row + 1, (line = new Map()));
    line.set(cell.col, content);
  }
  // Header rows are as tall as their longest wrapped header (no reader refits a row on opening).
  const heights = new Map<number, number>();
  for (const block of layout.blocks) {
    if (block.style !== "header") continue;
    const lines = Math.max(1, ...block.values[0].map((v, j) => wrappedLines(String(v), layout.columnWidths[block.col + j] ?? 10)));
    if (lines > 1) heights.set(block.row + 1, Math.max(heights.get(block.row + 1) ?? 0, lines * LINE_HEIGHT));
  }
  const reportColumns = new Set(Array.from({ length: layout.width }, (_, c) => c));
  const edits: PartEdits = styles.edits;
  const path = existing ? existing.path : addSheetEdits(zip, parts, edits, SOCIAL_SHEET_NAME, parts.sheets.length + 1, "rIdPsoSocial");
  const print = printSetup(parts, edits, layout);
  const linkDrawing = chartEdits(zip, edits, path, layout, !existing);
  const patch: SheetPatch = {
    ...cellsFromMap(cells),
    widths: layout.columnWidths.map((w, c) => [c + 1, w]),
    formats: [],
    rowHeight: (_cells, row) => heights.get(row) ?? null,
    clearAt: (row) => (stale.has(row - 1) ? reportColumns : null),
    editHead: print.editHead,
    editTail: (tail, p) => linkDrawing(print.editTail(tail, p), p),
  };
  const source = existing ? { zip, entry: findEntry(zip, existing.path)! } : emptySheetEntry();
  const replace = editedParts(zip, edits);
  replace.set(path, sheetPatchWriter(source.zip, source.entry, patch));
  return ok({ report, pieces: () => patchZip(zip, replace, codec) });
}
