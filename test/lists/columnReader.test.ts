import ExcelJS from "exceljs";
import { CellValue, checkFindings, columnsFromRows, dayFromYmd, buildCheckReport, tableFromGrid, wonenLimburgPolicy, SupplierTable } from "../../src/core";
import { checkJson, checkText } from "../../src/cli/checkReport";
import { nodeCodec } from "../../src/cli/nodeCodec";
import { annotatedCopy, columnUseOfScan } from "../../src/xlsx/patch";
import { cellContextOf, readXlsxBytes, XlsxSheetSource } from "../../src/xlsx/readXlsx";
import { scanSheet } from "../../src/xlsx/sheetReader";
import { workbookParts } from "../../src/xlsx/workbookParts";
import { findEntry, joinPieces, openZip } from "../../src/xlsx/zip";
import { BENCH_HEADERS, generateCells } from "../../bench/generate";

/*
 * Issue 14 (memory at a million rows): the reader fills the evaluator's columns directly, with no array per row and
 * no row objects. The way it read before (every row of the sheet as a grid, a SupplierRow per row, columns built from
 * those rows) is rebuilt here from the same workbook: the table, the text and --json reports and the annotated copy
 * must come out byte for byte the same.
 */
const PEIL = dayFromYmd(2026, 12, 1);

/** A few thousand messy rows as buyers keep them: a title above the header, blank rows, a subtotal, dates as dates. */
async function workbook(): Promise<Uint8Array> {
  const rows = generateCells(3000, 7);
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("Leveranciers");
  sheet.addRow(["Leverancierslijst 2026"]);
  sheet.addRow([]);
  sheet.addRow(BENCH_HEADERS);
  rows.forEach((cells, i) => {
    const row = cells.map((v, c) => (c === 4 && typeof v === "number" && i % 3 === 0 ? new Date(Date.UTC(1899, 11, 30) + v * 86_400_000) : v));
    sheet.addRow(i % 400 === 399 ? [] : (row as ExcelJS.CellValue[]));
    if (i === 1500) sheet.addRow(["Subtotaal eerste helft", null, 1, null]);
  });
  sheet.addRow(["Totaal", null, 123, null]);
  sheet.addRow(["Na de lijst BV", null, 500000, "geen"]);
  sheet.getColumn(5).numFmt = "dd-mm-yyyy";
  return new Uint8Array(await book.xlsx.writeBuffer());
}

/** The old way: the whole sheet as a grid (an array per row), then the table, its row objects, and columns of those. */
function readTheOldWay(bytes: Uint8Array): { table: SupplierTable; source: XlsxSheetSource } {
  const zip = openZip(bytes);
  const parts = workbookParts(zip)!;
  const sheet = parts.sheets[0];
  const scan = scanSheet(zip, findEntry(zip, sheet.path)!, cellContextOf(zip, parts), Number.MAX_SAFE_INTEGER, null);
  const found = tableFromGrid(scan.grid as CellValue[][])!;
  const table = { ...found, columns: columnsFromRows(found.rows) };
  return { table, source: { zip, parts, sheet, scan } };
}

test("the column reader gives the same table, reports and annotated copy as reading the whole grid", async () => {
  const bytes = await workbook();
  const loaded = readXlsxBytes("lijst.xlsx", bytes);
  if (!loaded.ok) throw new Error(loaded.message.nl);
  const now = loaded.value;
  const old = readTheOldWay(bytes);
  expect(now.table.columns.count).toBeGreaterThan(2900);
  for (const key of ["headerRow", "mapping", "lastDataRow", "nextBlockRow", "subtotalRows", "columnNames", "firstUserColumn", "lastUserColumn"] as const) {
    expect([key, now.table[key]]).toEqual([key, old.table[key]]);
  }
  expect(now.table.subtotalRows).toEqual([1505]);
  expect(Array.from(now.table.columns.rowNumbers!)).toEqual(Array.from(old.table.columns.rowNumbers!));
  expect(checkFindings(now.table, wonenLimburgPolicy, PEIL)).toEqual(checkFindings(old.table, wonenLimburgPolicy, PEIL));
  const options = { policy: wonenLimburgPolicy, peildatum: PEIL, lang: "nl" as const };
  const reportNow = buildCheckReport(now.table, columnUseOfScan(now.xlsx!.scan, now.table), options)!;
  const reportOld = buildCheckReport(old.table, columnUseOfScan(old.source.scan, old.table), options)!;
  for (const lang of ["nl", "en"] as const) {
    expect(checkText("lijst.xlsx", reportNow, PEIL, "beleid", lang)).toBe(checkText("lijst.xlsx", reportOld, PEIL, "beleid", lang));
    expect(JSON.stringify(checkJson(reportNow, PEIL, lang))).toBe(JSON.stringify(checkJson(reportOld, PEIL, lang)));
  }
  const copyNow = joinPieces(annotatedCopy(now.xlsx!, reportNow, nodeCodec));
  const copyOld = joinPieces(annotatedCopy(old.source, reportOld, nodeCodec));
  expect(copyNow.length).toBeGreaterThan(100_000);
  expect(Buffer.from(copyNow).equals(Buffer.from(copyOld))).toBe(true);
});

test("a merged cell in a mapped column fills the rows it covers, as in the whole grid", async () => {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("Leveranciers");
  sheet.addRow(["Leverancier", "Opdrachtsom per jaar", "PSO-trede"]);
  for (let i = 0; i < 40; i++) sheet.addRow([`Firma ${i}`, 200000, i < 35 ? "Trede 2" : null]);
  sheet.mergeCells("C36:C41");
  const bytes = new Uint8Array(await book.xlsx.writeBuffer());
  const loaded = readXlsxBytes("m.xlsx", bytes);
  if (!loaded.ok) throw new Error(loaded.message.nl);
  expect(loaded.value.table.rows.slice(-6).map((r) => r.level)).toEqual(Array(6).fill("Trede 2"));
});
