import { dayFromYmd } from "../../src/core";
import { CALCULATED_ON_KEY, keepFormulasOnToday, recalculateOnNewDay, untilNextDay } from "../../src/excel/newDay";
import { createWorkbook } from "../../src/excel-standin";

/*
 * Issue 23, item 7: a PSO.* formula without peildatum means "today", but Excel keeps a non-volatile function's result
 * when the workbook is reopened. The add-in (loaded with the workbook) asks for a full recalculation on a new day.
 */
const DEC_1 = dayFromYmd(2026, 12, 1);
const DEC_2 = dayFromYmd(2026, 12, 2);

test("a workbook reopened on a later day is recalculated in full, once per day", async () => {
  const book = createWorkbook({ Leveranciers: [["Leverancier", "PSO-status"], ["Alfa", "=PSO.STATUS(B2,C2,D2)"]] });
  expect(await recalculateOnNewDay(book.run, DEC_1)).toBe(true); // first open with PSO-toets: no day known yet
  expect(book.model.calculations).toBe(1);
  expect(await recalculateOnNewDay(book.run, DEC_1)).toBe(false); // the same day: the results are today's
  expect(book.model.calculations).toBe(1);
  expect(await recalculateOnNewDay(book.run, DEC_2)).toBe(true); // reopened the next day
  expect(book.model.calculations).toBe(2);
  expect(book.model.settings.get(CALCULATED_ON_KEY)).toBe(DEC_2);
});

test("while the workbook stays open, the formulas are recalculated just after midnight", async () => {
  const book = createWorkbook({ Blad1: [["x"]] });
  let now = new Date(2026, 11, 1, 23, 59, 0);
  const pending: { cb: () => void; ms: number }[] = [];
  keepFormulasOnToday(book.run, { now: () => now, setTimeout: (cb, ms) => pending.push({ cb, ms }) });
  await new Promise((r) => setImmediate(r));
  expect(book.model.calculations).toBe(1);
  expect(pending).toHaveLength(1);
  expect(pending[0].ms).toBe(61_000); // 23:59:00 to 00:00:01
  now = new Date(2026, 11, 2, 0, 0, 1);
  pending.shift()!.cb();
  await new Promise((r) => setImmediate(r));
  expect(book.model.calculations).toBe(2);
  expect(pending).toHaveLength(1);
});

test("the next midnight is found across months and a daylight-saving change", () => {
  expect(untilNextDay(new Date(2026, 0, 31, 12, 0, 0))).toBe(12 * 3_600_000 + 1000);
  // 29 March 2026 has 23 hours in Central Europe; in UTC (CI) it has 24: either way the wake-up is past midnight
  const ms = untilNextDay(new Date(2026, 2, 28, 23, 0, 0));
  const wake = new Date(new Date(2026, 2, 28, 23, 0, 0).getTime() + ms);
  expect([wake.getDate(), wake.getHours(), wake.getSeconds()]).toEqual([29, 0, 1]);
});
