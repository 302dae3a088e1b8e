import { columnAt, columnLetter, parseRange } from "../core";
import { replaySheet, SheetHandlers, splitSheet } from "./sheetXml";
import { PartWriter, ZipArchive, ZipEntry } from "./zip";
import { escapeXml } from "./xml";
import { children, forEachStartTag, setTagAttr, tagAttr, XmlDamagedError } from "./xmlScan";
import { RowCells, SheetLayout } from "./rowCells";
import { insertChild, openAt, WORKSHEET_ORDER } from "./partOrder";

/*
 * Edits to one worksheet's XML that only add or replace the cells asked for: everything else in the part stays as it
 * was, in its place. Used by `check --out` (two result columns) and by the workbench download (the cells it changed).
 */

/** A cell's new content; `style` null keeps the style the cell had (none for a new cell). */
export type CellContent =
  | { kind: "text"; text: string; style?: number | null }
  | { kind: "number"; value: number; style?: number | null }
  | { kind: "boolean"; value: boolean; style?: number | null }
  | { kind: "formula"; formula: string; cached: string | number | boolean; style?: number | null }
  | { kind: "empty"; style?: number | null };

export interface RuleSet {
  sqref: string;
  rules: { formula: string; dxf: number }[];
}

/** "ascending" when each row's number is above the one before it (as Excel writes), else which rows the sheet has. */
export type RowOrder = "ascending" | ((row: number) => boolean);

export interface SheetPatch {
  /** How the sheet's rows are stored, when the caller knows (the reader learnt it); else the writer reads it first. */
  rowOrder?: RowOrder;
  /** The 1-based rows that get cells, ascending. */
  rows: readonly number[];
  /** A row's new cells by 0-based column, made when the row is written (so a million rows are never all in memory). */
  cellsAt(row: number): Map<number, CellContent> | undefined;
  /** The right-most 0-based column written. */
  lastColumn: number;
  /** 1-based column numbers and widths (Excel character units). */
  widths: [number, number][];
  /** Conditional-format blocks to add after the sheet's own, with priorities above theirs. */
  formats: RuleSet[];
  /** An earlier run's blocks to remove (the workbook's own are never touched). */
  dropFormat?: (block: string) => boolean;
  /** Cells in these 0-based columns at or below `clearFromRow` are removed unless `cellsAt` sets them (a re-run). */
  clearColumns?: ReadonlySet<number>;
  clearFromRow?: number;
  /** Per row: columns whose cells are removed unless `cellsAt` sets them (a refreshed report's stale rows). */
  clearAt?(row: number): ReadonlySet<number> | null;
  /** Last edits to the part before the rows (`<sheetPr>`) and after them (print setup, drawing link). */
  editHead?(head: string, p: string): string;
  editTail?(tail: string, p: string): string;
  /**
   * The height (points) a row needs for its new cells, or null. Applied to rows that get cells and whose height was
   * not set by hand, and only to make them taller: neither Excel nor LibreOffice refits a stored row on opening.
   */
  rowHeight?: (cells: Map<number, CellContent>, row: number) => number | null;
  /**
   * Where the sheet's rows and cells stand, as the reader's tokenizer found them (SheetScan.layout): when the archive
   * still keeps the sheet's inflated bytes, the rows are taken from them by these offsets, not tokenized again.
   */
  layout?: SheetLayout;
}

export function cellXml(p: string, ref: string, content: CellContent, keptStyle: string | null): string {
  const style = content.style !== undefined && content.style !== null ? String(content.style) : keptStyle;
  const s = style === null ? "" : ` s="${style}"`;
  switch (content.kind) {
    case "text":
      return `<${p}c r="${ref}"${s} t="inlineStr"><${p}is><${p}t xml:space="preserve">${escapeXml(content.text)}</${p}t></${p}is></${p}c>`;
    case "number":
      return `<${p}c r="${ref}"${s}><${p}v>${content.value}</${p}v></${p}c>`;
    case "boolean":
      return `<${p}c r="${ref}"${s} t="b"><${p}v>${content.value ? 1 : 0}</${p}v></${p}c>`;
    case "formula": {
      const cached = content.cached;
      const t = typeof cached === "string" ? ' t="str"' : typeof cached === "boolean" ? ' t="b"' : "";
      const v = typeof cached === "boolean" ? (cached ? "1" : "0") : typeof cached === "string" ? escapeXml(cached) : String(cached);
      return `<${p}c r="${ref}"${s}${t}><${p}f>${escapeXml(content.formula)}</${p}f><${p}v>${v}</${p}v></${p}c>`;
    }
    default:
      return `<${p}c r="${ref}"${s}/>`;
  }
}

