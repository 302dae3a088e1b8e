import { children, Span, XmlScanner } from "./xmlScan";

/*
 * Where a new child element goes: the schema gives each part type's children in a fixed sequence, and Excel refuses
 * or "repairs" a part whose children are out of it (LibreOffice and openpyxl do not mind). One table per part type.
 */

/** CT_Worksheet's sequence (ECMA-376 sml.xsd). */
export const WORKSHEET_ORDER = [
  "sheetPr", "dimension", "sheetViews", "sheetFormatPr", "cols", "sheetData", "sheetCalcPr", "sheetProtection",
  "protectedRanges", "scenarios", "autoFilter", "sortState", "dataConsolidate", "customSheetViews", "mergeCells",
  "phoneticPr", "conditionalFormatting", "dataValidations", "hyperlinks", "printOptions", "pageMargins", "pageSetup",
  "headerFooter", "rowBreaks", "colBreaks", "customProperties", "cellWatches", "ignoredErrors", "smartTags", "drawing",
  "legacyDrawing", "legacyDrawingHF", "drawingHF", "picture", "oleObjects", "controls", "webPublishItems", "tableParts",
  "extLst",
] as const;

/** CT_Workbook's sequence. */
export const WORKBOOK_ORDER = [
  "fileVersion", "fileSharing", "workbookPr", "workbookProtection", "bookViews", "sheets", "functionGroups",
  "externalReferences", "definedNames", "calcPr", "oleSize", "customWorkbookViews", "pivotCaches", "smartTagPr",
  "smartTagTypes", "webPublishing", "fileRecoveryPr", "webPublishObjects", "extLst",
] as const;

/**
 * The elements a piece of a part starts inside: a worksheet's tail starts with `</sheetData>`, two deep; a head or a
 * whole part starts outside the root.
 */
export function openAt(text: string, root: string): string[] {
  if (text.startsWith("</")) return [root, "sheetData"];
  return /^\s*</.test(text) && new RegExp(`<(?:[\\w.-]+:)?${root}[\\s/>]`).test(text) ? [] : [root];
}

/**
 * `xml` inserted as a child of the root, before the first child the sequence puts after `name` (an element the table
 * does not know, such as mc:AlternateContent, does not count), else before the root's end tag.
 */
export function insertChild(text: string, open: string[], order: readonly string[], name: string, xml: string): string {
  const rank = order.indexOf(name);
  const { spans, close } = children(text, 1, open);
  const after = spans.find((s) => order.indexOf(s.local) > rank);
  const at = after ? after.start : close >= 0 ? close : text.length;
  return text.slice(0, at) + xml + text.slice(at);
}

/** The text without the root's children named in `names` (whole elements, whatever their content). */
export function removeChildren(text: string, open: string[], names: readonly string[]): string {
  const { spans } = children(text, 1, open);
  let out = text;
  for (let i = spans.length - 1; i >= 0; i--) if (names.includes(spans[i].local)) out = out.slice(0, spans[i].start) + out.slice(spans[i].end);
  return out;
}

/** CT_SheetPr's sequence: the children of a worksheet's `<sheetPr>`. */
export const SHEET_PR_ORDER = ["tabColor", "outlinePr", "pageSetUpPr"] as const;

/** The offset just past the root's start tag (a part or a worksheet's head), or -1 when the text has none. */
export function afterRootTag(text: string): number {
  let after = -1;
  const scanner = new XmlScanner({ start: (tag, at) => void (tag.depth === 0 && after < 0 && (after = at + tag.text.length)), end: () => undefined }, true, 0);
  scanner.whole(text);
  return after;
}

/** The root's first child named `local` (any prefix), or undefined. */
export function childNamed(text: string, open: string[], local: string): Span | undefined {
  return children(text, 1, open).spans.find((s) => s.local === local);
}

/** The children of the root's child `container` (the `<sheet>`s of `<sheets>`), with their offsets in `text`. */
export function grandchildren(text: string, root: string, container: string): Span[] {
  const outer = childNamed(text, openAt(text, root), container);
  if (!outer || outer.tag.endsWith("/>")) return [];
  const inner = text.slice(outer.start, outer.end);
  return children(inner, 1).spans.map((s) => ({ ...s, start: s.start + outer.start, end: s.end + outer.start }));
}

/** `xml` as the root's last child, before its end tag (found as an element, not as text a comment could hold). */
export function appendChild(text: string, xml: string): string {
  return insertChild(text, [], [], "", xml);
}
