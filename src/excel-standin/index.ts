/**
 * An in-memory, typed stand-in for the subset of the Excel JavaScript API that PSO-toets uses. Pure TypeScript
 * (no Node APIs), so the adapter tests, the in-browser workbench and the benchmarks all run it.
 *
 *   const book = createWorkbook({ Leveranciers: [["Leverancier", "Opdrachtsom per jaar"], ["Bouw BV", 200000]] });
 *   await book.run(async (context) => { ... context.sync() ... });
 *   book.values("Leveranciers"); book.log.count;
 *
 * It is as strict as Microsoft documents Excel to be, so an adapter that passes here does not fail in Excel; each
 * behaviour names its documentation page where it is modelled:
 * - conditional-format ids are priorities that shift (objects.ts, ConditionalFormat);
 * - strings written through `values` are parsed as typed input: formulas, numbers, dates, unless "@" (coerce.ts);
 * - every unloaded read throws PropertyNotLoaded (context.ts, notLoaded);
 * - nothing may be chained on a null object (objects.ts, Worksheet.sheetOrThrow);
 * - tables grow when a value lands beside or below them, and a cleared header becomes ColumnN (objects.ts);
 * - 5 MB per request and response, 5,000,000 cells per get (context.ts, objects.ts Range.readProp);
 * - Worksheet.onChanged fires after changes, asynchronously (model.ts, fireChanged);
 * - an older Excel (`excelApi: "1.12"`) refuses members of later API sets with ApiNotFound (apiSets.ts).
 */
import { parseLocal, Rect } from "./address";
import { Batch, StandinOptions, SyncLog } from "./context";
import { ConditionalFormatModel, SheetModel, Value, WorkbookModel } from "./model";
import { isSetSupportedBy } from "./apiSets";
import { Workbook } from "./objects";
import "./charts"; // charts, page layout and column widths, used by the Sociale bijdrage sheet
import "./names"; // workbook.names: the defined name that marks the report sheet

export { StandinError, SyncLog, DEFAULT_PAYLOAD_LIMIT } from "./context";
export { LATER_MEMBERS, isSetSupportedBy } from "./apiSets";
export type { StandinOptions, SyncRecord } from "./context";
export { SheetModel, WorkbookModel } from "./model";
export type { ConditionalFormatModel, TableModel, Value } from "./model";
export { columnName, formatLocal, parseLocal } from "./address";
export type { Rect } from "./address";

/** A grid cell as a test writes it: null/undefined become empty cells. */
export type InputCell = Value | null | undefined | Date;

/** The RequestContext the adapter sees: `workbook` and `sync()`, nothing else. */
export class RequestContext {
  readonly workbook: Workbook;
  constructor(private readonly batch: Batch) {
    this.workbook = new Workbook(batch);
  }
  sync(): Promise<void> {
    return this.batch.sync();
  }
}

export interface SheetExtras {
  hiddenRows?: number[];
  merged?: string[];
  tables?: { name: string; address: string; showFilter?: boolean }[];
  numberFormats?: Record<string, string>;
  fills?: Record<string, string>;
  /** The user's own conditional formats, highest priority first. */
  conditionalFormats?: { address: string; formula?: string; fill?: string; type?: string }[];
}

export interface StandinWorkbook {
  model: WorkbookModel;
  log: SyncLog;
  /** Excel.run: the callback gets a fresh context typed as Office's own. */
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  sheet(name: string): SheetModel;
  /** The sheet's values from A1 to its last used cell, "" for empty cells. */
  values(name: string): Value[][];
  conditionalFormats(name: string): ConditionalFormatModel[];
  setActive(name: string): void;
  /** The user types into one cell (Excel parses it as typed input); onChanged handlers fire as in Excel. */
  edit(sheet: string, address: string, text: string): void;
  /** Office.context.requirements.isSetSupported as the Excel this stand-in plays answers it (StandinOptions.excelApi). */
  isSetSupported(name: string, version?: string): boolean;
  /** Waits until every event handler fired so far has finished. */
  settle(): Promise<void>;
}

function toValue(cell: InputCell): Value {
  if (cell === null || cell === undefined) return "";
  if (cell instanceof Date) return cell.getTime() / 86_400_000 + 25569;
  return cell;
}

function rectOf(address: string): Rect {
  const rect = parseLocal(address);
  if (!rect) throw new Error(`bad address ${address}`);
  return rect;
}

export function createWorkbook(
  sheets: Record<string, InputCell[][]>,
  options: StandinOptions & { extras?: Record<string, SheetExtras> } = {},
): StandinWorkbook {
  const model = new WorkbookModel();
  for (const [name, grid] of Object.entries(sheets)) {
    const sheet = new SheetModel(name);
    grid.forEach((row, r) => row.forEach((cell, c) => sheet.set(r, c, toValue(cell))));
    const extras = options.extras?.[name];
    extras?.hiddenRows?.forEach((r) => sheet.hiddenRows.add(r - 1));
    extras?.merged?.forEach((a) => sheet.merged.push(rectOf(a)));
    extras?.tables?.forEach((t) => sheet.tables.push({ name: t.name, rect: rectOf(t.address), showFilter: t.showFilter ?? true }));
    for (const [a, f] of Object.entries(extras?.numberFormats ?? {})) {
      const r = rectOf(a);
      sheet.numberFormats.set(`${r.row},${r.col}`, f);
    }
    for (const [a, f] of Object.entries(extras?.fills ?? {})) {
      const r = rectOf(a);
      sheet.fills.set(`${r.row},${r.col}`, f);
    }
    for (const cf of extras?.conditionalFormats ?? []) {
      sheet.conditionalFormats.push({ id: model.newId("CF"), rect: rectOf(cf.address), type: cf.type ?? "Custom", formula: cf.formula ?? "", fill: cf.fill ?? null, fontColor: null });
    }
    model.sheets.push(sheet);
  }
  if (model.sheets.length === 0) model.sheets.push(new SheetModel("Blad1"));
  const log = new SyncLog();
  const sheet = (name: string) => {
    const s = model.sheet(name);
    if (!s) throw new Error(`no sheet ${name}`);
    return s;
  };
  return {
    model,
    log,
    async run<T>(callback: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
      const context = new RequestContext(new Batch(model, log, options));
      return callback(context as unknown as Excel.RequestContext);
    },
    sheet,
    values(name) {
      const s = sheet(name);
      const used = s.usedRect(true);
      return used ? s.grid({ row: 0, col: 0, rows: used.row + used.rows, cols: used.col + used.cols }) : [];
    },
    conditionalFormats: (name) => sheet(name).conditionalFormats,
    setActive(name) {
      model.activeSheet = model.sheets.indexOf(sheet(name));
    },
    edit(name, address, text) {
      const s = sheet(name);
      const { row, col } = rectOf(address);
      s.typeIn(row, col, text);
      model.fireChanged(s, address);
    },
    isSetSupported: isSetSupportedBy(options.excelApi),
    async settle() {
      while (model.pendingEvents.length > 0) await model.pendingEvents.shift();
    },
  };
}
