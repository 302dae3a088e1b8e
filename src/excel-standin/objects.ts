import { formatAddress, formatLocal, intersects, parseLocal, Rect, splitAddress } from "./address";
import { Batch, ClientObject, Collection, notLoaded, StandinError } from "./context";
import { jsonBytes, utf8Length } from "../core/utf8";
import { ConditionalFormatModel, SheetModel, TableModel, Value } from "./model";

const notFound = (what: string) => new StandinError("ItemNotFound", `The requested resource (${what}) doesn't exist.`);
const invalid = (what: string) => new StandinError("InvalidArgument", `The argument is invalid or missing or has an incorrect format: ${what}`);

type SheetRef = () => SheetModel | undefined;
const mustSheet = (ref: SheetRef, what: string): SheetModel => {
  const sheet = ref();
  if (!sheet) throw notFound(what);
  return sheet;
};

/** Broadcasts a single value, or checks a 2-D array has exactly the range's shape (Office throws otherwise). */
function shaped<T>(rect: Rect, input: T | T[][], name: string): T[][] {
  if (!Array.isArray(input)) return Array.from({ length: rect.rows }, () => new Array<T>(rect.cols).fill(input));
  if (input.length !== rect.rows || input.some((row) => !Array.isArray(row) || row.length !== rect.cols)) {
    throw invalid(`${name}: the number of rows or columns in the input array doesn't match the size or dimensions of the range.`);
  }
  return input;
}

export class RangeFill extends ClientObject {
  constructor(batch: Batch, private readonly range: Range) {
    super(batch);
  }
  protected readProp(name: string): unknown {
    if (name !== "color") throw invalid(name);
    const { sheet, rect } = this.range.resolve();
    const colors = new Set<string | null>();
    for (let r = 0; r < rect.rows; r++)
      for (let c = 0; c < rect.cols; c++) colors.add(sheet.fills.get(`${rect.row + r},${rect.col + c}`) ?? null);
    return colors.size === 1 ? [...colors][0] ?? "#FFFFFF" : null;
  }
  get color(): string {
    return this.loaded("color");
  }
  set color(color: string) {
    this.write(jsonBytes(color), () => this.range.eachCell((sheet, r, c) => {
      sheet.fills.set(`${r},${c}`, color);
      sheet.writes.push({ row: r, col: c, what: "fill" });
    }));
  }
  clear(): void {
    this.write(10, () => this.range.eachCell((sheet, r, c) => {
      if (sheet.fills.delete(`${r},${c}`)) sheet.writes.push({ row: r, col: c, what: "fill" });
    }));
  }
}

export class RangeFormat {
  readonly fill: RangeFill;
  constructor(batch: Batch, range: Range) {
    this.fill = new RangeFill(batch, range);
  }
}

/** A conditional format's fill or font (only the color). */
class CfStyle {
  constructor(private readonly cf: ConditionalFormat, private readonly key: "fill" | "fontColor") {}
  get color(): string {
    return notLoaded("color");
  }
  set color(color: string) {
    this.cf.update(color.length + 2, (m) => {
      m[this.key] = color;
    });
  }
}

/**
 * A conditional format's `id` is its priority in the collection it was read from, not a stable key: "The priority of
 * the conditional format in the current ConditionalFormatCollection" (https://learn.microsoft.com/en-us/javascript/api/excel/excel.conditionalformat#excel-excel-conditionalformat-id-member).
 * So ids shift when a rule is added or deleted, and the collection of `sheet.getRange()` numbers rules differently
 * from the collection of a smaller range. An item read from a collection is addressed by that priority, as Excel
 * addresses it: delete several from the highest priority down, or the later ones hit a shifted neighbour.
 */
export class ConditionalFormat extends ClientObject {
  readonly custom: { rule: { formula: string }; format: { fill: { color: string }; font: { color: string } } };
  /** https://learn.microsoft.com/en-us/javascript/api/excel/excel.conditionalformat#excel-excel-conditionalformat-customornullobject-member */
  readonly customOrNullObject: { readonly isNullObject: boolean; rule: { readonly formula: string } };

