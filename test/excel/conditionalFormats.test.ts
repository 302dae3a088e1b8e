import { createWorkbook } from "../../src/excel-standin";
import { createTaskpaneActions } from "../../src/excel/taskpaneActions";
import { detectAndCheck, HEADER, supplierRows } from "./fixtures";

/** A user's own rules: one on the supplier column (inside the data range), one on a title cell above the table. */
const USER_RULES = [
  { address: "A3:A9", formula: '=$A3="Bouw BV 1"', fill: "#00FF00" },
  { address: "A1", formula: "=TRUE", fill: "#0000FF" },
  { address: "C3:C9", type: "DataBar" },
];

function setup() {
  const book = createWorkbook({ Leveranciers: [["Leveranciers 2025"], [], HEADER, ...supplierRows(7)] }, { extras: { Leveranciers: { conditionalFormats: USER_RULES } } });
  return { book, actions: createTaskpaneActions(book.run) };
}


const userRules = (book: ReturnType<typeof setup>["book"]) =>
  book.conditionalFormats("Leveranciers").filter((cf) => cf.fill !== "#FFC7CE" && cf.fill !== "#FFEB9C").map((cf) => [cf.type, cf.rect, cf.formula, cf.fill]);
const psoRules = (book: ReturnType<typeof setup>["book"]) => book.conditionalFormats("Leveranciers").filter((cf) => cf.fill === "#FFC7CE" || cf.fill === "#FFEB9C");

describe("PSO-toets finds its own conditional formats by what they are, not by their shifting ids", () => {
  test("checking five times leaves exactly one set of PSO rules and every user rule as it was", async () => {
    const { book, actions } = setup();
    const before = userRules(book);
    for (let i = 0; i < 5; i++) await detectAndCheck(actions);
    expect(psoRules(book).map((cf) => cf.fill).sort()).toEqual(["#FFC7CE", "#FFEB9C"]);
    expect(userRules(book)).toEqual(before);
  });

  test("clear removes the PSO rules and leaves the user's own rules untouched, also after the workbook was reopened", async () => {
    const { book, actions } = setup();
    const before = userRules(book);
    await detectAndCheck(actions);
    await detectAndCheck(actions);
    // A new taskpane session (the workbook reopened): nothing from the last session but what the file holds.
    const cleared = await createTaskpaneActions(book.run).clear();
    expect(cleared.ok).toBe(true);
    expect(psoRules(book)).toEqual([]);
    expect(userRules(book)).toEqual(before);
  });

  test("clear finds the rules when the user added a rule of their own after the check", async () => {
    const { book, actions } = setup();
    await detectAndCheck(actions);
    book.sheet("Leveranciers").conditionalFormats.unshift({ id: "user-late", rect: { row: 2, col: 0, rows: 8, cols: 7 }, type: "Custom", formula: "=FALSE", fill: "#123456", fontColor: null });
    const before = userRules(book);
    expect((await actions.clear()).ok).toBe(true);
    expect(psoRules(book)).toEqual([]);
    expect(userRules(book)).toEqual(before);
  });

  test("no conditional-format id is stored in the workbook", async () => {
    const { book, actions } = setup();
    await detectAndCheck(actions);
    expect(JSON.stringify(book.model.settings.get("PSO-toets"))).not.toMatch(/conditionalFormatIds|"id"/);
  });
});

describe("stand-in: conditional format ids are priorities", () => {
  test("ids shift when a rule is added or deleted and differ between the sheet's collection and a range's", async () => {
    const book = createWorkbook({ Blad1: [["a", "b"], [1, 2]] }, { extras: { Blad1: { conditionalFormats: [{ address: "A1", formula: "=TRUE" }, { address: "B2", formula: "=FALSE" }] } } });
    await book.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Blad1");
      const onB2 = sheet.getRange("B2").conditionalFormats.load("items/id,items/customOrNullObject/rule/formula");
      const all = sheet.getRange().conditionalFormats.load("items/id,items/customOrNullObject/rule/formula");
      await context.sync();
      expect(onB2.items.map((cf) => [cf.id, cf.customOrNullObject.rule.formula])).toEqual([["0", "=FALSE"]]);
      expect(all.items.map((cf) => [cf.id, cf.customOrNullObject.rule.formula])).toEqual([["0", "=TRUE"], ["1", "=FALSE"]]);
      const added = sheet.getRange("A1:B2").conditionalFormats.add("Custom" as Excel.ConditionalFormatType);
      added.custom.rule.formula = "=1";
      const again = sheet.getRange().conditionalFormats.load("items/id,items/customOrNullObject/rule/formula");
      await context.sync();
      expect(again.items.map((cf) => [cf.id, cf.customOrNullObject.rule.formula])).toEqual([["0", "=1"], ["1", "=TRUE"], ["2", "=FALSE"]]);
      // Deleting from the lowest priority up hits a shifted neighbour: item 1 is "=FALSE" once item 0 is gone.
      again.items[0].delete();
      again.items[1].delete();
      await context.sync();
      expect(book.conditionalFormats("Blad1").map((cf) => cf.formula)).toEqual(["=TRUE"]);
    });
  });

  test("a non-custom rule reads as a null object through customOrNullObject", async () => {
    const book = createWorkbook({ Blad1: [["a"]] }, { extras: { Blad1: { conditionalFormats: [{ address: "A1", type: "DataBar" }] } } });
    await book.run(async (context) => {
      const all = context.workbook.worksheets.getItem("Blad1").getRange().conditionalFormats.load("items/type,items/customOrNullObject/rule/formula");
      await context.sync();
      expect(all.items[0].type).toBe("DataBar");
      expect(all.items[0].customOrNullObject.isNullObject).toBe(true);
    });
  });
});
