import { promises as fs } from "fs";
import { parseArgs } from "util";
import {
  ColumnMapping, Day, Field, FIELDS, fail, Lang, localToday, ok, parseDate, Policy, policyFromJson, Result,
  wonenLimburgPolicy,
} from "../core";

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

const usageError = (nl: string, en: string) => fail<never>({ nl, en });

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
      return usageError(
        `--kolom "${spec}": verwacht veld=kolomletter, bijv. spend=D. Velden: ${FIELDS.join(", ")}.`,
        `--kolom "${spec}": expected field=column letter, e.g. spend=D. Fields: ${FIELDS.join(", ")}.`,
      );
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
    return usageError(`Beleidsbestand "${file}" bestaat niet of is niet leesbaar.`, `Policy file "${file}" cannot be read.`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return usageError(`Beleidsbestand "${file}" is geen geldige JSON: ${detail}`, `Policy file "${file}" is not valid JSON: ${detail}`);
  }
  const policy = policyFromJson(json);
  if (!policy.ok) return usageError(`Beleidsbestand "${file}": ${policy.message.nl}`, `Policy file "${file}": ${policy.message.en}`);
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
    return usageError(`Onbekende of onvolledige optie: ${detail}`, `Unknown or incomplete option: ${detail}`);
  }
  const { values, positionals } = parsed;
  if (positionals.length !== 1) {
    return usageError("Geef precies één bestand op (.xlsx of .csv).", "Give exactly one file (.xlsx or .csv).");
  }
  let peildatum = localToday(today);
  if (values.peildatum !== undefined) {
    const day = parseDate(values.peildatum);
    if (!day.ok) return usageError(`--peildatum: ${day.message.nl}`, `--peildatum: ${day.message.en}`);
    peildatum = day.value;
  }
  const langText = values.taal ?? values.lang ?? "nl";
  if (langText !== "nl" && langText !== "en") return usageError('--taal moet "nl" of "en" zijn.', '--lang must be "nl" or "en".');
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
