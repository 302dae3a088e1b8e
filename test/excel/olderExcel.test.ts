/**
 * The manifest asks for ExcelApi 1.7; later sets are optional. On a stand-in playing an Excel with ExcelApi 1.7 to
 * 1.12 (members of later sets fail with ApiNotFound, as in Excel), every action still works and says what it skipped.
 */
import { dayFromYmd, wonenLimburgPolicy } from "../../src/core";
import { createTaskpaneActions } from "../../src/excel/taskpaneActions";
import { createWorkbook, InputCell, StandinWorkbook } from "../../src/excel-standin";
import { sheetExtras } from "../../src/excel-standin/charts";
import { detectAndCheck, HEADER, supplierRows } from "./fixtures";

const peildatum = dayFromYmd(2025, 1, 1);
const OLDER = ["1.7", "1.12"];

function olderBook(excelApi: string, sheets: Record<string, InputCell[][]>, extras = {}, autoExpandTables = true) {
  const book = createWorkbook(sheets, { excelApi, autoExpandTables, extras });
  return { book, actions: createTaskpaneActions(book.run, { isSetSupported: book.isSetSupported }) };
}


const tableRect = (book: StandinWorkbook) => book.sheet("Leveranciers").tables[0].rect;
const allText = (book: StandinWorkbook) => book.values("Leveranciers").flat().join("|");

describe.each(OLDER)("Excel with ExcelApi %s", (excelApi) => {
  test("the stand-in refuses merged areas and Table.resize as that Excel does", async () => {
    const { book } = olderBook(excelApi, { Leveranciers: [HEADER, ...supplierRows(2)] }, { Leveranciers: { tables: [{ name: "Tabel1", address: "A1:E3" }] } });
    expect(book.isSetSupported("ExcelApi", "1.13")).toBe(false);
    expect(book.isSetSupported("ExcelApi", excelApi)).toBe(true);
    const merged = book.run(async (context) => {
      context.workbook.worksheets.getItem("Leveranciers").getRange("A1:E3").getMergedAreasOrNullObject();
      await context.sync();
    });
    await expect(merged).rejects.toMatchObject({ code: "ApiNotFound" });
  });

  test("Controleer works without merged-cell detection, and a notice says merged cells were not checked", async () => {
    const { book, actions } = olderBook(excelApi, { Leveranciers: [HEADER, ...supplierRows(5)] }, { Leveranciers: { merged: ["A1:B1"] } });
    const { info, summary } = await detectAndCheck(actions);
    expect(summary.findings).toHaveLength(5);
    expect(book.values("Leveranciers")[0].slice(5)).toEqual(["PSO-status", "PSO-toelichting"]);
    expect(info.notices.map((n) => n.nl).join(" ")).toContain("kan samengevoegde cellen niet herkennen (ExcelApi 1.13)");
    expect(info.notices.map((n) => n.en).join(" ")).toContain("cannot recognise merged cells");
    expect((await actions.clear()).ok).toBe(true);
    expect(book.values("Leveranciers")).toEqual([HEADER, ...supplierRows(5)].map((r) => r.map((v) => v ?? "")));
  });

  describe("a supplier list in an Excel table, which this Excel cannot resize", () => {
    const tables = { Leveranciers: { tables: [{ name: "Tabel1", address: "A1:E6" }] } };

    test("Excel grows the table by itself (AutoCorrect on): clear keeps every table header, the two PSO headers included", async () => {
      const { book, actions } = olderBook(excelApi, { Leveranciers: [HEADER, ...supplierRows(5)] }, tables);
      const { info } = await detectAndCheck(actions);
      expect(info.notices.map((n) => n.nl).join(" ")).toContain("kan een tabel niet vergroten of verkleinen");
      expect(tableRect(book).cols).toBe(7);
      await detectAndCheck(actions);
      expect(book.conditionalFormats("Leveranciers")).toHaveLength(2);
      expect((await actions.clear()).ok).toBe(true);
      const values = book.values("Leveranciers");
      expect(values[0]).toEqual([...HEADER, "PSO-status", "PSO-toelichting"]);
      expect(values.slice(1).map((r) => r.slice(5))).toEqual(Array.from({ length: 5 }, () => ["", ""]));
      expect(allText(book)).not.toMatch(/Column\d/);
      expect(book.conditionalFormats("Leveranciers")).toHaveLength(0);
      // Checking again finds its own columns there and reuses them.
      await detectAndCheck(actions);
      expect(book.values("Leveranciers")[0]).toEqual([...HEADER, "PSO-status", "PSO-toelichting"]);
    });

    test("the same after the workbook was reopened (clear finds the columns on the sheet)", async () => {
      const { book, actions } = olderBook(excelApi, { Leveranciers: [HEADER, ...supplierRows(5)] }, tables);
      await detectAndCheck(actions);
      book.model.settings.clear();
      expect((await createTaskpaneActions(book.run, { isSetSupported: book.isSetSupported }).clear()).ok).toBe(true);
      expect(book.values("Leveranciers")[0]).toEqual([...HEADER, "PSO-status", "PSO-toelichting"]);
      expect(allText(book)).not.toMatch(/Column\d/);
    });

    test("Excel does not grow the table (AutoCorrect off): the columns stay beside it and clear leaves the sheet as it was", async () => {
      const { book, actions } = olderBook(excelApi, { Leveranciers: [HEADER, ...supplierRows(5)] }, tables, false);
      const original = book.values("Leveranciers");
      await detectAndCheck(actions);
      expect(tableRect(book)).toEqual({ row: 0, col: 0, rows: 6, cols: 5 });
      expect((await actions.clear()).ok).toBe(true);
      expect(book.values("Leveranciers")).toEqual(original);
    });
  });

  test("Sociale bijdrage is refreshed; only the print setup (ExcelApi 1.9) is skipped where Excel lacks it", async () => {
    const { book, actions } = olderBook(excelApi, { Leveranciers: [HEADER, ...supplierRows(5)] });
    const { info } = await detectAndCheck(actions);
    const refreshed = await actions.refreshSocialSheet!({ mapping: info.mapping, peildatum, policy: wonenLimburgPolicy, lang: "nl" });
    expect(refreshed.ok).toBe(true);
    expect(book.values("Sociale bijdrage")[0][0]).toBe("Sociale bijdrage (PSO)");
    const layout = sheetExtras(book.sheet("Sociale bijdrage")).pageLayout;
    expect(layout.orientation).toBe(excelApi === "1.7" ? null : "Landscape");
  });
});
