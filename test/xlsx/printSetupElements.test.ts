import { strToU8, zipSync } from "fflate";
import { SaxesParser } from "saxes";
import { addSheetEdits } from "../../src/xlsx/bookPatch";
import { openZip } from "../../src/xlsx/zip";
import { REPORT_MARK_NAME } from "../../src/core/report/reportSheet";
import { fitToPage, printSetup, PrintSpec } from "../../src/xlsx/printSetup";
import { PartEdits } from "../../src/xlsx/partEdits";
import { workbookParts, WorkbookParts } from "../../src/xlsx/workbookParts";

/*
 * Issue 22, "no regular expressions over XML text for structural edits": the report's print setup (fitToPage in
 * <sheetPr>, its print names and mark in <definedNames>) and a new sheet's entries are placed as elements, whatever the writer: x: prefixes,
 * single quotes, attributes on new lines, a comment that holds a tag.
 */
const NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

/** Every element as prefix-free local name path → attribute map, in document order (saxes: strict, namespace-aware). */
function elements(xml: string): { path: string; attrs: Record<string, string> }[] {
  const out: { path: string; attrs: Record<string, string> }[] = [];
  const stack: string[] = [];
  const parser = new SaxesParser({ xmlns: true });
  parser.on("error", (e) => {
    throw e;
  });
  parser.on("opentag", (t) => {
    stack.push(t.local);
    out.push({ path: stack.join("/"), attrs: Object.fromEntries(Object.values(t.attributes).map((a) => [a.local, a.value])) });
    if (t.isSelfClosing) stack.pop();
  });
  parser.on("closetag", (t) => {
    if (!t.isSelfClosing) stack.pop();
  });
  parser.write(xml).close();
  return out;
}

const sheetHead = (inner: string, p = "") => `<?xml version="1.0"?>\n<${p}worksheet xmlns${p ? `:${p.slice(0, -1)}` : ""}="${NS}">${inner}<${p}sheetData>`;
const closeHead = (head: string, p = "") => `${head}</${p}sheetData></${p}worksheet>`;

test("fitToPage on a prefixed, single-quoted <sheetPr> with attributes on new lines keeps its tab colour and code name", () => {
  const head = sheetHead(`<x:sheetPr\n  codeName='Blad1'\n  filterMode='0'><x:tabColor rgb='FF00B050'/><x:pageSetUpPr autoPageBreaks='0'/></x:sheetPr><x:dimension ref='A1'/>`, "x:");
  const out = elements(closeHead(fitToPage(head, "x:"), "x:"));
  const pr = out.filter((e) => e.path.startsWith("worksheet/sheetPr"));
  expect(pr.map((e) => e.path)).toEqual(["worksheet/sheetPr", "worksheet/sheetPr/tabColor", "worksheet/sheetPr/pageSetUpPr"]);
  expect(pr[0].attrs).toEqual({ codeName: "Blad1", filterMode: "0" });
  expect(pr[2].attrs).toEqual({ autoPageBreaks: "0", fitToPage: "1" });
});

test("fitToPage goes first in the worksheet when there is no <sheetPr>, not into a comment that mentions one", () => {
  const head = sheetHead(`<!-- <sheetPr><tabColor rgb="FF000000"/></sheetPr> --><dimension ref="A1"/>`);
  const xml = closeHead(fitToPage(head, ""));
  const out = elements(xml);
  expect(out.map((e) => e.path).slice(0, 4)).toEqual(["worksheet", "worksheet/sheetPr", "worksheet/sheetPr/pageSetUpPr", "worksheet/dimension"]);
  expect(xml).toContain(`<!-- <sheetPr><tabColor rgb="FF000000"/></sheetPr> -->`);
});

