import type { IsSetSupported } from "./apiSets";

/** How the adapter reaches a workbook: Office's Excel.run in the add-in, the stand-in's run in tests and the workbench. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export const officeRun: ExcelRun = (batch) => Excel.run(batch);

export interface AdapterOptions {
  /** Which API sets this Excel has; default Office.context.requirements.isSetSupported. */
  isSetSupported?: IsSetSupported;
  /** Bytes per request or response the adapter aims to stay under (Excel on the web refuses more than 5 MB). */
  payloadBudget?: number;
  /** Cells one read may ask for (Excel refuses more than 5,000,000 per get); lowered in tests. */
  maxCellsPerRead?: number;
}

/** The budget lives with the batching rule (src/core/payload.ts). */
export { DEFAULT_PAYLOAD_BUDGET } from "../core/payload";

export const SETTINGS_KEY = "PSO-toets";
