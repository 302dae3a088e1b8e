import { children } from "./xmlScan";

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
