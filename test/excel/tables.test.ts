import { createWorkbook } from "../../src/excel-standin";
import { createTaskpaneActions } from "../../src/excel/taskpaneActions";
import { detectAndCheck, HEADER, supplierRows } from "./fixtures";

/** A supplier list made into an Excel table (Invoegen > Tabel) over A1:E6. */
function tableBook(autoExpandTables = true) {
  const book = createWorkbook({ Leveranciers: [HEADER, ...supplierRows(5)] }, { autoExpandTables, extras: { Leveranciers: { tables: [{ name: "Tabel1", address: "A1:E6" }] } } });
  return { book, actions: createTaskpaneActions(book.run) };
}


const tableRect = (book: ReturnType<typeof tableBook>["book"]) => book.sheet("Leveranciers").tables[0].rect;

describe("a supplier list in an Excel table: the result columns join the table on purpose", () => {
  test("check adds PSO-status and PSO-toelichting as the table's last two columns, so sorting and filtering keep them with their rows", async () => {
    const { book, actions } = tableBook();
    const { info } = await detectAndCheck(actions);
    expect(tableRect(book)).toEqual({ row: 0, col: 0, rows: 6, cols: 7 });
    expect(book.values("Leveranciers")[0]).toEqual([...HEADER, "PSO-status", "PSO-toelichting"]);
    expect(info.notices.map((n) => n.nl).join(" ")).toContain('Excel-tabel "Tabel1"');
  });

  test("the columns join the table also where Excel's AutoCorrect does not grow tables", async () => {
    const { book, actions } = tableBook(false);
    await detectAndCheck(actions);
    expect(tableRect(book)).toEqual({ row: 0, col: 0, rows: 6, cols: 7 });
    expect((await actions.clear()).ok).toBe(true);
    expect(tableRect(book)).toEqual({ row: 0, col: 0, rows: 6, cols: 5 });
  });

  test("checking again keeps the table at the same size with one set of columns and rules", async () => {
    const { book, actions } = tableBook();
    await detectAndCheck(actions);
    const once = book.values("Leveranciers");
    await detectAndCheck(actions);
    await detectAndCheck(actions);
    expect(tableRect(book)).toEqual({ row: 0, col: 0, rows: 6, cols: 7 });
    expect(book.values("Leveranciers")).toEqual(once);
    expect(book.conditionalFormats("Leveranciers")).toHaveLength(2);
  });

  test("clear gives the table back its own columns and never blanks or renames a header", async () => {
    const { book, actions } = tableBook();
    const original = book.values("Leveranciers");
    await detectAndCheck(actions);
    expect((await actions.clear()).ok).toBe(true);
    expect(tableRect(book)).toEqual({ row: 0, col: 0, rows: 6, cols: 5 });
    expect(book.values("Leveranciers")).toEqual(original);
  });

  test("clear after the workbook was reopened (no memory of the check) does the same", async () => {
    const { book, actions } = tableBook();
    const original = book.values("Leveranciers");
    await detectAndCheck(actions);
    book.model.settings.clear(); // an older file, or settings lost: clear has to find the columns on the sheet
    expect((await createTaskpaneActions(book.run).clear()).ok).toBe(true);
    expect(tableRect(book)).toEqual({ row: 0, col: 0, rows: 6, cols: 5 });
    expect(book.values("Leveranciers")).toEqual(original);
  });
});

describe("stand-in: tables as Excel keeps them", () => {
  test("a value written right of the header row grows the table; a cleared header becomes ColumnN", async () => {
    const { book } = tableBook();
    await book.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Leveranciers");
      sheet.getRange("F1").values = [["Notitie"]];
      await context.sync();
      expect(tableRect(book).cols).toBe(6);
      sheet.getRange("B1").clear("Contents");
      await context.sync();
    });
    expect(book.values("Leveranciers")[0][1]).toBe("Column2");
  });
});
