import { parseCell } from "../core";
import type { SheetPatch } from "./sheetPatch";
import { addEdit, PartEdits } from "./partEdits";
import { relationships, relsPathOf, resolveTarget, WorkbookParts } from "./workbookParts";
import { children, setTagAttr, tagAttr } from "./xmlScan";
import { entryText, findEntry, PartWriter, REMOVE_PART, ZipArchive } from "./zip";

/*
 * The calculation chain (xl/calcChain.xml) lists the workbook's formula cells. A cell that no longer holds a formula
 * must leave it, or Excel repairs the file ("removed records: formula"). Entries for cells a patch writes or clears
 * are removed; a chain left empty is removed with its relationship and content type (Excel rebuilds it).
 */

const CALC_CHAIN_TYPE = "/calcChain";

/** Whether a patch writes or clears the cell at a 1-based row and 0-based column. */
export function touchedBy(patch: SheetPatch): (row: number, col: number) => boolean {
  // Made on the first question: most workbooks have no chain and never ask (100,000 rows: 20 ms).
  let rows: Set<number> | null = null;
  const clearFrom = patch.clearFromRow ?? Number.MAX_SAFE_INTEGER;
  return (row, col) => {
    rows ??= new Set(patch.rows);
    if (rows.has(row) && patch.cellsAt(row)?.has(col)) return true;
    if (patch.clearColumns && row >= clearFrom && patch.clearColumns.has(col)) return true;
    return patch.clearAt?.(row)?.has(col) ?? false;
  };
}

/**
 * The chain without the cells the patches touch (by sheet part path): the part's new writer (or REMOVE_PART), plus
 * edits to the content types and workbook relationships when it goes. Nothing when no entry is touched.
 */
export function calcChainParts(
  zip: ZipArchive,
  parts: WorkbookParts,
  touched: ReadonlyMap<string, (row: number, col: number) => boolean>,
  edits: PartEdits,
): Map<string, PartWriter> {
  const out = new Map<string, PartWriter>();
  const rel = relationships(zip, parts.workbookPath).find((r) => r.type.endsWith(CALC_CHAIN_TYPE));
  const path = rel ? resolveTarget(parts.workbookPath, rel.target) : null;
  const entry = path ? findEntry(zip, path) : undefined;
  if (!rel || !entry || touched.size === 0) return out;
  // sheetId (the chain's i) -> the sheet's touch test.
  const workbook = entryText(zip, findEntry(zip, parts.workbookPath)!);
  const byRel = new Map(relationships(zip, parts.workbookPath).map((r) => [r.id, resolveTarget(parts.workbookPath, r.target)]));
  const bySheetId = new Map<string, (row: number, col: number) => boolean>();
  const sheets = children(workbook, 1).spans.find((s) => s.local === "sheets");
  if (sheets) {
    for (const sheet of children(workbook.slice(sheets.start, sheets.end), 1).spans) {
      const target = byRel.get(tagAttr(sheet.tag, "r:id") ?? tagAttr(sheet.tag, "id") ?? "");
      const test = target ? touched.get(target) : undefined;
      const id = tagAttr(sheet.tag, "sheetId");
      if (test && id !== null) bySheetId.set(id, test);
    }
  }
  if (bySheetId.size === 0) return out;
  const xml = entryText(zip, entry);
  const { spans, close } = children(xml, 1);
  let sheet = "";
  let keptSheet = "";
  let dropped = 0;
  let kept = 0;
  let body = "";
  let last = spans.length > 0 ? spans[0].start : close;
  const head = xml.slice(0, last);
  for (const span of spans) {
    body += xml.slice(last, span.start);
    last = span.end;
    const ref = tagAttr(span.tag, "r") ?? "";
    sheet = tagAttr(span.tag, "i") ?? sheet;
    const test = bySheetId.get(sheet);
    const cell = parseCell(ref);
    if (test && cell && test(cell.row + 1, cell.col)) {
      dropped++;
      continue;
    }
    kept++;
    // An entry without i belongs to the sheet of the one before it: said explicitly when that one was removed.
    const text = xml.slice(span.start, span.end);
    body += sheet !== keptSheet && tagAttr(span.tag, "i") === null ? setTagAttr(span.tag, "i", sheet) + text.slice(span.tag.length) : text;
    keptSheet = sheet;
  }
  if (dropped === 0) return out;
  if (kept > 0) {
    const rest = xml.slice(last);
    out.set(entry.name, (write) => write(head + body + rest));
    return out;
  }
  out.set(entry.name, REMOVE_PART);
  addEdit(edits, "[Content_Types].xml", (t) => withoutChild(t ?? "", "Override", (tag) => tagAttr(tag, "PartName") === `/${entry.name}`));
  addEdit(edits, relsPathOf(parts.workbookPath), (t) => withoutChild(t ?? "", "Relationship", (tag) => tagAttr(tag, "Id") === rel.id));
  return out;
}

/** The part without the root's children named `local` whose start tag passes `match`. */
function withoutChild(xml: string, local: string, match: (tag: string) => boolean): string {
  const { spans } = children(xml, 1);
  let out = xml;
  for (let i = spans.length - 1; i >= 0; i--) {
    const s = spans[i];
    if (s.local === local && match(s.tag)) out = out.slice(0, s.start) + out.slice(s.end);
  }
  return out;
}
