import { Field, FIELD_LABELS } from "../read/columns";
import { Day, formatDate } from "../read/dates";
import { Level, levelInSentence } from "../read/levels";
import type { ColumnNames, Reason } from "./finding";
import type { Lang } from "../result";

/* The words the rules' texts share (ruleTable.ts, reasons.ts): levels in a sentence, what to ask for, a column's name. */

export const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
export const levelIn = (level: Level, lang: Lang) => levelInSentence(level, lang);
export const held = (level: Level, lang: Lang) =>
  level === "geen" ? (lang === "nl" ? "geen geldig PSO-certificaat" : "no valid PSO certificate") : levelIn(level, lang);

export function columnName(field: Field, lang: Lang, columns?: ColumnNames): string {
  return columns?.[field] ?? `"${FIELD_LABELS[field][lang]}"`;
}

/**
 * What to ask the supplier for, with the day it has been required: "een certificaat van minimaal trede 2 (vereist
 * sinds 1-1-2022)", or for Aspirant-status "een goedgekeurd plan van aanpak (Aspirant-status, vereist sinds ...)".
 */
export function askFor(level: Level, since: Day | null, lang: Lang, valid = false): string {
  const nl = lang === "nl";
  const when = since === null ? "" : nl ? `vereist sinds ${formatDate(since, lang)}` : `required since ${formatDate(since, lang)}`;
  if (level === "aspirant")
    return nl ? `een goedgekeurd plan van aanpak (Aspirant-status${when ? `, ${when}` : ""})` : `an approved plan of action (Aspirant status${when ? `, ${when}` : ""})`;
  const what = nl ? `${valid ? "een geldig" : "een"} certificaat van minimaal ${levelIn(level, lang)}` : `${valid ? "a valid" : "a"} certificate of at least ${levelIn(level, lang)}`;
  return when ? `${what} (${when})` : what;
}

/** "Groeipad (gegund 1-9-2025): nu Aspirant-status vereist, trede 1 uiterlijk 1-9-2027"; the next step only if `withNext`. */
export function growthPathText(reason: Extract<Reason, { code: "growthPath" }>, lang: Lang, withNext: boolean, withNow = true): string {
  const nl = lang === "nl";
  const d = (day: Day) => formatDate(day, lang);
  const next = withNext ? reason.next : null;
  const parts: string[] = [];
  if (withNow)
    parts.push(reason.due === "geen" ? (nl ? "nu nog geen eis" : "no requirement yet") : nl ? `nu ${levelIn(reason.due, lang)} vereist` : `now ${levelIn(reason.due, lang)} required`);
  if (next) parts.push(nl ? `${levelIn(next.level, lang)} uiterlijk ${d(next.deadline)}` : `${levelIn(next.level, lang)} by ${d(next.deadline)}`);
  const head = nl ? `Groeipad (gegund ${d(reason.award)})` : `Growth path (awarded ${d(reason.award)})`;
  return parts.length === 0 ? head : `${head}: ${parts.join(", ")}`;
}
