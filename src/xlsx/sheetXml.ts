import { letterValue } from "../core/read/address";
import { streamEntryText, ZipArchive, ZipEntry } from "./zip";
import { tagAttr, XmlDamagedError, XmlScanner } from "./xmlScan";

/** Where a worksheet's XML is split: what comes before the rows, each row, and what follows them. */
export interface SheetHandlers {
  /** Everything up to and including `<sheetData>` (or a self-closed `<sheetData/>`), in one call. */
  head(text: string, prefix: string): void;
  /**
   * One complete `<row>` element and its 1-based row number; `plain` when the row holds no comment or processing
   * instruction (then forEachCell need not look for them). Return false to stop reading.
   */
  row(xml: string, rowNumber: number, plain: boolean): boolean | void;
  /** Everything from `</sheetData>` on, in one call (small: merges, formats, validation, drawing links). */
  tail(text: string): void;
}

class Stop extends Error {}

/** A worksheet part whose rows are never closed: the file was cut off (a broken download or copy). */
export class SheetCutOffError extends Error {
  constructor(readonly part: string, readonly lastRow: number) {
    super(`${part} ends after row ${lastRow}`);
  }
}

/** Excel's last row and column: a sheet beyond them is damaged (and would make a reader grow arrays without end). */
export const MAX_ROW = 1_048_576;
export const MAX_COLUMN = 16_384;

/** A row's number from its start tag (either quote style, any whitespace), or the one after the previous row. */
function rowNumberOf(tag: string, previous: number): number | null {
  const r = tagAttr(tag, "r");
  if (r === null) return previous + 1;
  return /^\s*[0-9]{1,7}\s*$/.test(r) && Number(r) >= 1 && Number(r) <= MAX_ROW ? Number(r) : null;
}

/**
 * Streams a worksheet part and splits it into head, rows and tail without ever holding the whole sheet: memory is one
 * chunk plus one row, whatever the sheet's size. The part goes through the XML tokenizer, so a comment, CDATA or PI
 * between rows is no row and no end of the rows, and a part that is not well-formed XML is refused where it breaks.
 */
export function splitSheet(zip: ZipArchive, entry: ZipEntry, handlers: SheetHandlers, limit?: number): void {
  let state = "head" as "head" | "rows" | "tail";
  let prefix = "";
  let rowNumber = 0;
  let rowDepth = -1;
  let markupBefore = 0;
  let stopped = false;
  const scanner: XmlScanner = new XmlScanner({
    start(tag, at) {
      if (stopped) return;
      if (tag.depth === 0) {
        prefix = tag.prefix;
        return;
      }
      if (state === "head") {
        if (tag.depth !== 1 || tag.local !== "sheetData") return;
        handlers.head(scanner.take(at + tag.text.length), prefix);
        if (tag.selfClosing) {
          state = "tail";
          scanner.capture(at + tag.text.length);
        } else state = "rows";
        return;
      }
      if (state !== "rows" || tag.depth !== 2) return;
      if (tag.local !== "row") return;
      const n = rowNumberOf(tag.text, rowNumber);
      if (n === null) throw damaged("rowLimit", at, tagAttr(tag.text, "r") ?? "");
      rowNumber = n;
      if (tag.selfClosing) emit(tag.text);
      else {
        rowDepth = tag.depth;
        markupBefore = scanner.markupCount;
        scanner.capture(at);
      }
    },
    end(_name, local, depth, at, after) {
      if (stopped) return;
      if (state !== "rows") return;
      if (depth === rowDepth && local === "row" && scanner.capturing) {
        rowDepth = -1;
        emit(scanner.take(after));
      } else if (depth === 1 && local === "sheetData") {
        state = "tail";
        scanner.capture(at);
      }
    },
  }, false, 2);
  const damaged = (fault: "rowLimit", at: number, detail: string) => scanner.damage(fault, at, detail);
  let lastComplete = 0;
  const emit = (xml: string) => {
    lastComplete = rowNumber;
    if (handlers.row(xml, rowNumber, scanner.markupCount === markupBefore) === false) {
      stopped = true;
      throw new Stop();
    }
  };
  scanner.capture(0);
  try {
    streamEntryText(zip, entry, (text) => scanner.feed(text), limit);
    if (state === "head" || state === "tail") scanner.end();
  } catch (error) {
    if (error instanceof Stop) return;
    if (error instanceof XmlDamagedError) {
      error.part = entry.name;
      error.lastRow = lastComplete;
      // A sheet that stops inside its rows was cut off (a broken download): said as such.
      if (error.fault === "unclosed" && state === "rows") throw new SheetCutOffError(entry.name, error.lastRow);
    }
    throw error;
  }
  // Reading on would check the rows before the cut and silently drop the rest.
  if (state === "rows") throw new SheetCutOffError(entry.name, lastComplete);
  handlers.tail(scanner.take(Number.MAX_SAFE_INTEGER));
}

