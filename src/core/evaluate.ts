import { CellValue } from "./cells";
import { Field, FIELDS } from "./columns";
import { Day } from "./dates";
import { SupplierColumns } from "./evaluateCells";
import { evaluateColumns, STATUSES } from "./evaluateColumns";
import { GrowthState } from "./growthPath";
import { Level } from "./levels";
import { Niveau, Policy } from "./policy";
import { Reason } from "./reasons";

export { parseSpend } from "./evaluateCells";
export { STATUSES };

export type Status = "compliant" | "non_compliant" | "warning" | "out_of_scope" | "error";

/** One supplier row as read from a sheet: its 1-based sheet row number and the raw cells per field. */
export type SupplierRow = { row: number } & Partial<Record<Field, CellValue>>;

export interface Finding {
  row: number;
  supplier: string;
  status: Status;
  /** The level the policy asks on the peildatum, growth path included; null when out of scope or unreadable. */
  requiredLevel: Level | null;
  /** The level on the sheet (valid or not); null when unreadable. */
  heldLevel: Level | null;
  /** Whether the held level is a certificate valid on the peildatum. */
  certificateValid: boolean;
  validUntil: Day | null;
  spend: number | null;
  /** Audited total social contribution as a fraction. */
  contribution: number | null;
  niveau: Niveau | null;
  growth: GrowthState | null;
  /** When the follow-up is due: the expiry, the step deadline or the day the requirement began. */
  deadline: Day | null;
  reasons: Reason[];
}

/** Supplier rows as columns of raw cells (the rows' objects are not copied, only referenced per field). */
export function columnsFromRows(rows: readonly SupplierRow[]): SupplierColumns {
  const cells: SupplierColumns["cells"] = {};
  for (const field of FIELDS) {
    if (!rows.some((r) => r[field] !== undefined)) continue;
    const column = new Array<CellValue>(rows.length);
    for (let i = 0; i < rows.length; i++) column[i] = rows[i][field];
    cells[field] = column;
  }
  return { count: rows.length, rowNumbers: rows.map((r) => r.row), cells };
}

/** Evaluates one supplier row against the policy on the peildatum. */
export function evaluateRow(row: SupplierRow, policy: Policy, peil: Day): Finding {
  return evaluateColumns(columnsFromRows([row]), policy, peil).findingAt(0);
}

/** One finding per row, in the order given; a bad row gets status `error` and never stops the others. */
export function evaluate(rows: readonly SupplierRow[], policy: Policy, peil: Day): Finding[] {
  return evaluateColumns(columnsFromRows(rows), policy, peil).findings();
}