/** A `<col>` as written, made self-closing (an open/close pair holds nothing), with the range it covers. */
interface ColPiece {
  min: number;
  max: number;
  xml: string;
}

function colPiece(tag: string): ColPiece | null {
  const min = Number(tagAttr(tag, "min"));
  const max = Number(tagAttr(tag, "max"));
  if (!Number.isInteger(min) || !Number.isInteger(max) || min < 1 || max < min) return null;
  const xml = tag.endsWith("/>") ? tag : `${tag.slice(0, -1).trimEnd()}/>`;
  return { min, max, xml };
}

const ranged = (piece: ColPiece, min: number, max: number): ColPiece => ({
  min,
  max,
  xml: min === piece.min && max === piece.max ? piece.xml : setTagAttr(setTagAttr(piece.xml, "min", String(min)), "max", String(max)),
});

/**
 * `<cols>` with the given widths. Every `<col>` of every `<cols>` in the head (open/close or self-closed, either quote
 * style) is kept; a range over one of our columns is split around it; the result is one `<cols>` with sorted,
 * disjoint ranges (where two ranges overlapped, the first written keeps the columns), as Excel requires.
 */
export function setColumnWidths(head: string, p: string, widths: readonly [number, number][]): string {
  if (widths.length === 0) return head;
  const mine = [...new Set(widths.map(([c]) => c))].sort((a, b) => a - b);
  const blocks = children(head, 1).spans.filter((s) => s.local === "cols");
  const existing: ColPiece[] = [];
  for (const block of blocks) {
    for (const col of children(head.slice(block.start, block.end), 1).spans) {
      if (col.local !== "col") continue;
      const piece = colPiece(col.tag);
      if (piece) existing.push(piece);
    }
  }
  // Stable sort by first column, then overlaps clipped: the earlier range keeps its columns.
  existing.sort((a, b) => a.min - b.min);
  const disjoint: ColPiece[] = [];
  let covered = 0;
  for (const piece of existing) {
    if (piece.max <= covered) continue;
    disjoint.push(piece.min <= covered ? ranged(piece, covered + 1, piece.max) : piece);
    covered = piece.max;
  }
  const pieces: ColPiece[] = [];
  for (const piece of disjoint) {
    let from = piece.min;
    for (const c of mine) {
      if (c < from || c > piece.max) continue;
      if (c > from) pieces.push(ranged(piece, from, c - 1));
      from = c + 1;
    }
    if (from === piece.min) pieces.push(piece);
    else if (from <= piece.max) pieces.push(ranged(piece, from, piece.max));
  }
  for (const [c, width] of widths) pieces.push({ min: c, max: c, xml: `<${p}col min="${c}" max="${c}" width="${width}" customWidth="1"/>` });
  pieces.sort((a, b) => a.min - b.min);
  const block = `<${p}cols>${pieces.map((x) => x.xml).join("")}</${p}cols>`;
  if (blocks.length === 0) {
    const at = head.lastIndexOf(`<${p}sheetData`);
    return head.slice(0, at) + block + head.slice(at);
  }
  // The first <cols> becomes the one block; any other is removed (its columns are in the block).
  let out = head.slice(0, blocks[0].start) + block;
  for (let i = 1; i < blocks.length; i++) out += head.slice(blocks[i - 1].end, blocks[i].start);
  return out + head.slice(blocks[blocks.length - 1].end);
}

