/**
 * The workbench's formula bar is where a user edits a cell. As in Excel, that edit fires Worksheet.onChanged, so a
 * direct edit of the PSO-beleid sheet reaches the policy the PSO formulas use.
 */
import { Policy, wonenLimburgPolicy } from "../../src/core";
import { createWorkbook } from "../../src/excel-standin";
import { createTaskpaneActions } from "../../src/excel/taskpaneActions";
import { getActivePolicy, resetActivePolicy } from "../../src/addin/activePolicy";
import { commitEdit } from "../../src/workbench/edit";
import { HEADER } from "./fixtures";

const custom: Policy = { ...wonenLimburgPolicy, name: "Gemeente X", scope: { minAnnualSpend: 50000 } };

afterEach(() => resetActivePolicy());

test("typing a new amount into PSO-beleid in the workbench changes the policy the PSO formulas use", async () => {
  const book = createWorkbook({ Leveranciers: [HEADER] });
  const actions = createTaskpaneActions(book.run);
  expect((await actions.savePolicy(custom)).ok).toBe(true);
  await actions.loadPolicy();
  await book.settle();
  expect(getActivePolicy().scope.minAnnualSpend).toBe(50000);
  const heard: unknown[] = [];
  actions.onPolicyChange?.((result) => heard.push(result));

  const sheet = book.sheet("PSO-beleid");
  const row = book.values("PSO-beleid").findIndex((r) => r[0] === "Minimale opdrachtsom per jaar");
  let recalculated = 0;
  const shown = commitEdit(book.model, sheet, { row, col: 1 }, "75000", () => recalculated++);
  await book.settle();

  expect(shown.error).toBeUndefined();
  expect(recalculated).toBe(1);
  expect(getActivePolicy().scope.minAnnualSpend).toBe(75000);
  expect(heard).toEqual([{ ok: true, value: { policy: { ...custom, scope: { minAnnualSpend: 75000 } }, source: "sheet" } }]);
});

test("an edit of another sheet leaves the policy alone, and a formula with a syntax error changes nothing", async () => {
  const book = createWorkbook({ Leveranciers: [HEADER] });
  const actions = createTaskpaneActions(book.run);
  await actions.savePolicy(custom);
  await actions.loadPolicy();
  await book.settle();
  const heard: unknown[] = [];
  actions.onPolicyChange?.((result) => heard.push(result));
  commitEdit(book.model, book.sheet("Leveranciers"), { row: 1, col: 0 }, "Bouw BV", () => undefined);
  const bad = commitEdit(book.model, book.sheet("PSO-beleid"), { row: 1, col: 1 }, "=SOM(", () => undefined);
  await book.settle();
  expect(bad.error).toBeTruthy();
  expect(heard).toEqual([]);
  expect(getActivePolicy().scope.minAnnualSpend).toBe(50000);
});

test("beside a user's own PSO-beleid the editor saves to PSO-beleid (2), says so, and an edit there reaches the policy", async () => {
  const userSheet = [["Ons beleid", "Notities"], ["Inkoop", "Alleen lokaal"]];
  const book = createWorkbook({ Leveranciers: [HEADER], "PSO-beleid": userSheet });
  const actions = createTaskpaneActions(book.run);
  const saved = await actions.savePolicy(custom);
  expect(saved.ok && saved.value && saved.value.notice?.nl).toBe(
    'Het blad "PSO-beleid" is niet door PSO-toets gemaakt en blijft zoals het is; het beleid staat op het blad "PSO-beleid (2)".',
  );
  await book.settle();
  const heard: unknown[] = [];
  actions.onPolicyChange?.((result) => heard.push(result));

  const row = book.values("PSO-beleid (2)").findIndex((r) => r[0] === "Minimale opdrachtsom per jaar");
  commitEdit(book.model, book.sheet("PSO-beleid (2)"), { row, col: 1 }, "75000", () => undefined);
  await book.settle();

  expect(getActivePolicy().scope.minAnnualSpend).toBe(75000);
  expect(heard).toHaveLength(1);
  expect(book.values("PSO-beleid")).toEqual(userSheet);
});
