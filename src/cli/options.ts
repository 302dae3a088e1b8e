import { promises as fs } from "fs";
import { parseArgs } from "util";
import {
  ColumnMapping, Day, Field, FIELDS, fail, Lang, localToday, Message, ok, parseDate, Policy, policyFromJson, Result,
  wonenLimburgPolicy,
} from "../core";
import { cliMessages } from "./messages";

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

/** Letters ("D") or 1-based numbers ("4") name a column for --kolom. */
function columnIndex(text: string): number | null {
  if (/^\d+$/.test(text)) return Number(text) - 1;
  if (!/^[A-Za-z]{1,3}$/.test(text)) return null;
  return text.toUpperCase().split("").reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
}

function parseMapping(specs: string[]): Result<ColumnMapping | undefined> {
  if (specs.length === 0) return ok(undefined);
  const mapping: ColumnMapping = {};
  for (const spec of specs) {
    const [field, column] = spec.split("=");
    const index = column === undefined ? null : columnIndex(column.trim());
    if (!(FIELDS as readonly string[]).includes(field) || index === null) {
      return usageError(cliMessages.badColumn(spec, FIELDS.join(", ")));
    }
    mapping[field as Field] = index;
  }
  return ok(mapping);
}

async function loadPolicy(file: string | undefined): Promise<Result<Policy>> {
  if (file === undefined) return ok(wonenLimburgPolicy);
  let text: string;
  try {
    text = await fs.readFile(file, "utf8");
  } catch {
    return usageError(cliMessages.policyUnreadable(file));
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return usageError(cliMessages.policyNotJson(file, detail));
  }
  const policy = policyFromJson(json);
  if (!policy.ok) return usageError(cliMessages.policyInvalid(file, policy.message));
  return policy;
}

/** Parses the options every command shares: <file> [--sheet] [--peildatum] [--beleid] [--json] [--out] [--taal] [--kolom]. */
export async function parseCommonOptions(args: string[], today: Date): Promise<Result<CommonOptions>> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        sheet: { type: "string" },
        blad: { type: "string" },
        peildatum: { type: "string" },
        beleid: { type: "string" },
        json: { type: "boolean", default: false },
        out: { type: "string" },
        taal: { type: "string" },
        lang: { type: "string" },
        kolom: { type: "string", multiple: true },
      },
    });
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return usageError(cliMessages.unknownOption(detail));
  }
  const { values, positionals } = parsed;
  if (positionals.length !== 1) {
    return usageError(cliMessages.oneFile());
  }
  let peildatum = localToday(today);
  if (values.peildatum !== undefined) {
    const day = parseDate(values.peildatum);
    if (!day.ok) return usageError(cliMessages.badPeildatum(day.message));
    peildatum = day.value;
  }
  const langText = values.taal ?? values.lang ?? "nl";
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