function extendDimension(head: string, lastRow: number, lastCol: number): string {
  const dimension = children(head, 1).spans.find((s) => s.local === "dimension");
  const ref = dimension ? tagAttr(dimension.tag, "ref") : null;
  const range = ref ? parseRange(ref) : null;
  if (!dimension || !range) return head;
  const c2 = Math.max(range.c2, lastCol);
  const r2 = Math.max(range.r2, lastRow - 1);
  const tag = setTagAttr(dimension.tag, "ref", `${columnLetter(range.c1)}${range.r1 + 1}:${columnLetter(c2)}${r2 + 1}`);
  return head.slice(0, dimension.start) + tag + head.slice(dimension.start + dimension.tag.length);
}

/** Excel's tallest row, in points: a taller `ht` makes it repair the file. */
export const MAX_ROW_HEIGHT = 409;

/** A row's start tag made at least `height` points tall (a row without `ht` has the default 15), never above 409. */
function withHeight(open: string, height: number | null): string {
  if (height === null) return open;
  const wanted = Math.min(height, MAX_ROW_HEIGHT);
  const ht = tagAttr(open, "ht");
  if (Number(ht ?? 15) >= wanted) return open;
  // No ht under any prefix: added before the tag's end, as setTagAttr would, without looking for it again.
  if (ht === null && !open.endsWith("/>")) return `${open.slice(0, -1)} ht="${wanted}">`;
  return setTagAttr(open, "ht", String(wanted));
}

/** Column letters by 0-based column, made once each (two per row, a million rows). */
const letters: string[] = [];
const letterOf = (col: number): string => (letters[col] ??= columnLetter(col));

/** The columns of a row's new cells, ascending. */
function sortedColumns(edits: Map<number, CellContent>): number[] {
  const out = [...edits.keys()];
  return out.length < 2 || (out.length === 2 && out[0] < out[1]) ? out : out.sort((a, b) => a - b);
}

