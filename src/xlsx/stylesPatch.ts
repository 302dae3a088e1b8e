import { HIGHLIGHT_FILLS } from "../core/rules/highlight";
import { entryText, findEntry, ZipArchive } from "./zip";
import { addContentType, addRelationship, PartEdits } from "./partEdits";
import { relsPathOf, WorkbookParts } from "./workbookParts";
import { builtinIdOf } from "./numberFormats";
import { escapeXml } from "./xml";
import { children, decodedAttr, prefixOf, removeTagAttr, Span } from "./xmlScan";
import { insertChild } from "./partOrder";

export interface StylesPatch {
  /** The cell style for the two header cells (bold), or null when the styles part could not take one. */
  boldXf: number | null;
  /** A cell style that wraps its text (the result columns' cells), or null like boldXf. */
  wrapXf: number | null;
  failDxf: number;
  warnDxf: number;
  /** The dxf index of each fill asked for, in order (the first two are the fail and warning fills). */
  dxfs: number[];
  /** The cell style index of each extra style asked for, in order (0, the default style, when the part could not take them). */
  xfs: number[];
  /** Parts to edit or add in the archive. */
  edits: PartEdits;
}

const FILL_FAIL = `FF${HIGHLIGHT_FILLS.fail}`;
const FILL_WARNING = `FF${HIGHLIGHT_FILLS.warn}`;
const dxf = (argb: string, p: string) =>
  `<${p}dxf><${p}fill><${p}patternFill patternType="solid"><${p}bgColor rgb="${argb}"/></${p}patternFill></${p}fill></${p}dxf>`;

/** A cell style to append: number format code, font changes, a solid fill (RGB hex) and wrapping. */
export interface XfSpec {
  numFmt: string;
  bold?: boolean;
  italic?: boolean;
  size?: number;
  /** Font colour, RGB hex. */
  color?: string;
  /** Solid fill, RGB hex. */
  fill?: string;
  wrap?: boolean;
}

/** Appends the extra styles (their number formats, fonts and fills first); returns the new xml and the xf indexes. */
function appendXfs(xml: string, p: string, specs: readonly XfSpec[]): { xml: string; xfs: number[] } {
  if (specs.length === 0) return { xml, xfs: [] };
  let out = xml;
  const codes = new Map<string, number>();
  let nextId = 164;
  for (const item of collection(out, "numFmts")?.items ?? []) {
    if (item.local !== "numFmt") continue;
    const id = Number(decodedAttr(item.tag, "numFmtId"));
    codes.set(decodedAttr(item.tag, "formatCode") ?? "", id);
    nextId = Math.max(nextId, id + 1);
  }
  const newFormats: string[] = [];
  const formatId = (code: string) => {
    const id = builtinIdOf(code) ?? codes.get(code);
    if (id !== undefined) return id;
    codes.set(code, nextId);
    newFormats.push(`<${p}numFmt numFmtId="${nextId}" formatCode="${escapeXml(code)}"/>`);
    return nextId++;
  };
  const ids = specs.map((spec) => formatId(spec.numFmt));
  if (newFormats.length > 0) out = append(out, p, "numFmts", "numFmt", newFormats).xml;
  // What the new fonts keep of the default font: its size, colour, name, family and scheme, as written.
  const font = firstFont(out) ?? "";
  const base = children(font, 0).spans;
  const keep = (name: string) => {
    const el = base.find((s) => s.local === name);
    return el ? font.slice(el.start, el.end) : "";
  };
  const fontOf = (spec: XfSpec) =>
    `<${p}font>${spec.bold ? `<${p}b/>` : ""}${spec.italic ? `<${p}i/>` : ""}<${p}sz val="${spec.size ?? Number(decodedAttr(keep("sz"), "val") ?? 11)}"/>` +
    `${spec.color ? `<${p}color rgb="FF${spec.color}"/>` : keep("color")}${keep("name") || `<${p}name val="Calibri"/>`}${keep("family")}${keep("scheme")}</${p}font>`;
  const fonts = reuseOrAppend(out, p, "fonts", "font", specs.map(fontOf));
  out = fonts.xml;
  const fillOf = (spec: XfSpec) => `<${p}fill><${p}patternFill patternType="solid"><${p}fgColor rgb="FF${spec.fill}"/><${p}bgColor indexed="64"/></${p}patternFill></${p}fill>`;
  const filled = specs.filter((spec) => spec.fill);
  const fills = reuseOrAppend(out, p, "fills", "fill", filled.map(fillOf));
  out = fills.xml;
  let fillAt = 0;
  const xfs = reuseOrAppend(
    out,
    p,
    "cellXfs",
    "xf",
    specs.map((spec, i) => {
      const fill = spec.fill ? fills.indexes[fillAt++] : 0;
      const align = spec.wrap ? `><${p}alignment wrapText="1"/></${p}xf>` : "/>";
      return `<${p}xf numFmtId="${ids[i]}" fontId="${fonts.indexes[i]}" fillId="${fill}" borderId="0" xfId="0" applyNumberFormat="1" applyFont="1"${spec.fill ? ' applyFill="1"' : ""}${spec.wrap ? ' applyAlignment="1"' : ""}${align}`;
    }),
  );
  return { xml: xfs.xml, xfs: xfs.indexes };
}

