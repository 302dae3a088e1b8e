import { letterValue } from "../core/read/address";
import { streamEntryText, ZipArchive, ZipEntry } from "./zip";
import { forEachStartTag, tagAttr, XmlDamagedError, XmlScanner } from "./xmlScan";
import { openAt } from "./partOrder";
import { RowCells, SheetLayout } from "./rowCells";

/** Where a worksheet's XML is split: what comes before the rows, each row, and what follows them. */
export interface SheetHandlers {
  /** Everything up to and including `<sheetData>` (or a self-closed `<sheetData/>`), in one call. */
  head(text: string, prefix: string): void;
  /**
   * One complete `<row>` element and its 1-based row number; `plain` when the row holds no comment or processing
   * instruction (then forEachCell need not look for them); with `cells`, where its cells stand. Return false to stop
   * reading.
   */
  row(xml: string, rowNumber: number, plain: boolean, cells: RowCells): boolean | void;
  /** Whether the tokenizer should also say where each row's cells stand (`cells` in `row`; else it stays empty). */
  cells?: boolean;
  /** Filled with where the head, each row and its cells stand in the part's text (implies `cells`). */
  layout?: SheetLayout;
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
  // Plain digits (almost always) read without a pattern; anything else as before: at most seven digits, spaces around.
  let n = plainDigits(r, 0, r.length, 7);
  if (n < 0) n = /^\s*[0-9]{1,7}\s*$/.test(r) ? Number(r) : 0;
  return n >= 1 && n <= MAX_ROW ? n : null;
}

/**
 * The number that 1 to `maxDigits` plain digits from `from` to `to` of `text` spell (exact, as Number reads them up to
 * 15 digits), else -1: the reader's numbers (row numbers, style indexes, values) without a string or a pattern each.
 */
