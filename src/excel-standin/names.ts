/**
 * Workbook-scope defined names (Excel.NamedItemCollection, Excel.NamedItem), added to the stand-in's Workbook the way
 * charts.ts adds charts: PSO-toets marks its report sheet with a hidden name. Modelled on
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.nameditemcollection (add, getItem, getItemOrNullObject:
 * ExcelApi 1.4) and https://learn.microsoft.com/en-us/javascript/api/excel/excel.nameditem (name, formula [1.7],
 * visible, comment, delete [1.4]). As in Excel: names ignore case; a name that exists cannot be added again; a name
 * must start with a letter, "_" or "\" and hold no spaces, and may not look like a cell reference
 * (https://support.microsoft.com/office/define-and-use-names-in-formulas-4d0f13ac-53b7-422e-afd2-abd7ff379c64).
 */
import { columnName, parseLocal } from "./address";
import { Batch, ClientObject, Collection, StandinError } from "./context";
import { Range, Workbook } from "./objects";

type NameModel = { name: string; formula: string; visible: boolean; comment: string };

const VALID_NAME = /^[A-Za-z_\\][A-Za-z0-9_.\\?]*$/;

function checkName(name: string): void {
  if (!VALID_NAME.test(name) || name.length > 255 || parseLocal(name) !== null || /^[rc]$/i.test(name)) {
    throw new StandinError("InvalidArgument", `The name '${name}' is not valid.`);
  }
}

export class NamedItem extends ClientObject {
  constructor(batch: Batch, private readonly key: string) {
    super(batch);
  }
  private model(): NameModel | undefined {
    return this.batch.model.names.get(this.key.toLowerCase());
  }
  private must(): NameModel {
    const m = this.model();
    if (!m) throw new StandinError("ItemNotFound", "The requested resource (named item) doesn't exist.");
    return m;
  }
  protected defaultProps(): string[] {
    return ["name", "formula", "visible", "comment"];
  }
  protected readProp(name: string): unknown {
    const m = this.model();
    if (name === "isNullObject") return !m;
    if (!m) return null; // properties of a null object read as null
    if (name === "name" || name === "formula" || name === "visible" || name === "comment") return m[name];
    if (name === "type") return "Range";
    throw new StandinError("InvalidArgument", `property ${name}`);
  }
  get name(): string { return this.loaded("name"); }
  get formula(): string { return this.loaded("formula"); }
  get visible(): boolean { return this.loaded("visible"); }
  get comment(): string { return this.loaded("comment"); }
  set formula(formula: string) {
    this.write(formula.length + 10, () => (this.must().formula = formula.startsWith("=") ? formula : `=${formula}`));
  }
  set visible(visible: boolean) {
    this.write(12, () => (this.must().visible = visible));
  }
  set comment(comment: string) {
    this.write(comment.length + 10, () => (this.must().comment = comment));
  }
  delete(): void {
    this.write(10, () => {
      this.must();
      this.batch.model.names.delete(this.key.toLowerCase());
    });
  }
}

export class NamedItemCollection extends Collection<NamedItem> {
  protected build(): NamedItem[] {
    return [...this.batch.model.names.values()].map((m) => new NamedItem(this.batch, m.name));
  }
  add(name: string, reference: Range | string, comment = ""): NamedItem {
    this.batch.enqueue({
      bytes: name.length + 40,
      run: () => {
        checkName(name);
        const names = this.batch.model.names;
        if (names.has(name.toLowerCase())) throw new StandinError("ItemAlreadyExists", `The name '${name}' already exists.`);
        let formula: string;
        if (typeof reference === "string") formula = reference.startsWith("=") ? reference : `=${reference}`;
        else {
          const { sheet, rect } = reference.resolve();
          const abs = (r: number, c: number) => `$${columnName(c)}$${r + 1}`;
          const cells = rect.rows === 1 && rect.cols === 1 ? abs(rect.row, rect.col) : `${abs(rect.row, rect.col)}:${abs(rect.row + rect.rows - 1, rect.col + rect.cols - 1)}`;
          formula = `='${sheet.name.replace(/'/g, "''")}'!${cells}`;
        }
        names.set(name.toLowerCase(), { name, formula, visible: true, comment });
      },
    });
    return new NamedItem(this.batch, name);
  }
  getItem(name: string): NamedItem {
    return new NamedItem(this.batch, name);
  }
  getItemOrNullObject(name: string): NamedItem {
    return new NamedItem(this.batch, name).trackNull();
  }
}


Object.defineProperty(Workbook.prototype, "names", {
  configurable: true,
  get(this: Workbook) {
    return new NamedItemCollection((this as unknown as { batch: Batch }).batch);
  },
});
