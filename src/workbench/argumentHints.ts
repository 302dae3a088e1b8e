import type { Lang, Message } from "../core";

/*
 * The formula bar's argument hints (as Excel shows them while a formula is typed): which PSO function the text is
 * inside, its arguments with the current one marked, and that argument's description in the user's language. The
 * names and Dutch descriptions come from the built functions.json (the functions' JSDoc), the English ones from
 * src/functions/metadata.en.json, the table the add-in's functions.en.json is built from.
 */

export interface ParameterHelp {
  name: string;
  optional: boolean;
  description: Message;
}

export interface FunctionHelp {
  /** "PSO.BIJDRAGE". */
  name: string;
  description: Message;
  parameters: ParameterHelp[];
}

/** Keyed by the upper-case full name ("PSO.BIJDRAGE"). */
export type FunctionHelpTable = ReadonlyMap<string, FunctionHelp>;

interface MetadataFunction {
  id: string;
  description?: string;
  parameters: { name: string; description?: string; optional?: boolean }[];
}

type EnglishEntry = { description?: string; parameters?: Record<string, string> };

export function functionHelp(metadata: { functions: MetadataFunction[] }, english: Record<string, unknown>, namespace = "PSO"): FunctionHelpTable {
  return new Map(
    metadata.functions.map((f) => {
      const en = (typeof english[f.id] === "object" ? english[f.id] : {}) as EnglishEntry;
      const both = (nl: string | undefined, enText: string | undefined): Message => ({ nl: nl ?? "", en: enText ?? nl ?? "" });
      const name = `${namespace}.${f.id}`;
      return [
        name.toUpperCase(),
        {
          name,
          description: both(f.description, en.description),
          parameters: f.parameters.map((p) => ({ name: p.name, optional: p.optional === true, description: both(p.description, en.parameters?.[p.name]) })),
        },
      ];
    }),
  );
}

export interface ArgumentHint {
  fn: FunctionHelp;
  /** The argument being typed (0-based); past the last parameter when there are too many. */
  argument: number;
}

/**
 * The innermost PSO call still open at the end of a formula being typed, and which of its arguments the text is at
 * (Dutch notation: arguments are separated by ";"; text in quotes is skipped). Null when the text is not a formula
 * or not inside a known function's parentheses.
 */
export function argumentHint(text: string, help: FunctionHelpTable): ArgumentHint | null {
  if (!text.startsWith("=")) return null;
  const open: { name: string; argument: number }[] = [];
  let quoted = false;
  for (let i = 1; i < text.length; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (quoted) continue;
    else if (c === "(") open.push({ name: /([A-Za-z_][A-Za-z0-9_.]*)\s*$/.exec(text.slice(0, i))?.[1] ?? "", argument: 0 });
    else if (c === ")") open.pop();
    else if (c === ";" && open.length > 0) open[open.length - 1].argument++;
  }
  const call = open[open.length - 1];
  const fn = call && help.get(call.name.toUpperCase());
  return fn ? { fn, argument: call.argument } : null;
}

/** An argument as the hint shows it: optional ones in brackets, as Excel does. */
export const parameterLabel = (p: ParameterHelp): string => (p.optional ? `[${p.name}]` : p.name);

/** The hint as one line of text, for a screen reader and the tests: "PSO.BIJDRAGE(uitgaven; bijdrage_pct)". */
export function signature(fn: FunctionHelp): string {
  return `${fn.name}(${fn.parameters.map(parameterLabel).join("; ")})`;
}

export function argumentDescription(hint: ArgumentHint, lang: Lang): string | null {
  const p = hint.fn.parameters[hint.argument];
  return p ? `${p.name}: ${p.description[lang]}` : null;
}
