import { messages } from "../read/messages";
import { Policy } from "./policy";
import { getPath, KINDS, LIST_SETTINGS, SETTINGS } from "./policySettings";
import { wonenLimburgPolicy } from "./presets/wonenLimburg";
import { fail, ok, Result } from "../result";

/** Every path a policy must fill, the check its value must pass and the words a user reads when it does not. */
const RULES = [
  ...SETTINGS.map((s) => ({ path: s.path, check: KINDS[s.kind].json, expected: KINDS[s.kind].jsonExpected })),
  ...LIST_SETTINGS.map((s) => ({ path: s.path, check: s.json, expected: s.jsonExpected })),
];

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
  for (const { path, check, expected } of RULES) {
    if (!check(getPath(merged, path))) {
      return fail({ nl: messages.policyField(path, expected.nl).nl, en: messages.policyField(path, expected.en).en });
    }
  }
  const policy = merged as Policy;
  return ok({ ...policy, requirements: [...policy.requirements].sort((a, b) => a.from.localeCompare(b.from)) });
}
