import {
  columnLetter, EXPLANATION_HEADER, explanation, fail, Finding, highlightFormulas, Lang, Message, ok, Result, STATUS_HEADER,
  statusLine, SupplierTable,
} from "../core";
import { fileMessages } from "./messages";
import type { XlsxSheetSource } from "./readXlsx";
import { SheetScan } from "./sheetReader";
import { splitSheet } from "./sheetXml";
import { patchStyles, StylesPatch } from "./stylesPatch";
import { Codec, fflateCodec, findEntry, patchZip, PartWriter } from "./zip";
import { attr, columnOfRef, escapeXml, parseRange } from "./xml";

const STATUS_WIDTH = 40;
const EXPLANATION_WIDTH = 80;
const LAST_COLUMN = 16_383;

export interface AddedColumns {
  /** 1-based column numbers of PSO-status and PSO-toelichting. */
  status: number;
  explanation: number;
}

/**
 * Where the two result columns go: an earlier run's pair (PSO-status with PSO-toelichting right beside it), else the
 * first two columns right of the table that hold no value and no merged block in or below the header, else right of
 * everything. Never on a column the user has filled: a user's own "PSO-status" column without its partner is theirs.
 */
export function placeResultColumns(scan: SheetScan, table: SupplierTable): AddedColumns | null {
  if (table.statusColumn !== null && table.explanationColumn === table.statusColumn + 1) {
    return { status: table.statusColumn + 1, explanation: table.explanationColumn + 1 };
  }
  const header = table.headerRow - 1;
  const merged = (c: number) => scan.merges.some((m) => m.c1 <= c && c <= m.c2 && m.r2 >= header);
  const free = (c: number) => c <= LAST_COLUMN && !scan.usedColumns.has(c) && !merged(c);
  const own = [table.statusColumn, table.explanationColumn].filter((c): c is number => c !== null);
  const right = Math.max(table.lastUserColumn, ...own) + 1;
  if (free(right) && free(right + 1)) return { status: right + 1, explanation: right + 2 };
  const mergeEdge = Math.max(-1, ...scan.merges.filter((m) => m.r2 >= header && m.c2 < LAST_COLUMN).map((m) => m.c2));
  let c = Math.max(scan.maxColumn, mergeEdge, right) + 1;
  while (c < LAST_COLUMN && !(free(c) && free(c + 1))) c++;
  return c < LAST_COLUMN ? { status: c + 1, explanation: c + 2 } : null;
}

const inlineCell = (ref: string, text: string, style: number | null) =>
  `<c r="${ref}"${style === null ? "" : ` s="${style}"`} t="inlineStr"><is><t xml:space="preserve">${escapeXml(text)}</t></is></c>`;

interface SheetEdit {
  columns: AddedColumns;
  /** Row number -> [status text, explanation text]. */
  cells: Map<number, [string, string]>;
  headerRow: number;
  headerStyle: number | null;
  lastRow: number;
  /** Re-run: the earlier run's cells in these columns are replaced, and its highlight rule too. */
  replaceOwn: boolean;
  styles: StylesPatch;
}

function patchCols(head: string, p: string, edit: SheetEdit): string {
  const ours = [
    [edit.columns.status, STATUS_WIDTH],
    [edit.columns.explanation, EXPLANATION_WIDTH],
  ] as const;
  const mine = new Set(ours.map(([c]) => c));
  const colRe = new RegExp(`<${p}col\\b[^>]*?/>`, "g");
  const cols = new RegExp(`<${p}cols>([\\s\\S]*?)</${p}cols>`).exec(head);
  const pieces: { min: number; xml: string }[] = [];
  for (const tag of cols ? cols[1].match(colRe) ?? [] : []) {
    const min = Number(attr(tag, "min"));
    const max = Number(attr(tag, "max"));
    let from = min;
    for (const c of [...mine].sort((a, b) => a - b)) {
      if (c < from || c > max) continue;
      if (c > from) pieces.push({ min: from, xml: tag.replace(/\bmin="\d+"/, `min="${from}"`).replace(/\bmax="\d+"/, `max="${c - 1}"`) });
      from = c + 1;
    }
    if (from === min) pieces.push({ min, xml: tag });
    else if (from <= max) pieces.push({ min: from, xml: tag.replace(/\bmin="\d+"/, `min="${from}"`).replace(/\bmax="\d+"/, `max="${max}"`) });
  }
  for (const [c, width] of ours) pieces.push({ min: c, xml: `<${p}col min="${c}" max="${c}" width="${width}" customWidth="1"/>` });
  pieces.sort((a, b) => a.min - b.min);
  const block = `<${p}cols>${pieces.map((x) => x.xml).join("")}</${p}cols>`;
  if (cols) return head.slice(0, cols.index) + block + head.slice(cols.index + cols[0].length);
  const at = head.search(new RegExp(`<${p}sheetData\\b`));
  return head.slice(0, at) + block + head.slice(at);
}

