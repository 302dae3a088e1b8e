/**
 * Charts, page layout, bold fonts and column widths for the stand-in, added to its Worksheet and RangeFormat
 * prototypes so objects.ts stays as it is. Import this module once (side effect) before using those APIs.
 */
import { formatLocal, parseLocal, Rect } from "./address";
import { Batch, ClientObject, Collection, notLoaded, StandinError } from "./context";
import { SheetModel } from "./model";
import { Range, RangeFormat, Worksheet } from "./objects";

export interface ChartModel {
  name: string;
  type: string;
  seriesBy: string;
  /** The source range, e.g. "A29:C31". */
  source: string;
  title: string;
  position: { start: string; end: string } | null;
}

export interface PageLayoutModel {
  orientation: string | null;
  paperSize: string | null;
  printTitleRows: string | null;
  printArea?: string;
  /** Margins in points. */
  margins?: { left?: number; right?: number; top?: number; bottom?: number };
  footer?: { left?: string; center?: string; right?: string };
  zoom: { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number } | null;
  /** Manual horizontal page breaks: the 0-based rows that start a new page. */
  pageBreaks?: number[];
}

interface SheetExtrasModel {
  charts: ChartModel[];
  pageLayout: PageLayoutModel;
  bold: Set<string>;
  columnWidths: Map<number, number>;
  /** Font colours set per cell ("r,c"). */
  fontColors: Map<string, string>;
  /** Rectangles given wrapText true (later ones win where they overlap). */
  wrapped: { rect: Rect; wrap: boolean }[];
}

const extras = new WeakMap<SheetModel, SheetExtrasModel>();

/** What the add-in did to a stand-in sheet beyond values and formats. */
export function sheetExtras(sheet: SheetModel): SheetExtrasModel {
  let e = extras.get(sheet);
  if (!e) {
    e = { charts: [], pageLayout: { orientation: null, paperSize: null, printTitleRows: null, zoom: null }, bold: new Set(), columnWidths: new Map(), fontColors: new Map(), wrapped: [] };
    extras.set(sheet, e);
  }
  return e;
}

type SheetRef = () => SheetModel | undefined;
const mustSheet = (ref: SheetRef): SheetModel => {
  const sheet = ref();
  if (!sheet) throw new StandinError("ItemNotFound", "The requested resource (worksheet) doesn't exist.");
  return sheet;
};

export class Chart extends ClientObject {
  readonly title: { text: string };
  constructor(batch: Batch, private readonly find: () => ChartModel | undefined, private readonly sheetRef: SheetRef) {
    super(batch);
    const self = this;
    this.title = {
      get text(): string {
        return self.loaded("title");
      },
      set text(text: string) {
        self.change(text.length, (m) => (m.title = text));
      },
    };
  }
  private change(bytes: number, fn: (m: ChartModel) => void): void {
    this.write(bytes + 10, () => {
      const m = this.find();
      if (!m) throw new StandinError("ItemNotFound", "The requested resource (chart) doesn't exist.");
      fn(m);
    });
  }
  protected readProp(name: string): unknown {
    const m = this.find();
    if (name === "isNullObject") return !m;
    if (!m) throw new StandinError("ItemNotFound", "The requested resource (chart) doesn't exist.");
    if (name === "name") return m.name;
    if (name === "title") return m.title;
    throw new StandinError("InvalidArgument", `property ${name}`);
  }
  get name(): string {
    return this.loaded("name");
  }
  set name(name: string) {
    this.change(name.length, (m) => (m.name = name));
  }
  setPosition(start: string | Range, end?: string | Range): void {
    const text = (r: string | Range | undefined) => (typeof r === "string" ? r : r === undefined ? "" : "(range)");
    this.change(20, (m) => (m.position = { start: text(start), end: text(end) }));
  }
  delete(): void {
    this.write(10, () => {
      const list = sheetExtras(mustSheet(this.sheetRef)).charts;
      const m = this.find();
      if (!m) throw new StandinError("ItemNotFound", "The requested resource (chart) doesn't exist.");
      list.splice(list.indexOf(m), 1);
    });
  }
}

