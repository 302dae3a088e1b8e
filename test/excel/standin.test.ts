import { createWorkbook, StandinError } from "../../src/excel-standin";

describe("Excel stand-in", () => {
  test("reading a property that was not loaded throws PropertyNotLoaded, like Office", async () => {
    const book = createWorkbook({ Blad1: [["a", 1]] });
    await book.run(async (context) => {
      const range = context.workbook.worksheets.getActiveWorksheet().getUsedRange(true);
      expect(() => range.values).toThrow(/PropertyNotLoaded|not available/);
      range.load("values");
      expect(() => range.values).toThrow(); // loaded but not synced
      await context.sync();
      expect(range.values).toEqual([["a", 1]]);
      expect(() => range.address).toThrow(StandinError);
    });
  });

  test("writes apply at sync, count syncs and measure payload", async () => {
    const book = createWorkbook({ Blad1: [["a"]] });
    await book.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Blad1");
      sheet.getRange("B2:C2").values = [["x", "y"]];
      expect(book.values("Blad1")).toEqual([["a"]]);
      await context.sync();
    });
    expect(book.values("Blad1")).toEqual([["a", "", ""], ["", "x", "y"]]);
    expect(book.log.count).toBe(1);
    expect(book.log.syncs[0].requestBytes).toBeGreaterThanOrEqual(JSON.stringify([["x", "y"]]).length);
  });

  test("a request over the payload limit fails and changes nothing", async () => {
    const book = createWorkbook({ Blad1: [["a"]] }, { payloadLimit: 100 });
    await expect(
      book.run(async (context) => {
        context.workbook.worksheets.getItem("Blad1").getRange("A2").values = [["x".repeat(200)]];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    expect(book.values("Blad1")).toEqual([["a"]]);
  });

  test("a response over the payload limit fails too, as on Excel on the web", async () => {
    const book = createWorkbook({ Blad1: [["x".repeat(200)]] }, { payloadLimit: 100 });
    await expect(
      book.run(async (context) => {
        context.workbook.worksheets.getItem("Blad1").getRange("A1").load("values");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
    expect(book.log.syncs[0].failed).toBe("ResponsePayloadSizeLimitExceeded");
  });

  test("getIntersectionOrNullObject gives the shared cells, or a null object when the ranges do not meet", async () => {
    const book = createWorkbook({ Blad1: [["a", "b"], ["c", "d"], ["e", "f"]] });
    await book.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Blad1");
      const used = sheet.getUsedRange(true);
      const top = used.getIntersectionOrNullObject(sheet.getRangeByIndexes(0, 1, 2, 5)).load("values,address");
      const none = used.getIntersectionOrNullObject(sheet.getRange("D5:E6")).load("values");
      await context.sync();
      expect([top.isNullObject, top.address, top.values]).toEqual([false, "Blad1!B1:B2", [["b"], ["d"]]]);
      expect([none.isNullObject, none.values]).toEqual([true, null]);
    });
  });

  test("a shape mismatch and a missing sheet fail at sync", async () => {
    const book = createWorkbook({ Blad1: [["a"]] });
    await expect(
      book.run(async (context) => {
        context.workbook.worksheets.getItem("Blad1").getRange("A1:B1").values = [["x"]];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
    await expect(
      book.run(async (context) => {
        context.workbook.worksheets.getItem("Nope").getRange("A1").load("values");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ItemNotFound" });
  });

  test("null objects, settings, conditional formats and selection", async () => {
    const book = createWorkbook({ Blad1: [["a", "b"], [1, 2]] });
    await book.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject("Nope");
      const setting = context.workbook.settings.getItemOrNullObject("k").load("value");
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(setting.isNullObject).toBe(true);
      context.workbook.settings.add("k", { a: 1 });
      const range = context.workbook.worksheets.getItem("Blad1").getRange("A2:B2");
      const cf = range.conditionalFormats.add("Custom" as Excel.ConditionalFormatType);
      cf.custom.rule.formula = '=$B2="x"';
      cf.custom.format.fill.color = "#FF0000";
      cf.load("id");
      range.select();
      await context.sync();
      expect(book.model.settings.get("k")).toEqual({ a: 1 });
      expect(cf.id).toBe("0"); // its priority, not a stable key
      expect(book.conditionalFormats("Blad1")).toEqual([expect.objectContaining({ formula: '=$B2="x"', fill: "#FF0000" })]);
      expect(book.model.selection).toEqual({ sheet: "Blad1", address: "A2:B2" });
      range.conditionalFormats.getItem(cf.id).delete();
      await context.sync();
      expect(book.conditionalFormats("Blad1")).toEqual([]);
    });
  });

  test("used range with valuesOnly ignores formats; hidden rows show as null (mixed)", async () => {
    const book = createWorkbook({ Blad1: [[null, null], [null, "x"]] }, { extras: { Blad1: { fills: { D9: "#FF0000" }, hiddenRows: [2] } } });
    await book.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Blad1");
      const valuesOnly = sheet.getUsedRange(true).load("address");
      const all = sheet.getUsedRange().load("address");
      const rows = sheet.getRange("A1:A3").load("rowHidden");
      await context.sync();
      expect(valuesOnly.address).toBe("Blad1!B2");
      expect(all.address).toBe("Blad1!B2:D9");
      expect(rows.rowHidden).toBeNull();
    });
  });

  test("every unloaded read throws PropertyNotLoaded: also a property the add-in just set, and write-only formats", async () => {
    const book = createWorkbook({ Blad1: [["a"]] });
    await book.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Blad1");
      const range = sheet.getRange("A1");
      range.values = [["b"]];
      await context.sync();
      const reads: (() => unknown)[] = [
        () => range.values,
        () => range.format.fill.color,
        () => (range.format as unknown as { font: { bold: boolean } }).font.bold,
        () => (range.format as unknown as { columnWidth: number }).columnWidth,
        () => (sheet as unknown as { pageLayout: { orientation: string } }).pageLayout.orientation,
        () => sheet.tables.items,
        () => sheet.name,
      ];
      for (const read of reads) expect(read).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      const cf = range.conditionalFormats.add("Custom" as Excel.ConditionalFormatType);
      expect(() => cf.custom.format.fill.color).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      expect(() => cf.id).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    });
  });

  test("the sync log counts response bytes of loads only: page-layout and chart writes in the batch leave it a number", async () => {
    const book = createWorkbook({ Blad1: [["a", 1]] });
    await book.run(async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      sheet.pageLayout.orientation = "Landscape";
      sheet.getRange("A1:B1").load("values");
      await context.sync();
    });
    expect(book.log.syncs[0].responseBytes).toBeGreaterThan(0);
    expect(book.log.maxResponseBytes).toBe(book.log.syncs[0].responseBytes);
  });
});
