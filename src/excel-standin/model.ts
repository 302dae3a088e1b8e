import { Rect } from "./address";
import { coerceTyped, type Value } from "./coerce";

/** A cell value as Office.js hands it over: "" for an empty cell (defined beside its coercion, which model.ts uses). */
export type { Value };

export interface ConditionalFormatModel {
  /** The stand-in's own key for a rule; the add-in never sees it (its `id` is the rule's priority). */
  id: string;
  rect: Rect;
  /** "Custom" for the add-in's rules; a user's own rules may be of any type ("DataBar", "CellValue"...). */
  type: string;
  formula: string;
  fill: string | null;
  fontColor: string | null;
}

export interface TableModel {
  name: string;
  /** Grows as Excel grows a table (a value written beside or below it) and changes with Table.resize. */
  rect: Rect;
  showFilter: boolean;
}

/** What Excel passes to a Worksheet.onChanged handler (the part the add-in reads). */
export interface ChangedEvent {
  type: "WorksheetChanged";
  worksheetId: string;
  address: string;
  changeType: "RangeEdited";
  source: "Local";
}

let nextSheetId = 1;

/** One worksheet's state: sparse cells, so a 100,000-row sheet costs only what it holds. */
export class SheetModel {
  /** Excel's worksheet id: stable while the sheet lives, whatever its name or position. */
  readonly id = `{sheet-${nextSheetId++}}`;
  /** Worksheet.onChanged handlers the add-in registered. */
  readonly changeHandlers: ((event: ChangedEvent) => unknown)[] = [];
  readonly values = new Map<number, Map<number, Value>>();
  readonly formulas = new Map<string, string>();
  readonly numberFormats = new Map<string, string>();
  readonly fills = new Map<string, string>();
  readonly hiddenRows = new Set<number>();
  readonly hiddenColumns = new Set<number>();
  readonly merged: Rect[] = [];
  readonly conditionalFormats: ConditionalFormatModel[] = [];
  readonly tables: TableModel[] = [];
  /** Every cell write in order, so a test can prove which cells the add-in touched. */
  readonly writes: { row: number; col: number; what: "value" | "formula" | "numberFormat" | "fill" | "clear" }[] = [];

  constructor(public name: string, public visibility: "Visible" | "Hidden" = "Visible") {}

  get(row: number, col: number): Value {
    return this.values.get(row)?.get(col) ?? "";
  }

  set(row: number, col: number, value: Value): void {
    let line = this.values.get(row);
    if (value === "" || value === null || value === undefined) {
      line?.delete(col);
      if (line && line.size === 0) this.values.delete(row);
    } else {
      if (!line) this.values.set(row, (line = new Map()));
      line.set(col, value);
    }
    this.formulas.delete(`${row},${col}`);
  }

  /** Stores a string as Excel stores typed input (see coerce.ts): a formula, a number, a date or the text itself. */
  typeIn(row: number, col: number, text: string): void {
    const key = `${row},${col}`;
    const stored = coerceTyped(text, this.numberFormats.get(key));
    if (stored.kind === "formula") {
      // The stand-in does not calculate: the cell shows the formula text, and `formulas` knows it is one.
      this.set(row, col, stored.formula);
      this.formulas.set(key, stored.formula);
      return;
    }
    this.set(row, col, stored.value);
    if (stored.numberFormat && !this.numberFormats.has(key)) this.numberFormats.set(key, stored.numberFormat);
  }

  /** The bounding box of non-empty values (Excel's getUsedRange(true)), or null for an empty sheet. */
  usedRect(valuesOnly: boolean): Rect | null {
    let r0 = Infinity, r1 = -1, c0 = Infinity, c1 = -1;
    const take = (r: number, c: number) => {
      r0 = Math.min(r0, r); r1 = Math.max(r1, r); c0 = Math.min(c0, c); c1 = Math.max(c1, c);
    };
    for (const [r, line] of this.values) for (const c of line.keys()) take(r, c);
    if (!valuesOnly) {
      for (const key of [...this.numberFormats.keys(), ...this.fills.keys()]) {
        const [r, c] = key.split(",").map(Number);
        take(r, c);
      }
    }
    return r1 < 0 ? null : { row: r0, col: c0, rows: r1 - r0 + 1, cols: c1 - c0 + 1 };
  }

  /** A plain grid of the values in a rectangle. */
  grid(rect: Rect): Value[][] {
    const out: Value[][] = [];
    for (let r = 0; r < rect.rows; r++) {
      const line = this.values.get(rect.row + r);
      const row = new Array<Value>(rect.cols);
      for (let c = 0; c < rect.cols; c++) row[c] = line?.get(rect.col + c) ?? "";
      out.push(row);
    }
    return out;
  }
}

export class WorkbookModel {
  readonly sheets: SheetModel[] = [];
  activeSheet = 0;
  selection: { sheet: string; address: string } | null = null;
  readonly settings = new Map<string, unknown>();
  /** Workbook-scope defined names (names.ts), keyed by the name in lower case: Excel's names ignore case. */
  readonly names = new Map<string, { name: string; formula: string; visible: boolean; comment: string }>();
  /** How often the add-in asked for a recalculation (Application.calculate). */
  calculations = 0;
  /** Event handlers still running (their promises), so a test can wait for them. */
  readonly pendingEvents: Promise<unknown>[] = [];
  private nextId = 1;

  newId(prefix: string): string {
    return `{${prefix}-${this.nextId++}}`;
  }

  /**
   * Worksheet.onChanged fires after a change is made, by the user or by an add-in, asynchronously:
   * https://learn.microsoft.com/en-us/office/dev/add-ins/excel/excel-add-ins-worksheets#detect-changes-within-a-worksheet
   */
  fireChanged(sheet: SheetModel, address: string): void {
    for (const handler of [...sheet.changeHandlers]) {
      const event: ChangedEvent = { type: "WorksheetChanged", worksheetId: sheet.id, address, changeType: "RangeEdited", source: "Local" };
      this.pendingEvents.push(new Promise((resolve) => setTimeout(resolve, 0)).then(() => handler(event)));
    }
  }

  sheet(name: string): SheetModel | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }
}
