import { HIGHLIGHT_FILLS } from "../core/highlight";
import { entryText, findEntry, PartWriter, ZipArchive } from "./zip";
import { relsPathOf, WorkbookParts } from "./workbookParts";

export interface StylesPatch {
  /** The cell style for the two header cells (bold), or null when the styles part could not take one. */
  boldXf: number | null;
  /** A cell style that wraps its text (the result columns' cells), or null like boldXf. */
  wrapXf: number | null;
  failDxf: number;
  warnDxf: number;
  /** The dxf index of each fill asked for, in order (the first two are the fail and warning fills). */
  dxfs: number[];
  /** Parts to edit or add in the archive. */
  edits: PartEdits;
}

const FILL_FAIL = `FF${HIGHLIGHT_FILLS.fail}`;
const FILL_WARNING = `FF${HIGHLIGHT_FILLS.warn}`;
const dxf = (argb: string, p: string) =>
  `<${p}dxf><${p}fill><${p}patternFill patternType="solid"><${p}bgColor rgb="${argb}"/></${p}patternFill></${p}fill></${p}dxf>`;

const count = (inner: string, name: string, p: string) => (inner.match(new RegExp(`<${p}${name}(?=[\\s>/])`, "g")) ?? []).length;

/** Appends `items` to the collection element `name` (of `child` elements) (creating it before `before` when absent); returns the first new index. */
function append(xml: string, p: string, name: string, child: string, items: string[], before: string[]): { xml: string; first: number } {
  const full = new RegExp(`<${p}${name}\\b([^>]*?)(/>|>([\\s\\S]*?)</${p}${name}>)`).exec(xml);
  if (full) {
    const inner = full[3] ?? "";
    const first = count(inner, child, p);
    const attrs = full[1].replace(/\scount="\d+"/, "");
    const element = `<${p}${name}${attrs} count="${first + items.length}">${inner}${items.join("")}</${p}${name}>`;
    return { xml: xml.slice(0, full.index) + element + xml.slice(full.index + full[0].length), first };
  }
  const element = `<${p}${name} count="${items.length}">${items.join("")}</${p}${name}>`;
  const at = xml.search(new RegExp(`${before.map((b) => `<${p}${b}[\\s/>]`).join("|")}|</${p}styleSheet>`));
  return { xml: xml.slice(0, at) + element + xml.slice(at), first: 0 };
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
function patchedStyles(xml: string, fills: readonly string[]): { xml: string; boldXf: number | null; wrapXf: number | null; failDxf: number } {
  const p = /<([A-Za-z_][\w.-]*:)?styleSheet[\s>]/.exec(xml)?.[1] ?? "";
  let out = xml;
  let boldXf: number | null = null;
  let wrapXf: number | null = null;
  const firstFont = new RegExp(`<${p}fonts\\b[^>]*>\\s*<${p}font\\b[^>]*>([\\s\\S]*?)</${p}font>`).exec(out);
  if (firstFont && new RegExp(`<${p}cellXfs\\b`).test(out)) {
    const inner = firstFont[1].replace(new RegExp(`<${p}b\\s*/>`), "");
    const fonts = append(out, p, "fonts", "font", [`<${p}font><${p}b/>${inner}</${p}font>`], []);
    out = fonts.xml;
    const xfs = append(out, p, "cellXfs", "xf", [
      `<${p}xf numFmtId="0" fontId="${fonts.first}" fillId="0" borderId="0" xfId="0" applyFont="1"/>`,
      `<${p}xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><${p}alignment wrapText="1"/></${p}xf>`,
    ], []);
    out = xfs.xml;
    boldXf = xfs.first;
    wrapXf = xfs.first + 1;
  }
  const dxfs = append(out, p, "dxfs", "dxf", fills.map((f) => dxf(f, p)), ["tableStyles", "colors", "extLst"]);
  return { xml: dxfs.xml, boldXf, wrapXf, failDxf: dxfs.first };
}

const STYLES_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles";

/** `extraFills` (ARGB) get a dxf each after the fail and warning fills, for other highlight rules. */
export function patchStyles(zip: ZipArchive, parts: WorkbookParts, extraFills: readonly string[] = []): StylesPatch {
  const fills = [FILL_FAIL, FILL_WARNING, ...extraFills];
  const indexes = (first: number) => fills.map((_, i) => first + i);
  const edits: PartEdits = new Map();
  const entry = parts.stylesPath ? findEntry(zip, parts.stylesPath) : undefined;
  if (entry) {
    const patched = patchedStyles(entryText(zip, entry), fills);
    edits.set(entry.name, () => patched.xml);
    return { boldXf: patched.boldXf, wrapXf: patched.wrapXf, failDxf: patched.failDxf, warnDxf: patched.failDxf + 1, dxfs: indexes(patched.failDxf), edits };
  }
  // A workbook without a styles part (some generators omit it): add one, with its content type and relationship.
  const patched = patchedStyles(MINIMAL_STYLES, fills);
  const dir = parts.workbookPath.slice(0, parts.workbookPath.lastIndexOf("/") + 1);
  edits.set(`${dir}styles.xml`, () => patched.xml);
  edits.set("[Content_Types].xml", (xml) =>
    (xml ?? "").replace("</Types>", `<Override PartName="/${dir}styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>`),
  );
  edits.set(relsPathOf(parts.workbookPath), (xml) =>
    (xml ?? EMPTY_RELS).replace("</Relationships>", `<Relationship Id="rIdPsoStyles" Type="${STYLES_TYPE}" Target="styles.xml"/></Relationships>`),
  );
  return { boldXf: patched.boldXf, wrapXf: patched.wrapXf, failDxf: patched.failDxf, warnDxf: patched.failDxf + 1, dxfs: indexes(patched.failDxf), edits };
}

const EMPTY_RELS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';

/** Text edits per part: each gets the part's current text (undefined for a new part) and returns the new text. */
export type PartEdits = Map<string, (xml: string | undefined) => string>;

/** Adds an edit after any already there for that part. */
export function addEdit(edits: PartEdits, part: string, edit: (xml: string | undefined) => string): void {
  const before = edits.get(part);
  edits.set(part, before ? (xml) => edit(before(xml)) : edit);
}

/** The edits as part writers: each part's text is read once, edited, written. */
export function editedParts(zip: ZipArchive, edits: PartEdits): Map<string, PartWriter> {
  const out = new Map<string, PartWriter>();
  for (const [name, edit] of edits) {
    const entry = findEntry(zip, name);
    out.set(entry?.name ?? name, (write) => write(edit(entry ? entryText(zip, entry) : undefined)));
  }
  return out;
}