/** The attributes of one cell's start tag that the reader needs; one object, filled per cell. */
const cellTag = { col: -1, row: -1, type: null as string | null, style: 0 };

/**
 * Reads r, t and s from the cell tag between `from` ("<") and `to` (">"), in one pass: either quote style, any
 * whitespace, any prefix on other attributes. A reference beyond XFD or row 1,048,576 is a damaged sheet.
 */
function readCellTag(xml: string, from: number, to: number): void {
  cellTag.col = -1;
  cellTag.row = -1;
  cellTag.type = null;
  cellTag.style = 0;
  let i = from + 1;
  while (i < to && xml.charCodeAt(i) > 32 && xml.charCodeAt(i) !== 47) i++;
  for (;;) {
    while (i < to && xml.charCodeAt(i) <= 32) i++;
    if (i >= to) return;
    const a0 = i;
    while (i < to && xml.charCodeAt(i) !== 61 && xml.charCodeAt(i) > 32) i++;
    const a1 = i;
    while (i < to && xml.charCodeAt(i) !== 34 && xml.charCodeAt(i) !== 39) i++;
    if (i >= to) return;
    const q = xml.charCodeAt(i);
    const v0 = i + 1;
    let v1 = v0;
    while (v1 < to && xml.charCodeAt(v1) !== q) v1++;
    i = v1 + 1;
    if (a1 - a0 !== 1) continue;
    const name = xml.charCodeAt(a0);
    if (name === 114 /* r */) {
      let col = 0;
      let k = v0;
      for (; k < v1; k++) {
        const letter = letterValue(xml.charCodeAt(k));
        if (letter === 0) break;
        col = col * 26 + letter;
        if (col > MAX_COLUMN) throw new XmlDamagedError("columnLimit", 0, 0, xml.slice(v0, v1));
      }
      let row = 0;
      for (; k < v1; k++) {
        const c = xml.charCodeAt(k);
        if (c < 48 || c > 57) break;
        row = row * 10 + c - 48;
        if (row > MAX_ROW) throw new XmlDamagedError("rowLimit", 0, 0, xml.slice(v0, v1));
      }
      cellTag.col = col - 1;
      cellTag.row = row;
    } else if (name === 116 /* t */) cellTag.type = xml.slice(v0, v1);
    else if (name === 115 /* s */) cellTag.style = Number(xml.slice(v0, v1)) || 0;
  }
}

/** Comments and processing instructions inside a row: no cells, and they could hide a "<c" or "</c>". */
const NOT_CONTENT = /<!--[\s\S]*?-->|<\?[\s\S]*?\?>/g;

/**
 * Calls `onCell` for each `<c>` of one row: its 0-based column, type, style index and inner XML (null when empty).
 * `plain`: the tokenizer saw no comment or PI in the row (splitSheet says so), so the row is not searched for them.
 */
export function forEachCell(
  rowXml: string,
  prefix: string,
  onCell: (col: number, type: string | null, style: number, inner: string | null) => void,
  plain = false,
): void {
  if (!plain && (rowXml.indexOf("<!--") >= 0 || rowXml.indexOf("<?") >= 0)) rowXml = rowXml.replace(NOT_CONTENT, "");
  const open = `<${prefix}c`;
  const close = `</${prefix}c`;
  let col = -1;
  let from = rowXml.indexOf(">") + 1;
  for (;;) {
    let start = rowXml.indexOf(open, from);
    while (start >= 0) {
      const next = rowXml.charCodeAt(start + open.length);
      if (next === 32 || next === 62 || next === 47 || next === 9 || next === 10 || next === 13) break;
      start = rowXml.indexOf(open, start + 1);
    }
    if (start < 0) return;
    const tagEnd = rowXml.indexOf(">", start);
    readCellTag(rowXml, start, tagEnd);
    col = cellTag.col >= 0 ? cellTag.col : col + 1;
    if (col >= MAX_COLUMN) throw new XmlDamagedError("columnLimit", 0, 0, `${col + 1}`);
    const { type, style } = cellTag;
    if (rowXml.charCodeAt(tagEnd - 1) === 47) {
      onCell(col, type, style, null);
      from = tagEnd + 1;
      continue;
    }
    const end = rowXml.indexOf(close, tagEnd);
    onCell(col, type, style, rowXml.slice(tagEnd + 1, end));
    from = rowXml.indexOf(">", end) + 1;
  }
}