export function plainDigits(text: string, from: number, to: number, maxDigits: number): number {
  if (to <= from || to - from > maxDigits) return -1;
  let n = 0;
  for (let i = from; i < to; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
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
  let rowStart = 0;
  const layout = handlers.layout;
  const cells = new RowCells();
  let cellName = "c";
  let cellStart = -1;
  let cellTagEnd = -1;
  const deeper = handlers.cells || layout
    ? {
        // A cell of the row being kept: where it stands in the row's text, as the tokenizer passes it.
        start(at: number, after: number, selfClosing: boolean, name: string) {
          if (rowDepth < 0 || name !== cellName) return;
          if (selfClosing) cells.push(scanner.captured(at), scanner.captured(after), scanner.captured(after));
          else {
            cellStart = scanner.captured(at);
            cellTagEnd = scanner.captured(after);
          }
        },
        end(after: number) {
          if (cellStart < 0) return;
          cells.push(cellStart, cellTagEnd, scanner.captured(after));
          cellStart = -1;
        },
      }
    : undefined;
  const scanner: XmlScanner = new XmlScanner({
    deeper,
    start(tag, at) {
      if (stopped) return;
      if (tag.depth === 0) {
        prefix = tag.prefix;
        cellName = `${prefix}c`;
        return;
      }
      if (state === "head") {
        if (tag.depth !== 1 || tag.local !== "sheetData") return;
        handlers.head(scanner.take(at + tag.text.length), prefix);
        if (layout) {
          layout.prefix = prefix;
          layout.headEnd = layout.tailStart = scanner.absolute(at + tag.text.length);
        }
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
      cells.reset(tag.text.length - 1, tag.selfClosing);
      rowStart = scanner.absolute(at);
      if (tag.selfClosing) emit(tag.text, true);
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
        cells.bodyEnd = scanner.captured(at);
        emit(scanner.take(after), scanner.markupCount === markupBefore);
      } else if (depth === 1 && local === "sheetData") {
        state = "tail";
        if (layout) layout.tailStart = scanner.absolute(at);
        scanner.capture(at);
      }
    },
  }, false, 2);
  const damaged = (fault: "rowLimit", at: number, detail: string) => scanner.damage(fault, at, detail);
  let lastComplete = 0;
  const emit = (xml: string, plain: boolean) => {
    lastComplete = rowNumber;
    layout?.add(rowNumber, rowStart, rowStart + xml.length, plain, cells);
    if (handlers.row(xml, rowNumber, plain, cells) === false) {
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
  if (layout) layout.complete = true;
}

/**
 * Bytes decoded 32 KB at a time, as the reader decodes them (zip.ts TEXT_STEP): a row is cut from the piece it stands
 * in (rows come in order). A string over 128 KB goes to V8's old generation: a whole part, or megabyte pieces, measured
 * two to five times slower to decode.
 */
const DECODE_STEP = 32 * 1024;

/**
 * A part's UTF-8 bytes as text, decoded piece by piece while it is read front to back: `slice` takes ascending spans,
 * and only the piece holding the current span is kept (never the whole part as one string).
 */
class PieceText {
  private readonly decoder = new TextDecoder("utf-8");
  private decoded = 0; // bytes decoded so far
  private text = ""; // the characters from `start` on that are decoded so far
  private start = 0;

  constructor(private readonly bytes: Uint8Array) {}

  /** The characters from `from` to `to` (to the end for a `to` past it); `from` never goes back. */
  slice(from: number, to: number): string {
    if (from > this.start) {
      this.text = this.text.slice(from - this.start);
      this.start = from;
    }
    while (this.start + this.text.length < to && this.decoded < this.bytes.length) {
      const end = Math.min(this.bytes.length, this.decoded + DECODE_STEP);
      this.text += this.decoder.decode(this.bytes.subarray(this.decoded, end), { stream: end < this.bytes.length });
      this.decoded = end;
    }
    return this.text.slice(0, to - this.start);
  }
}

/**
 * The rows of a sheet read before (its inflated bytes, and the layout splitSheet learnt from their text), handed to
 * `handlers` as splitSheet hands them on, without tokenizing the text again: the head, each row with its cells, the tail.
 */
export function replaySheet(bytes: Uint8Array, layout: SheetLayout, handlers: SheetHandlers): void {
  const text = new PieceText(bytes);
  handlers.head(text.slice(0, layout.headEnd), layout.prefix);
  const cells = new RowCells();
  for (let i = 0; i < layout.rows; i++) {
    layout.fill(i, cells);
    if (handlers.row(text.slice(layout.start[i], layout.end[i]), layout.number[i], (layout.flags[i] & 2) === 2, cells) === false) return;
  }
  handlers.tail(text.slice(layout.tailStart, Number.MAX_SAFE_INTEGER));
}

/**
 * The `ref` of every `<mergeCell>` in a worksheet's tail (from `</sheetData>` on), read through the tokenizer: either
 * quote style, any prefix, attributes on new lines; one written inside a comment or CDATA is none.
 */
export function mergeRefs(tail: string): string[] {
  const refs: string[] = [];
  forEachStartTag(
    tail,
    (tag) => {
      if (tag.local !== "mergeCell") return;
      const ref = tagAttr(tag.text, "ref");
      if (ref !== null) refs.push(ref);
    },
    openAt(tail, "worksheet"),
  );
  return refs;
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
    } else if (name === 116 /* t */) cellTag.type = cellType(xml, v0, v1);
    else if (name === 115 /* s */) cellTag.style = styleIndex(xml, v0, v1);
  }
}

/** A cell's type as one of SpreadsheetML's constant strings when it is one: no string is made per cell. */
function cellType(xml: string, v0: number, v1: number): string {
  const length = v1 - v0;
  if (length === 1) {
    const c = xml.charCodeAt(v0);
    if (c === 115) return "s";
    if (c === 110) return "n";
    if (c === 98) return "b";
    if (c === 101) return "e";
    if (c === 100) return "d";
  } else if (length === 3 && xml.startsWith("str", v0)) return "str";
  else if (length === 9 && xml.startsWith("inlineStr", v0)) return "inlineStr";
  return xml.slice(v0, v1);
}

/** A style index as Number() reads it (0 for none or nonsense), plain digits without a string. */
function styleIndex(xml: string, v0: number, v1: number): number {
  const n = plainDigits(xml, v0, v1, 9);
  return n >= 0 ? n : Number(xml.slice(v0, v1)) || 0;
}

/**
 * A cell's inner XML without its comments and processing instructions (they hold no value, and could hide a `<v>`);
 * CDATA is kept, with whatever it holds. Linear: in well-formed XML a "<" outside CDATA, comments and PIs starts a tag.
 */
function withoutMarkup(xml: string): string {
  let out = "";
  let from = 0;
  let i = xml.indexOf("<");
  while (i >= 0) {
    if (xml.startsWith("<![CDATA[", i)) {
      const end = xml.indexOf("]]>", i + 9);
      i = end < 0 ? -1 : xml.indexOf("<", end + 3);
      continue;
    }
    const close = xml.startsWith("<!--", i) ? "-->" : xml.startsWith("<?", i) ? "?>" : null;
    if (close === null) {
      i = xml.indexOf("<", i + 1);
      continue;
    }
    const end = xml.indexOf(close, i + 2);
    out += xml.slice(from, i);
    from = end < 0 ? xml.length : end + close.length;
    i = xml.indexOf("<", from);
  }
  return from === 0 ? xml : out + xml.slice(from);
}

/**
 * Calls `onCell` for each `<c>` of one row: its 0-based column, type, style index and inner XML (null when empty).
 * The cells stand where the tokenizer found them (`cells`, from splitSheet with `cells`): a comment, CDATA section or
 * PI holds none, and a cell's CDATA may hold "</c>". `plain`: the row holds no comment or PI (splitSheet says so).
 */
export function forEachCell(
  rowXml: string,
  cells: RowCells,
  onCell: (col: number, type: string | null, style: number, inner: string | null) => void,
  plain = false,
): void {
  forEachCellSpan(rowXml, cells, (col, type, style, xml, from, to) => onCell(col, type, style, from < 0 ? null : xml.slice(from, to)), plain);
}

/**
 * forEachCell without a string per cell: a cell's inner XML is `xml` from `from` to `to` (the row's own text, or the
 * inner XML without its comments and PIs), `from` -1 when the cell is empty.
 */
export function forEachCellSpan(
  rowXml: string,
  cells: RowCells,
  onCell: (col: number, type: string | null, style: number, xml: string, from: number, to: number) => void,
  plain = false,
): void {
  let col = -1;
  for (let k = 0; k < cells.count; k++) {
    const after = cells.tagEnd[k];
    const end = cells.end[k];
    readCellTag(rowXml, cells.start[k], after - 1);
    col = cellTag.col >= 0 ? cellTag.col : col + 1;
    if (col >= MAX_COLUMN) throw new XmlDamagedError("columnLimit", 0, 0, `${col + 1}`);
    const { type, style } = cellTag;
    if (end === after) {
      onCell(col, type, style, rowXml, -1, -1);
      continue;
    }
    const to = rowXml.lastIndexOf("<", end - 1);
    if (plain || !(holds(rowXml, "<!--", after, to) || holds(rowXml, "<?", after, to))) onCell(col, type, style, rowXml, after, to);
    else {
      const inner = withoutMarkup(rowXml.slice(after, to));
      onCell(col, type, style, inner, 0, inner.length);
    }
  }
}

/** Whether `text` holds `needle` wholly between `from` and `to`. */
function holds(text: string, needle: string, from: number, to: number): boolean {
  const at = text.indexOf(needle, from);
  return at >= 0 && at + needle.length <= to;
}
