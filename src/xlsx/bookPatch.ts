import { readSharedStrings } from "./sharedStrings";
import { CellContext, cellValue } from "./sheetReader";
import { addFormats, CellContent, cellsFromMap, cellXml, RuleSet, setColumnWidths, SheetPatch, sheetPatchWriter } from "./sheetPatch";
import { forEachCell, mergeRefs, splitSheet } from "./sheetXml";
import { patchStyles, XfSpec } from "./stylesPatch";
import { addContentType, addEdit, addRelationship, editedParts, PartEdits } from "./partEdits";
import { printSetup, PrintSpec } from "./printSetup";
import { chartEdits } from "./chartParts";
import type { ChartSpec, LayoutBlock, SocialLayout } from "../core/report/socialLayout";
import { calcChainParts, touchedBy } from "./calcChain";
import { readDateStyles } from "./styles";
import { relsPathOf, workbookParts, WorkbookParts } from "./workbookParts";
import { Codec, fflateCodec, findEntry, openZip, patchZip, ZipArchive } from "./zip";
import { columnLetter } from "../core";
import { decodeXml, escapeXml } from "./xml";
import { children, decodedAttr, prefixOf, tagAttr } from "./xmlScan";
import { childNamed, grandchildren } from "./partOrder";

/*
 * Patches a whole workbook with the changes another model made to it (the workbench's in-browser Excel): changed cells,
 * column widths, highlight rules and new sheets. Every part it does not have to change is copied byte for byte.
 */

/** A cell as stored: its plain value (dates as serials), whether it holds a formula (and its text), its style. */
export interface StoredCell {
  value: string | number | boolean | null;
  formula: boolean;
  /** The formula as written, without "="; "" for a cell that shares another cell's formula. */
  formulaText: string | null;
  style: number;
}

export interface StoredSheet {
  cells: Map<number, Map<number, StoredCell>>;
  /** 1-based numbers of hidden rows. */
  hiddenRows: number[];
  /** Merged ranges as written ("A1:F1"). */
  merges: string[];
}

/** How a changed cell looks: bold alone uses the workbook's bold style; a number format, fill, colour or wrap gets its own. */
export interface CellLook {
  bold?: boolean;
  numFmt?: string;
  /** Solid fill, RGB hex without "#". */
  fill?: string;
  /** Font colour, RGB hex without "#". */
  color?: string;
  wrap?: boolean;
}

export interface SheetChanges {
  name: string;
  /** 1-based row -> 0-based column -> new content and how it looks. */
  cells: Map<number, Map<number, CellContent & CellLook>>;
  /** The sheet's print setup (A4 landscape, one page wide, print area and titles, footer, page breaks); `mark`: it is PSO-toets's report. */
  print?: PrintSpec & { mark: boolean };
  /** Charts to draw on the sheet; their caches come from `grid` (0-based rows and columns). */
  charts?: { specs: ChartSpec[]; grid: (string | number)[][] };
  /** 1-based column and width in characters. */
  widths: [number, number][];
  /** Highlight rules: range, formula (en-US, no "="), fill as ARGB. */
  formats: { sqref: string; formula: string; fill: string }[];
  /** Removes rule blocks an earlier PSO-toets run left (the caller knows its own formulas). */
  dropFormat?: (block: string) => boolean;
}

export interface OpenedBook {
  zip: ZipArchive;
  parts: WorkbookParts;
  ctx: CellContext;
}

export function openBook(bytes: Uint8Array): OpenedBook | null {
  const zip = openZip(bytes);
  const parts = workbookParts(zip);
  return parts ? bookOf(zip, parts) : null;
}

/** An archive already opened (the CLI's reader did) as a book whose cells can be read. */
export function bookOf(zip: ZipArchive, parts: WorkbookParts): OpenedBook {
  return {
    zip,
    parts,
    ctx: { strings: readSharedStrings(zip, parts.sharedStringsPath), dateStyles: readDateStyles(zip, parts.stylesPath), date1904: parts.date1904 },
  };
}

const serial = (d: Date) => d.getTime() / 86_400_000 + 25569;

/** Every stored cell of a sheet by 1-based row and 0-based column (for comparing with an edited model). */
export function storedCells(book: OpenedBook, sheetPath: string): Map<number, Map<number, StoredCell>> {
  return storedSheet(book, sheetPath).cells;
}