  constructor(
    batch: Batch,
    private readonly find: () => ConditionalFormatModel | undefined,
    private readonly sheetRef: SheetRef,
    private readonly collection: () => ConditionalFormatModel[],
  ) {
    super(batch);
    const self = this;
    const fill = new CfStyle(this, "fill");
    const font = new CfStyle(this, "fontColor");
    this.custom = {
      rule: {
        get formula(): string {
          return self.loaded("custom/rule/formula");
        },
        set formula(formula: string) {
          self.update(formula.length + 2, (m) => {
            m.formula = formula;
          });
        },
      },
      format: { fill: fill as unknown as { color: string }, font: font as unknown as { color: string } },
    };
    this.customOrNullObject = {
      get isNullObject(): boolean {
        return self.loaded<string | null>("customOrNullObject/rule/formula") === null;
      },
      rule: {
        get formula(): string {
          return self.loaded("customOrNullObject/rule/formula");
        },
      },
    };
  }

  update(bytes: number, change: (m: ConditionalFormatModel) => void): void {
    this.write(bytes, () => {
      const m = this.find();
      if (!m) throw notFound("conditional format");
      change(m);
    });
  }

  protected readProp(name: string): unknown {
    const m = this.find();
    if (name === "isNullObject") return !m;
    if (!m) throw notFound("conditional format");
    if (name === "id") return String(this.collection().indexOf(m));
    if (name === "priority") return this.collection().indexOf(m);
    if (name === "type") return m.type;
    if (name === "customOrNullObject/rule/formula") return m.type === "Custom" ? m.formula : null;
    if (name === "custom/rule/formula") {
      if (m.type !== "Custom") throw new StandinError("InvalidOperation", "The conditional format is not of type custom.");
      return m.formula;
    }
    throw invalid(name);
  }
  get id(): string {
    return this.loaded("id");
  }
  get priority(): number {
    return this.loaded("priority");
  }
  get type(): string {
    return this.loaded("type");
  }
  getRange(): Range {
    return new Range(this.batch, this.sheetRef, () => {
      const m = this.find();
      if (!m) throw notFound("conditional format");
      return m.rect;
    });
  }
  delete(): void {
    this.write(20, () => {
      const sheet = mustSheet(this.sheetRef, "worksheet");
      const m = this.find();
      if (!m) throw notFound("conditional format");
      sheet.conditionalFormats.splice(sheet.conditionalFormats.indexOf(m), 1);
    });
  }
}

/**
 * The rules that apply to a range, in priority order (the sheet keeps all its rules, highest priority first). A new
 * rule goes on top, as Excel's own "New Rule" does, so adding one shifts every other rule's priority.
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.conditionalformatcollection
 */
export class ConditionalFormatCollection extends Collection<ConditionalFormat> {
  constructor(batch: Batch, private readonly range: Range) {
    super(batch);
  }
  private rules(): ConditionalFormatModel[] {
    const { sheet, rect } = this.range.resolve();
    return sheet.conditionalFormats.filter((m) => intersects(m.rect, rect));
  }
  private at(index: number): ConditionalFormat {
    return new ConditionalFormat(this.batch, () => this.rules()[index], this.range.sheetRef, () => this.rules());
  }
  protected build(): ConditionalFormat[] {
    return this.rules().map((_, i) => this.at(i));
  }
  private write(bytes: number, run: () => void): void {
    this.batch.enqueue({ bytes, run });
  }
  add(type: string): ConditionalFormat {
    if (type !== "Custom") throw invalid(`the stand-in supports only custom conditional formats, not ${type}`);
    let model: ConditionalFormatModel | undefined;
    const sheetRef = this.range.sheetRef;
    this.write(40, () => {
      const { sheet, rect } = this.range.resolve();
      model = { id: this.batch.model.newId("CF"), rect, type: "Custom", formula: "", fill: null, fontColor: null };
      sheet.conditionalFormats.unshift(model);
    });
    return new ConditionalFormat(this.batch, () => model && sheetRef()?.conditionalFormats.find((m) => m === model), sheetRef, () => this.rules());
  }
  getItem(id: string): ConditionalFormat {
    return this.at(Number(id));
  }
  getItemOrNullObject(id: string): ConditionalFormat {
    return this.getItem(id).trackNull();
  }
  clearAll(): void {
    this.write(20, () => {
      const { sheet, rect } = this.range.resolve();
      for (let i = sheet.conditionalFormats.length - 1; i >= 0; i--)
        if (intersects(sheet.conditionalFormats[i].rect, rect)) sheet.conditionalFormats.splice(i, 1);
    });
  }
}