test("fitToPage keeps the user's own page-break setting and outline, and opens a self-closed <sheetPr/>", () => {
  const head = sheetHead(`<sheetPr codeName="X"><outlinePr summaryBelow="0"/><pageSetUpPr autoPageBreaks="0"/></sheetPr>`);
  const out = elements(closeHead(fitToPage(head, ""))).filter((e) => e.path.startsWith("worksheet/sheetPr"));
  expect(out.map((e) => e.path)).toEqual(["worksheet/sheetPr", "worksheet/sheetPr/outlinePr", "worksheet/sheetPr/pageSetUpPr"]);
  expect(out[2].attrs).toEqual({ autoPageBreaks: "0", fitToPage: "1" });
  const selfClosed = elements(closeHead(fitToPage(sheetHead(`<sheetPr codeName='X'/>`), ""))).filter((e) => e.path.startsWith("worksheet/sheetPr"));
  expect(selfClosed).toEqual([{ path: "worksheet/sheetPr", attrs: { codeName: "X" } }, { path: "worksheet/sheetPr/pageSetUpPr", attrs: { fitToPage: "1" } }]);
});

const layout: PrintSpec = { printArea: "A1:H40", printTitleRows: "1:4", footer: { left: "Beleid", right: "Pagina &P" }, pageBreaks: [] } as unknown as PrintSpec;
const parts = { workbookPath: "xl/workbook.xml", sheets: [] } as unknown as WorkbookParts;

function workbookAfter(xml: string): string {
  const edits: PartEdits = new Map();
  printSetup(parts, edits, layout, "Sociale bijdrage");
  return edits.get("xl/workbook.xml")!(xml);
}

const names = (xml: string) =>
  elements(xml)
    .filter((e) => e.path === "workbook/definedNames/definedName")
    .map((e) => `${e.attrs.name}@${e.attrs.localSheetId ?? "-"}`);

test("the report's print names and mark replace earlier ones written in single quotes and x: prefixes; the user's names stay", () => {
  const wb =
    `<x:workbook xmlns:x="${NS}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">` +
    `<x:sheets><x:sheet name='Leveranciers' sheetId='1' r:id='rId1'/><x:sheet\n name='Sociale bijdrage' sheetId='2' r:id='rId2'/></x:sheets>` +
    `<x:definedNames><x:definedName name='_xlnm.Print_Area' localSheetId='1'>'Sociale bijdrage'!$A$1:$B$2</x:definedName>` +
    `<x:definedName name='_xlnm.Print_Area' localSheetId='0'>Leveranciers!$A$1:$C$9</x:definedName>` +
    `<x:definedName name='${REPORT_MARK_NAME}' hidden='1'>'Sociale bijdrage'!$A$1</x:definedName>` +
    `<x:definedName name='Totaal'>Leveranciers!$C$9</x:definedName></x:definedNames></x:workbook>`;
  expect(names(workbookAfter(wb)).sort()).toEqual(
    ["Totaal@-", "_xlnm.Print_Area@0", "_xlnm.Print_Area@1", "_xlnm.Print_Titles@1", `${REPORT_MARK_NAME}@-`].sort(),
  );
});

test("a comment holding </definedNames> or a <sheet> does not move the names or miscount the sheet", () => {
  const wb =
    `<workbook xmlns="${NS}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">` +
    `<sheets><!-- <sheet name="Oud" sheetId="9" r:id="rId9"/> --><sheet name="Leveranciers" sheetId="1" r:id="rId1"/><sheet name="Sociale bijdrage" sheetId="2" r:id="rId2"/></sheets>` +
    `<definedNames><!-- oud: </definedNames> --><definedName name="Totaal">Leveranciers!$C$9</definedName></definedNames><calcPr calcId="191029"/></workbook>`;
  const out = workbookAfter(wb);
  expect(elements(out).filter((e) => e.path.split("/").length === 2).map((e) => e.path)).toEqual(["workbook/sheets", "workbook/definedNames", "workbook/calcPr"]);
  expect(names(out).sort()).toEqual(["Totaal@-", "_xlnm.Print_Area@1", "_xlnm.Print_Titles@1", `${REPORT_MARK_NAME}@-`].sort());
  expect(out).toContain("<!-- oud: </definedNames> -->");
});