/** A cell's formula text from its inner XML (the `<f>` among its children, read through the tokenizer), else null. */
function formulaOf(inner: string, prefix: string): string | null {
  if (inner.indexOf(`<${prefix}f`) < 0) return null;
  const f = children(inner, 0).spans.find((s) => s.local === "f");
  if (!f) return null;
  const closed = f.end === f.start + f.tag.length;
  return closed ? "" : decodeXml(inner.slice(f.start + f.tag.length, inner.lastIndexOf("</", f.end - 1)));
}

export function storedSheet(book: OpenedBook, sheetPath: string): StoredSheet {
  const cells = new Map<number, Map<number, StoredCell>>();
  const hiddenRows: number[] = [];
  const merges: string[] = [];
  const entry = findEntry(book.zip, sheetPath);
  if (!entry) return { cells, hiddenRows, merges };
  let prefix = "";
  splitSheet(book.zip, entry, {
    head: (_t, p) => {
      prefix = p;
    },
    cells: true,
    row: (xml, n, plain, rowCells) => {
      const hidden = tagAttr(xml.slice(0, rowCells.openEnd + 1), "hidden");
      if (hidden === "1" || hidden === "true") hiddenRows.push(n);
      const line = new Map<number, StoredCell>();
      forEachCell(xml, rowCells, (col, type, style, inner) => {
        if (inner === null) return;
        const v = cellValue(type, style, inner, prefix, book.ctx);
        const value = v instanceof Date ? serial(v) : v === undefined ? null : v;
        const formulaText = formulaOf(inner, prefix);
        line.set(col, { value, formula: formulaText !== null, formulaText, style });
      }, plain);
      if (line.size > 0) cells.set(n, line);
    },
    tail: (text) => {
      merges.push(...mergeRefs(text));
    },
  });
  return { cells, hiddenRows, merges };
}

const WORKSHEET_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet";
const WORKSHEET_CONTENT = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
export const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
export const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

const lookKey = (look: CellLook) =>
  look.numFmt !== undefined || look.fill !== undefined || look.color !== undefined || look.wrap
    ? JSON.stringify([look.numFmt ?? "General", look.bold ?? false, look.fill ?? "", look.color ?? "", look.wrap ?? false])
    : null;

function styled(content: CellContent & CellLook, boldXf: number | null, xfOf: (key: string) => number | undefined): CellContent {
  const { bold, numFmt: _n, fill: _f, color: _c, wrap: _w, ...rest } = content;
  const key = lookKey(content);
  const xf = key === null ? undefined : xfOf(key);
  if (xf !== undefined) return { ...rest, style: xf };
  return bold && boldXf !== null ? { ...rest, style: boldXf } : rest;
}

/**
 * Edits that add a worksheet named `name` after the others (content type, workbook relationship, `<sheet>` entry);
 * returns the new part's path (the first free `worksheets/sheetN.xml` from `from` on).
 */
export function addSheetEdits(zip: ZipArchive, parts: WorkbookParts, edits: PartEdits, name: string, from: number, id: string): string {
  const dir = parts.workbookPath.slice(0, parts.workbookPath.lastIndexOf("/") + 1);
  let n = from;
  while (findEntry(zip, `${dir}worksheets/sheet${n}.xml`) || edits.has(`${dir}worksheets/sheet${n}.xml`)) n++;
  const path = `${dir}worksheets/sheet${n}.xml`;
  const target = path.slice(dir.length);
  addContentType(edits, path, WORKSHEET_CONTENT);
  addRelationship(edits, relsPathOf(parts.workbookPath), id, WORKSHEET_TYPE, target);
  addEdit(edits, parts.workbookPath, (t) => {
    const text = t ?? "";
    const listed = grandchildren(text, "workbook", "sheets").filter((s) => s.local === "sheet");
    const sheetId = Math.max(0, ...listed.map((s) => Number(tagAttr(s.tag, "sheetId")) || 0)) + 1;
    // Only the root's own binding of r: to the relationships namespace counts: openpyxl declares it on each <sheet>.
    const root = children(text, 0).spans.find((s) => s.local === "workbook");
    const rel = root && decodedAttr(root.tag, "xmlns:r") === REL_NS ? `r:id="${id}"` : `xmlns:r="${REL_NS}" r:id="${id}"`;
    const sheets = childNamed(text, [], "sheets");
    if (!sheets) return text;
    const p = prefixOf(sheets);
    const entry = `<${p}sheet name="${escapeXml(name)}" sheetId="${sheetId}" ${rel}/>`;
    if (sheets.tag.endsWith("/>")) return text.slice(0, sheets.start) + `<${p}sheets>${entry}</${p}sheets>` + text.slice(sheets.end);
    const closeAt = text.lastIndexOf("</", sheets.end - 1);
    return text.slice(0, closeAt) + entry + text.slice(closeAt);
  });
  return path;
}

