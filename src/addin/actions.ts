import type { CellValue, CheckReport, ColumnMapping, Day, Finding, Kpis, Lang, Letter, Message, Outlook, Policy, Result, Status } from "../core";

/**
 * What the taskpane can ask of the workbook. The Office.js implementation lives in src/excel/taskpaneActions.ts (wired in src/addin/officeActions.ts);
 * component tests and the workbench pass their own. Components never call Office directly.
 */
export interface SheetInfo {
  sheetName: string;
  /** 1-based sheet row number of the header row. */
  headerRow: number;
  /** Header texts of the table, left to right, starting at `firstColumn`. */
  headers: string[];
  /** Zero-based sheet column index of headers[0]. */
  firstColumn: number;
  /** Detected or remembered mapping, as indexes into `headers`. */
  mapping: ColumnMapping;
  dataRowCount: number;
  /** Things the user should know (a table object, filtered or hidden rows, several data blocks). */
  notices: Message[];
  /** Which sheet rows the table holds: for one quiet line instead of a warning per row kind. */
  rows?: TableRows;
  /** Up to three filled cells under each header (same order as `headers`), shown beside each link. */
  samples?: CellValue[][];
}

/** The table's rows as the check reads them, 1-based sheet rows. */
export interface TableRows {
  first: number;
  last: number;
  /** Subtotal rows inside the table: skipped. */
  subtotals: number[];
  /** Where a totals row or a second table starts (not checked), or null. */
  end: number | null;
  /** Whether some rows are hidden or filtered out (they are checked too). */
  hidden: boolean;
}

export interface FailingRow {
  row: number;
  supplier: string;
  status: Status;
  statusLine: string;
  explanation: string;
}

export interface CheckSummary {
  peildatum: Day;
  counts: Record<Status, number>;
  kpis: Kpis;
  /** Rows with status non_compliant, warning or error, in sheet order. */
  failing: FailingRow[];
  findings: Finding[];
  /** The sheet that was checked and the mapping used there (that sheet's own when the active sheet changed). */
  sheetName?: string;
  mapping?: ColumnMapping;
  /** The core's check report the adapter painted: bounds, result columns, KPI lines; the fields above are its views. */
  report: CheckReport;
  /** The core's outlook over the months after the peildatum (issue 24.2), as `check --json` gives it; absent in older fakes. */
  outlook?: Outlook;
}

/** The sheet and header texts a mapping was made for: its indexes mean nothing on another sheet. */
export interface MappingOwner {
  sheetName: string;
  headers: string[];
}

export interface CheckOptions {
  mapping: ColumnMapping;
  /** Where `mapping` was detected or chosen; on another sheet the check detects that sheet's own columns. */
  mappingFor?: MappingOwner;
  peildatum: Day;
  policy: Policy;
  lang: Lang;
}

export interface PolicySource {
  policy: Policy;
  /** "sheet" when the workbook has a PSO-beleid sheet, else "preset". */
  source: "sheet" | "preset";
}

export interface TaskpaneActions {
  detect(): Promise<Result<SheetInfo>>;
  check(options: CheckOptions): Promise<Result<CheckSummary>>;
  clear(): Promise<Result<void>>;
  selectRow(row: number): Promise<void>;
  loadPolicy(): Promise<Result<PolicySource>>;
  savePolicy(policy: Policy): Promise<Result<PolicySaved | void>>;
  /** Removes the PSO-beleid sheet's values and goes back to the preset. */
  resetPolicy(): Promise<Result<PolicySource>>;
  saveMapping(mapping: ColumnMapping, mappingFor?: MappingOwner): Promise<void>;
  /** Runs `start` once the taskpane is visible (not while the runtime runs hidden at workbook open); returns cancel. */
  whenVisible?(start: () => void): () => void;
  /** Tells the listener when the PSO-beleid sheet was edited directly (the policy as read again); returns unsubscribe. */
  onPolicyChange?(listener: (result: Result<PolicySource>) => void): () => void;
  /** Creates or updates the "Sociale bijdrage" sheet (controller issue); absent until built. */
  refreshSocialSheet?(options: CheckOptions): Promise<Result<{ month: string; sheet?: string; userSheetKept?: string | null }>>;
  /** Writes the "Brieven" sheet: one row per supplier that has to act, the letters' merge fields as columns (issue 17). */
  writeLetters?(options: CheckOptions): Promise<Result<{ count: number; sheetName: string; letters: Letter[]; notice?: Message | null }>>;
}

/** Where the editor saved the policy; `notice` says so when a user's own sheet named like ours was left alone. */
export interface PolicySaved {
  sheet: string;
  notice: Message | null;
}
