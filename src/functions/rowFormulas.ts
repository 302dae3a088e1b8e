import {
  CellValue, ColumnVerdicts, Day, evaluateColumns, evaluateRow, Finding, growthPathApplies, growthStateOn, heldLabel, levelLabel, parseDate, parseHeldLevel, parseMonths,
  parsePercent, parsePercentStrict, parseSpend, PercentReading, percentReadingOf, Policy, psoContribution, reasonText, sectorLevelOf, sroiObligation, statusLine,
  SupplierRow,
} from "../core";
import { certificateValidOn } from "../core/rules/validity";
import { optional, peildatum, required, text } from "./args";
import { errorForFinding, excelError, isExcelError } from "./errors";
import { functionLang } from "./language";
import { functionMessages } from "./messages";
import type { RowFormula } from "./ranges";

/**
 * What each PSO.* function computes for one row of cells, in the order of the formula's arguments. Every rule is a
 * call into src/core; these functions only read the arguments and shape the answer.
 */

/** PSO.BIJDRAGE for one row, its bare percentage read the way `reading` says. */
function contributionEuro([uitgaven, pct]: unknown[], reading: PercentReading): number {
  const spend = required(uitgaven, "uitgaven", parseSpend);
  const fraction = required(pct, "bijdrage_pct", (v) => parsePercentStrict(v, reading));
  return psoContribution(spend, fraction);
}

/**
 * A cell alone reads its bare number as a fraction up to 1 and as percent points above; over a range the column's
 * bare numbers are read as a whole (1,6 beside 80 is 1,6 %). A bare 1 among fractions is #VALUE!: it could be 1 % or
 * 100 % and a number cell cannot say which reading was taken (=PSO.BIJDRAGE(200000;1) never returns 200.000 silently).
 */
export const bijdrage: RowFormula = Object.assign((cells: unknown[]) => contributionEuro(cells, percentReadingOf([cells[1]])), {
  batch: (columns: unknown[][], count: number): unknown[] => {
    const reading = percentReadingOf(columns[1]);
    const out = new Array<unknown>(count);
    for (let i = 0; i < count; i++) {
      try {
        out[i] = contributionEuro([columns[0][i], columns[1][i]], reading);
      } catch (e) {
        if (!isExcelError(e)) throw e;
        out[i] = e;
      }
    }
    return out;
  },
});

/** The level a cell names, read as the check reads it: "Ja" is "Gecertificeerd, trede onbekend", not an error. */
export function trede([tekst]: unknown[]): string {
  return heldLabel(required(tekst, "tekst", parseHeldLevel), functionLang());
}

/** The supplier row the taskpane would read, built from formula arguments; the core parses the raw cells itself. */
function findingFor(policy: Policy, today: Day, cells: Partial<Record<keyof SupplierRow, unknown>>, peildatumArg: unknown): Finding {
  const row = { row: 0, ...cells } as SupplierRow;
  return evaluateRow(row, policy, peildatum(peildatumArg, today));
}

export function eis(policy: Policy, today: Day) {
  return ([spend, peildatumArg, award, term]: unknown[]): string => {
    const f = findingFor(policy, today, { spend, awardDate: award, termMonths: term, level: null }, peildatumArg);
    if (f.status === "error") throw errorForFinding(f);
    if (f.status === "out_of_scope" || f.requiredLevel === null || f.requiredLevel === "geen") {
      return functionMessages.noRequirement()[functionLang()];
    }
    return levelLabel(f.requiredLevel, functionLang());
  };
}

/** The finding for PSO.VOLDOET and PSO.STATUS (same arguments). */
function statusFinding(policy: Policy, today: Day, [level, validUntil, spend, peildatumArg, award, term, category, levelAtAward]: unknown[]): Finding {
  const f = findingFor(policy, today, { level, validUntil, spend, awardDate: award, termMonths: term, category, levelAtAward }, peildatumArg);
  if (f.status === "error") throw errorForFinding(f);
  return f;
}

/**
 * Whether PSO.VOLDOET and PSO.STATUS were called without what the growth path needs. The taskpane reads the award
 * date and term from the list; a formula that omits them cannot know whether a failing supplier is a newcomer on the
 * growth path, so its "Voldoet niet" would silently disagree with the pane (issue 23, item 6).
 */
export function growthPathUnchecked(policy: Policy, awardDate: unknown, termMonths: unknown): boolean {
  const omitted = (arg: unknown) => arg === null || arg === undefined;
  return policy.growthPath.enabled && (omitted(awardDate) || omitted(termMonths));
}

/**
 * TRUE for compliant and warning (compliant, needs attention) and for out of scope (no requirement applies). A
 * "Voldoet niet" that the growth path could turn around is #N/A when the award arguments are omitted.
 */