/** Charts drawn from a grid (the workbench's sheet): the chart parts take their cached values from it. */
function chartLayout(charts: NonNullable<SheetChanges["charts"]>): SocialLayout {
  const block: LayoutBlock = { row: 0, col: 0, values: charts.grid, kinds: [], style: "body" };
  return { charts: charts.specs, blocks: [block] } as unknown as SocialLayout;
}

/** The workbook with the changes applied, as zip pieces. Sheets not in the workbook are added after the others. */
export function patchBook(book: OpenedBook, changes: readonly SheetChanges[], codec: () => Codec = fflateCodec): Uint8Array[] {
  const { zip, parts } = book;
  const fills = [...new Set(changes.flatMap((c) => c.formats.map((f) => f.fill)))];
  const looks = new Map<string, XfSpec>();
  for (const change of changes) {
    for (const line of change.cells.values()) {
      for (const c of line.values()) {
        const key = lookKey(c);
        if (key !== null && !looks.has(key)) looks.set(key, { numFmt: c.numFmt ?? "General", bold: c.bold, fill: c.fill, color: c.color, wrap: c.wrap });
      }
    }
  }
  const lookKeys = [...looks.keys()];
  const styles = patchStyles(zip, parts, fills, [...looks.values()]);
  const xfOf = (key: string) => styles.xfs[lookKeys.indexOf(key)];
  const dxfOf = (fill: string) => styles.dxfs[2 + fills.indexOf(fill)];
  const edits = styles.edits;
  const writers = new Map<string, (write: (t: string) => void) => void>();
  const existing = new Map(parts.sheets.map((s) => [s.name.toLowerCase(), s]));
  let added = 0;
  const touched = new Map<string, (row: number, col: number) => boolean>();
  for (const change of changes) {
    const cells = new Map([...change.cells].map(([r, line]) => [r, new Map([...line].map(([c, content]) => [c, styled(content, styles.boldXf, xfOf)]))]));
    const formats: RuleSet[] = change.formats.map((f) => ({ sqref: f.sqref, rules: [{ formula: f.formula, dxf: dxfOf(f.fill) }] }));
    const sheet = existing.get(change.name.toLowerCase());
    const path = sheet ? sheet.path : addSheetEdits(zip, parts, edits, change.name, parts.sheets.length + ++added, `rIdPso${added}`);
    // Print setup and charts after the sheet is listed: the print names count the workbook's <sheet> entries.
    const print = change.print ? printSetup(parts, edits, change.print, change.name, change.print.mark) : null;
    const charts = change.charts && change.charts.specs.length > 0 ? chartEdits(zip, edits, path, change.name, chartLayout(change.charts), !sheet) : null;
    const editHead = (head: string, p: string) => (print ? print.editHead(head, p) : head);
    const editTail = (tail: string, p: string) => {
      const printed = print ? print.editTail(tail, p) : tail;
      return charts ? charts(printed, p) : printed;
    };
    if (sheet) {
      const patch: SheetPatch = { ...cellsFromMap(cells), widths: change.widths, formats, dropFormat: change.dropFormat, editHead, editTail };
      writers.set(sheet.path, sheetPatchWriter(zip, findEntry(zip, sheet.path)!, patch));
      touched.set(sheet.path, touchedBy(patch));
      continue;
    }
    const rows = [...cells.keys()].sort((a, b) => a - b).map((r) => {
      const line = [...cells.get(r)!].sort((a, b) => a[0] - b[0]);
      return `<row r="${r}">${line.map(([c, content]) => cellXml("", `${columnLetter(c)}${r}`, content, null)).join("")}</row>`;
    });
    const head = editHead(setColumnWidths(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><sheetData>`, "", change.widths), "");
    const xml = head + rows.join("") + editTail(addFormats("</sheetData></worksheet>", "", { ...cellsFromMap(cells), widths: [], formats }), "");
    writers.set(path, (write) => write(xml));
  }
  for (const [part, writer] of calcChainParts(zip, parts, touched, edits)) writers.set(part, writer);
  const replace = editedParts(zip, edits);
  for (const [path, writer] of writers) replace.set(path, writer);
  return patchZip(zip, replace, codec);
}