function patchHead(head: string, p: string, edit: SheetEdit): string {
  const withDimension = head.replace(new RegExp(`(<${p}dimension\\b[^>]*\\bref=")([^"]+)(")`), (_m, a: string, ref: string, z: string) => {
    const range = parseRange(ref);
    if (!range) return `${a}${ref}${z}`;
    const c2 = Math.max(range.c2, edit.columns.explanation - 1);
    const r2 = Math.max(range.r2, edit.lastRow - 1);
    return `${a}${columnLetter(range.c1)}${range.r1 + 1}:${columnLetter(c2)}${r2 + 1}${z}`;
  });
  let patched = patchCols(withDimension, p, edit);
  if (patched.endsWith("/>")) patched = `${patched.slice(0, patched.lastIndexOf("/>"))}>`;
  return patched;
}

function newCells(edit: SheetEdit, row: number): string {
  const { status, explanation: expl } = edit.columns;
  if (row === edit.headerRow) {
    return inlineCell(`${columnLetter(status - 1)}${row}`, STATUS_HEADER, edit.headerStyle) + inlineCell(`${columnLetter(expl - 1)}${row}`, EXPLANATION_HEADER, edit.headerStyle);
  }
  const texts = edit.cells.get(row);
  if (!texts) return "";
  return inlineCell(`${columnLetter(status - 1)}${row}`, texts[0], null) + inlineCell(`${columnLetter(expl - 1)}${row}`, texts[1], null);
}

/** One `<row>` with the result cells put in column order (an earlier run's cells in those columns replaced). */
function patchRow(xml: string, p: string, rowNumber: number, edit: SheetEdit): string {
  const added = newCells(edit, rowNumber);
  const replacing = edit.replaceOwn && rowNumber >= edit.headerRow;
  if (added === "" && !replacing) return xml;
  const tagEnd = xml.indexOf(">");
  const selfClosing = xml.charCodeAt(tagEnd - 1) === 47;
  let open = xml.slice(0, selfClosing ? tagEnd - 1 : tagEnd) + ">";
  open = open.replace(/\sspans="(\d+):(\d+)[^"]*"/, (_m, a: string, b: string) => ` spans="${a}:${Math.max(Number(b), edit.columns.explanation)}"`);
  if (selfClosing) return `${open}${added}</${p}row>`;
  const closeTag = `</${p}row>`;
  if (!replacing) {
    // Most rows end left of the result columns: append without walking the cells.
    const lastCell = xml.lastIndexOf(`<${p}c `);
    const ref = lastCell > tagEnd ? /^<(?:\w+:)?c [^>]*?\br="([A-Z]+)/.exec(xml.slice(lastCell, xml.indexOf(">", lastCell) + 1)) : null;
    if (lastCell <= tagEnd || (ref && columnOfRef(ref[1]) < edit.columns.status - 1)) {
      return `${open}${xml.slice(tagEnd + 1, xml.length - closeTag.length)}${added}${closeTag}`;
    }
  }
  const body = xml.slice(tagEnd + 1, xml.length - `</${p}row>`.length);
  const first = edit.columns.status - 1;
  const mine = new Set([first, edit.columns.explanation - 1]);
  // Cells in order: keep those left of ours, drop an earlier run's, put ours, keep the rest.
  const cellRe = new RegExp(`<${p}c(?=[\\s>/])[^>]*?(?:/>|>[\\s\\S]*?</${p}c>)`, "g");
  let before = "";
  let after = "";
  let last = 0;
  let col = -1;
  let placed = false;
  for (let m = cellRe.exec(body); m; m = cellRe.exec(body)) {
    const gap = body.slice(last, m.index);
    last = m.index + m[0].length;
    const ref = /\sr="([A-Z]+)/.exec(m[0].slice(0, m[0].indexOf(">")));
    col = ref ? columnOfRef(ref[1]) : col + 1;
    if (replacing && mine.has(col)) continue;
    if (col < first) before += gap + m[0];
    else {
      placed = true;
      after += gap + m[0];
    }
  }
  const rest = body.slice(last);
  return placed ? `${open}${before}${added}${after}${rest}</${p}row>` : `${open}${before}${rest}${added}</${p}row>`;
}

/** Where `<conditionalFormatting>` may stand in a worksheet: before these elements (ECMA-376 CT_Worksheet order). */
const AFTER_FORMATTING = [
  "dataValidations", "hyperlinks", "printOptions", "pageMargins", "pageSetup", "headerFooter", "rowBreaks", "colBreaks",
  "customProperties", "cellWatches", "ignoredErrors", "smartTags", "drawing", "legacyDrawing", "legacyDrawingHF",
  "drawingHF", "picture", "oleObjects", "controls", "webPublishItems", "tableParts", "extLst",
];