/**
 * What Excel does to a table when a cell is written through the API, as when it is typed:
 * - a value in the blank cell directly right of the header row, or directly below the last row, makes the table grow
 *   by that column or row (AutoCorrect's "Include new rows and columns in table", on by default:
 *   https://support.microsoft.com/office/resize-a-table-by-adding-or-removing-rows-and-columns-e65ae4bb-e44b-43f4-ad8b-7d68784f1165;
 *   add-in writes trigger it too, as users of the JavaScript API report);
 * - a table header is never empty: cleared, it becomes "ColumnN" (https://learn.microsoft.com/en-us/office/dev/add-ins/excel/excel-add-ins-tables).
 */
function applyTableRules(sheet: SheetModel, row: number, col: number, autoExpand: boolean): void {
  const value = sheet.get(row, col);
  for (const t of sheet.tables) {
    const r = t.rect;
    if (!autoExpand && value !== "") continue;
    if (value !== "" && row === r.row && col === r.col + r.cols) r.cols++;
    else if (value !== "" && row === r.row + r.rows && col >= r.col && col < r.col + r.cols) r.rows++;
    else if (value === "" && row === r.row && col >= r.col && col < r.col + r.cols) sheet.set(row, col, `Column${col - r.col + 1}`);
  }
}

const CELL_PROPS = new Set(["values", "formulas", "numberFormat", "text", "valueTypes"]);

export class Range extends ClientObject {
  readonly format: RangeFormat;
  readonly conditionalFormats: ConditionalFormatCollection;

  /** `rectOf` runs at sync time, so getUsedRange() sees the sheet as it is when the batch runs; null = null object. */
  constructor(batch: Batch, readonly sheetRef: SheetRef, readonly rectOf: () => Rect | null, readonly nullable = false) {
    super(batch);
    this.format = new RangeFormat(batch, this);
    this.conditionalFormats = new ConditionalFormatCollection(batch, this);
  }

  resolve(): { sheet: SheetModel; rect: Rect } {
    const sheet = mustSheet(this.sheetRef, "worksheet");
    const rect = this.rectOf();
    if (!rect) throw notFound("range");
    return { sheet, rect };
  }

  eachCell(fn: (sheet: SheetModel, row: number, col: number, i: number, j: number) => void): void {
    const { sheet, rect } = this.resolve();
    for (let i = 0; i < rect.rows; i++) for (let j = 0; j < rect.cols; j++) fn(sheet, rect.row + i, rect.col + j, i, j);
  }

  protected defaultProps(): string[] {
    return ["address", "rowIndex", "columnIndex", "rowCount", "columnCount", "values", "formulas", "numberFormat"];
  }

  protected readProp(name: string): unknown {
    if (name === "isNullObject") return !this.rectOf() || !this.sheetRef();
    if (this.nullable && (!this.rectOf() || !this.sheetRef())) return null; // a null object's properties read as null
    const { sheet, rect } = this.resolve();
    if (CELL_PROPS.has(name) && rect.rows * rect.cols > this.batch.cellLimit) {
      // https://learn.microsoft.com/en-us/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins
      // and https://learn.microsoft.com/en-us/office/dev/add-ins/excel/excel-add-ins-ranges-large: a get of more
      // than 5,000,000 cells fails, on every platform, whatever its size in bytes.
      throw new StandinError("GeneralException", `Reading ${name} of ${rect.rows * rect.cols} cells exceeds the limit of ${this.batch.cellLimit} cells per request.`);
    }
    switch (name) {
      case "address":
        return formatAddress(sheet.name, rect);
      case "addressLocal":
        return formatAddress(sheet.name, rect);
      case "rowIndex":
        return rect.row;
      case "columnIndex":
        return rect.col;
      case "rowCount":
        return rect.rows;
      case "columnCount":
        return rect.cols;
      case "cellCount":
        return rect.rows * rect.cols;
      case "values":
        return sheet.grid(rect);
      case "formulas":
        return sheet.grid(rect).map((row, i) => row.map((v, j) => sheet.formulas.get(`${rect.row + i},${rect.col + j}`) ?? v));
      case "numberFormat":
        return sheet.grid(rect).map((row, i) => row.map((_, j) => sheet.numberFormats.get(`${rect.row + i},${rect.col + j}`) ?? "General"));
      case "rowHidden":
      case "columnHidden": {
        const hidden = name === "rowHidden" ? sheet.hiddenRows : sheet.hiddenColumns;
        const [start, count] = name === "rowHidden" ? [rect.row, rect.rows] : [rect.col, rect.cols];
        let n = 0;
        for (const i of hidden) if (i >= start && i < start + count) n++;
        return n === 0 ? false : n === count ? true : null;
      }
      default:
        throw invalid(`property ${name}`);
    }
  }

