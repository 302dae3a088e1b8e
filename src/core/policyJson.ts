import { isLevel } from "./levels";
import { messages } from "./messages";
import { Policy } from "./policy";
import { wonenLimburgPolicy } from "./presets/wonenLimburg";
import { fail, ok, Result } from "./result";
import { parseDate } from "./dates";

type Check = (value: unknown) => boolean;
const nonNegative: Check = (v) => typeof v === "number" && Number.isFinite(v) && v >= 0;
const fraction: Check = (v) => nonNegative(v) && (v as number) <= 1;
const bool: Check = (v) => typeof v === "boolean";
const text: Check = (v) => typeof v === "string";
const isoDate: Check = (v) => typeof v === "string" && /^\d{4}-\d{2}-\d{2}$/.test(v) && parseDate(v).ok;
const list = (item: Check): Check => (v) => Array.isArray(v) && v.every(item);
const shape = (fields: Record<string, Check>): Check => (v) =>
  typeof v === "object" && v !== null && Object.entries(fields).every(([k, c]) => c((v as Record<string, unknown>)[k]));

/** What each path in a policy must hold, with the words a user reads when it does not. */
const RULES: [path: string, check: Check, expected: string][] = [
  ["name", text, "een naam (tekst)"],
  ["scope.minAnnualSpend", nonNegative, "een bedrag in euro's, 0 of meer"],
  ["requirements", list(shape({ from: isoDate, minLevel: isLevel })), 'een lijst van { "from": "JJJJ-MM-DD", "minLevel": "trede2" }'],
  ["growthPath.enabled", bool, "true of false"],
  ["growthPath.minTermMonths", nonNegative, "een aantal maanden"],
  ["growthPath.steps", list(shape({ level: isLevel, monthsAfterAward: nonNegative })), 'een lijst van { "level": "aspirant", "monthsAfterAward": 12 }'],
  ["expiryWarningDays", nonNegative, "een aantal dagen"],
  ["reminderDays", list(nonNegative), "een lijst van aantallen dagen"],
  ["sectorLevels.applyToStatus", bool, "true of false"],
  ["sectorLevels.levels", list(shape({ niveau: (v) => v === 1 || v === 2 || v === 3, meaning: text, keywords: list(text) })), "een lijst van niveaus 1, 2 en 3 met trefwoorden"],
  ["kpi.certifiedMinLevel", isLevel, "een trede, bijv. basis"],
  ["kpi.spendMinLevel", isLevel, "een trede, bijv. trede2"],
  ["kpi.targetCertifiedShare", fraction, "een fractie tussen 0 en 1"],
  ["kpi.targetSpendShare", fraction, "een fractie tussen 0 en 1"],
  ["sroi.minContractSum", nonNegative, "een bedrag in euro's"],
  ["sroi.minTermMonths", nonNegative, "een aantal maanden"],
  ["sroi.percentage", fraction, "een fractie tussen 0 en 1, bijv. 0.05"],
  ["sroi.lowLabourShare", fraction, "een fractie tussen 0 en 1"],
  ["sroi.lowLabourPercentage", fraction, "een fractie tussen 0 en 1"],
];

function get(obj: unknown, path: string): unknown {
  return path.split(".").reduce<unknown>((o, k) => (o && typeof o === "object" ? (o as Record<string, unknown>)[k] : undefined), obj);
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** Sections a JSON file leaves out keep the base policy's values; a section it names is merged one level deep. */
function mergeOver(base: Policy, overrides: Record<string, unknown>): unknown {
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(overrides)) {
    const current = merged[key];
    merged[key] = isPlainObject(current) && isPlainObject(value) ? { ...current, ...value } : value;
  }
  return merged;
}

/** Loads a policy from parsed JSON, on top of `base` (the whitepaper preset unless told otherwise). */
export function policyFromJson(json: unknown, base: Policy = wonenLimburgPolicy): Result<Policy> {
  if (!isPlainObject(json)) return fail(messages.policyNotObject());
  const merged = mergeOver(base, json);
  for (const [path, check, expected] of RULES) {
    if (!check(get(merged, path))) return fail(messages.policyField(path, expected));
  }
  const policy = merged as Policy;
  return ok({ ...policy, requirements: [...policy.requirements].sort((a, b) => a.from.localeCompare(b.from)) });
}
