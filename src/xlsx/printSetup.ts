import { SocialLayout } from "../core/report/socialLayout";
import { markReference, REPORT_MARK_NAME } from "../core/report/reportSheet";
import { addEdit, PartEdits } from "./partEdits";
import { WorkbookParts } from "./workbookParts";
import { decodeXml, escapeXml } from "./xml";
import { children, prefixOf, setTagAttr, tagAttr } from "./xmlScan";
import { afterRootTag, childNamed, grandchildren, insertChild, openAt, removeChildren, SHEET_PR_ORDER, WORKBOOK_ORDER, WORKSHEET_ORDER } from "./partOrder";

/*
 * How the report sheet prints: A4 landscape, one page wide, the report's own block only, its title rows on every
 * page, a footer with the policy, the peildatum and the page number. In SpreadsheetML that is the sheet's <sheetPr>,
 * <pageMargins>, <pageSetup> and <headerFooter>, and two defined names in the workbook part.
 */

export interface SheetEdits {
  editHead(head: string, p: string): string;
  editTail(tail: string, p: string): string;
}

/** Inserts `xml` as the root's child `name`, where the part's schema sequence puts it. */
export function insertBefore(text: string, root: "worksheet" | "workbook", name: string, xml: string): string {
  return insertChild(text, openAt(text, root), root === "worksheet" ? WORKSHEET_ORDER : WORKBOOK_ORDER, name, xml);
}

/**
 * `<sheetPr>` with `<pageSetUpPr fitToPage="1"/>`: its other children and attributes (a tab colour, an outline, the
 * code name) kept, the page setup's own other attributes too, each child where CT_SheetPr's sequence puts it. Found
 * as elements by the tokenizer: any prefix, either quote style, attributes on new lines, comments in between.
 */
export function fitToPage(head: string, p: string): string {
  const open = openAt(head, "worksheet");
  const pr = childNamed(head, open, "sheetPr");
  if (!pr) {
    const at = afterRootTag(head);
    const pos = at >= 0 ? at : 0;
    return head.slice(0, pos) + `<${p}sheetPr><${p}pageSetUpPr fitToPage="1"/></${p}sheetPr>` + head.slice(pos);
  }
  const q = prefixOf(pr);
  const selfClosed = pr.tag.endsWith("/>");
  const startTag = selfClosed ? `${pr.tag.slice(0, -2).trimEnd()}>` : pr.tag;
  const inner = selfClosed ? "" : head.slice(pr.start + pr.tag.length, head.lastIndexOf("</", pr.end - 1));
  const wrapped = `<${q}sheetPr>${inner}</${q}sheetPr>`;
  const existing = childNamed(wrapped, [], "pageSetUpPr");
  const setUp = setTagAttr(existing ? selfClose(existing.tag) : `<${q}pageSetUpPr/>`, "fitToPage", "1");
  const without = existing ? wrapped.slice(0, existing.start) + wrapped.slice(existing.end) : wrapped;
  const placed = insertChild(without, [], SHEET_PR_ORDER, "pageSetUpPr", setUp);
  const body = placed.slice(placed.indexOf(">") + 1);
  return head.slice(0, pr.start) + startTag + body + head.slice(pr.end);
}

/** A start tag as an empty element (`<pageSetUpPr …/>`): pageSetUpPr has no children. */
const selfClose = (tag: string) => (tag.endsWith("/>") ? tag : `${tag.slice(0, -1).trimEnd()}/>`);

/** The defined names PSO-toets writes for the report sheet: its print area and titles (that sheet's), and the mark. */
function isOurName(tag: string, sheetIndex: number, mark: boolean): boolean {
  const name = tagAttr(tag, "name");
  const local = tagAttr(tag, "localSheetId");
  if (name === "_xlnm.Print_Area" || name === "_xlnm.Print_Titles") return local !== null && Number(local) === sheetIndex;
  return mark && name === REPORT_MARK_NAME && local === null;
}

/**
 * The print setup of the report sheet, which the workbook part must already list (edits made before this one count).
 * The sheet's earlier print settings are the report's own and are replaced; the workbook's other defined names are kept.
 */