export class ChartCollection extends Collection<Chart> {
  constructor(batch: Batch, private readonly sheetRef: SheetRef) {
    super(batch);
  }
  protected build(): Chart[] {
    const list = sheetExtras(mustSheet(this.sheetRef)).charts;
    return list.map((m) => new Chart(this.batch, () => (list.includes(m) ? m : undefined), this.sheetRef));
  }
  add(type: string, sourceData: Range, seriesBy = "Auto"): Chart {
    let model: ChartModel | undefined;
    this.batch.enqueue({
      bytes: 60,
      run: () => {
        const { sheet, rect } = sourceData.resolve();
        if (sheet !== mustSheet(this.sheetRef)) throw new StandinError("InvalidArgument", "chart source on another sheet");
        model = { name: `Chart ${sheetExtras(sheet).charts.length + 1}`, type, seriesBy, source: formatLocal(rect), title: "", position: null };
        sheetExtras(sheet).charts.push(model);
      },
    });
    return new Chart(this.batch, () => model, this.sheetRef);
  }
}

class PageLayout {
  constructor(private readonly batch: Batch, private readonly sheetRef: SheetRef) {}
  private set(bytes: number, fn: (p: PageLayoutModel) => void): void {
    this.batch.enqueue({ bytes: bytes + 10, run: () => fn(sheetExtras(mustSheet(this.sheetRef)).pageLayout) });
  }
  get orientation(): string {
    return notLoaded("orientation");
  }
  get paperSize(): string {
    return notLoaded("paperSize");
  }
  get zoom(): PageLayoutModel["zoom"] {
    return notLoaded("zoom");
  }
  set orientation(value: string) {
    this.set(value.length, (p) => (p.orientation = value));
  }
  set paperSize(value: string) {
    this.set(value.length, (p) => (p.paperSize = value));
  }
  set zoom(value: PageLayoutModel["zoom"]) {
    this.set(40, (p) => (p.zoom = value));
  }
  setPrintTitleRows(rows: string): void {
    this.set(rows.length, (p) => (p.printTitleRows = rows));
  }
  setPrintArea(area: string): void {
    this.batch.requireApi("PageLayout.setPrintArea");
    this.set(area.length, (p) => (p.printArea = area));
  }
  private margin(side: "left" | "right" | "top" | "bottom", points: number): void {
    this.batch.requireApi(`PageLayout.${side}Margin`);
    this.set(12, (p) => (p.margins = { ...p.margins, [side]: points }));
  }
  set leftMargin(points: number) {
    this.margin("left", points);
  }
  set rightMargin(points: number) {
    this.margin("right", points);
  }
  set topMargin(points: number) {
    this.margin("top", points);
  }
  set bottomMargin(points: number) {
    this.margin("bottom", points);
  }
  get leftMargin(): number {
    return notLoaded("leftMargin");
  }
  get rightMargin(): number {
    return notLoaded("rightMargin");
  }
  get topMargin(): number {
    return notLoaded("topMargin");
  }
  get bottomMargin(): number {
    return notLoaded("bottomMargin");
  }
  /** headersFooters.defaultForAllPages: the footer texts, in Excel's header/footer codes. */
  get headersFooters(): { defaultForAllPages: { leftFooter: string; centerFooter: string; rightFooter: string } } {
    this.batch.requireApi("PageLayout.headersFooters");
    const footer = (key: "left" | "center" | "right") => ({
      get: () => notLoaded(`${key}Footer`),
      set: (text: string) => this.set(text.length, (p) => (p.footer = { ...p.footer, [key]: text })),
    });
    const page = {};
    for (const key of ["left", "center", "right"] as const) Object.defineProperty(page, `${key}Footer`, { ...footer(key), enumerable: true });
    return { defaultForAllPages: page as { leftFooter: string; centerFooter: string; rightFooter: string } };
  }
}

type Internals = { batch: Batch; sheetRef: SheetRef };

Object.defineProperty(Worksheet.prototype, "charts", {
  configurable: true,
  get(this: Worksheet & Internals) {
    return new ChartCollection(this.batch, this.sheetRef);
  },
});
Object.defineProperty(Worksheet.prototype, "pageLayout", {
  configurable: true,
  get(this: Worksheet & Internals) {
    this.batch.requireApi("Worksheet.pageLayout");
    return new PageLayout(this.batch, this.sheetRef);
  },
});

