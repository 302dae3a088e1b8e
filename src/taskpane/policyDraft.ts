import {
  formatEuro,
  formatPercent,
  Message,
  parseMoney,
  parsePercent,
  Policy,
  policyFromJson,
  Result,
} from "../core";
import { getPath, keywordsFromText, keywordsToText, KINDS, LIST_SETTINGS, ListField, ListSetting, setPath, Setting, SETTINGS } from "../core/policy/policySettings";
import { uiMessages } from "./strings";

/** A setting as the form holds it: the text as typed, a yes/no, or a level. */
export type DraftValue = string | boolean;

/** An item of a list setting in the form: its fields as typed, and the item it came from (for fields not shown). */
export interface DraftRow {
  item: Record<string, unknown>;
  text: Record<string, string>;
}

/** The policy editor's form state: numbers stay text until saved, so a half-typed value is never lost. */
export interface PolicyDraft {
  /** One entry per setting of the schema, by its path. */
  settings: Record<string, DraftValue>;
  /** One entry per list setting of the schema, by its path. */
  lists: Record<string, DraftRow[]>;
}

/** Which input a problem belongs to, so the editor can mark it: a setting's path, or a field in a row of a list. */
export type DraftField = string;
export const listField = (path: string, i: number, key: string): DraftField => `${path}[${i}].${key}`;

/** One invalid input: which, and what is wrong with it. */
export interface DraftProblem {
  field: DraftField;
  message: Message;
}

/**
 * A refused form names its first problem (`message`, `field`) and every invalid input (`problems`), so the editor
 * marks them all at once, each beside its field.
 */
export type DraftResult = { ok: true; value: Policy } | { ok: false; message: Message; field?: DraftField; problems: DraftProblem[] };

const plain = (n: number) => String(n).replace(".", ",");
const percent = (fraction: number) => {
  const points = Number((fraction * 100).toFixed(4));
  return formatPercent(fraction, Number.isInteger(points) ? 0 : 2);
};

/** How the form shows a setting's value. */
export function toDraft(setting: Setting, value: unknown): DraftValue {
  switch (setting.kind) {
    case "money":
      return formatEuro(value as number);
    case "months":
    case "days":
      return plain(value as number);
    case "fraction":
      return percent(value as number);
    case "dayList":
      return (value as number[]).map(plain).join("; ");
    case "bool":
      return value as boolean;
    case "text":
    case "level":
      return value as string;
    case "date":
      // Shown as a Dutch date ("1-1-2022") whatever the browser's locale; the policy keeps ISO.
      return String(KINDS.date.toCell(value as string) ?? "");
  }
}

function fieldToDraft(field: ListField, value: unknown): string {
  switch (field.kind) {
    case "months":
      return plain(value as number);
    case "keywords":
      return keywordsToText(value as string[]);
    case "date":
      return String(KINDS.date.toCell(value as string) ?? "");
    default:
      return String(value);
  }
}

function rowToDraft(list: ListSetting, item: Record<string, unknown>): DraftRow {
  return { item, text: Object.fromEntries(list.fields.map((f) => [f.key, fieldToDraft(f, item[f.key])])) };
}

export function draftFromPolicy(policy: Policy): PolicyDraft {
  return {
    settings: Object.fromEntries(SETTINGS.map((s) => [s.path, toDraft(s, getPath(policy, s.path))])),
    lists: Object.fromEntries(
      LIST_SETTINGS.map((l) => [l.path, (getPath(policy, l.path) as Record<string, unknown>[]).map((item) => rowToDraft(l, item))]),
    ),
  };
}

/** A new, empty row for a list the user can add to. */
export function blankRow(list: ListSetting): DraftRow {
  return { item: {}, text: { ...list.addRemove?.blank } };
}

class FieldError extends Error {
  constructor(readonly field: DraftField, readonly msg: Message) {
    super(msg.nl);
  }
}

