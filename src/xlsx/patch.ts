import { CheckReport, columnLetter, ColumnUse, LAST_SHEET_COLUMN, RESULT_WIDTHS, SupplierTable } from "../core";
import type { XlsxSheetSource } from "./readXlsx";
import { SheetScan } from "./sheetReader";
import { CellContent, MAX_ROW_HEIGHT, SheetPatch, sheetPatchWriter } from "./sheetPatch";
import { patchStyles } from "./stylesPatch";
import { editedParts } from "./partEdits";
import { calcChainParts, touchedBy } from "./calcChain";
import { Codec, fflateCodec, findEntry, PartWriter, patchZip, patchZipTo, ZipSink } from "./zip";

/** Points per line of the default 11-point font. */
const LINE_HEIGHT = 15;

/** Whether a UTF-16 unit is whitespace as a regular expression's `\s` means it (Unicode spaces and line ends). */
function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Lines a text takes when wrapped at word boundaries in a column `width` characters wide (an estimate: fonts vary). */
export function wrappedLines(text: string, width: number): number {
  let lines = 1;
  let used = 0;
  const n = text.length;
  let i = 0;
  // Word by word, without cutting the text into strings (a row's explanation, 100,000 times).
  for (;;) {
    while (i < n && isSpace(text.charCodeAt(i))) i++;
    const from = i;
    while (i < n && !isSpace(text.charCodeAt(i))) i++;
    const word = i - from;
    if (word === 0) return lines;
    const need = used === 0 ? word : used + 1 + word;
    if (need <= width) used = need;
    else {
      lines += used === 0 ? 0 : 1;
      used = word;
      while (used > width) {
        lines++;
        used -= width;
      }
    }
  }
}

/**
 * What the streaming reader learnt about the sheet's columns: a column with any value, or a merged block that
 * reaches the header row or below, is the user's; the result columns never go there.
 */
export function columnUseOfScan(scan: SheetScan, table: SupplierTable): ColumnUse {
  const header = table.headerRow - 1;
  const merges = scan.merges.filter((m) => m.r2 >= header && m.c2 < LAST_SHEET_COLUMN);
  const merged = (c: number) => merges.some((m) => m.c1 <= c && c <= m.c2);
  return {
    used: (c) => scan.usedColumns.has(c) || merged(c),
    lastUsed: merges.reduce((edge, m) => Math.max(edge, m.c2), Math.max(scan.maxColumn, -1)),
  };
}

/**
 * The annotated copy as zip pieces: the checked sheet gets the report's PSO-status and PSO-toelichting (inline
 * strings, never formulas; the explanation wrapped), their widths and its highlight rules; styles.xml gets a bold header style, a wrap
 * style and two fills appended; every other part of the archive is copied byte for byte.
 */
export function annotatedCopy(source: XlsxSheetSource, report: CheckReport, codec: () => Codec = fflateCodec): Uint8Array[] {
  return patchZip(source.zip, annotatedParts(source, report), codec);
}

/** annotatedCopy written into a sink as it is made (the CLI's file), never held whole. */
export function writeAnnotatedCopy(source: XlsxSheetSource, report: CheckReport, sink: ZipSink, codec: () => Codec = fflateCodec): void {
  patchZipTo(source.zip, annotatedParts(source, report), sink, codec);
}

/** The parts the annotated copy replaces, each written when the zip reaches it. */
function annotatedParts(source: XlsxSheetSource, report: CheckReport): Map<string, PartWriter> {
  const styles = patchStyles(source.zip, source.parts);
  const { status, explanation: expl, headers, rerun } = report.result;
  const header = { kind: "text", style: styles.boldXf } as const;
  const headerCells = new Map<number, CellContent>([[status, { ...header, text: headers[0] }], [expl, { ...header, text: headers[1] }]]);
  const { checked } = report;
  // Checked rows are in sheet order: a row's index is found by binary search and its texts made only when the row is written.
  // Rows are mostly asked for in that order, so the one after the last found is tried first.
  let next = 0;
  const indexOf = (row: number): number => {
    if (next < checked.count && checked.rowAt(next) === row) return next++;
    let lo = 0;
    let hi = checked.count - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const r = checked.rowAt(mid);
      if (r === row) {
        next = mid + 1;
        return mid;
      }
      if (r < row) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  };
  const cellsAt = (row: number): Map<number, CellContent> | undefined => {
    if (row === report.headerRow) return headerCells;
    const i = indexOf(row);
    if (i < 0) return undefined;
    const [line, why] = report.resultTextsAt(i);
    return new Map<number, CellContent>([
      [status, { kind: "text", text: line }],
      [expl, { kind: "text", text: why, style: styles.wrapXf }],
    ]);
  };
  const rows = [report.headerRow];
  for (let i = 0; i < checked.count; i++) if (checked.rowAt(i) > rows[rows.length - 1]) rows.push(checked.rowAt(i));
  const dxf = { fail: styles.failDxf, warn: styles.warnDxf };
  const patch: SheetPatch = {
    rows,
    rowOrder: source.scan.rowOrder,
    layout: source.scan.layout,
    cellsAt,
    lastColumn: expl,
    widths: [[status + 1, RESULT_WIDTHS.status], [expl + 1, RESULT_WIDTHS.explanation]],
    rowHeight: (cells) => {
      const why = cells.get(expl);
      const lines = why?.kind === "text" ? wrappedLines(why.text, RESULT_WIDTHS.explanation) : 1;
      return lines > 1 ? Math.min(lines * LINE_HEIGHT, MAX_ROW_HEIGHT) : null;
    },
    formats:
      report.highlight.rules.length === 0
        ? []
        : [{
            sqref: `${columnLetter(report.firstColumn)}${report.firstDataRow}:${columnLetter(expl)}${report.lastDataRow}`,
            rules: report.highlight.rules.map((rule) => ({ formula: rule.formula, dxf: dxf[rule.kind] })),
          }],
    // A re-run replaces its own cells and rule; the user's formats and cells are never touched.
    dropFormat: rerun ? (block) => block.includes(`LEFT(${report.highlight.statusCell},`) : undefined,
    clearColumns: rerun ? new Set([status, expl]) : undefined,
    clearFromRow: report.headerRow,
  };
  const chain = calcChainParts(source.zip, source.parts, new Map([[source.sheet.path, touchedBy(patch)]]), styles.edits);
  const replace = editedParts(source.zip, styles.edits);
  for (const [part, writer] of chain) replace.set(part, writer);
  replace.set(source.sheet.path, sheetPatchWriter(source.zip, findEntry(source.zip, source.sheet.path)!, patch));
  return replace;
}
