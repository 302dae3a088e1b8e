import { dayFromYmd, wonenLimburgPolicy } from "../../src/core";
import { createWorkbook, StandinError } from "../../src/excel-standin";
import { createTaskpaneActions } from "../../src/excel/taskpaneActions";
import { HEADER, supplierRows } from "./fixtures";

describe("null objects: only isNullObject may be read, nothing chained", () => {
  test("stand-in: a method chained on a missing sheet's null object fails the batch", async () => {
    const book = createWorkbook({ Blad1: [["a"]] });
    await expect(
      book.run(async (context) => {
        const missing = context.workbook.worksheets.getItemOrNullObject("PSO-beleid");
        missing.getUsedRangeOrNullObject(true).load("values");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ItemNotFound" });
  });

  test("the policy loads (preset) and the Sociale bijdrage sheet is created in a workbook that has neither sheet yet", async () => {
    const book = createWorkbook({ Leveranciers: [HEADER, ...supplierRows(5)] });
    const actions = createTaskpaneActions(book.run);
    expect(await actions.loadPolicy()).toEqual({ ok: true, value: { policy: wonenLimburgPolicy, source: "preset" } });
    const info = await actions.detect();
    if (!info.ok) throw new Error(info.message.nl);
    const refreshed = await actions.refreshSocialSheet!({ mapping: info.value.mapping, peildatum: dayFromYmd(2025, 1, 1), policy: wonenLimburgPolicy, lang: "nl" });
    expect(refreshed.ok).toBe(true);
    expect(book.model.sheet("Sociale bijdrage")).toBeDefined();
  });
});

describe("Excel's cell limit per read (5,000,000 cells), apart from the payload limit", () => {
  test("stand-in: reading the values of more cells than the limit fails", async () => {
    const book = createWorkbook({ Blad1: [["a"]] }, { cellLimit: 100 });
    await expect(
      book.run(async (context) => {
        context.workbook.worksheets.getItem("Blad1").getRange("A1:J11").load("values");
        await context.sync();
      }),
    ).rejects.toThrow(/100 cells/);
  });

  test("a sheet over the cell limit but under the payload limit (desktop) is read in parts and checked whole", async () => {
    // 2,000 rows x 5 columns = 10,005 cells against a limit of 4,000: no byte limit is near.
    const book = createWorkbook({ Leveranciers: [HEADER, ...supplierRows(2_000)] }, { cellLimit: 4_000, payloadLimit: 1e9 });
    const actions = createTaskpaneActions(book.run, { maxCellsPerRead: 4_000 });
    const info = await actions.detect();
    expect(info.ok).toBe(true);
    if (!info.ok) return;
    expect(info.value.dataRowCount).toBe(2_000);
    const result = await actions.check({ mapping: info.value.mapping, peildatum: dayFromYmd(2025, 1, 1), policy: wonenLimburgPolicy, lang: "nl" });
    expect(result.ok && result.value.findings).toHaveLength(2_000);
    expect(book.values("Leveranciers")[2_000][5]).not.toBe("");
  });

  test("an error that has nothing to do with size is still reported, not retried in parts", async () => {
    const book = createWorkbook({ Leveranciers: [HEADER, ...supplierRows(3)] }, { failSync: (n) => (n === 1 ? new StandinError("AccessDenied", "Nee") : null) });
    const info = await createTaskpaneActions(book.run).detect();
    expect(!info.ok && info.message.nl).toContain("AccessDenied");
  });
});
