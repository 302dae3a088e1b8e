import { entryText, findEntry, ZipArchive } from "./zip";
import { charData, decodeXml } from "./xml";
import { children, decodedAttr, tagAttr, XmlDamagedError } from "./xmlScan";
import { childNamed, grandchildren, openAt } from "./partOrder";

export interface SheetPart {
  name: string;
  /** Zip path of the worksheet XML, e.g. "xl/worksheets/sheet1.xml". */
  path: string;
  hidden: boolean;
}

export interface WorkbookParts {
  workbookPath: string;
  sheets: SheetPart[];
  sharedStringsPath: string | null;
  stylesPath: string | null;
  /** Serials count from 1904-01-01 (old Mac workbooks). */
  date1904: boolean;
  /** The sheet shown when the workbook opens: an index into `sheets` (0 when a chart sheet is the active tab). */
  activeTab: number;
  /** PSO-toets's marks (core/ownSheets.ts): workbook-scope defined names "PSOtoets_…", in lower case, to their reference. */
  marks?: ReadonlyMap<string, string>;
}

/** The workbook's own marks: hidden or not, workbook scope, named like ours; found as elements. */
function marksOf(xml: string): Map<string, string> {
  const marks = new Map<string, string>();
  for (const s of grandchildren(xml, "workbook", "definedNames")) {
    if (s.local !== "definedName" || s.tag.endsWith("/>") || tagAttr(s.tag, "localSheetId") !== null) continue;
    const name = decodeXml(tagAttr(s.tag, "name") ?? "");
    if (!name.toLowerCase().startsWith("psotoets_")) continue;
    marks.set(name.toLowerCase(), charData(xml.slice(s.start + s.tag.length, xml.lastIndexOf("</", s.end - 1))));
  }
  return marks;
}

/**
 * What a part that is not well-formed XML (cut off, garbled) yields: nothing, so the reader says the workbook names no
 * sheets instead of a fault in a part it does not name.
 */
function orNone<T>(read: () => T, none: T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof XmlDamagedError) return none;
    throw error;
  }
}

/** Resolves a relationship target against the folder of the part that holds the relationship. */
export function resolveTarget(fromPart: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = fromPart.split("/").slice(0, -1);
  for (const piece of target.split("/")) {
    if (piece === "..") parts.pop();
    else if (piece !== ".") parts.push(piece);
  }
  return parts.join("/");
}

export function relsPathOf(part: string): string {
  const i = part.lastIndexOf("/");
  return `${part.slice(0, i + 1)}_rels/${part.slice(i + 1)}.rels`;
}

export interface Relationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
}

export function relationships(zip: ZipArchive, part: string): Relationship[] {
  const entry = findEntry(zip, relsPathOf(part));
  if (!entry) return [];
  const text = entryText(zip, entry);
  return orNone(() => children(text, 1, openAt(text, "Relationships")).spans, []).filter((s) => s.local === "Relationship").map(({ tag }) => ({
    id: decodedAttr(tag, "Id") ?? "",
    type: decodedAttr(tag, "Type") ?? "",
    target: decodedAttr(tag, "Target") ?? "",
    external: decodedAttr(tag, "TargetMode") === "External",
  }));
}

/** The workbook part, its sheets in tab order, and where shared strings and styles live. */
export function workbookParts(zip: ZipArchive): WorkbookParts | null {
  const office = relationships(zip, "").find((r) => r.type.endsWith("/officeDocument"));
  const workbookPath = office ? resolveTarget("", office.target) : "xl/workbook.xml";
  const entry = findEntry(zip, workbookPath);
  if (!entry) return null;
  const xml = entryText(zip, entry);
  const rels = relationships(zip, workbookPath);
  const target = (suffix: string) => {
    const rel = rels.find((r) => r.type.endsWith(suffix));
    return rel ? resolveTarget(workbookPath, rel.target) : null;
  };
  const byId = new Map(rels.map((r) => [r.id, r]));
  // Found as elements (any prefix, either quotes, nothing a comment holds): the tokenizer, not a pattern over the text.
  const view = orNone(() => grandchildren(xml, "workbook", "bookViews").find((s) => s.local === "workbookView")?.tag, undefined);
  // activeTab counts every tab, chart sheets too; `sheets` holds worksheets only.
  const activeTag = Number((view && decodedAttr(view, "activeTab")) ?? 0);
  let activeTab = 0;
  const sheets: SheetPart[] = [];
  const listed = orNone(() => grandchildren(xml, "workbook", "sheets").filter((s) => s.local === "sheet"), []);
  listed.forEach(({ tag }, index) => {
    const rel = byId.get(decodedAttr(tag, "id") ?? "");
    if (!rel || !rel.type.endsWith("/worksheet")) return; // chart sheets and dialog sheets hold no cells
    if (index === activeTag) activeTab = sheets.length;
    const state = decodedAttr(tag, "state");
    sheets.push({ name: decodedAttr(tag, "name") ?? "", path: resolveTarget(workbookPath, rel.target), hidden: state === "hidden" || state === "veryHidden" });
  });
  const pr = orNone(() => childNamed(xml, openAt(xml, "workbook"), "workbookPr")?.tag, undefined);
  const date1904 = pr ? /^(1|true)$/.test(decodedAttr(pr, "date1904") ?? "") : false;
  return { workbookPath, sheets, sharedStringsPath: target("/sharedStrings"), stylesPath: target("/styles"), date1904, activeTab, marks: orNone(() => marksOf(xml), new Map()) };
}