  get address(): string { return this.loaded("address"); }
  get addressLocal(): string { return this.loaded("addressLocal"); }
  get rowIndex(): number { return this.loaded("rowIndex"); }
  get columnIndex(): number { return this.loaded("columnIndex"); }
  get rowCount(): number { return this.loaded("rowCount"); }
  get columnCount(): number { return this.loaded("columnCount"); }
  get cellCount(): number { return this.loaded("cellCount"); }
  get rowHidden(): boolean { return this.loaded("rowHidden"); }
  get columnHidden(): boolean { return this.loaded("columnHidden"); }

  get values(): Value[][] {
    return this.loaded("values");
  }
  set values(input: Value[][]) {
    this.write(jsonBytes(input), () => {
      const { rect } = this.resolve();
      const grid = shaped(rect, input as Value | Value[][], "values");
      this.eachCell((sheet, r, c, i, j) => {
        const v = grid[i][j];
        if (v === null || v === undefined) return; // null leaves a cell as it is, as in Office
        sheet.writes.push({ row: r, col: c, what: "value" });
        if (typeof v !== "string") sheet.set(r, c, v);
        else sheet.typeIn(r, c, v);
        applyTableRules(sheet, r, c, this.batch.options.autoExpandTables ?? true);
      });
    });
  }

  get formulas(): Value[][] {
    return this.loaded("formulas");
  }
  /** The stand-in stores formulas but does not calculate them: the cell's value is the formula text. */
  set formulas(input: Value[][]) {
    this.write(jsonBytes(input), () => {
      const grid = shaped(this.resolve().rect, input as Value | Value[][], "formulas");
      this.eachCell((sheet, r, c, i, j) => {
        const v = grid[i][j];
        if (v === null || v === undefined) return;
        sheet.set(r, c, v);
        if (typeof v === "string" && v.startsWith("=")) sheet.formulas.set(`${r},${c}`, v);
        sheet.writes.push({ row: r, col: c, what: "formula" });
      });
    });
  }

  get numberFormat(): string[][] {
    return this.loaded("numberFormat");
  }
  set numberFormat(input: string[][]) {
    this.write(jsonBytes(input), () => {
      const grid = shaped(this.resolve().rect, input as string | string[][], "numberFormat");
      this.eachCell((sheet, r, c, i, j) => {
        const f = grid[i][j];
        if (f === null || f === undefined) return;
        if (f === "General") sheet.numberFormats.delete(`${r},${c}`);
        else sheet.numberFormats.set(`${r},${c}`, f);
        sheet.writes.push({ row: r, col: c, what: "numberFormat" });
      });
    });
  }

  /** applyTo: "All" | "Contents" | "Formats" (Excel.ClearApplyTo). */
  clear(applyTo: "All" | "Contents" | "Formats" = "All"): void {
    this.write(20, () =>
      this.eachCell((sheet, r, c) => {
        const key = `${r},${c}`;
        if (applyTo !== "Formats") {
          sheet.set(r, c, "");
          applyTableRules(sheet, r, c, this.batch.options.autoExpandTables ?? true);
        }
        if (applyTo !== "Contents") {
          sheet.numberFormats.delete(key);
          sheet.fills.delete(key);
        }
        sheet.writes.push({ row: r, col: c, what: "clear" });
      }),
    );
  }