/** What the print setup needs from a layout (the workbench gives it from the sheet's page layout). */
export type PrintSpec = Pick<SocialLayout, "printArea" | "printTitleRows" | "footer" | "pageBreaks">;

export function printSetup(parts: WorkbookParts, edits: PartEdits, layout: PrintSpec, sheetName: string, mark = true): SheetEdits {
  const quoted = `'${sheetName.replace(/'/g, "''")}'`;
  const [from, to] = layout.printArea.split(":");
  const abs = (ref: string) => ref.replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2");
  const [t1, t2] = layout.printTitleRows.split(":");
  const names = (sheetIndex: number) =>
    `<definedName name="_xlnm.Print_Area" localSheetId="${sheetIndex}">${escapeXml(`${quoted}!${abs(from)}:${abs(to)}`)}</definedName>` +
    `<definedName name="_xlnm.Print_Titles" localSheetId="${sheetIndex}">${escapeXml(`${quoted}!$${t1}:$${t2}`)}</definedName>` +
    // The mark that makes this sheet PSO-toets's report (core/report/reportSheet.ts): hidden, workbook scope.
    (mark ? `<definedName name="${REPORT_MARK_NAME}" hidden="1">${escapeXml(markReference(sheetName))}</definedName>` : "");
  addEdit(edits, parts.workbookPath, (t) => {
    const text = t ?? "";
    const root = children(text, 0).spans.find((s) => s.local === "workbook");
    const p = root ? prefixOf(root) : "";
    // localSheetId counts every <sheet>, chart sheets included.
    const sheetIndex = grandchildren(text, "workbook", "sheets")
      .filter((s) => s.local === "sheet")
      .findIndex((s) => decodeXml(tagAttr(s.tag, "name") ?? "").toLowerCase() === sheetName.toLowerCase());
    const named = p ? names(sheetIndex).replace(/<(\/?)definedName/g, `<$1${p}definedName`) : names(sheetIndex);
    const block = childNamed(text, [], "definedNames");
    if (!block) return insertBefore(text, "workbook", "definedNames", `<${p}definedNames>${named}</${p}definedNames>`);
    const q = prefixOf(block);
    if (block.tag.endsWith("/>")) return text.slice(0, block.start) + `<${q}definedNames>${named}</${q}definedNames>` + text.slice(block.end);
    // The user's names stay as written; ours (this sheet's print names, the mark) are replaced.
    let out = text;
    const ours = grandchildren(text, "workbook", "definedNames").filter((s) => s.local === "definedName" && isOurName(s.tag, sheetIndex, mark));
    for (let i = ours.length - 1; i >= 0; i--) out = out.slice(0, ours[i].start) + out.slice(ours[i].end);
    const after = childNamed(out, [], "definedNames")!;
    const closeAt = out.lastIndexOf("</", after.end - 1);
    return out.slice(0, closeAt) + named + out.slice(closeAt);
  });
  return {
    editHead: fitToPage,
    editTail: (tail, p) => {
      let out = tail;
      out = removeChildren(out, openAt(out, "worksheet"), ["printOptions", "pageMargins", "pageSetup", "headerFooter", "rowBreaks"]);
      const breaks = layout.pageBreaks.map((row) => `<${p}brk id="${row}" max="16383" man="1"/>`).join("");
      const print =
        `<${p}pageMargins left="0.5" right="0.5" top="0.6" bottom="0.7" header="0.3" footer="0.3"/>` +
        `<${p}pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>` +
        `<${p}headerFooter><${p}oddFooter>${escapeXml(`&L${layout.footer.left}&R${layout.footer.right}`)}</${p}oddFooter></${p}headerFooter>` +
        // The detail starts on page 2: page 1 is the board's summary.
        (breaks === "" ? "" : `<${p}rowBreaks count="${layout.pageBreaks.length}" manualBreakCount="${layout.pageBreaks.length}">${breaks}</${p}rowBreaks>`);
      return insertBefore(out, "worksheet", "pageMargins", print);
    },
  };
}
