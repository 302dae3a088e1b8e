/**
 * Installs what Excel provides to an add-in page, before any add-in module runs: `Office` (onReady resolves at once,
 * display language from ?lang=, nl-NL by default), `Excel.run` backed by the in-browser stand-in, and the
 * `CustomFunctions` runtime whose associate() the functions bundle calls when it loads.
 * Imported first by index.tsx; ES module order guarantees it runs before src/functions/functions.ts.
 */
import "../excel-standin/charts";
import type { ExcelRun } from "../excel/run";
import { createCustomFunctions } from "./customFunctions";

export const customFunctions = createCustomFunctions();

const requested = new URLSearchParams(location.search).get("lang");
export const displayLanguage = requested === "en" ? "en-US" : "nl-NL";

let target: ExcelRun | null = null;
/** The workbench points Excel.run at its store once the workbook is loaded. */
export function setExcelRun(run: ExcelRun): void {
  target = run;
}

const excelRun: ExcelRun = (batch) => {
  if (!target) return Promise.reject(new Error("De werkmap is nog niet geladen."));
  return target(batch);
};

const info = { host: "Excel", platform: "OfficeOnline" };
const g = globalThis as Record<string, unknown>;
g.CustomFunctions = customFunctions;
g.Excel = { run: excelRun };
g.Office = {
  onReady: (callback?: (i: typeof info) => void) => Promise.resolve(info).then((i) => (callback?.(i), i)),
  context: { displayLanguage, requirements: { isSetSupported: () => true } },
  HostType: { Excel: "Excel" },
};
