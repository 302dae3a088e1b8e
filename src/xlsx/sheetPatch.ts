import { columnLetter } from "../core";
import { splitSheet } from "./sheetXml";
import { PartWriter, ZipArchive, ZipEntry } from "./zip";
import { attr, columnOfRef, escapeXml, parseRange } from "./xml";

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

export interface SheetPatch {
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

/** `<cols>` with the given widths; an existing range over one of those columns is split around it. */
export function setColumnWidths(head: string, p: string, widths: readonly [number, number][]): string {
  if (widths.length === 0) return head;
  const mine = [...new Set(widths.map(([c]) => c))].sort((a, b) => a - b);
  const colRe = new RegExp(`<${p}col\\b[^>]*?/>`, "g");
  const cols = new RegExp(`<${p}cols>([\\s\\S]*?)</${p}cols>`).exec(head);
  const pieces: { min: number; xml: string }[] = [];
  const ranged = (tag: string, min: number, max: number) => tag.replace(/\bmin="\d+"/, `min="${min}"`).replace(/\bmax="\d+"/, `max="${max}"`);
  for (const tag of cols ? cols[1].match(colRe) ?? [] : []) {
    const min = Number(attr(tag, "min"));
    const max = Number(attr(tag, "max"));
    let from = min;
    for (const c of mine) {
      if (c < from || c > max) continue;
      if (c > from) pieces.push({ min: from, xml: ranged(tag, from, c - 1) });
      from = c + 1;
    }
    if (from === min) pieces.push({ min, xml: tag });
    else if (from <= max) pieces.push({ min: from, xml: ranged(tag, from, max) });
  }
  for (const [c, width] of widths) pieces.push({ min: c, xml: `<${p}col min="${c}" max="${c}" width="${width}" customWidth="1"/>` });
  pieces.sort((a, b) => a.min - b.min);
  const block = `<${p}cols>${pieces.map((x) => x.xml).join("")}</${p}cols>`;
  if (cols) return head.slice(0, cols.index) + block + head.slice(cols.index + cols[0].length);
  const at = head.search(new RegExp(`<${p}sheetData\\b`));
  return head.slice(0, at) + block + head.slice(at);
}

function extendDimension(head: string, p: string, lastRow: number, lastCol: number): string {
  return head.replace(new RegExp(`(<${p}dimension\\b[^>]*\\bref=")([^"]+)(")`), (_m, a: string, ref: string, z: string) => {
    const range = parseRange(ref);
    if (!range) return `${a}${ref}${z}`;
    const c2 = Math.max(range.c2, lastCol);
    const r2 = Math.max(range.r2, lastRow - 1);
    return `${a}${columnLetter(range.c1)}${range.r1 + 1}:${columnLetter(c2)}${r2 + 1}${z}`;
  });
}

/** A row's start tag made at least `height` points tall (a row without `ht` has the default 15). */
function withHeight(open: string, height: number | null): string {
  if (height === null) return open;
  const ht = /\sht="([\d.]+)"/.exec(open);
  if (Number(ht?.[1] ?? 15) >= height) return open;
  return ht ? open.replace(ht[0], ` ht="${height}"`) : open.replace(/>$/, ` ht="${height}">`);
}

/** One `<row>` with the given cells replaced or put in column order; `clear` columns dropped. */
function patchRow(
  xml: string,
  p: string,
  rowNumber: number,
  edits: Map<number, CellContent> | undefined,
  clear: ReadonlySet<number> | null,
  rowHeight: SheetPatch["rowHeight"],
): string {
  if (!edits && !clear) return xml;
  const tagEnd = xml.indexOf(">");
  const selfClosing = xml.charCodeAt(tagEnd - 1) === 47;
  let maxEdited = 0;
  for (const c of edits?.keys() ?? []) maxEdited = Math.max(maxEdited, c + 1);
  let open = xml.slice(0, selfClosing ? tagEnd - 1 : tagEnd) + ">";
  if (rowHeight && edits && !/\scustomHeight="(1|true)"/.test(open)) open = withHeight(open, rowHeight(edits, rowNumber));
  open = open.replace(/\sspans="(\d+):(\d+)[^"]*"/, (_m, a: string, b: string) => ` spans="${a}:${Math.max(Number(b), maxEdited)}"`);
  const closeTag = `</${p}row>`;
  const render = (col: number, keptStyle: string | null) => cellXml(p, `${columnLetter(col)}${rowNumber}`, edits!.get(col)!, keptStyle);
  const ordered = edits ? [...edits.keys()].sort((a, b) => a - b) : [];
  if (selfClosing) return `${open}${ordered.map((c) => render(c, null)).join("")}${closeTag}`;
  const body = xml.slice(tagEnd + 1, xml.length - closeTag.length);
  if (!clear && ordered.length > 0) {
    // Most rows end left of the new cells: append without walking the cells.
    const lastCell = xml.lastIndexOf(`<${p}c `);
    const ref = lastCell > tagEnd ? /\sr="([A-Z]+)/.exec(xml.slice(lastCell, xml.indexOf(">", lastCell))) : null;
    if (lastCell <= tagEnd || (ref && columnOfRef(ref[1]) < ordered[0])) return `${open}${body}${ordered.map((c) => render(c, null)).join("")}${closeTag}`;
  }
  const cellRe = new RegExp(`<${p}c(?=[\\s>/])[^>]*?(?:/>|>[\\s\\S]*?</${p}c>)`, "g");
  let out = "";
  let last = 0;
  let col = -1;
  let next = 0;
  for (let m = cellRe.exec(body); m; m = cellRe.exec(body)) {
    out += body.slice(last, m.index);
    last = m.index + m[0].length;
    const tag = m[0].slice(0, m[0].indexOf(">"));
    const ref = /\sr="([A-Z]+)/.exec(tag);
    col = ref ? columnOfRef(ref[1]) : col + 1;
    while (next < ordered.length && ordered[next] < col) out += render(ordered[next++], null);
    if (next < ordered.length && ordered[next] === col) {
      out += render(ordered[next++], /\ss="(\d+)"/.exec(tag)?.[1] ?? null);
      continue;
    }
    if (clear?.has(col)) continue;
    out += m[0];
  }
  out += body.slice(last);
  while (next < ordered.length) out += render(ordered[next++], null);
  return `${open}${out}${closeTag}`;
}

/** Where `<conditionalFormatting>` may stand in a worksheet: before these elements (ECMA-376 CT_Worksheet order). */
const AFTER_FORMATTING = [
  "dataValidations", "hyperlinks", "printOptions", "pageMargins", "pageSetup", "headerFooter", "rowBreaks", "colBreaks",
  "customProperties", "cellWatches", "ignoredErrors", "smartTags", "drawing", "legacyDrawing", "legacyDrawingHF",
  "drawingHF", "picture", "oleObjects", "controls", "webPublishItems", "tableParts", "extLst",
];

export function addFormats(tail: string, p: string, patch: SheetPatch): string {
  const cfRe = new RegExp(`<${p}conditionalFormatting\\b[\\s\\S]*?</${p}conditionalFormatting>`, "g");
  const drop = patch.dropFormat;
  let body = drop ? tail.replace(cfRe, (block) => (drop(block) ? "" : block)) : tail;
  if (patch.formats.length === 0) return body;
  let priority = 0;
  for (const m of body.matchAll(/\spriority="(\d+)"/g)) priority = Math.max(priority, Number(m[1]));
  const blocks = patch.formats
    .map(
      (set) =>
        `<${p}conditionalFormatting sqref="${set.sqref}">${set.rules
          .map((r) => `<${p}cfRule type="expression" dxfId="${r.dxf}" priority="${++priority}"><${p}formula>${escapeXml(r.formula)}</${p}formula></${p}cfRule>`)
          .join("")}</${p}conditionalFormatting>`,
    )
    .join("");
  const names = AFTER_FORMATTING.map((n) => `<${p}${n}[\\s/>]`).join("|");
  const closeData = `</${p}sheetData>`;
  const start = body.startsWith(closeData) ? closeData.length : 0;
  const at = body.slice(start).search(new RegExp(`${names}|</${p}worksheet>`));
  const insertAt = at < 0 ? body.length : start + at;
  body = body.slice(0, insertAt) + blocks + body.slice(insertAt);
  return body;
}

/** Streams the sheet part through the patch: rows it does not touch are passed on as they are. */
export function sheetPatchWriter(zip: ZipArchive, entry: ZipEntry, patch: SheetPatch, limit?: number): PartWriter {
  return (write) => {
    const pending = patch.rows;
    const lastRow = pending.length > 0 ? pending[pending.length - 1] : 0;
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
    splitSheet(
      zip,
      entry,
      {
        head: (text, prefix) => {
          p = prefix;
          let head = setColumnWidths(extendDimension(text, prefix, lastRow, lastCol), prefix, patch.widths);
          if (patch.editHead) head = patch.editHead(head, prefix);
          if (head.endsWith("/>")) head = `${head.slice(0, head.lastIndexOf("/>"))}>`;
          write(head);
        },
        row: (xml, n) => {
          write(flushBefore(n));
          if (pending[next] === n) next++;
          const clear = patch.clearColumns && n >= clearFrom ? patch.clearColumns : patch.clearAt ? patch.clearAt(n) : null;
          write(patchRow(xml, p, n, pending[next - 1] === n ? patch.cellsAt(n) : undefined, clear, patch.rowHeight));
        },
        tail: (text) => {
          const missing = flushBefore(Number.MAX_SAFE_INTEGER);
          const closed = text.startsWith(`</${p}sheetData>`) ? text : `</${p}sheetData>${text}`;
          const tail = addFormats(closed, p, patch);
          write(missing + (patch.editTail ? patch.editTail(tail, p) : tail));
        },
      },
      limit,
    );
  };
}

/** The rows, cells and right-most column of a patch given as a map (small edits: the workbench). */
export function cellsFromMap(cells: Map<number, Map<number, CellContent>>): Pick<SheetPatch, "rows" | "cellsAt" | "lastColumn"> {
  let lastColumn = -1;
  for (const line of cells.values()) for (const c of line.keys()) if (c > lastColumn) lastColumn = c;
  return { rows: [...cells.keys()].sort((a, b) => a - b), cellsAt: (row) => cells.get(row), lastColumn };
}
