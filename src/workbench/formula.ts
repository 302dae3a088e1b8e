/**
 * A small formula evaluator for the workbench: enough for the conditional-format rules the adapter writes
 * (`=OR(LEFT($K5,12)="Voldoet niet",...)`, en-US) and for PSO.* formulas a user types in the formula bar (Dutch
 * notation: `;` between arguments, `,` as decimal sign, as Dutch Excel shows them). Not a spreadsheet engine: it
 * knows literals, cell references and ranges on the same sheet, + - * / & %, comparisons, a few built-ins and
 * every function the page registered through CustomFunctions.associate.
 */
import { parseLocal } from "../excel-standin";
import type { Value } from "../excel-standin";
import { workbenchMessages } from "./messages";

export type Notation = "nl" | "en";

export class FormulaError {
  constructor(readonly code: string, readonly message = "") {}
}

export type Scalar = Value | FormulaError;
export type Result = Scalar | Scalar[][];

type Node =
  | { kind: "lit"; value: Value }
  | { kind: "ref"; row: number; col: number; absRow: boolean; absCol: boolean }
  | { kind: "range"; from: Node & { kind: "ref" }; to: Node & { kind: "ref" } }
  | { kind: "call"; name: string; args: (Node | null)[] }
  | { kind: "unary"; op: "-" | "%"; arg: Node }
  | { kind: "bin"; op: string; left: Node; right: Node };

interface Token {
  type: "num" | "str" | "id" | "op";
  text: string;
}

function tokenize(text: string, notation: Notation): Token[] {
  const tokens: Token[] = [];
  const decimal = notation === "nl" ? "," : ".";
  const sep = notation === "nl" ? ";" : ",";
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    if (ch === '"') {
      let s = "";
      i++;
      for (;;) {
        if (i >= text.length) throw new FormulaError("#NAME?", "Aanhalingsteken niet gesloten");
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            s += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        s += text[i++];
      }
      tokens.push({ type: "str", text: s });
      continue;
    }
    const num = new RegExp(`^\\d+(\\${decimal}\\d+)?([eE][+-]?\\d+)?`).exec(text.slice(i));
    if (num) {
      tokens.push({ type: "num", text: num[0].replace(decimal, ".") });
      i += num[0].length;
      continue;
    }
    const id = /^[A-Za-z_$][A-Za-z0-9_.$]*/.exec(text.slice(i));
    if (id) {
      tokens.push({ type: "id", text: id[0] });
      i += id[0].length;
      continue;
    }
    const two = text.slice(i, i + 2);
    if (two === "<>" || two === "<=" || two === ">=") {
      tokens.push({ type: "op", text: two });
      i += 2;
      continue;
    }
    if (ch === sep) {
      tokens.push({ type: "op", text: "SEP" });
      i++;
      continue;
    }
    if (notation === "nl" && ch === ",") throw new FormulaError("#NAME?", workbenchMessages.commaSeparator().nl);
    if ("()=<>&+-*/%:".includes(ch)) {
      tokens.push({ type: "op", text: ch });
      i++;
      continue;
    }
    throw new FormulaError("#NAME?", `Onbekend teken "${ch}"`);
  }
  return tokens;
}

const REF = /^(\$?)([A-Za-z]{1,3})(\$?)(\d+)$/;

function refNode(text: string): (Node & { kind: "ref" }) | null {
  const m = REF.exec(text);
  if (!m) return null;
  const rect = parseLocal(`${m[2]}${m[4]}`);
  return rect && { kind: "ref", row: rect.row, col: rect.col, absCol: m[1] === "$", absRow: m[3] === "$" };
}

class Parser {
  private i = 0;
  constructor(private readonly tokens: Token[]) {}

