import { CellValue } from "../read/cells";
import { Day } from "../read/dates";
import { contributionNote, readRow, spendDerivedNote, SupplierColumns } from "./evaluateCells";
import { emptyRowValues, findingFromValues, findingsOfColumns, niveauOfCell, STATUSES } from "./evaluateColumns";
import { supplierTypeOf } from "../report/supplierType";
import { Decision, ruleContext } from "./evaluateRules";
import type { Notation } from "../read/numbers";
import { Policy } from "../policy/policy";
import type { Finding, Reason, SupplierRow } from "./finding";

export { parseSpend } from "./evaluateCells";
export { STATUSES };

export type { Finding, Status, SupplierRow } from "./finding";

/**
 * Supplier rows as columns of raw cells, the fields the rules read (one pass, plain property reads: it runs per row),
 * with the notation their amounts are written in (see amountNotation).
 */
export function columnsFromRows(rows: readonly SupplierRow[], notation?: Notation): SupplierColumns {
  const n = rows.length;
  const column = () => new Array<CellValue>(n);
  const [supplier, spend, level, validUntil, awardDate, termMonths, endDate, contribution, category, levelAtAward, contractSum] =
    [column(), column(), column(), column(), column(), column(), column(), column(), column(), column(), column()];
  let anyTotal = false;
  let aspirantSince: CellValue[] | undefined;
  const rowNumbers = new Array<number>(n);
  for (let i = 0; i < n; i++) {
    const r = rows[i];
    rowNumbers[i] = r.row;
    supplier[i] = r.supplier;
    spend[i] = r.spend;
    level[i] = r.level;
    validUntil[i] = r.validUntil;
    awardDate[i] = r.awardDate;
    termMonths[i] = r.termMonths;
    endDate[i] = r.endDate;
    contribution[i] = r.contribution;
    category[i] = r.category;
    levelAtAward[i] = r.levelAtAward;
    contractSum[i] = r.contractSum;
    if (r.contractSum !== undefined) anyTotal = true;
    if (r.aspirantSince !== undefined) (aspirantSince ??= column())[i] = r.aspirantSince;
  }
  const cells = { supplier, spend, level, validUntil, awardDate, termMonths, endDate, contribution, category, levelAtAward, ...(anyTotal ? { contractSum } : {}), ...(aspirantSince ? { aspirantSince } : {}) };
  return { count: n, rowNumbers, cells, ...(notation ? { notation } : {}) };
}

/** Evaluates one supplier row against the policy on the peildatum. */
export function evaluateRow(row: SupplierRow, policy: Policy, peildatum: Day): Finding {
  const problems: Reason[] = [];
  const values = emptyRowValues();
  const read = readRow(row, values, { add: (_row, field, problem) => problems.push({ code: "invalid", field, problem }) });
  const notes = [];
  if (read.derived) notes.push(spendDerivedNote(row.contractSum, values.termMonths, values.spend));
  if (read.ambiguous) notes.push(contributionNote(row.contribution, values.contribution));
  return findingFromValues(ruleContext(policy, peildatum), values, problems, new Decision(), row.row, row.supplier, niveauOfCell(policy, row.category), supplierTypeOf(row.category) === "sw", notes);
}

/** One finding per row, in the order given; a bad row gets status `error` and never stops the others. */
export function evaluate(rows: readonly SupplierRow[], policy: Policy, peildatum: Day, notation?: Notation): Finding[] {
  return findingsOfColumns(columnsFromRows(rows, notation), policy, peildatum);
}
