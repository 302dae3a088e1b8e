/**
 * What the grid shows beyond stored values: PSO.* formulas recalculated against the registered custom functions
 * (results spill like Excel's dynamic arrays) and conditional formats evaluated per cell.
 */
import { columnName } from "../excel-standin";
import type { SheetModel, StandinWorkbook, Value } from "../excel-standin";
import { workbenchMessages } from "./messages";
import type { CustomFunctionsStandIn } from "./customFunctions";
import { CustomFunctionShape, evaluate, EvalContext, FormulaError, parseFormula, Result, Scalar } from "./formula";

/** How Excel passes each function its arguments, read from functions.json (by full name, "PSO.STATUS"). */
export type FunctionShapes = Map<string, Pick<CustomFunctionShape, "matrix" | "acceptsErrors">>;

interface FunctionsJson {
  allowErrorForDataTypeAny?: boolean;
  functions: { id: string; parameters: { dimensionality?: string; type?: string }[] }[];
}

export function shapesFrom(metadata: FunctionsJson, namespace = "PSO"): FunctionShapes {
  const errorsIn = metadata.allowErrorForDataTypeAny === true;
  return new Map(
    metadata.functions.map((f) => [
      `${namespace}.${f.id}`.toUpperCase(),
      {
        matrix: f.parameters.map((p) => p.dimensionality === "matrix"),
        // The flag covers parameters of type any only (custom-functions-json, "allowErrorForDataTypeAny").
        acceptsErrors: f.parameters.map((p) => errorsIn && (p.type ?? "any") === "any"),
      },
    ]),
  );
}

/** The error values Office hands over as cell values (in English whatever Excel's language). */
const ERROR_VALUES = new Set([
  "#N/A", "#VALUE!", "#DIV/0!", "#NUM!", "#NULL!", "#NAME?", "#REF!", "#SPILL!", "#CALC!", "#BUSY!", "#GETTING_DATA",
  "#FIELD!", "#CONNECT!", "#BLOCKED!", "#UNKNOWN!",
]);

interface Computed {
  spills: Set<string>;
  errors: Map<string, FormulaError>;
}
const computed = new WeakMap<SheetModel, Computed>();
const computedOf = (sheet: SheetModel): Computed => {
  let c = computed.get(sheet);
  if (!c) computed.set(sheet, (c = { spills: new Set(), errors: new Map() }));
  return c;
};

/** The message of an error cell (its tooltip), if the formula bar or a recalculation produced one. */
export function cellError(sheet: SheetModel, row: number, col: number): FormulaError | undefined {
  return computed.get(sheet)?.errors.get(`${row},${col}`);
}

export function functionContext(sheet: SheetModel, cf: CustomFunctionsStandIn, shapes: FunctionShapes): EvalContext {
  return {
    cell: (r, c): Scalar => {
      const value = sheet.get(r, c);
      if (typeof value !== "string" || !ERROR_VALUES.has(value)) return value;
      return cellError(sheet, r, c) ?? new FormulaError(value);
    },
    customFunction: (name) => {
      const fn = cf.registry.get(name.replace(/^PSO\./, ""));
      const shape = shapes.get(name);
      return fn && shape && name.startsWith("PSO.") ? { fn, ...shape } : undefined;
    },
    asError: (v) => (v instanceof cf.Error ? new FormulaError(v.code, v.message) : null),
    inputError: (e) => new cf.Error(e.code, e.message || undefined),
  };
}

export const isPsoFormula = (f: string) => /^=\s*PSO\./i.test(f);

/** The first cell (A1) a spilled result would overwrite: a value typed there or another formula; null when free. */
function spillBlocker(sheet: SheetModel, grid: Scalar[][], row: number, col: number): string | null {
  for (let i = 0; i < grid.length; i++) {
    for (let j = 0; j < grid[i].length; j++) {
      if (i === 0 && j === 0) continue;
      if (sheet.formulas.has(`${row + i},${col + j}`) || sheet.get(row + i, col + j) !== "") return `${columnName(col + j)}${row + i + 1}`;
    }
  }
  return null;
}

function asCell(v: Result): { value: Value; error?: FormulaError } {
  if (v instanceof FormulaError) return { value: v.code, error: v };
  return { value: Array.isArray(v) ? "" : v };
}

/** Recalculates every PSO.* formula of the workbook and writes the results (and spills) into the cells. */
export function recalculate(book: StandinWorkbook, cf: CustomFunctionsStandIn, shapes: FunctionShapes): void {
  for (const sheet of book.model.sheets) {
    const state = computedOf(sheet);
    for (const key of state.spills) {
      const [r, c] = key.split(",").map(Number);
      if (!sheet.formulas.has(key)) sheet.set(r, c, "");
    }
    state.spills.clear();
    state.errors.clear();
    const ctx = functionContext(sheet, cf, shapes);
    for (const [key, formula] of [...sheet.formulas]) {
      if (!isPsoFormula(formula)) continue;
      const [row, col] = key.split(",").map(Number);
      let result: Result;
      try {
        result = evaluate(parseFormula(formula, "en"), ctx);
      } catch (error) {
        result = error instanceof FormulaError ? error : new FormulaError("#VALUE!", String(error));
      }
      let grid = Array.isArray(result) ? result : [[result]];
      // Like Excel's dynamic arrays: a result that would cover a typed cell or another formula spills nowhere.
      const blocked = spillBlocker(sheet, grid, row, col);
      if (blocked) grid = [[new FormulaError("#SPILL!", workbenchMessages.spill(blocked).nl)]];
      grid.forEach((line, i) =>
        line.forEach((v, j) => {
          const at = `${row + i},${col + j}`;
          if ((i > 0 || j > 0) && sheet.formulas.has(at)) return;
          const cell = asCell(v);
          sheet.set(row + i, col + j, cell.value);
          if (cell.error) state.errors.set(at, cell.error);
          if (i > 0 || j > 0) state.spills.add(at);
        }),
      );
      sheet.formulas.set(key, formula);
    }
  }
}

const parsedRules = new Map<string, ReturnType<typeof parseFormula> | null>();

/** The fill a cell shows: the first matching conditional format's, else its own fill. */
export function cellFill(sheet: SheetModel, row: number, col: number): string | undefined {
  for (const cf of sheet.conditionalFormats) {
    const { rect } = cf;
    if (!cf.fill || row < rect.row || row >= rect.row + rect.rows || col < rect.col || col >= rect.col + rect.cols) continue;
    if (!parsedRules.has(cf.formula)) {
      try {
        parsedRules.set(cf.formula, parseFormula(cf.formula, "en"));
      } catch {
        parsedRules.set(cf.formula, null);
      }
    }
    const node = parsedRules.get(cf.formula);
    if (!node) continue;
    const result = evaluate(node, { cell: (r, c) => sheet.get(r, c), offset: { rows: row - rect.row, cols: col - rect.col } });
    if (result === true) return cf.fill;
  }
  return sheet.fills.get(`${row},${col}`);
}