  parse(): Node {
    const node = this.comparison();
    if (this.i < this.tokens.length) throw new FormulaError("#NAME?", `Onverwacht "${this.tokens[this.i].text}"`);
    return node;
  }
  private peek(text: string): boolean {
    const t = this.tokens[this.i];
    return !!t && t.type === "op" && t.text === text;
  }
  private take(text: string): boolean {
    if (!this.peek(text)) return false;
    this.i++;
    return true;
  }
  private binary(next: () => Node, ops: string[]): Node {
    let left = next();
    for (;;) {
      const op = ops.find((o) => this.peek(o));
      if (!op) return left;
      this.i++;
      left = { kind: "bin", op, left, right: next() };
    }
  }
  private comparison = (): Node => this.binary(this.concat, ["=", "<>", "<=", ">=", "<", ">"]);
  private concat = (): Node => this.binary(this.additive, ["&"]);
  private additive = (): Node => this.binary(this.term, ["+", "-"]);
  private term = (): Node => this.binary(this.factor, ["*", "/"]);
  private factor = (): Node => {
    if (this.take("-")) return { kind: "unary", op: "-", arg: this.factor() };
    if (this.take("+")) return this.factor();
    let node = this.primary();
    while (this.take("%")) node = { kind: "unary", op: "%", arg: node };
    return node;
  };
  private primary(): Node {
    const t = this.tokens[this.i++];
    if (!t) throw new FormulaError("#NAME?", "Formule is onvolledig");
    if (t.type === "num") return { kind: "lit", value: Number(t.text) };
    if (t.type === "str") return { kind: "lit", value: t.text };
    if (t.type === "op" && t.text === "(") {
      const inner = this.comparison();
      if (!this.take(")")) throw new FormulaError("#NAME?", "Haakje niet gesloten");
      return inner;
    }
    if (t.type === "id") {
      if (this.take("(")) return { kind: "call", name: t.text.toUpperCase(), args: this.args() };
      const ref = refNode(t.text);
      if (ref) {
        if (!this.take(":")) return ref;
        const end = this.tokens[this.i++];
        const to = end && end.type === "id" ? refNode(end.text) : null;
        if (!to) throw new FormulaError("#REF!", "Ongeldig bereik");
        return { kind: "range", from: ref, to };
      }
      const upper = t.text.toUpperCase();
      if (upper === "TRUE" || upper === "WAAR") return { kind: "lit", value: true };
      if (upper === "FALSE" || upper === "ONWAAR") return { kind: "lit", value: false };
      throw new FormulaError("#NAME?", `Onbekende naam "${t.text}"`);
    }
    throw new FormulaError("#NAME?", `Onverwacht "${t.text}"`);
  }
  private args(): (Node | null)[] {
    const args: (Node | null)[] = [];
    if (this.take(")")) return args;
    for (;;) {
      args.push(this.peek("SEP") || this.peek(")") ? null : this.comparison());
      if (this.take(")")) return args;
      if (!this.take("SEP")) throw new FormulaError("#NAME?", "Verwacht scheidingsteken of )");
    }
  }
}

/** Parses a formula ("=..." or without the "="); throws a FormulaError on a syntax error. */
export function parseFormula(text: string, notation: Notation): Node {
  const body = text.trim().replace(/^=/, "");
  return new Parser(tokenize(body, notation)).parse();
}

/** How Excel hands a custom function its arguments, from functions.json. */
export interface CustomFunctionShape {
  fn: (...args: unknown[]) => unknown;
  /** Per parameter: a range (any[][]) rather than one value. */
  matrix: boolean[];
  /** Per parameter: error cells are passed in (allowErrorForDataTypeAny and type any) instead of stopping the call. */
  acceptsErrors: boolean[];
}

export interface EvalContext {
  /** A cell's value; an error cell is a FormulaError. */
  cell(row: number, col: number): Scalar;
  /** The formula's position relative to where its references were written (conditional formats). */
  offset?: { rows: number; cols: number };
  /** A registered custom function by its full upper-cased name ("PSO.TREDE"), with how it takes each parameter. */
  customFunction?(name: string): CustomFunctionShape | undefined;
  /** Turns what a custom function returned or threw into an error value, or null when it is not one. */
  asError?(value: unknown): FormulaError | null;
  /** What a custom function receives for an error cell when its metadata lets errors in (a CustomFunctions.Error). */
  inputError?(error: FormulaError): unknown;
}

const isMatrix = (r: Result): r is Scalar[][] => Array.isArray(r);
const first = (r: Result): Scalar => (isMatrix(r) ? r[0]?.[0] ?? "" : r);

