import ExcelJS from "exceljs";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { readFileSync } from "fs";
import path from "path";
import { wonenLimburgPolicy } from "../../src/core";
import { REPORT_MARK_NAME } from "../../src/core/report/reportSheet";
import { refreshSocialSheet } from "../../src/excel/socialSheet";
import { bookFromXlsx, xlsxFromBook } from "../../src/workbench/xlsx";
import { findingsFor, PEIL } from "../core/report.fixture";

/*
 * Issue 25 item 6 (and 22 item 6 in the workbench): the workbench's download keeps the report's number formats
 * (amounts, shares, dates), its print setup (A4 landscape, one page wide, page break, footer), its charts and the mark
 * that makes it PSO-toets's report; dropped again, the same sheet is refreshed.
 */
const example = path.join(__dirname, "..", "..", "examples", "leveranciers.xlsx");
const original = () => {
  const b = readFileSync(example);
  return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
};

async function withReport(file: ArrayBuffer) {
  const book = await bookFromXlsx(file.slice(0));
  const result = await book.run((context) =>
    refreshSocialSheet(context, { findings: findingsFor(), policy: wonenLimburgPolicy, peildatum: PEIL, lang: "nl", sourceSheet: "Leveranciers", printSetup: true }),
  );
  if (!result.ok) throw new Error(result.message.nl);
  return { book, result: result.value, download: await xlsxFromBook(book, file) };
}

function rowOf(ws: ExcelJS.Worksheet, first: string): number {
  for (let r = 1; r <= ws.rowCount; r++) if (ws.getCell(r, 1).value === first) return r;
  throw new Error(`no row "${first}"`);
}

test("the download shows amounts, shares and dates formatted, and prints A4 landscape, one page wide", async () => {
  const { download } = await withReport(original());
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(download);
  const ws = wb.getWorksheet("Sociale bijdrage")!;
  const spend = rowOf(ws, "Uitgaven totaal");
  expect(ws.getCell(spend, 2).numFmt).toBe('"€" #,##0');
  expect(ws.getCell(rowOf(ws, "Met geldig PSO-certificaat (van de leveranciers binnen scope)"), 3).numFmt).toBe("0.0%");
  const history = rowOf(ws, "Maand") + 1;
  expect(ws.getCell(history, 4).numFmt).toBe("d-m-yyyy");
  expect(ws.getCell(history, 2).numFmt).toBe("0.0%");
  expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
  expect(ws.headerFooter.oddFooter).toBe("&LBeleid: Wonen Limburg (whitepaper) · peildatum 1-12-2026&RPagina &P van &N");

  const zip = unzipSync(new Uint8Array(download));
  const workbook = strFromU8(zip["xl/workbook.xml"]);
  expect(workbook).toMatch(/name="_xlnm.Print_Area" localSheetId="\d+">'Sociale bijdrage'!\$A\$1:\$K\$\d+</);
  expect(workbook).toContain(`<definedName name="${REPORT_MARK_NAME}" hidden="1">'Sociale bijdrage'!$A$1</definedName>`);
  const sheetPath = Object.keys(zip).find((p) => /^xl\/worksheets\/sheet\d+\.xml$/.test(p) && strFromU8(zip[p]).includes("<rowBreaks"))!;
  expect(strFromU8(zip[sheetPath])).toContain('<brk id="21" max="16383" man="1"/>');
  const charts = Object.keys(zip).filter((p) => /^xl\/charts\/chart\d+\.xml$/.test(p)).map((p) => strFromU8(zip[p]));
  expect(charts.filter((c) => c.includes("<c:lineChart>"))).toHaveLength(1);
  expect(charts.filter((c) => c.includes("<c:barChart>"))).toHaveLength(2); // per level, and the Vooruitblik's spend at risk
});

test("dropped again (renamed in Excel), the downloaded report is refreshed on its own sheet; a user's 'Sociale bijdrage' stays as it is", async () => {
  const first = await withReport(original());
  // The controller renames the report in Excel; Excel moves the defined name along with it.
  const zip = unzipSync(new Uint8Array(first.download));
  zip["xl/workbook.xml"] = strToU8(strFromU8(zip["xl/workbook.xml"]).replace(/name="Sociale bijdrage"/, 'name="PSO maandrapport"').replace(/'Sociale bijdrage'!/g, "'PSO maandrapport'!"));
  const renamed = zipSync(zip);
  const again = await withReport(renamed.buffer.slice(renamed.byteOffset, renamed.byteOffset + renamed.byteLength) as ArrayBuffer);
  expect(again.result).toEqual({ month: "2026-12", sheet: "PSO maandrapport", userSheetKept: null });
  expect(again.book.model.sheets.map((s) => s.name).filter((n) => /Sociale|PSO/.test(n))).toEqual(["PSO maandrapport"]);

  // A file with the user's own sheet of that name: the workbench says where the report went.
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(example);
  wb.addWorksheet("Sociale bijdrage").getCell("A1").value = "Eigen aantekeningen";
  const own = (await wb.xlsx.writeBuffer()) as ArrayBuffer;
  const mine = await withReport(own);
  expect(mine.result).toEqual({ month: "2026-12", sheet: "Sociale bijdrage (2)", userSheetKept: "Sociale bijdrage" });
  const out = new ExcelJS.Workbook();
  await out.xlsx.load(mine.download);
  expect(out.getWorksheet("Sociale bijdrage")!.getCell("A1").value).toBe("Eigen aantekeningen");
  expect(out.getWorksheet("Sociale bijdrage (2)")!.getCell("A1").value).toBe("Sociale bijdrage (PSO)");
});
