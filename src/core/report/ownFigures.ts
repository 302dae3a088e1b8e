import { CellValue, isBlank } from "../read/cells";
import { Day } from "../read/dates";
import { parseDate } from "../read/dates";
import { Level, levelInSentence, levelLabel, parseLevel } from "../read/levels";
import { formatPercent, parsePercent } from "../read/numbers";
import { coded } from "../i18n/coded";
import { Message, Result } from "../result";

/** The buyer's own audited PSO figures, typed by the controller on the Sociale bijdrage sheet. */
export interface OwnFigures {
  direct: number | null;
  indirect: number | null;
  total: number | null;
  level: Level | null;
  auditDate: Day | null;
}

export const OWN_FIGURE_KEYS = ["direct", "indirect", "total", "level", "auditDate"] as const;
export type OwnFigureKey = (typeof OWN_FIGURE_KEYS)[number];

/** Labels on the sheet; the inputs sit in the cell right of each label, found again by the label text. */
export const OWN_FIGURE_LABELS: Record<OwnFigureKey, Message> = {
  direct: { nl: "Directe bijdrage", en: "Direct contribution" },
  indirect: { nl: "Indirecte bijdrage", en: "Indirect contribution" },
  total: { nl: "Totale sociale bijdrage", en: "Total social contribution" },
  level: { nl: "PSO-trede", en: "PSO level" },
  auditDate: { nl: "Auditdatum", en: "Audit date" },
};

export const ownMessages = coded("core.ownFigures", {
  field: (label: Message, problem: Message): Message => ({ nl: `${label.nl}: ${problem.nl}`, en: `${label.en}: ${problem.en}` }),
  totalMismatch: (total: number, sum: number): Message => ({
    nl: `totale bijdrage ${formatPercent(total)} is niet direct + indirect (${formatPercent(sum)})`,
    en: `total contribution ${formatPercent(total, 1, "en")} is not direct + indirect (${formatPercent(sum, 1, "en")})`,
  }),
  ok: (figures: OwnFigures): Message => ({
    nl: `${formatPercent(figures.direct ?? 0)} + ${formatPercent(figures.indirect ?? 0)} = ${formatPercent(figures.total ?? 0)}${figures.level && figures.level !== "geen" ? `, ${levelInSentence(figures.level)}` : ""}`,
    en: `${formatPercent(figures.direct ?? 0, 1, "en")} + ${formatPercent(figures.indirect ?? 0, 1, "en")} = ${formatPercent(figures.total ?? 0, 1, "en")}${figures.level && figures.level !== "geen" ? `, ${levelLabel(figures.level, "en")}` : ""}`,
  }),
  empty: (): Message => ({ nl: "nog niet ingevuld", en: "not filled in yet" }),
});

export interface ParsedOwnFigures {
  figures: OwnFigures;
  /** Inputs that could not be read or do not add up; the inputs themselves are kept as typed. */
  problems: Message[];
}

/**
 * Reads the controller's own figures ("1,6%", 0.016, "Trede 3", "21-07-2022"); a blank input stays null and a
 * blank total is direct + indirect.
 */
export function parseOwnFigures(cells: Partial<Record<OwnFigureKey, CellValue>>): ParsedOwnFigures {
  const problems: Message[] = [];
  const read = <T>(key: OwnFigureKey, parse: (v: unknown) => Result<T>): T | null => {
    const value = cells[key];
    if (isBlank(value)) return null;
    const result = parse(typeof value === "string" ? value.trim() : value);
    if (result.ok) return result.value;
    problems.push(ownMessages.field(OWN_FIGURE_LABELS[key], result.message));
    return null;
  };
  const figures: OwnFigures = {
    direct: read("direct", parsePercent),
    indirect: read("indirect", parsePercent),
    total: read("total", parsePercent),
    level: read("level", parseLevel),
    auditDate: read("auditDate", parseDate),
  };
  if (figures.direct !== null && figures.indirect !== null) {
    const sum = Math.round((figures.direct + figures.indirect) * 10_000) / 10_000;
    if (figures.total === null) figures.total = sum;
    else if (Math.abs(figures.total - sum) > 0.0005) problems.push(ownMessages.totalMismatch(figures.total, sum));
  }
  return { figures, problems };
}

/** One line for the sheet beside the inputs: the sum as a check, or what is wrong. */
export function ownFiguresCheck(parsed: ParsedOwnFigures): Message {
  if (parsed.problems.length > 0) {
    return { nl: parsed.problems.map((p) => p.nl).join("; "), en: parsed.problems.map((p) => p.en).join("; ") };
  }
  const f = parsed.figures;
  if (f.direct === null && f.indirect === null && f.total === null) return ownMessages.empty();
  return ownMessages.ok(f);
}
