import { Lang, Message, Policy, wonenLimburgPolicy } from "../core";
import { getPath, LIST_SETTINGS, SETTINGS, SettingSection } from "../core/policy/policySettings";
import { DraftValue, toDraft } from "./policyDraft";
import { paneMessages } from "./messages";
import { uiMessages } from "./strings";

/** One setting whose value differs from the preset: its label, the value now and the preset's, as the form shows them. */
export interface PolicyChange {
  label: Message;
  /** As the form shows them; null for a list (said as "gewijzigd"). */
  now: DraftValue | null;
  preset: DraftValue | null;
}

const shown = (value: DraftValue, lang: Lang): string => (typeof value === "boolean" ? (value ? paneMessages.yes : paneMessages.no)[lang] : value);

/**
 * What a policy changes against the preset it starts from (issue 25 item 4): every setting, and each list (the
 * requirements, the growth path, the sector categories) as one line. Empty for the preset itself.
 */
export function policyChanges(policy: Policy, preset: Policy = wonenLimburgPolicy): PolicyChange[] {
  const changes: PolicyChange[] = [];
  for (const setting of SETTINGS) {
    const now = getPath(policy, setting.path);
    const was = getPath(preset, setting.path);
    if (JSON.stringify(now) === JSON.stringify(was)) continue;
    changes.push({ label: setting.label, now: toDraft(setting, now), preset: toDraft(setting, was) });
  }
  for (const list of LIST_SETTINGS) {
    if (JSON.stringify(getPath(policy, list.path)) === JSON.stringify(getPath(preset, list.path))) continue;
    const heading = list.section === "general" ? null : SECTION_HEADING[list.section];
    const label = heading ?? { nl: list.path, en: list.path };
    changes.push({ label, now: null, preset: null });
  }
  return changes;
}

/** The heading of each editor section, in the editor and in the list of what differs from the preset. */
export const SECTION_HEADING: Record<Exclude<SettingSection, "general">, Message> = {
  scope: uiMessages.scopeHeading,
  requirements: uiMessages.requirementsHeading,
  growth: uiMessages.growthHeading,
  warning: uiMessages.warningHeading,
  kpi: uiMessages.kpiSettingsHeading,
  sroi: uiMessages.sroiHeading,
  sector: uiMessages.sectorHeading,
};

/** A change as one phrase: "Drempel opdrachtsom per jaar (€) € 1.000.000,00 (standaard € 150.000,00)". */
export function changeText(change: PolicyChange, lang: Lang): string {
  if (change.now === null || change.preset === null) return paneMessages.listChanged(change.label[lang])[lang];
  return paneMessages.settingChanged(change.label[lang], shown(change.now, lang), shown(change.preset, lang))[lang];
}

/** The policy's name as the pane shows it: marked "aangepast" when it differs from the preset. */
export function policyTitle(policy: Policy, lang: Lang): string {
  const n = policyChanges(policy).length;
  return n === 0 ? policy.name : `${policy.name} (${paneMessages.changedMark(n)[lang]})`;
}