  select(): void {
    this.write(20, () => {
      const { sheet, rect } = this.resolve();
      const model = this.batch.model;
      model.activeSheet = model.sheets.indexOf(sheet);
      model.selection = { sheet: sheet.name, address: formatLocal(rect) };
    });
  }

  getCell(row: number, column: number): Range {
    return new Range(this.batch, this.sheetRef, () => {
      const rect = this.rectOf();
      return rect && { row: rect.row + row, col: rect.col + column, rows: 1, cols: 1 };
    });
  }

  /**
   * The cells both ranges cover, or a null object when they do not meet:
   * https://learn.microsoft.com/en-us/javascript/api/excel/excel.range#excel-excel-range-getintersectionornullobject-member(1)
   */
  getIntersectionOrNullObject(other: Range): Range {
    return new Range(this.batch, this.sheetRef, () => {
      const a = this.rectOf();
      const b = other.rectOf();
      if (!a || !b || other.sheetRef() !== this.sheetRef()) return null;
      const row = Math.max(a.row, b.row), col = Math.max(a.col, b.col);
      const rows = Math.min(a.row + a.rows, b.row + b.rows) - row, cols = Math.min(a.col + a.cols, b.col + b.cols) - col;
      return rows > 0 && cols > 0 ? { row, col, rows, cols } : null;
    }, true).trackNull();
  }

  getTables(_fullyContained = false): TableScopedCollection {
    this.batch.requireApi("Range.getTables");
    return new TableScopedCollection(this.batch, this);
  }

  getMergedAreasOrNullObject(): MergedAreas {
    this.batch.requireApi("Range.getMergedAreasOrNullObject");
    return new MergedAreas(this.batch, this).trackNull();
  }
}

/** The merged areas inside a range: only `areaCount` and `address` (comma-separated, like RangeAreas). */
export class MergedAreas extends ClientObject {
  constructor(batch: Batch, private readonly range: Range) {
    super(batch);
  }
  protected readProp(name: string): unknown {
    const { sheet, rect } = this.range.resolve();
    const areas = sheet.merged.filter((m) => intersects(m, rect));
    if (name === "isNullObject") return areas.length === 0;
    if (name === "areaCount") return areas.length;
    if (name === "address") return areas.map((m) => formatAddress(sheet.name, m)).join(",");
    throw invalid(name);
  }
  get areaCount(): number { return this.loaded("areaCount"); }
  get address(): string { return this.loaded("address"); }
}

export class Table extends ClientObject {
  constructor(batch: Batch, private readonly find: () => { sheet: SheetModel; table: TableModel } | undefined) {
    super(batch);
  }
  protected readProp(name: string): unknown {
    const hit = this.find();
    if (name === "isNullObject") return !hit;
    if (!hit) throw notFound("table");
    if (name === "name") return hit.table.name;
    if (name === "showFilter") return hit.table.showFilter;
    throw invalid(name);
  }
  get name(): string { return this.loaded("name"); }
  get showFilter(): boolean { return this.loaded("showFilter"); }
  getRange(): Range {
    return new Range(this.batch, () => this.find()?.sheet, () => this.find()?.table.rect ?? null);
  }
  getHeaderRowRange(): Range {
    return new Range(this.batch, () => this.find()?.sheet, () => {
      const rect = this.find()?.table.rect;
      return rect ? { ...rect, rows: 1 } : null;
    });
  }
  /**
   * ExcelApi 1.13: the new range must overlap the table and keep its header row where it is.
   * https://learn.microsoft.com/en-us/javascript/api/excel/excel.table#excel-excel-table-resize-member(1)
   */
  resize(address: string): void {
    this.batch.requireApi("Table.resize");
    this.write(address.length + 10, () => {
      const hit = this.find();
      if (!hit) throw notFound("table");
      const rect = parseLocal(splitAddress(address).local);
      if (!rect || rect.row !== hit.table.rect.row || !intersects(rect, hit.table.rect)) throw invalid(`table resize to ${address}`);
      hit.table.rect = rect;
    });
  }
}

