import { Rect } from "./address";

/** A cell value as Office.js hands it over: "" for an empty cell. */
export type Value = string | number | boolean;

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
  rect: Rect;
  showFilter: boolean;
}

/** One worksheet's state: sparse cells, so a 100,000-row sheet costs only what it holds. */
export class SheetModel {
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
  /** How often the add-in asked for a recalculation (Application.calculate). */
  calculations = 0;
  private nextId = 1;

  newId(prefix: string): string {
    return `{${prefix}-${this.nextId++}}`;
  }

  sheet(name: string): SheetModel | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }
}