test("a sheet is added to <x:sheets> with single-quoted ids as an element: a new sheetId, not into a comment", () => {
  const wb =
    `<x:workbook xmlns:x="${NS}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">` +
    `<x:sheets><!-- </x:sheets> --><x:sheet name='Leveranciers' sheetId='1' r:id='rId1'/><x:sheet name='Archief'\n sheetId='7' r:id='rId2'/></x:sheets></x:workbook>`;
  const types = `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><!-- </Types> --><Default Extension="xml" ContentType="application/xml"/></Types>`;
  const zip = openZip(zipSync({ "xl/workbook.xml": strToU8(wb), "[Content_Types].xml": strToU8(types) }));
  const edits: PartEdits = new Map();
  const added = addSheetEdits(zip, parts, edits, "Sociale bijdrage", 1, "rId9");
  const out = edits.get("xl/workbook.xml")!(wb);
  const sheets = elements(out).filter((e) => e.path === "workbook/sheets/sheet");
  expect(sheets.map((e) => [e.attrs.name, e.attrs.sheetId])).toEqual([["Leveranciers", "1"], ["Archief", "7"], ["Sociale bijdrage", "8"]]);
  expect(out).toContain("<!-- </x:sheets> -->");
  const typesOut = edits.get("[Content_Types].xml")!(types);
  expect(elements(typesOut).filter((e) => e.path === "Types/Override").map((e) => e.attrs.PartName)).toEqual([`/${added}`]);
  expect(typesOut).toContain("<!-- </Types> -->");
});

test("the workbook's sheets are read as elements: a sheet in a comment is no sheet, the active tab counts real tabs", () => {
  const wb =
    `<workbook xmlns="${NS}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">` +
    `<bookViews><!-- <workbookView activeTab="0"/> --><workbookView activeTab='1'/></bookViews>` +
    `<sheets><!-- <sheet name="Oud" sheetId="9" r:id="rId1"/> --><sheet name="Archief" sheetId="1" r:id="rId1"/><sheet name="Lijst" sheetId="2" r:id="rId2"/></sheets></workbook>`;
  const rels =
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
    `<!-- <Relationship Id="rId2" Type="x/chartsheet" Target="oud.xml"/> -->` +
    `<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>` +
    `<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet2.xml"/></Relationships>`;
  const zip = openZip(zipSync({ "xl/workbook.xml": strToU8(wb), "xl/_rels/workbook.xml.rels": strToU8(rels) }));
  const found = workbookParts(zip)!;
  expect(found.sheets.map((s) => [s.name, s.path])).toEqual([["Archief", "xl/worksheets/sheet1.xml"], ["Lijst", "xl/worksheets/sheet2.xml"]]);
  expect(found.sheets[found.activeTab].name).toBe("Lijst");
});

test("an attribute is read from the tag's own attributes, never from inside another one's value", () => {
  // A sheet name may hold quotes; single-quoted (as other writers store it), it may hold text that looks like r:id.
  const wb =
    `<workbook xmlns="${NS}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">` +
    `<sheets><sheet name='Lijst r:id="rId2"' sheetId='1' r:id='rId1'/><sheet name="Archief" sheetId="2" r:id="rId2"/></sheets></workbook>`;
  const rels =
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
    `<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/lijst.xml"/>` +
    `<Relationship Target='worksheets/archief.xml' Type='http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet' Id='rId2'/></Relationships>`;
  const found = workbookParts(openZip(zipSync({ "xl/workbook.xml": strToU8(wb), "xl/_rels/workbook.xml.rels": strToU8(rels) })))!;
  expect(found.sheets.map((s) => [s.name, s.path])).toEqual([
    ['Lijst r:id="rId2"', "xl/worksheets/lijst.xml"],
    ["Archief", "xl/worksheets/archief.xml"],
  ]);
});

test("a sheet added to a workbook whose root binds r: to another namespace carries its own relationships namespace", () => {
  const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  const wb = `<workbook xmlns="${NS}" xmlns:r="urn:een-ander"><sheets><sheet xmlns:rel="${REL}" name="Lijst" sheetId="1" rel:id="rId1"/></sheets></workbook>`;
  const zip = openZip(zipSync({ "xl/workbook.xml": strToU8(wb) }));
  const edits: PartEdits = new Map();
  addSheetEdits(zip, parts, edits, "Sociale bijdrage", 1, "rId9");
  const out = edits.get("xl/workbook.xml")!(wb);
  const ids: string[] = [];
  const parser = new SaxesParser({ xmlns: true });
  parser.on("opentag", (t) => {
    if (t.local === "sheet") for (const a of Object.values(t.attributes)) if (a.uri === REL && a.local === "id") ids.push(a.value);
  });
  parser.write(out).close();
  expect(ids).toEqual(["rId1", "rId9"]);
});