/** The content of the first `<font>` of `<fonts>` (the workbook's default font), or null when there is none. */
function firstFont(xml: string): string | null {
  const fonts = collection(xml, "fonts");
  const font = fonts?.items[0];
  if (!font || font.local !== "font") return null;
  if (font.tag.endsWith("/>")) return "";
  // The items' offsets count from the collection's start tag.
  const text = xml.slice(fonts.span.start + font.start, fonts.span.start + font.end);
  return text.slice(font.tag.length, text.lastIndexOf("</"));
}

/** A collection element of the styles part (fonts, fills, cellXfs, dxfs ...) and its items, found as elements. */
function collection(xml: string, name: string): { span: Span; items: Span[]; inner: [number, number] } | null {
  const span = children(xml, 1).spans.find((s) => s.local === name);
  if (!span) return null;
  const text = xml.slice(span.start, span.end);
  const { spans: items, close } = children(text, 1);
  const innerStart = span.tag.length;
  return { span, items, inner: [span.start + innerStart, close >= 0 ? span.start + close : span.start + innerStart] };
}

/**
 * Like `append`, but an item identical to an element already in the collection reuses it: a report refreshed every
 * month finds the styles of the month before and adds none.
 */
function reuseOrAppend(xml: string, p: string, name: string, child: string, items: readonly string[]): { xml: string; indexes: number[] } {
  const found = collection(xml, name);
  const text = found ? xml.slice(found.span.start, found.span.end) : "";
  const present: string[] = found ? found.items.filter((s) => s.local === child).map((s) => text.slice(s.start, s.end)) : [];
  const fresh: string[] = [];
  const at = items.map((item): { old?: number; fresh?: number } => {
    const old = present.indexOf(item);
    if (old >= 0) return { old };
    const again = fresh.indexOf(item);
    return { fresh: again >= 0 ? again : fresh.push(item) - 1 };
  });
  if (fresh.length === 0) return { xml, indexes: at.map((a) => a.old!) };
  const added = append(xml, p, name, child, fresh);
  return { xml: added.xml, indexes: at.map((a) => (a.old !== undefined ? a.old : added.first + a.fresh!)) };
}

/** CT_Stylesheet's sequence. */
const STYLESHEET_ORDER = ["numFmts", "fonts", "fills", "borders", "cellStyleXfs", "cellXfs", "cellStyles", "dxfs", "tableStyles", "colors", "extLst"];

/** Appends `items` to the collection element `name` (of `child` elements), creating it where the schema puts it; returns the first new index. */
function append(xml: string, p: string, name: string, child: string, items: string[]): { xml: string; first: number } {
  const found = collection(xml, name);
  if (found) {
    const first = found.items.filter((s) => s.local === child).length;
    // The count goes last, as before: the start tag's other attributes keep their order.
    const start = found.span.tag.endsWith("/>") ? found.span.tag.slice(0, -2) : found.span.tag.slice(0, -1);
    const open = `${removeTagAttr(`${start}>`, "count").slice(0, -1).trimEnd()} count="${first + items.length}">`;
    const inner = found.span.tag.endsWith("/>") ? "" : xml.slice(found.inner[0], found.inner[1]);
    const element = `${open}${inner}${items.join("")}</${p}${name}>`;
    return { xml: xml.slice(0, found.span.start) + element + xml.slice(found.span.end), first };
  }
  const element = `<${p}${name} count="${items.length}">${items.join("")}</${p}${name}>`;
  return { xml: insertChild(xml, [], STYLESHEET_ORDER, name, element), first: 0 };
}

