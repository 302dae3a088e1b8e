import { Policy, wonenLimburgPolicy } from "../../src/core";
import { createWorkbook } from "../../src/excel-standin";
import { createTaskpaneActions } from "../../src/excel/taskpaneActions";
import { getActivePolicy, resetActivePolicy } from "../../src/addin/activePolicy";
import { HEADER } from "./fixtures";

const custom: Policy = { ...wonenLimburgPolicy, name: "Gemeente X", scope: { minAnnualSpend: 50000 } };

/** A workbook saved with its own PSO-beleid sheet, opened again: the formulas start with the preset in memory. */
async function reopenedWorkbook() {
  const book = createWorkbook({ Leveranciers: [HEADER] });
  expect((await createTaskpaneActions(book.run).savePolicy(custom)).ok).toBe(true);
  await book.settle();
  for (const sheet of book.model.sheets) sheet.changeHandlers.length = 0; // handlers do not survive closing the file
  resetActivePolicy();
  book.model.calculations = 0;
  return book;
}

afterEach(() => resetActivePolicy());

describe("the workbook's policy reaches the PSO.* formulas", () => {
  test("at open: loading a PSO-beleid sheet that differs from the policy in memory recalculates, so no cell keeps a preset result", async () => {
    const book = await reopenedWorkbook();
    const loaded = await createTaskpaneActions(book.run).loadPolicy();
    expect(loaded).toEqual({ ok: true, value: { policy: custom, source: "sheet" } });
    expect(getActivePolicy()).toEqual(custom);
    expect(book.model.calculations).toBe(1);
  });

  test("loading the same policy again does not recalculate the workbook", async () => {
    const book = await reopenedWorkbook();
    const actions = createTaskpaneActions(book.run);
    await actions.loadPolicy();
    await actions.loadPolicy();
    expect(book.model.calculations).toBe(1);
  });

  test("a direct edit of the PSO-beleid sheet takes effect: formulas recalculate and the taskpane hears of it", async () => {
    const book = await reopenedWorkbook();
    const actions = createTaskpaneActions(book.run);
    const heard: unknown[] = [];
    actions.onPolicyChange?.((result) => heard.push(result));
    await actions.loadPolicy();
    const row = book.values("PSO-beleid").findIndex((r) => r[0] === "Minimale opdrachtsom per jaar");
    book.edit("PSO-beleid", `B${row + 1}`, "75000");
    await book.settle();
    expect(getActivePolicy().scope.minAnnualSpend).toBe(75000);
    expect(book.model.calculations).toBe(2);
    expect(heard).toEqual([{ ok: true, value: { policy: { ...custom, scope: { minAnnualSpend: 75000 } }, source: "sheet" } }]);
  });

  test("a sheet made by the policy editor is watched too", async () => {
    const book = createWorkbook({ Leveranciers: [HEADER] });
    const actions = createTaskpaneActions(book.run);
    await actions.loadPolicy();
    await actions.savePolicy(custom);
    await book.settle();
    const row = book.values("PSO-beleid").findIndex((r) => r[0] === "Minimale opdrachtsom per jaar");
    book.edit("PSO-beleid", `B${row + 1}`, "60000");
    await book.settle();
    expect(getActivePolicy().scope.minAnnualSpend).toBe(60000);
  });

  test("an invalid direct edit is reported with the row, and the formulas keep the last valid policy", async () => {
    const book = await reopenedWorkbook();
    const actions = createTaskpaneActions(book.run);
    const heard: { ok: boolean; message?: { nl: string } }[] = [];
    actions.onPolicyChange?.((result) => heard.push(result as never));
    await actions.loadPolicy();
    const row = book.values("PSO-beleid").findIndex((r) => r[0] === "Minimale opdrachtsom per jaar");
    book.edit("PSO-beleid", `B${row + 1}`, "veel");
    await book.settle();
    expect(getActivePolicy()).toEqual(custom);
    expect(heard[0].ok).toBe(false);
    expect(heard[0].message?.nl).toContain(`rij ${row + 1}`);
  });
});