function toNumber(v: Scalar): number | FormulaError {
  if (v instanceof FormulaError) return v;
  if (typeof v === "number") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (v === "") return 0;
  const n = Number(v.replace(",", "."));
  return Number.isFinite(n) ? n : new FormulaError("#VALUE!", `"${v}" is geen getal`);
}

const toText = (v: Value): string => (typeof v === "boolean" ? (v ? "TRUE" : "FALSE") : String(v));

function truthy(v: Scalar): boolean | FormulaError {
  if (v instanceof FormulaError) return v;
  if (typeof v === "string") return v === "" ? false : new FormulaError("#VALUE!", "Tekst is geen WAAR of ONWAAR");
  return Boolean(v);
}

function compare(op: string, a: Value, b: Value): boolean {
  const norm = (v: Value) => (typeof v === "string" ? v.toLowerCase() : v);
  const [x, y] = [norm(a), norm(b)];
  const c = x === y ? 0 : typeof x === typeof y ? (x < y ? -1 : 1) : typeof x === "number" ? -1 : 1;
  return { "=": c === 0, "<>": c !== 0, "<": c < 0, ">": c > 0, "<=": c <= 0, ">=": c >= 0 }[op] ?? false;
}

const BUILTINS: Record<string, string> = { OR: "OR", OF: "OR", AND: "AND", EN: "AND", LEFT: "LEFT", LINKS: "LEFT", NOT: "NOT", NIET: "NOT" };

export function evaluate(node: Node, ctx: EvalContext): Result {
  const at = (ref: Node & { kind: "ref" }) => ({
    row: ref.row + (ref.absRow ? 0 : ctx.offset?.rows ?? 0),
    col: ref.col + (ref.absCol ? 0 : ctx.offset?.cols ?? 0),
  });
  switch (node.kind) {
    case "lit":
      return node.value;
    case "ref": {
      const { row, col } = at(node);
      return ctx.cell(row, col);
    }
    case "range": {
      const a = at(node.from);
      const b = at(node.to);
      const grid: Scalar[][] = [];
      for (let r = Math.min(a.row, b.row); r <= Math.max(a.row, b.row); r++) {
        const line: Scalar[] = [];
        for (let c = Math.min(a.col, b.col); c <= Math.max(a.col, b.col); c++) line.push(ctx.cell(r, c));
        grid.push(line);
      }
      return grid;
    }
    case "unary": {
      const n = toNumber(first(evaluate(node.arg, ctx)));
      if (n instanceof FormulaError) return n;
      return node.op === "-" ? -n : n / 100;
    }
    case "bin": {
      const a = first(evaluate(node.left, ctx));
      const b = first(evaluate(node.right, ctx));
      if (a instanceof FormulaError) return a;
      if (b instanceof FormulaError) return b;
      if (node.op === "&") return toText(a) + toText(b);
      if (["=", "<>", "<", ">", "<=", ">="].includes(node.op)) return compare(node.op, a, b);
      const x = toNumber(a);
      const y = toNumber(b);
      if (x instanceof FormulaError) return x;
      if (y instanceof FormulaError) return y;
      if (node.op === "/" && y === 0) return new FormulaError("#DIV/0!");
      return node.op === "+" ? x + y : node.op === "-" ? x - y : node.op === "*" ? x * y : x / y;
    }
    case "call":
      return call(node.name, node.args, ctx);
  }
}