/** Range.getTables (ExcelApi 1.9): the tables that overlap a range; only getFirstOrNullObject is modelled. */
export class TableScopedCollection {
  constructor(private readonly batch: Batch, private readonly range: Range) {}
  getFirstOrNullObject(): Table {
    return new Table(this.batch, () => {
      const { sheet, rect } = this.range.resolve();
      const table = sheet.tables.find((t) => intersects(t.rect, rect));
      return table && { sheet, table };
    }).trackNull();
  }
}

export class TableCollection extends Collection<Table> {
  constructor(batch: Batch, private readonly sheetRef: SheetRef) {
    super(batch);
  }
  protected build(): Table[] {
    const sheet = mustSheet(this.sheetRef, "worksheet");
    return sheet.tables.map((t) => new Table(this.batch, () => (sheet.tables.includes(t) ? { sheet, table: t } : undefined)));
  }
}

export class Worksheet extends ClientObject {
  readonly tables: TableCollection;
  constructor(batch: Batch, readonly sheetRef: SheetRef, readonly nullable = false) {
    super(batch);
    this.tables = new TableCollection(batch, sheetRef);
  }
  protected defaultProps(): string[] {
    return ["name", "position", "visibility"];
  }
  protected readProp(name: string): unknown {
    const sheet = this.sheetRef();
    if (name === "isNullObject") return !sheet;
    if (!sheet && this.nullable) return null;
    if (!sheet) throw notFound("worksheet");
    if (name === "name") return sheet.name;
    if (name === "id") return sheet.id;
    if (name === "position") return this.batch.model.sheets.indexOf(sheet);
    if (name === "visibility") return sheet.visibility;
    throw invalid(name);
  }
  get name(): string { return this.loaded("name"); }
  get position(): number { return this.loaded("position"); }
  get visibility(): string { return this.loaded("visibility"); }

  /**
   * The sheet behind a method called on this proxy. A null object (getItemOrNullObject on a missing sheet) carries
   * nothing to navigate from: only isNullObject may be read, and a method chained on it fails the batch. Check
   * isNullObject after a sync before going further.
   * https://learn.microsoft.com/en-us/office/dev/add-ins/develop/application-specific-api-model#ornullobject-methods-and-properties
   */
  private sheetOrThrow(): SheetModel {
    const sheet = this.sheetRef();
    if (!sheet && this.nullable) throw new StandinError("ItemNotFound", "A method was called on a null object (the worksheet does not exist); check isNullObject first.");
    return mustSheet(this.sheetRef, "worksheet");
  }
  /** https://learn.microsoft.com/en-us/javascript/api/excel/excel.worksheet#excel-excel-worksheet-onchanged-member */
  get onChanged(): { add(handler: (event: unknown) => unknown): { remove(): void } } {
    return {
      add: (handler) => {
        let sheet: SheetModel | undefined;
        this.write(10, () => {
          sheet = this.sheetOrThrow();
          sheet.changeHandlers.push(handler);
        });
        return {
          remove: () =>
            this.write(10, () => {
              if (sheet) sheet.changeHandlers.splice(sheet.changeHandlers.indexOf(handler), 1);
            }),
        };
      },
    };
  }
  getRange(address?: string): Range {
    const local = address === undefined ? null : splitAddress(address).local;
    const rect = local === null ? { row: 0, col: 0, rows: 1_048_576, cols: 16_384 } : parseLocal(local);
    if (!rect) throw invalid(`address ${address}`);
    return new Range(this.batch, this.sheetRef, () => (this.sheetOrThrow(), rect));
  }
  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): Range {
    if (startRow < 0 || startColumn < 0 || rowCount < 1 || columnCount < 1) throw invalid("getRangeByIndexes");
    return new Range(this.batch, this.sheetRef, () => (this.sheetOrThrow(), { row: startRow, col: startColumn, rows: rowCount, cols: columnCount }));
  }
  /** Like Excel: an empty sheet's used range is A1. */
  getUsedRange(valuesOnly = false): Range {
    return new Range(this.batch, this.sheetRef, () => this.sheetOrThrow().usedRect(valuesOnly) ?? { row: 0, col: 0, rows: 1, cols: 1 });
  }
  getUsedRangeOrNullObject(valuesOnly = false): Range {
    return new Range(this.batch, this.sheetRef, () => this.sheetOrThrow().usedRect(valuesOnly), true).trackNull();
  }
  activate(): void {
    this.write(10, () => {
      this.batch.model.activeSheet = this.batch.model.sheets.indexOf(mustSheet(this.sheetRef, "worksheet"));
    });
  }
  delete(): void {
    this.write(10, () => {
      const model = this.batch.model;
      const sheet = mustSheet(this.sheetRef, "worksheet");
      if (model.sheets.length === 1) throw invalid("a workbook must keep at least one sheet");
      const active = model.sheets[model.activeSheet];
      model.sheets.splice(model.sheets.indexOf(sheet), 1);
      model.activeSheet = Math.max(0, model.sheets.indexOf(active));
    });
  }
}

