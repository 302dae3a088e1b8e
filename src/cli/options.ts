import { parseArgs } from "util";
import { columnIndex, ColumnMapping, Day, Field, FIELDS, fail, Lang, localToday, MAX_COLUMNS, Message, ok, parseDate, Policy, Result } from "../core";
import { cliMessages } from "./messages";
import { loadPolicy } from "./policyFile";
import { closest } from "./suggest";

export interface CommonOptions {
  file: string;
  sheet?: string;
  peildatum: Day;
  policy: Policy;
  json: boolean;
  out?: string;
  lang: Lang;
  mapping?: ColumnMapping;
}

const usageError = (message: Message) => fail<never>(message);

/** Letters ("D", A..XFD) or 1-based numbers ("4") name a column for --kolom; null when the text names none. */
function columnOf(text: string): number | null {
  if (!/^\d+$/.test(text)) return columnIndex(text);
  const index = Number(text) - 1;
  return index >= 0 && index < MAX_COLUMNS ? index : null;
}

function parseMapping(specs: string[]): Result<ColumnMapping | undefined> {
  if (specs.length === 0) return ok(undefined);
  const mapping: ColumnMapping = {};
  const fields = FIELDS.join(", ");
  for (const spec of specs) {
    const eq = spec.indexOf("=");
    if (eq < 0) return usageError(cliMessages.badColumn(spec, fields));
    const field = spec.slice(0, eq).trim();
    const column = spec.slice(eq + 1).trim();
    if (!(FIELDS as readonly string[]).includes(field)) {
      const suggestion = closest(field, FIELDS);
      return usageError(suggestion ? cliMessages.unknownFieldSuggest(spec, field, suggestion) : cliMessages.unknownField(spec, field, fields));
    }
    const index = columnOf(column);
    if (index === null) return usageError(cliMessages.badColumnLetter(spec, column));
    const other = FIELDS.find((f) => f !== field && mapping[f] === index);
    if (other) return usageError(cliMessages.columnTwice(column.toUpperCase(), other, field));
    mapping[field as Field] = index;
  }
  return ok(mapping);
}

/** The options every command takes; the syntax check and the parser read this one table. */
export const OPTIONS = {
  sheet: { type: "string" },
  blad: { type: "string" },
  peildatum: { type: "string" },
  beleid: { type: "string" },
  json: { type: "boolean", default: false },
  out: { type: "string" },
  taal: { type: "string" },
  lang: { type: "string" },
  kolom: { type: "string", multiple: true },
  help: { type: "boolean", short: "h" },
} as const;

/** What a missing value looks like, for "--peildatum mist een waarde; schrijf bijvoorbeeld --peildatum 2026-12-01". */
const VALUE_EXAMPLES: Record<string, string> = {
  sheet: "Leveranciers",
  blad: "Leveranciers",
  peildatum: "2026-12-01",
  beleid: "beleid.json",
  out: "kopie.xlsx",
  taal: "en",
  lang: "en",
  kolom: "level=E",
};

/** Options only some commands take (the register, the letters' template and folder); a command lists its own in main.ts. */
export const COMMAND_OPTIONS = {
  register: { type: "string" },
  sjabloon: { type: "string" },
  template: { type: "string" },
  "per-leverancier": { type: "string" },
  "per-supplier": { type: "string" },
} as const;
export type CommandOption = keyof typeof COMMAND_OPTIONS;
Object.assign(VALUE_EXAMPLES, { register: "register.csv", sjabloon: "brief.docx", template: "letter.docx", "per-leverancier": "brieven", "per-supplier": "letters" });

type OptionName = keyof typeof OPTIONS | CommandOption;
type OptionTable = Record<string, { type: "string" | "boolean"; multiple?: boolean; short?: string; default?: boolean }>;

/**
 * The first thing wrong with the arguments' syntax (an unknown option, an option without its value, a value for a
 * flag, no file or more than one), in the user's words. Node's parser finds it; its English text is never shown, only the kind of error (its code)
 * and the argument it is about, found again in the parser's tokens.
 */
export function argumentProblem(args: string[], extra: readonly CommandOption[] = []): Message | null {
  const options: OptionTable = { ...OPTIONS, ...Object.fromEntries(extra.map((name) => [name, COMMAND_OPTIONS[name]])) };
  const isOption = (name: string): name is OptionName => Object.prototype.hasOwnProperty.call(options, name);
  let positionals: string[];
  try {
    positionals = parseArgs({ args, options, allowPositionals: true, strict: true }).positionals;
  } catch (error) {
    const code = (error as { code?: string }).code;
    const { tokens } = parseArgs({ args, options, allowPositionals: true, strict: false, tokens: true });
    for (const token of tokens) {
      if (token.kind !== "option") continue;
      const { name, rawName } = token;
      if (!isOption(name)) {
        if (code !== "ERR_PARSE_ARGS_UNKNOWN_OPTION") continue;
        const suggestion = closest(name, Object.keys(options));
        return suggestion ? cliMessages.unknownOptionSuggest(rawName, `--${suggestion}`) : cliMessages.unknownOption(rawName);
      }
      if (code !== "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") continue;
      const value = token.value;
      if (options[name].type === "boolean") {
        if (value !== undefined) return cliMessages.flagWithValue(rawName, value);
      } else if (value === undefined || (!token.inlineValue && value.startsWith("-"))) {
        return cliMessages.missingValue(rawName, VALUE_EXAMPLES[name] ?? "…");
      }
    }
    return cliMessages.badArguments();
  }
  if (positionals.length > 1) return cliMessages.extraArgument(positionals[1], positionals[0]);
  if (positionals.length === 0) return cliMessages.oneFile();
  return null;
}

/** Parses the options every command shares: <file> [--sheet] [--peildatum] [--beleid] [--json] [--out] [--taal] [--kolom]. */
export async function parseCommonOptions(args: string[], today: Date): Promise<Result<CommonOptions>> {
  const problem = argumentProblem(args);
  if (problem) return usageError(problem);
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: OPTIONS });
  let peildatum = localToday(today);
  if (values.peildatum !== undefined) {
    const day = parseDate(values.peildatum);
    if (!day.ok) return usageError(cliMessages.badPeildatum(day.message));
    peildatum = day.value;
  }
  const langText = (values.taal ?? values.lang ?? "nl").trim().toLowerCase();
  if (langText !== "nl" && langText !== "en") return usageError(cliMessages.badLang());
  const policy = await loadPolicy(values.beleid);
  if (!policy.ok) return policy;
  const mapping = parseMapping(values.kolom ?? []);
  if (!mapping.ok) return mapping;
  return ok({
    file: positionals[0],
    sheet: values.sheet ?? values.blad,
    peildatum,
    policy: policy.value,
    json: values.json ?? false,
    out: values.out,
    lang: langText,
    mapping: mapping.value,
  });
}
