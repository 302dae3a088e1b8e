import { jsonBytes } from "../core/utf8";
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

export const DEFAULT_PAYLOAD_BUDGET = 4_000_000;

/** What a value weighs in a request or response: its JSON in UTF-8 bytes, as the payload limit counts it. */
export const jsonSize = jsonBytes;

export const SETTINGS_KEY = "PSO-toets";