export class WorksheetCollection extends Collection<Worksheet> {
  protected build(): Worksheet[] {
    const model = this.batch.model;
    return model.sheets.map((s) => new Worksheet(this.batch, () => (model.sheets.includes(s) ? s : undefined)));
  }
  private write(bytes: number, run: () => void): void {
    this.batch.enqueue({ bytes, run });
  }
  private byName(name: string): SheetRef {
    return () => this.batch.model.sheet(name);
  }
  getItem(name: string): Worksheet {
    return new Worksheet(this.batch, this.byName(name));
  }
  getItemOrNullObject(name: string): Worksheet {
    return new Worksheet(this.batch, this.byName(name), true).trackNull();
  }
  getActiveWorksheet(): Worksheet {
    let pinned: SheetModel | undefined;
    return new Worksheet(this.batch, () => {
      const model = this.batch.model;
      pinned ??= model.sheets[model.activeSheet];
      return pinned && model.sheets.includes(pinned) ? pinned : undefined;
    });
  }
  add(name: string): Worksheet {
    this.write(name.length + 10, () => {
      const model = this.batch.model;
      if (model.sheet(name)) throw new StandinError("ItemAlreadyExists", `A worksheet named '${name}' already exists.`);
      model.sheets.push(new SheetModel(name));
    });
    return new Worksheet(this.batch, this.byName(name));
  }
}

export class Setting extends ClientObject {
  constructor(batch: Batch, readonly key: string) {
    super(batch);
  }
  protected readProp(name: string): unknown {
    const has = this.batch.model.settings.has(this.key);
    if (name === "isNullObject") return !has;
    if (!has) return null; // a missing setting reads as a null object
    if (name === "value") return this.batch.model.settings.get(this.key);
    if (name === "key") return this.key;
    throw invalid(name);
  }
  get value(): unknown { return this.loaded("value"); }
  delete(): void {
    this.write(this.key.length, () => {
      this.batch.model.settings.delete(this.key);
    });
  }
}

/** Workbook settings (Excel.SettingCollection): JSON values stored in the file. */
export class SettingCollection extends ClientObject {
  protected readProp(name: string): unknown {
    throw invalid(name);
  }
  add(key: string, value: unknown): Setting {
    const copy = JSON.parse(JSON.stringify(value));
    this.write(utf8Length(key) + jsonBytes(value), () => {
      this.batch.model.settings.set(key, copy);
    });
    return new Setting(this.batch, key);
  }
  getItem(key: string): Setting {
    return new Setting(this.batch, key);
  }
  getItemOrNullObject(key: string): Setting {
    return new Setting(this.batch, key).trackNull();
  }
}

/** Excel.Application: only the recalculation the add-in asks for after a policy change. */
export class Application {
  constructor(private readonly batch: Batch) {}
  calculate(_type: string): void {
    this.batch.enqueue({ bytes: 16, run: () => {
      this.batch.model.calculations++;
      return 0;
    } });
  }
}

export class Workbook {
  readonly worksheets: WorksheetCollection;
  readonly settings: SettingCollection;
  readonly application: Application;
  constructor(private readonly batch: Batch) {
    this.worksheets = new WorksheetCollection(batch);
    this.settings = new SettingCollection(batch);
    this.application = new Application(batch);
  }
  getSelectedRange(): Range {
    const model = this.batch.model;
    return new Range(this.batch, () => (model.selection ? model.sheet(model.selection.sheet) : model.sheets[model.activeSheet]), () =>
      parseLocal(model.selection?.address ?? "A1"),
    );
  }
}