export function voldoet(policy: Policy, today: Day, growthUnchecked = false): RowFormula {
  const verdict = (nonCompliant: boolean): boolean => {
    if (nonCompliant && growthUnchecked) throw excelError("na", functionMessages.growthPathUnchecked());
    return !nonCompliant;
  };
  const perRow = (cells: unknown[]): boolean => verdict(statusFinding(policy, today, cells).status === "non_compliant");
  return Object.assign(perRow, {
    batch: statusBatch(policy, today, (v, i) => {
      try {
        return verdict(v.statusOf(i) === "non_compliant");
      } catch (e) {
        return e;
      }
    }),
  });
}

/** The status line; a "Voldoet niet" that the growth path could turn around says so when the award arguments are omitted. */
export function status(policy: Policy, today: Day, growthUnchecked = false): RowFormula {
  const lang = functionLang();
  const caveat = functionMessages.growthPathNotChecked()[lang];
  const withCaveat = (line: string, nonCompliant: boolean) => (nonCompliant && growthUnchecked ? `${line} (${caveat})` : line);
  const perRow = (cells: unknown[]): string => {
    const f = statusFinding(policy, today, cells);
    return withCaveat(statusLine(f, lang), f.status === "non_compliant");
  };
  return Object.assign(perRow, {
    batch: (columns: unknown[][], count: number) =>
      statusBatch(policy, today, (v, i) => withCaveat(v.statusLineAt(i, lang), v.statusOf(i) === "non_compliant"))(columns, count),
  });
}

/** The one peildatum of a whole range (one cell, or the same cell value on every row), else null: row by row then. */
function commonPeildatum(peildatumArg: unknown[], today: Day): Day | null {
  for (let i = 1; i < peildatumArg.length; i++) if (peildatumArg[i] !== peildatumArg[0]) return null;
  try {
    return peildatum(peildatumArg.length > 0 ? peildatumArg[0] : null, today);
  } catch {
    return null;
  }
}

/** PSO.STATUS and PSO.VOLDOET over ranges: the rows through the column evaluator in one call, answers as row by row. */
function statusBatch(policy: Policy, today: Day, answer: (verdicts: ColumnVerdicts, i: number) => unknown) {
  return (columns: unknown[][], count: number): unknown[] | null => {
    const [level, validUntil, spend, peildatumArg, awardDate, termMonths, category, levelAtAward] = columns as CellValue[][];
    const day = commonPeildatum(peildatumArg, today);
    if (day === null) return null;
    const cells = { level, validUntil, spend, awardDate, termMonths, category, levelAtAward };
    const verdicts = evaluateColumns({ count, cells }, policy, day);
    const out = new Array<unknown>(count);
    for (let i = 0; i < count; i++) {
      out[i] = verdicts.statusOf(i) === "error" ? errorForFinding(verdicts.findingAt(i)) : answer(verdicts, i);
    }
    return out;
  };
}

export function geldig(today: Day) {
  return ([validUntil, peildatumArg]: unknown[]): boolean =>
    certificateValidOn(required(validUntil, "geldig_tot", parseDate), peildatum(peildatumArg, today));
}

export function niveau(policy: Policy) {
  return ([categorie]: unknown[]): string => {
    const category = required(categorie, "categorie", text);
    const level = sectorLevelOf(policy, category);
    if (!level) throw excelError("na", functionMessages.unknownCategory(category));
    return functionMessages.sectorLevel(level.niveau, level.meaning)[functionLang()];
  };
}

export function groeipad(policy: Policy, today: Day) {
  return ([award, term, peildatumArg]: unknown[]): string => {
    const awardDay = required(award, "gunningsdatum", parseDate);
    const months = required(term, "looptijd_maanden", parseMonths);
    const day = peildatum(peildatumArg, today);
    const lang = functionLang();
    if (!policy.growthPath.enabled) return functionMessages.growthPathDisabled()[lang];
    if (!growthPathApplies(policy, months)) return functionMessages.noGrowthPath(months, policy.growthPath.minTermMonths)[lang];
    const g = growthStateOn(policy, awardDay, day);
    return reasonText({ code: "growthPath", award: g.award, due: g.due, next: g.next }, lang);
  };
}

export function sroi(policy: Policy) {
  return ([sum, term, share]: unknown[]): number => {
    const contractSum = required(sum, "opdrachtsom", parseSpend);
    const months = optional(term, "looptijd_maanden", parseMonths);
    const labourShare = optional(share, "arbeidsaandeel", parsePercent);
    return sroiObligation(policy, contractSum, months, labourShare).euro;
  };
}