function patchTail(tail: string, p: string, edit: SheetEdit, missingRows: string): string {
  const statusRef = `$${columnLetter(edit.columns.status - 1)}${edit.headerRow + 1}`;
  const formulas = highlightFormulas(statusRef);
  const cfRe = new RegExp(`<${p}conditionalFormatting\\b[\\s\\S]*?</${p}conditionalFormatting>`, "g");
  let body = tail;
  if (edit.replaceOwn) body = body.replace(cfRe, (block) => (block.includes(`LEFT(${statusRef},`) ? "" : block));
  const priorities = [...body.matchAll(/\spriority="(\d+)"/g)].map((m) => Number(m[1]));
  const top = Math.max(0, ...priorities);
  const ref = `A${edit.headerRow + 1}:${columnLetter(edit.columns.explanation - 1)}${Math.max(edit.lastRow, edit.headerRow + 1)}`;
  const rule = (formula: string, dxf: number, priority: number) =>
    `<${p}cfRule type="expression" dxfId="${dxf}" priority="${priority}"><${p}formula>${escapeXml(formula)}</${p}formula></${p}cfRule>`;
  const block =
    `<${p}conditionalFormatting sqref="${ref}">${rule(formulas.fail, edit.styles.failDxf, top + 1)}${rule(formulas.warn, edit.styles.warnDxf, top + 2)}</${p}conditionalFormatting>`;
  const names = AFTER_FORMATTING.map((n) => `<${p}${n}[\\s/>]`).join("|");
  const closeData = `</${p}sheetData>`;
  const start = body.startsWith(closeData) ? closeData.length : 0;
  const at = body.slice(start).search(new RegExp(`${names}|</${p}worksheet>`));
  const insertAt = at < 0 ? body.length : start + at;
  return `${missingRows}${body.slice(0, insertAt)}${block}${body.slice(insertAt)}`;
}

function sheetWriter(source: XlsxSheetSource, edit: SheetEdit, limit?: number): PartWriter {
  return (write) => {
    const entry = findEntry(source.zip, source.sheet.path)!;
    const pending = [...new Set([edit.headerRow, ...edit.cells.keys()])].sort((a, b) => a - b);
    let next = 0;
    let p = "";
    const emptyRow = (n: number) => `<${p}row r="${n}">${newCells(edit, n)}</${p}row>`;
    const flushBefore = (n: number) => {
      let out = "";
      while (next < pending.length && pending[next] < n) out += emptyRow(pending[next++]);
      return out;
    };
    splitSheet(
      source.zip,
      entry,
      {
        head: (text, prefix) => {
          p = prefix;
          write(patchHead(text, prefix, edit));
        },
        row: (xml, n) => {
          write(flushBefore(n));
          if (pending[next] === n) next++;
          write(patchRow(xml, p, n, edit));
        },
        tail: (text) => {
          const missing = flushBefore(Number.MAX_SAFE_INTEGER);
          const closed = text.startsWith(`</${p}sheetData>`) ? text : `</${p}sheetData>${text}`;
          write(patchTail(closed, p, edit, missing));
        },
      },
      limit,
    );
  };
}

/**
 * The annotated copy as zip pieces: the checked sheet gets PSO-status and PSO-toelichting (inline strings, never
 * formulas), their widths and two highlight rules; styles.xml gets a bold header style and two fills appended; every
 * other part of the archive is copied byte for byte.
 */
export function annotatedCopy(
  source: XlsxSheetSource,
  table: SupplierTable,
  findings: readonly Finding[],
  lang: Lang,
  file: string,
  codec: () => Codec = fflateCodec,
): Result<{ pieces: Uint8Array[]; columns: AddedColumns }> {
  const columns = placeResultColumns(source.scan, table);
  if (!columns) return fail<never>(fileMessages.noFreeColumns(file, source.sheet.name) as Message);
  const styles = patchStyles(source.zip, source.parts);
  const cells = new Map<number, [string, string]>();
  for (const f of findings) cells.set(f.row, [statusLine(f, lang, table.columnNames), explanation(f, lang, table.columnNames)]);
  const lastRow = findings.reduce((max, f) => Math.max(max, f.row), table.headerRow);
  const edit: SheetEdit = {
    columns,
    cells,
    headerRow: table.headerRow,
    headerStyle: styles.boldXf,
    lastRow,
    replaceOwn: table.statusColumn === columns.status - 1,
    styles,
  };
  const replace = new Map<string, PartWriter>(styles.parts);
  replace.set(source.sheet.path, sheetWriter(source, edit));
  return ok({ pieces: patchZip(source.zip, replace, codec), columns });
}