function call(name: string, args: (Node | null)[], ctx: EvalContext): Result {
  const builtin = BUILTINS[name];
  if (builtin === "OR" || builtin === "AND") {
    const values = args.map((a) => (a ? truthy(first(evaluate(a, ctx))) : false));
    const error = values.find((v) => v instanceof FormulaError);
    if (error) return error;
    return builtin === "OR" ? values.some(Boolean) : values.every(Boolean);
  }
  if (builtin === "NOT") {
    const v = args[0] ? truthy(first(evaluate(args[0], ctx))) : false;
    return v instanceof FormulaError ? v : !v;
  }
  if (builtin === "LEFT") {
    const v = args[0] ? first(evaluate(args[0], ctx)) : "";
    if (v instanceof FormulaError) return v;
    const n = args[1] ? toNumber(first(evaluate(args[1], ctx))) : 1;
    if (n instanceof FormulaError) return n;
    return toText(v).slice(0, n);
  }
  const custom = ctx.customFunction?.(name);
  if (!custom) return new FormulaError("#NAME?", `Onbekende functie ${name}`);
  const values: unknown[] = [];
  for (let i = 0; i < custom.matrix.length; i++) {
    const node = args[i];
    if (!node) {
      values.push(null); // an omitted optional argument arrives as null, as in Excel
      continue;
    }
    const r = evaluate(node, ctx);
    const value = custom.matrix[i] ? (isMatrix(r) ? r : [[r]]) : first(r);
    // Excel does not call a custom function whose input holds an error unless its metadata says
    // allowErrorForDataTypeAny (learn.microsoft.com/office/dev/add-ins/excel/custom-functions-errors,
    // "Errors as custom function inputs"): the formula's result is then that error.
    const error = firstError(value);
    if (error && !(custom.acceptsErrors[i] && ctx.inputError)) return error;
    values.push(error ? withInputErrors(value, ctx.inputError!) : value);
  }
  try {
    const out = custom.fn(...values);
    return fromCustom(out, ctx);
  } catch (thrown) {
    return ctx.asError?.(thrown) ?? new FormulaError("#VALUE!", thrown instanceof Error ? thrown.message : String(thrown));
  }
}

function firstError(value: unknown): FormulaError | null {
  if (value instanceof FormulaError) return value;
  if (!Array.isArray(value)) return null;
  for (const line of value) for (const v of line as unknown[]) if (v instanceof FormulaError) return v;
  return null;
}

function withInputErrors(value: unknown, inputError: (e: FormulaError) => unknown): unknown {
  if (value instanceof FormulaError) return inputError(value);
  return (value as Scalar[][]).map((line) => line.map((v) => (v instanceof FormulaError ? inputError(v) : v)));
}

function fromCustom(out: unknown, ctx: EvalContext): Result {
  const scalar = (v: unknown): Scalar => {
    const error = ctx.asError?.(v);
    if (error) return error;
    if (v === null || v === undefined) return "";
    if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v;
    return String(v);
  };
  if (Array.isArray(out)) return out.map((line) => (Array.isArray(line) ? line.map(scalar) : [scalar(line)]));
  return scalar(out);
}

const NAMES_NL: Record<string, string> = { OR: "OF", AND: "EN", LEFT: "LINKS", NOT: "NIET" };
const NAMES_EN: Record<string, string> = { OF: "OR", EN: "AND", LINKS: "LEFT", NIET: "NOT" };

/** Writes a parsed formula back as text: en-US (what Office's `formulas` holds) or Dutch (what the user sees). */
export function formatFormula(node: Node, notation: Notation): string {
  const sep = notation === "nl" ? ";" : ",";
  const colLetters = (col: number) => {
    let n = col + 1;
    let s = "";
    while (n > 0) {
      s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
      n = Math.floor((n - 1) / 26);
    }
    return s;
  };
  const ref = (r: Node & { kind: "ref" }) => `${r.absCol ? "$" : ""}${colLetters(r.col)}${r.absRow ? "$" : ""}${r.row + 1}`;
  const wrap = (n: Node): string => (n.kind === "bin" ? `(${go(n)})` : go(n));
  const go = (n: Node): string => {
    switch (n.kind) {
      case "lit":
        if (typeof n.value === "string") return `"${n.value.replace(/"/g, '""')}"`;
        if (typeof n.value === "boolean") return notation === "nl" ? (n.value ? "WAAR" : "ONWAAR") : n.value ? "TRUE" : "FALSE";
        return notation === "nl" ? String(n.value).replace(".", ",") : String(n.value);
      case "ref":
        return ref(n);
      case "range":
        return `${ref(n.from)}:${ref(n.to)}`;
      case "unary":
        return n.op === "-" ? `-${go(n.arg)}` : `${go(n.arg)}%`;
      case "bin":
        return `${wrap(n.left)}${n.op}${wrap(n.right)}`;
      case "call": {
        const name = (notation === "nl" ? NAMES_NL : NAMES_EN)[n.name] ?? n.name;
        return `${name}(${n.args.map((a) => (a ? go(a) : "")).join(sep)})`;
      }
    }
  };
  return `=${go(node)}`;
}
