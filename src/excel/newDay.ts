import { Day, localToday } from "../core";
import type { ExcelRun } from "./run";

/**
 * The PSO.* formulas are not volatile (many volatile custom functions make Excel slow), so Excel keeps their last
 * results when a workbook is reopened: a verdict for "today" computed last month would still say "Voldoet" for a
 * certificate that has expired since (issue 23, item 7). The shared runtime loads with the workbook
 * (taskpane/index.tsx, Office.addin.setStartupBehavior), so at open, and at midnight while the workbook stays open,
 * PSO-toets compares today with the day it last had the formulas calculated and asks Excel for a full recalculation
 * (Ctrl+Alt+F9: every cell dirty, custom functions included) when the day changed. The day is a workbook setting,
 * so it travels with the file.
 */
export const CALCULATED_ON_KEY = "PSO-toets.formulesBerekendOp";

/** Recalculates every formula when today is not the day of the last recalculation; true when it did. */
export function recalculateOnNewDay(run: ExcelRun, today: Day = localToday()): Promise<boolean> {
  return run(async (context) => {
    const setting = context.workbook.settings.getItemOrNullObject(CALCULATED_ON_KEY).load("value");
    await context.sync();
    if (!setting.isNullObject && Number(setting.value) === today) return false;
    // "Full" marks every cell dirty: a plain recalculation would skip the non-volatile PSO.* cells.
    context.workbook.application.calculate("Full" as Excel.CalculationType);
    context.workbook.settings.add(CALCULATED_ON_KEY, today as unknown as string);
    await context.sync();
    return true;
  });
}

/** Milliseconds from `now` to one second past the next local midnight. */
export function untilNextDay(now: Date): number {
  const next = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1, 0, 0, 1);
  return next.getTime() - now.getTime();
}

export interface Timers {
  now(): Date;
  setTimeout(callback: () => void, ms: number): unknown;
}

/** At start-up and then every midnight: the formulas follow the calendar. Failures are ignored (a convenience). */
export function keepFormulasOnToday(run: ExcelRun, timers: Timers = { now: () => new Date(), setTimeout: (cb, ms) => setTimeout(cb, ms) }): void {
  const tick = () => {
    // Never in the way of the taskpane: an Excel that refuses (or is not there yet) only means no recalculation now.
    Promise.resolve()
      .then(() => recalculateOnNewDay(run, localToday(timers.now())))
      .catch(() => undefined);
    timers.setTimeout(tick, untilNextDay(timers.now()));
  };
  tick();
}
