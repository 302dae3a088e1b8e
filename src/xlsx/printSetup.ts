import { SocialLayout } from "../core/report/socialLayout";
import { markReference, REPORT_MARK_NAME } from "../core/report/reportSheet";
import { addEdit, PartEdits } from "./stylesPatch";
import { WorkbookParts } from "./workbookParts";
import { attr, decodeXml, escapeXml, tags } from "./xml";
import { insertChild, openAt, removeChildren, WORKBOOK_ORDER, WORKSHEET_ORDER } from "./partOrder";

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

/** `<sheetPr>` with `<pageSetUpPr fitToPage="1"/>`, whatever was there before. */
function fitToPage(head: string, p: string): string {
  const setUp = `<${p}pageSetUpPr fitToPage="1"/>`;
  const pr = new RegExp(`<${p}sheetPr\\b[^>]*?(/>|>([\\s\\S]*?)</${p}sheetPr>)`).exec(head);
  if (!pr) return head.replace(new RegExp(`(<${p}worksheet\\b[^>]*>)`), `$1<${p}sheetPr>${setUp}</${p}sheetPr>`);
  const open = pr[0].slice(0, pr[0].indexOf(">") + 1).replace(/\/>$/, ">");
  const inner = (pr[2] ?? "").replace(new RegExp(`<${p}pageSetUpPr\\b[^>]*/>`), "");
  const kept = inner.replace(new RegExp(`(<${p}tabColor\\b[^>]*/>)?(<${p}outlinePr\\b[^>]*/>)?`), (m) => m + setUp);
  return head.slice(0, pr.index) + `${open}${kept}</${p}sheetPr>` + head.slice(pr.index + pr[0].length);
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
    const p = /<([A-Za-z_][\w.-]*:)?workbook[\s>]/.exec(text)?.[1] ?? "";
    // localSheetId counts every <sheet>, chart sheets included.
    const sheetIndex = tags(text, "sheet").findIndex((tag) => decodeXml(attr(tag, "name") ?? "").toLowerCase() === sheetName.toLowerCase());
    const ours = new RegExp(`<${p}definedName\\b(?=[^>]*name="_xlnm\\.Print_(?:Area|Titles)")(?=[^>]*localSheetId="${sheetIndex}")[^>]*>[\\s\\S]*?</${p}definedName>`, "g");
    const markName = new RegExp(`<${p}definedName\\b(?=[^>]*name="${REPORT_MARK_NAME}")[^>]*>[\\s\\S]*?</${p}definedName>`, "g");
    const cleaned = mark ? text.replace(ours, "").replace(markName, "") : text.replace(ours, "");
    const named = p ? names(sheetIndex).replace(/<(\/?)definedName/g, `<$1${p}definedName`) : names(sheetIndex);
    if (new RegExp(`<${p}definedNames\\s*/>`).test(cleaned)) return cleaned.replace(new RegExp(`<${p}definedNames\\s*/>`), `<${p}definedNames>${named}</${p}definedNames>`);
    if (cleaned.includes(`</${p}definedNames>`)) return cleaned.replace(`</${p}definedNames>`, `${named}</${p}definedNames>`);
    return insertBefore(cleaned, "workbook", "definedNames", `<${p}definedNames>${named}</${p}definedNames>`);
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