/** Whether an attribute's value is a whole number written in digits only (as Excel writes them). */
function isDigits(value: string | null): value is string {
  if (value === null || value.length === 0) return false;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** A cell's 0-based column from its start tag, null without `r`; a column beyond XFD is a damaged sheet. */
function columnOf(tag: string): number | null {
  const r = tagAttr(tag, "r");
  if (r === null) return null;
  const col = columnAt(r);
  if (col < -1) throw new XmlDamagedError("columnLimit", 0, 0, r);
  return col;
}

/**
 * One `<row>` with the given cells replaced or put in column order; `clear` columns dropped. The row is not read
 * again: its cells stand where the tokenizer found them (`row`; a comment, CDATA or PI holds none), and what is not
 * changed is copied as it stands, in runs.
 */
function patchRow(
  xml: string,
  row: RowCells,
  p: string,
  rowNumber: number,
  edits: Map<number, CellContent> | undefined,
  clear: ReadonlySet<number> | null,
  rowHeight: SheetPatch["rowHeight"],
): string {
  if (!edits && !clear) return xml;
  const tagEnd = row.openEnd;
  const ordered = edits ? sortedColumns(edits) : [];
  const maxEdited = ordered.length > 0 ? ordered[ordered.length - 1] + 1 : 0;
  let open = xml.slice(0, row.selfClosing ? tagEnd - 1 : tagEnd) + ">";
  const customHeight = tagAttr(open, "customHeight");
  if (rowHeight && edits && customHeight !== "1" && customHeight !== "true") open = withHeight(open, rowHeight(edits, rowNumber));
  const spans = tagAttr(open, "spans");
  const colon = spans === null ? -1 : spans.indexOf(":");
  if (colon >= 0 && isDigits(spans!.slice(0, colon)) && isDigits(spans!.slice(colon + 1)) && Number(spans!.slice(colon + 1)) < maxEdited) {
    open = setTagAttr(open, "spans", `${spans!.slice(0, colon)}:${maxEdited}`);
  }
  const closeTag = `</${p}row>`;
  const render = (col: number, keptStyle: string | null) => cellXml(p, letterOf(col) + rowNumber, edits!.get(col)!, keptStyle);
  const appended = () => {
    let cells = "";
    for (const c of ordered) cells += render(c, null);
    return cells;
  };
  if (row.selfClosing) return `${open}${appended()}${closeTag}`;
  const { bodyStart, bodyEnd, count } = row;
  if (!clear && ordered.length > 0) {
    // Most rows end left of the new cells: append after the last cell.
    const col = count === 0 ? null : columnOf(xml.slice(row.start[count - 1], row.tagEnd[count - 1]));
    if (count === 0 || (col !== null && col < ordered[0])) return `${open}${xml.slice(bodyStart, bodyEnd)}${appended()}${closeTag}`;
  }
  let out = open;
  let last = bodyStart; // from here to the current cell, the row is copied as it stands
  let col = -1;
  let next = 0;
  for (let k = 0; k < count; k++) {
    const start = row.start[k];
    const tag = xml.slice(start, row.tagEnd[k]);
    col = columnOf(tag) ?? col + 1;
    if (next < ordered.length && ordered[next] <= col) {
      out += xml.slice(last, start);
      last = start;
      while (next < ordered.length && ordered[next] < col) out += render(ordered[next++], null);
      if (next < ordered.length && ordered[next] === col) {
        const style = tagAttr(tag, "s");
        out += render(ordered[next++], isDigits(style) ? style : null);
        last = row.end[k];
        continue;
      }
    }
    if (clear?.has(col)) {
      out += xml.slice(last, start);
      last = row.end[k];
    }
  }
  out += xml.slice(last, bodyEnd);
  while (next < ordered.length) out += render(ordered[next++], null);
  return `${out}${closeTag}`;
}

/**
 * The highest rule priority in a sheet's tail (the worksheet's rules and an extension's x14 rules alike), read through
 * the tokenizer: a priority written in a comment or in text is none.
 */
function highestPriority(tail: string, open: string[]): number {
  let priority = 0;
  forEachStartTag(
    tail,
    (tag) => {
      const value = tagAttr(tag.text, "priority");
      if (isDigits(value)) priority = Math.max(priority, Number(value));
    },
    open,
  );
  return priority;
}

/**
 * The sheet's tail (from `</sheetData>` on) with an earlier run's blocks dropped and the new blocks added after the
 * sheet's own, before the first element the schema puts after them. Only the worksheet's own children count: a data
 * bar's `<extLst>` inside a `<cfRule>` is part of the user's rule, not the worksheet's `<extLst>`.
 */
export function addFormats(tail: string, p: string, patch: SheetPatch): string {
  const open = openAt(tail, "worksheet");
  const drop = patch.dropFormat;
  let body = tail;
  if (drop) {
    const { spans } = children(tail, 1, open);
    for (let i = spans.length - 1; i >= 0; i--) {
      const s = spans[i];
      if (s.local === "conditionalFormatting" && drop(tail.slice(s.start, s.end))) body = body.slice(0, s.start) + body.slice(s.end);
    }
  }
  if (patch.formats.length === 0) return body;
  let priority = highestPriority(body, open);
  const blocks = patch.formats
    .map(
      (set) =>
        `<${p}conditionalFormatting sqref="${set.sqref}">${set.rules
          .map((r) => `<${p}cfRule type="expression" dxfId="${r.dxf}" priority="${++priority}"><${p}formula>${escapeXml(r.formula)}</${p}formula></${p}cfRule>`)
          .join("")}</${p}conditionalFormatting>`,
    )
    .join("");
  return insertChild(body, open, WORKSHEET_ORDER, "conditionalFormatting", blocks);
}

/** Whether a sheet's rows stand in ascending order, else which rows it has: one pass over the part. */
export function rowOrderOf(zip: ZipArchive, entry: ZipEntry, limit?: number): RowOrder {
  const seen = new Set<number>();
  let previous = 0;
  let ascending = true;
  splitSheet(zip, entry, { head: () => undefined, tail: () => undefined, row: (_xml, n) => {
    if (n <= previous) ascending = false;
    previous = n;
    seen.add(n);
  } }, limit);
  return ascending ? "ascending" : (n) => seen.has(n);
}

/** Streams the sheet part through the patch: rows it does not touch are passed on as they are. */
export function sheetPatchWriter(zip: ZipArchive, entry: ZipEntry, patch: SheetPatch, limit?: number): PartWriter {
  return (write) => {
    const lastRow = patch.rows.length > 0 ? patch.rows[patch.rows.length - 1] : 0;
    const order = patch.rowOrder ?? rowOrderOf(zip, entry, limit);
    // Rows stored out of order: a row is created only where the sheet has none, and edited wherever it stands.
    const wanted = order === "ascending" ? null : new Set(patch.rows);
    const pending = order === "ascending" ? patch.rows : patch.rows.filter((n) => !order(n));
    const lastCol = patch.lastColumn;
    const clearFrom = patch.clearFromRow ?? Number.MAX_SAFE_INTEGER;
    let next = 0;
    let p = "";
    const newRow = (n: number) => {
      const cells = patch.cellsAt(n) ?? new Map<number, CellContent>();
      const open = withHeight(`<${p}row r="${n}">`, patch.rowHeight ? patch.rowHeight(cells, n) : null);
      return `${open}${[...cells.entries()].sort((a, b) => a[0] - b[0]).map(([c, content]) => cellXml(p, `${columnLetter(c)}${n}`, content, null)).join("")}</${p}row>`;
    };
    const flushBefore = (n: number) => {
      let out = "";
      while (next < pending.length && pending[next] < n) out += newRow(pending[next++]);
      return out;
    };
    const handlers: SheetHandlers = {
      head: (text, prefix) => {
        p = prefix;
        let head = setColumnWidths(extendDimension(text, lastRow, lastCol), prefix, patch.widths);
        if (patch.editHead) head = patch.editHead(head, prefix);
        if (head.endsWith("/>")) head = `${head.slice(0, head.lastIndexOf("/>"))}>`;
        write(head);
      },
      cells: true,
      row: (xml, n, _plain, cells) => {
        const missing = flushBefore(n);
        if (missing !== "") write(missing);
        let edited: boolean;
        if (wanted) edited = wanted.has(n);
        else {
          if (pending[next] === n) next++;
          edited = pending[next - 1] === n;
        }
        const clear = patch.clearColumns && n >= clearFrom ? patch.clearColumns : patch.clearAt ? patch.clearAt(n) : null;
        write(patchRow(xml, cells, p, n, edited ? patch.cellsAt(n) : undefined, clear, patch.rowHeight));
      },
      tail: (text) => {
        const missing = flushBefore(Number.MAX_SAFE_INTEGER);
        const closed = text.startsWith(`</${p}sheetData>`) ? text : `</${p}sheetData>${text}`;
        const tail = addFormats(closed, p, patch);
        write(missing + (patch.editTail ? patch.editTail(tail, p) : tail));
      },
    };
    const kept = zip.kept;
    const layout = patch.layout;
    if (layout?.complete && layout.part === entry.name && kept?.entry === entry && (limit === undefined || kept.bytes.length <= limit)) {
      // The same bytes the reader read whole, and checked: decoded once more, the rows cut out where it found them.
      zip.kept = undefined;
      replaySheet(kept.bytes, layout, handlers);
    } else splitSheet(zip, entry, handlers, limit);
  };
}

/** The rows, cells and right-most column of a patch given as a map (small edits: the workbench). */
export function cellsFromMap(cells: Map<number, Map<number, CellContent>>): Pick<SheetPatch, "rows" | "cellsAt" | "lastColumn"> {
  let lastColumn = -1;
  for (const line of cells.values()) for (const c of line.keys()) if (c > lastColumn) lastColumn = c;
  return { rows: [...cells.keys()].sort((a, b) => a - b), cellsAt: (row) => cells.get(row), lastColumn };
}