/** "Label: problem" in both languages. */
function labelled(label: Message, problem: Message): Message {
  return { nl: `${label.nl}: ${problem.nl}`, en: `${label.en}: ${problem.en}` };
}

function count(field: DraftField, label: Message, text: string): number {
  const n = KINDS.months.fromCell(text);
  if (typeof n === "number") return n;
  throw new FieldError(field, labelled(label, uiMessages.notANumber(text.trim())));
}

/** Reads what the form holds for a setting, through the core's parsers (Dutch money and percent notation). */
function fromDraft(setting: Setting, value: DraftValue): unknown {
  const { path, label } = setting;
  const text = String(value);
  switch (setting.kind) {
    case "text":
      return text.trim();
    case "money": {
      const r = parseMoney(text);
      if (r.ok && r.value >= 0) return r.value;
      throw new FieldError(path, labelled(label, r.ok ? uiMessages.notANumber(text.trim()) : r.message));
    }
    case "months":
    case "days":
      return count(path, label, text);
    case "fraction": {
      // The form labels these fields "(%)", so a bare "1" means 1 %, not the fraction 1.
      const t = text.trim();
      const r = parsePercent(/%$/.test(t) ? t : `${t}%`);
      if (r.ok) return r.value;
      throw new FieldError(path, labelled(label, r.message));
    }
    case "dayList": {
      const days = KINDS.dayList.fromCell(text);
      if (days !== null) return days;
      throw new FieldError(path, labelled(label, uiMessages.notDayList(text.trim())));
    }
    case "bool":
      return value === true;
    case "level":
      return value;
    case "date": {
      const iso = KINDS.date.fromCell(text.trim());
      if (iso !== null) return iso;
      throw new FieldError(path, labelled(label, uiMessages.notIsoDate));
    }
  }
}

function fieldFromDraft(field: ListField, id: DraftField, label: Message, text: string): unknown {
  switch (field.kind) {
    case "date": {
      const iso = text.trim() ? KINDS.date.fromCell(text.trim()) : null;
      if (!iso) throw new FieldError(id, labelled(label, uiMessages.notIsoDate));
      return iso;
    }
    case "months":
      return count(id, label, text);
    case "keywords":
      return keywordsFromText(text);
    case "text":
      return text.trim();
    case "level":
      return text;
  }
}

function rowFromDraft(list: ListSetting, row: DraftRow, i: number): Record<string, unknown> {
  const item = { ...row.item };
  for (const f of list.fields) item[f.key] = fieldFromDraft(f, listField(list.path, i, f.key), f.label(i + 1, row.item), row.text[f.key]);
  return item;
}

/**
 * Reads the form back into a policy: each setting through its kind's parser, then the whole through
 * policyFromJson, the same check a policy file or sheet gets. What the form does not show keeps `base`'s value.
 */
export function policyFromDraft(draft: PolicyDraft, base: Policy): DraftResult {
  // A policy is plain JSON, so this copy is deep and the form's writes never reach `base`.
  const candidate = JSON.parse(JSON.stringify(base)) as Record<string, unknown>;
  const problems: DraftProblem[] = [];
  /** Runs one read; a field's problem is kept and the form goes on, so every invalid input is reported. */
  const attempt = (read: () => void) => {
    try {
      read();
    } catch (e) {
      if (!(e instanceof FieldError)) throw e;
      problems.push({ field: e.field, message: e.msg });
    }
  };
  for (const setting of SETTINGS) attempt(() => setPath(candidate, setting.path, fromDraft(setting, draft.settings[setting.path])));
  for (const list of LIST_SETTINGS) {
    const items: Record<string, unknown>[] = [];
    draft.lists[list.path].forEach((row, i) => attempt(() => void items.push(rowFromDraft(list, row, i))));
    setPath(candidate, list.path, items);
  }
  if (problems.length > 0) return { ok: false, message: problems[0].message, field: problems[0].field, problems };
  const checked: Result<Policy> = policyFromJson(candidate, base);
  return checked.ok ? checked : { ok: false, message: checked.message, problems: [] };
}
