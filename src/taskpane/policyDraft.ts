import {
  fail,
  formatEuro,
  formatPercent,
  Level,
  Message,
  parseDutchNumber,
  parseMoney,
  parsePercent,
  Policy,
  policyFromJson,
  Result,
} from "../core";
import { strings, Strings } from "./strings";

/** The policy editor's form state: numbers stay text until saved, so a half-typed value is never lost. */
export interface PolicyDraft {
  name: string;
  minAnnualSpend: string;
  requirements: { from: string; minLevel: Level }[];
  growthEnabled: boolean;
  growthMinTerm: string;
  steps: { level: Level; months: string }[];
  expiryWarningDays: string;
  reminderDays: string;
  certifiedMinLevel: Level;
  spendMinLevel: Level;
  targetCertifiedShare: string;
  targetSpendShare: string;
  sroiMinContractSum: string;
  sroiMinTermMonths: string;
  sroiPercentage: string;
  sroiLowLabourShare: string;
  sroiLowLabourPercentage: string;
  applyToStatus: boolean;
}

/** Which input a problem belongs to, so the editor can mark it. */
export type DraftField = keyof PolicyDraft | `reqFrom${number}` | `stepMonths${number}`;

export type DraftResult = { ok: true; value: Policy } | { ok: false; message: Message; field?: DraftField };

const plain = (n: number) => String(n).replace(".", ",");
const percent = (fraction: number) => {
  const points = Number((fraction * 100).toFixed(4));
  return formatPercent(fraction, Number.isInteger(points) ? 0 : 2);
};

export function draftFromPolicy(policy: Policy): PolicyDraft {
  return {
    name: policy.name,
    minAnnualSpend: formatEuro(policy.scope.minAnnualSpend),
    requirements: policy.requirements.map((r) => ({ ...r })),
    growthEnabled: policy.growthPath.enabled,
    growthMinTerm: plain(policy.growthPath.minTermMonths),
    steps: policy.growthPath.steps.map((s) => ({ level: s.level, months: plain(s.monthsAfterAward) })),
    expiryWarningDays: plain(policy.expiryWarningDays),
    reminderDays: policy.reminderDays.map(plain).join("; "),
    certifiedMinLevel: policy.kpi.certifiedMinLevel,
    spendMinLevel: policy.kpi.spendMinLevel,
    targetCertifiedShare: percent(policy.kpi.targetCertifiedShare),
    targetSpendShare: percent(policy.kpi.targetSpendShare),
    sroiMinContractSum: formatEuro(policy.sroi.minContractSum),
    sroiMinTermMonths: plain(policy.sroi.minTermMonths),
    sroiPercentage: percent(policy.sroi.percentage),
    sroiLowLabourShare: percent(policy.sroi.lowLabourShare),
    sroiLowLabourPercentage: percent(policy.sroi.lowLabourPercentage),
    applyToStatus: policy.sectorLevels.applyToStatus,
  };
}

class FieldError extends Error {
  constructor(readonly field: DraftField, readonly msg: Message) {
    super(msg.nl);
  }
}

type Text = (s: Strings) => string;
const both = (text: Text): Message => ({ nl: text(strings.nl), en: text(strings.en) });

/** "Label: problem" in both languages. */
function labelled(label: Text, problem: Message): Message {
  return { nl: `${label(strings.nl)}: ${problem.nl}`, en: `${label(strings.en)}: ${problem.en}` };
}

function money(field: DraftField, label: Text, text: string): number {
  const r = parseMoney(text);
  if (r.ok && r.value >= 0) return r.value;
  throw new FieldError(field, labelled(label, r.ok ? both((s) => s.notANumber(text.trim())) : r.message));
}

function count(field: DraftField, label: Text, text: string): number {
  const n = parseDutchNumber(text.trim());
  if (n !== null && n >= 0) return n;
  throw new FieldError(field, labelled(label, both((s) => s.notANumber(text.trim()))));
}

/** The form labels these fields "(%)", so a bare "1" means 1 %, not the fraction 1. */
function fraction(field: DraftField, label: Text, text: string): number {
  const t = text.trim();
  const r = parsePercent(/%$/.test(t) ? t : `${t}%`);
  if (r.ok) return r.value;
  throw new FieldError(field, labelled(label, r.message));
}

function dayList(text: string): number[] {
  const days = text.split(/[;,\s]+/).filter(Boolean).map((p) => parseDutchNumber(p));
  if (days.every((d): d is number => d !== null && d >= 0)) return days;
  throw new FieldError("reminderDays", labelled((s) => s.reminderDays, both((s) => s.notDayList(text.trim()))));
}

/**
 * Reads the form back into a policy: each text through the core's parsers (Dutch money and percent notation),
 * then the whole through policyFromJson, the same check a policy file or sheet gets.
 */
export function policyFromDraft(draft: PolicyDraft, base: Policy): DraftResult {
  let candidate: Policy;
  try {
    candidate = {
      ...base,
      name: draft.name.trim(),
      scope: { minAnnualSpend: money("minAnnualSpend", (s) => s.minAnnualSpend, draft.minAnnualSpend) },
      requirements: draft.requirements.map((r, i) => {
        if (!r.from) throw new FieldError(`reqFrom${i}`, labelled((s) => s.reqFrom(i + 1), both((s) => s.notIsoDate)));
        return { from: r.from, minLevel: r.minLevel };
      }),
      growthPath: {
        enabled: draft.growthEnabled,
        minTermMonths: count("growthMinTerm", (s) => s.growthMinTerm, draft.growthMinTerm),
        steps: draft.steps.map((step, i) => ({
          level: step.level,
          monthsAfterAward: count(`stepMonths${i}`, (s) => s.stepMonths(i + 1), step.months),
        })),
      },
      expiryWarningDays: count("expiryWarningDays", (s) => s.expiryWarningDays, draft.expiryWarningDays),
      reminderDays: dayList(draft.reminderDays),
      sectorLevels: { ...base.sectorLevels, applyToStatus: draft.applyToStatus },
      kpi: {
        certifiedMinLevel: draft.certifiedMinLevel,
        spendMinLevel: draft.spendMinLevel,
        targetCertifiedShare: fraction("targetCertifiedShare", (s) => s.targetCertifiedShare, draft.targetCertifiedShare),
        targetSpendShare: fraction("targetSpendShare", (s) => s.targetSpendShare, draft.targetSpendShare),
      },
      sroi: {
        minContractSum: money("sroiMinContractSum", (s) => s.sroiMinContractSum, draft.sroiMinContractSum),
        minTermMonths: count("sroiMinTermMonths", (s) => s.sroiMinTermMonths, draft.sroiMinTermMonths),
        percentage: fraction("sroiPercentage", (s) => s.sroiPercentage, draft.sroiPercentage),
        lowLabourShare: fraction("sroiLowLabourShare", (s) => s.sroiLowLabourShare, draft.sroiLowLabourShare),
        lowLabourPercentage: fraction("sroiLowLabourPercentage", (s) => s.sroiLowLabourPercentage, draft.sroiLowLabourPercentage),
      },
    };
  } catch (e) {
    if (e instanceof FieldError) return { ok: false, message: e.msg, field: e.field };
    throw e;
  }
  const checked: Result<Policy> = policyFromJson(candidate, base);
  return checked.ok ? checked : fail(checked.message);
}