const MINIMAL_STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>';

/** The styles part with a bold header style and the two highlight fills appended; nothing already there moves. */
function patchedStyles(
  xml: string,
  fills: readonly string[],
  specs: readonly XfSpec[],
): { xml: string; boldXf: number | null; wrapXf: number | null; dxfs: number[]; xfs: number[] } {
  const root = children(xml, 0).spans[0];
  const p = root && root.local === "styleSheet" ? prefixOf(root) : "";
  let out = xml;
  let boldXf: number | null = null;
  let wrapXf: number | null = null;
  const font = firstFont(out);
  if (font !== null && collection(out, "cellXfs")) {
    // The default font made bold: its own <b/> (if any) goes, one <b/> comes first.
    const inner = children(font, 0).spans.filter((s) => s.local === "b").reduceRight((text, b) => text.slice(0, b.start) + text.slice(b.end), font);
    const fonts = reuseOrAppend(out, p, "fonts", "font", [`<${p}font><${p}b/>${inner}</${p}font>`]);
    out = fonts.xml;
    const xfs = reuseOrAppend(out, p, "cellXfs", "xf", [
      `<${p}xf numFmtId="0" fontId="${fonts.indexes[0]}" fillId="0" borderId="0" xfId="0" applyFont="1"/>`,
      `<${p}xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><${p}alignment wrapText="1"/></${p}xf>`,
    ]);
    out = xfs.xml;
    [boldXf, wrapXf] = xfs.indexes;
  }
  let xfs = specs.map(() => 0);
  if (boldXf !== null) {
    const extra = appendXfs(out, p, specs);
    out = extra.xml;
    xfs = extra.xfs;
  }
  const dxfs = reuseOrAppend(out, p, "dxfs", "dxf", fills.map((f) => dxf(f, p)));
  return { xml: dxfs.xml, boldXf, wrapXf, dxfs: dxfs.indexes, xfs };
}

const STYLES_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles";

/** `extraFills` (ARGB) get a dxf each after the fail and warning fills, for other highlight rules. */
export function patchStyles(zip: ZipArchive, parts: WorkbookParts, extraFills: readonly string[] = [], extraXfs: readonly XfSpec[] = []): StylesPatch {
  const fills = [FILL_FAIL, FILL_WARNING, ...extraFills];
  const edits: PartEdits = new Map();
  const entry = parts.stylesPath ? findEntry(zip, parts.stylesPath) : undefined;
  if (entry) {
    const patched = patchedStyles(entryText(zip, entry), fills, extraXfs);
    edits.set(entry.name, () => patched.xml);
    return { boldXf: patched.boldXf, wrapXf: patched.wrapXf, failDxf: patched.dxfs[0], warnDxf: patched.dxfs[1], dxfs: patched.dxfs, xfs: patched.xfs, edits };
  }
  // A workbook without a styles part (some generators omit it): add one, with its content type and relationship.
  const patched = patchedStyles(MINIMAL_STYLES, fills, extraXfs);
  const dir = parts.workbookPath.slice(0, parts.workbookPath.lastIndexOf("/") + 1);
  edits.set(`${dir}styles.xml`, () => patched.xml);
  addContentType(edits, `${dir}styles.xml`, "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml");
  addRelationship(edits, relsPathOf(parts.workbookPath), "rIdPsoStyles", STYLES_TYPE, "styles.xml");
  return { boldXf: patched.boldXf, wrapXf: patched.wrapXf, failDxf: patched.dxfs[0], warnDxf: patched.dxfs[1], dxfs: patched.dxfs, xfs: patched.xfs, edits };
}