/**
 * Worksheet.horizontalPageBreaks (ExcelApi 1.9): https://learn.microsoft.com/en-us/javascript/api/excel/excel.pagebreakcollection
 * add(pageBreakRange) puts a break above the range's top-left cell; removePageBreaks() removes every manual break.
 */
Object.defineProperty(Worksheet.prototype, "horizontalPageBreaks", {
  configurable: true,
  get(this: Worksheet & Internals) {
    this.batch.requireApi("Worksheet.horizontalPageBreaks");
    const batch = this.batch;
    const sheetRef = this.sheetRef;
    const layout = () => sheetExtras(mustSheet(sheetRef)).pageLayout;
    return {
      add(range: string | Range): void {
        batch.enqueue({
          bytes: 20,
          run: () => {
            const rect = typeof range === "string" ? parseLocal(range) : range.resolve().rect;
            if (!rect) throw new StandinError("InvalidArgument", `pageBreakRange ${String(range)}`);
            const page = layout();
            page.pageBreaks = [...new Set([...(page.pageBreaks ?? []), rect.row])].sort((a, b) => a - b);
          },
        });
      },
      removePageBreaks(): void {
        batch.enqueue({ bytes: 10, run: () => void (layout().pageBreaks = []) });
      },
    };
  },
});

/** RangeFill keeps its range and batch privately; the format reaches them through it. */
type FillInternals = { range: Range; batch: Batch };
const rangeOf = (format: RangeFormat): Range => (format.fill as unknown as FillInternals).range;
const batchOf = (format: RangeFormat): Batch => (format.fill as unknown as FillInternals).batch;

Object.defineProperty(RangeFormat.prototype, "font", {
  configurable: true,
  get(this: RangeFormat) {
    const range = rangeOf(this);
    const batch = batchOf(this);
    return {
      get bold(): boolean {
        return notLoaded("bold");
      },
      get color(): string {
        return notLoaded("color");
      },
      set color(color: string) {
        batch.enqueue({ bytes: color.length + 10, run: () => range.eachCell((sheet, r, c) => sheetExtras(sheet).fontColors.set(`${r},${c}`, color)) });
      },
      set bold(bold: boolean) {
        batch.enqueue({
          bytes: 12,
          run: () =>
            range.eachCell((sheet, r, c) => {
              if (bold) sheetExtras(sheet).bold.add(`${r},${c}`);
              else sheetExtras(sheet).bold.delete(`${r},${c}`);
            }),
        });
      },
    };
  },
});
Object.defineProperty(RangeFormat.prototype, "columnWidth", {
  configurable: true,
  get: () => notLoaded("columnWidth"),
  set(this: RangeFormat, width: number) {
    const range = rangeOf(this);
    batchOf(this).enqueue({
      bytes: 12,
      run: () => {
        const { sheet, rect } = range.resolve();
        for (let c = rect.col; c < rect.col + rect.cols; c++) sheetExtras(sheet).columnWidths.set(c, width);
      },
    });
  },
});

Object.defineProperty(RangeFormat.prototype, "wrapText", {
  configurable: true,
  get: () => notLoaded("wrapText"),
  set(this: RangeFormat, wrap: boolean) {
    const range = rangeOf(this);
    batchOf(this).enqueue({
      bytes: 14,
      run: () => {
        const { sheet, rect } = range.resolve();
        sheetExtras(sheet).wrapped.push({ rect, wrap });
      },
    });
  },
});

/** Whether a cell (0-based) wraps its text on a stand-in sheet. */
export function wrapsText(sheet: SheetModel, row: number, col: number): boolean {
  let wraps = false;
  for (const { rect, wrap } of sheetExtras(sheet).wrapped) {
    if (row >= rect.row && row < rect.row + rect.rows && col >= rect.col && col < rect.col + rect.cols) wraps = wrap;
  }
  return wraps;
}

/** For tests: the rectangle of an A1 address. */
export function rectOf(address: string): Rect | null {
  return parseLocal(address);
}
