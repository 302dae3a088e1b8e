import { isBlank } from "../read/cells";
import { columnLetter } from "../read/address";
import { ColumnMapping, FIELD_LABELS } from "../read/columns";
import { Day } from "../read/dates";
import { Finding, Status } from "../rules/evaluate";
import { ColumnVerdicts, evaluateColumns, RowFigures } from "../rules/evaluateColumns";
import { HIGHLIGHT_FILLS, highlightFormulas, HighlightKind, RESULT_HEADERS } from "../rules/highlight";
import { computeKpis, Kpis } from "./kpi";
import { reportMessages } from "../read/messages";
import { amountNotation, formatCount, formatEuro, formatPercent } from "../read/numbers";
import { Policy } from "../policy/policy";
import { ColumnNames, explanation, statusLine } from "../rules/reasons";
import { applyRegisterToColumns, Register, RegisterMatches, registerNotice, withRegister } from "../register/register";
import { kpiBlock, KpiLine, kpiNotes } from "./kpiBlock";
import { Lang, Message } from "../result";
import { LinkedColumn, linkedColumns, SupplierTable } from "../read/table";
import { columnMessages, tableMessages } from "../read/tableMessages";

/*
 * The check report: everything one check shows or writes, computed once from the table, the policy and the
 * peildatum. The CLI prints it, the Office adapter and the .xlsx patch writer paint it, the taskpane shows it.
 * Rows are 1-based sheet row numbers (as Excel shows them); columns are zero-based sheet column indexes.
 */

/** Excel's last column (XFD), zero-based. */
export const LAST_SHEET_COLUMN = 16_383;

/** What an adapter knows about the sheet's columns beyond the table: where the result columns may not go. */
export interface ColumnUse {
  /** Whether a grid column holds a value in any row, or a merged block that reaches the header row or below. */
  used(col: number): boolean;
  /** The last grid column that holds anything; -1 when none. */
  lastUsed: number;
}

/** Zero-based grid columns of PSO-status and PSO-toelichting. */
export interface ResultPlacement {
  status: number;
  explanation: number;
}

/**
 * Where the two result columns go: an earlier run's pair (PSO-status with PSO-toelichting right beside it), else the
 * first two columns right of the table's last header that hold nothing in any row, else right of everything. Never on
 * a column the user has filled: a user's own "PSO-status" column without its partner is theirs. Null when the sheet
 * has no room left.
 */
export function placeResultColumns(table: SupplierTable, use: ColumnUse): ResultPlacement | null {
  if (table.statusColumn !== null && table.explanationColumn === table.statusColumn + 1) {
    return { status: table.statusColumn, explanation: table.explanationColumn };
  }
  const last = LAST_SHEET_COLUMN - table.columnOffset;
  const free = (c: number) => c <= last && !use.used(c);
  const own = [table.statusColumn, table.explanationColumn].filter((c): c is number => c !== null);
  const right = Math.max(table.lastUserColumn, ...own) + 1;
  if (free(right) && free(right + 1)) return { status: right, explanation: right + 1 };
  let c = Math.max(use.lastUsed, right) + 1;
  while (c < last && !(free(c) && free(c + 1))) c++;
  return c < last ? { status: c, explanation: c + 1 } : null;
}

/**
 * What the user should know about where the table and the result columns are: a totals row or second table that
 * ends it, and result columns that had to move past the user's data (naming that data's column and where they went).
 */
export function tableNotices(table: SupplierTable, placement: ResultPlacement, use: ColumnUse): Message[] {
  const notices: Message[] = [];
  if (table.nextBlockRow !== null) notices.push(reportMessages.tableEnds(table.headerRow + 1, table.lastDataRow, table.nextBlockRow));
  if (table.subtotalRows.length > 0) notices.push(tableMessages.subtotalRows(table.subtotalRows));
  for (const r of table.rejectedColumns) {
    notices.push(columnMessages.notLinked(columnLetter(r.column + table.columnOffset), r.header, FIELD_LABELS[r.field], r.field, r.samples));
  }
  const right = table.lastUserColumn + 1;
  if (placement.status > right && table.statusColumn !== placement.status) {
    let busy = right;
    while (busy < placement.status && !use.used(busy)) busy++;
    const letter = (c: number) => columnLetter(c + table.columnOffset);
    notices.push(reportMessages.resultsMoved(letter(busy), letter(placement.status), letter(placement.explanation)));
  }
  return notices;
}

/**
 * Columns that matter and are missing (issue 16, item 2): the growth path needs both the award date and the term (or
 * end date). With only one of them mapped it is silently off, so the check says so and names the column it did find.
 */
export function columnNotices(mapping: ColumnMapping, columns: ColumnNames, policy: Policy): Message[] {
  if (!policy.growthPath.enabled) return [];
  const award = mapping.awardDate !== undefined;
  const termField = mapping.termMonths !== undefined ? "termMonths" : mapping.endDate !== undefined ? "endDate" : null;
  const name = (field: "awardDate" | "termMonths" | "endDate") => columns[field] ?? `"${FIELD_LABELS[field].nl}"`;
  if (termField && !award) return [reportMessages.growthPathNoAward(name(termField))];
  if (award && !termField) return [reportMessages.growthPathNoTerm(name("awardDate"))];
  return [];
}

/** A column use read from a grid that holds every cell (Excel's used range, a CSV), plus merged blocks. */
export function columnUseOfGrid(
  grid: readonly (readonly unknown[])[],
  merges: readonly { firstRow: number; lastRow: number; firstColumn: number; lastColumn: number }[] = [],
  headerRow = 0,
): ColumnUse {
  const used = new Set<number>();
  for (const row of grid) for (let c = 0; c < row.length; c++) if (!used.has(c) && !isBlank(row[c] as never)) used.add(c);
  for (const m of merges) if (m.lastRow >= headerRow) for (let c = m.firstColumn; c <= m.lastColumn; c++) used.add(c);
  return { used: (c) => used.has(c), lastUsed: used.size === 0 ? -1 : Math.max(...used) };
}

export interface ReportRow {
  row: number;
  supplier: string;
  status: Status;
  statusLine: string;
  explanation: string;
}

export interface ReportKpiLine {
  key: KpiLine["key"];
  label: string;
  /** The figure as shown: a count, or euros, with the share where the corporation reports one. */
  value: string;
  /** The policy's target share, if it sets one. */
  target: number | null;
  /** What the share in `value` is taken over ("van de beoordeelde leveranciers"); null when `value` shows no share. */
  shareOf: string | null;
  /** Why the figure cannot be computed (then `value` is "onbekend"); null when it can. */
  unknown: string | null;
}

/**
 * How the table's rows split (issue 16, item 4): every sheet row from the first data row to the table's end is in
 * exactly one group, so rows = assessed + errorRows + blankRows (+ 1 for endRow).
 */
export interface RowCounts {
  rows: number;
  /** Supplier rows judged (any status but "Fout"): what the KPIs count. */
  assessed: number;
  /** Sheet rows with a data error, in sheet order: listed with their reasons, not counted in the KPIs. */
  errorRows: number[];
  /** Blank sheet rows inside the table, in sheet order: skipped. */
  blankRows: number[];
  /** The sheet row where a totals row or a second table starts (not checked), or null. */
  endRow: number | null;
  /** The one line that says it: "60 rijen: 44 leveranciers beoordeeld, 12 met een gegevensfout (niet meegeteld), ...". */
  line: Message;
}

export interface HighlightRule {
  kind: HighlightKind;
  /** en-US formula without "=", relative to the first data row. */
  formula: string;
  /** RGB hex without "#". */
  fill: string;
}

export interface CheckReport {
  /** The user's table: header row, first and last column, data rows (lastDataRow == headerRow when it has none). */
  headerRow: number;
  firstColumn: number;
  lastColumn: number;
  firstDataRow: number;
  lastDataRow: number;
  /** Where a totals row or a second table starts (not checked), or null. */
  nextBlockRow: number | null;
  /** Sheet columns of the result columns, their headers, and whether they are an earlier run's (re-used). */
  result: { status: number; explanation: number; headers: readonly [string, string]; rerun: boolean };
  /** How the sheet's columns are named in messages. */
  columns: ColumnNames;
  /** Which column was read as what, in field order (see linkedColumns). */
  linked: LinkedColumn[];
  /**
   * What goes in a checked row's result columns: its status line and explanation. Made when asked, so a million-row
   * sheet never holds two million texts at once (the findings are in sheet order, one per checked row).
   */
  resultTexts(finding: Finding): readonly [string, string];
  /** Red and amber rules over firstColumn..result.explanation, firstDataRow..lastDataRow; none without data rows. */
  highlight: { statusCell: string; rules: HighlightRule[] };
  kpiLines: ReportKpiLine[];
  rowCounts: RowCounts;
  /** Rows that are not compliant, need a warning or could not be read, in sheet order. */
  attention: ReportRow[];
  notices: Message[];
  /**
   * The checked rows in sheet order: each one's sheet row, and its finding made when asked, so a writer or printer
   * that goes through a million rows never holds a million findings.
   */
  checked: CheckedRows;
  /** resultTexts of checked row i's finding, made once per distinct reasons rather than once per row. */
  resultTextsAt(i: number): readonly [string, string];
  /** Every finding at once (made on first use), for callers that keep them all: the taskpane, --json. */
  findings: Finding[];
  kpis: Kpis;
}

/** The checked rows of a report, in sheet order (see CheckReport.checked). */
export interface CheckedRows {
  count: number;
  rowAt(i: number): number;
  findingAt(i: number): Finding;
  /** Row i's status as its finding has it, without making the finding. */
  statusAt(i: number): Status;
  /** Row i's supplier name as its finding has it. */
  supplierAt(i: number): string;
}

const ATTENTION: ReadonlySet<Status> = new Set(["non_compliant", "warning", "error"]);

/** A row with data but no supplier name is no supplier: an error row, shown, never counted in the KPIs. */
function withoutName(f: Finding): Finding {
  if (f.supplier.trim() !== "") return f;
  return {
    ...f,
    status: "error",
    requiredLevel: null,
    reasons: [{ code: "invalid", field: "supplier", problem: reportMessages.nameMissing() }, ...f.reasons.filter((r) => r.code === "invalid")],
  };
}

const showsShare = (line: KpiLine) => (line.key === "certified" || line.key === "spendHigh") && line.share !== null;

function shownValue(line: KpiLine, lang: Lang): string {
  if (line.unknown !== null) return kpiNotes.unknown()[lang];
  const figure = line.unit === "euro" ? formatEuro(line.value, lang) : String(line.value);
  return showsShare(line) ? `${figure} (${formatPercent(line.share as number, 1, lang)})` : figure;
}

function reportKpiLine(line: KpiLine, lang: Lang): ReportKpiLine {
  const shareOf = showsShare(line) && line.unknown === null ? line.shareOf : null;
  return { key: line.key, label: line.label, value: shownValue(line, lang), target: line.target, shareOf, unknown: line.unknown };
}

/** The row split of a checked table, from the checked rows' numbers and the sheet rows of its error rows. */
export function rowCountsOf(
  table: Pick<SupplierTable, "headerRow" | "lastDataRow" | "nextBlockRow">,
  checked: { count: number; rowAt(i: number): number },
  errorRows: number[],
): RowCounts {
  const blankRows: number[] = [];
  let next = table.headerRow + 1;
  for (let i = 0; i < checked.count; i++) {
    const row = checked.rowAt(i);
    while (next < row) blankRows.push(next++);
    next = row + 1;
  }
  while (next <= table.lastDataRow) blankRows.push(next++);
  const endRow = table.nextBlockRow;
  const rows = table.lastDataRow - table.headerRow + (endRow === null ? 0 : 1);
  const assessed = checked.count - errorRows.length;
  return { rows, assessed, errorRows, blankRows, endRow, line: reportMessages.rowCounts(rows, assessed, errorRows.length, blankRows.length, endRow) };
}

/** How the table writes amounts as text: the language of its headers (issue 15 item 9). */
const notationOf = (table: Pick<SupplierTable, "mapping" | "headers">) =>
  amountNotation(table.headers, [table.mapping.spend, table.mapping.contractSum]);

/**
 * The findings of a table's rows, from its columns (no object per row): the rules plus the one rule only a table knows: where the sheet has a supplier
 * column, a row needs a name in it.
 */
export function checkFindings(table: Pick<SupplierTable, "columns" | "mapping" | "headers">, policy: Policy, peildatum: Day, register?: Register): Finding[] {
  const { checked } = checkedRows(table, policy, peildatum, register);
  return Array.from({ length: checked.count }, (_, i) => checked.findingAt(i));
}

/**
 * A table's rows as the check sees them, each finding made when it is asked for: the reader's columns go to the
 * evaluator as they are (no object per row); with a register, a found supplier's level and expiry are the register's
 * (issue 17), applied to the columns before the rules run, and each finding says what the register said.
 * `plain(i)`: whether row i's finding is the evaluator's own (no register, and a name where the sheet has a name column).
 */
function checkedRows(
  table: Pick<SupplierTable, "columns" | "mapping" | "headers">,
  policy: Policy,
  peildatum: Day,
  register?: Register,
): { checked: CheckedRows; matches: RegisterMatches | null; verdicts: ColumnVerdicts; plain: (i: number) => boolean } {
  const cells = { ...table.columns, notation: notationOf(table) };
  const applied = register ? applyRegisterToColumns(cells, register) : null;
  const verdicts = evaluateColumns(applied ? applied.columns : cells, policy, peildatum);
  const named = table.mapping.supplier !== undefined;
  const nameless = (i: number) => named && !verdicts.hasName(i);
  const own = (i: number) => (nameless(i) ? withoutName(verdicts.findingAt(i)) : verdicts.findingAt(i));
  const findingAt = applied ? (i: number) => withRegister(own(i), applied.matches.recordAt(i), policy) : own;
  const checked: CheckedRows = {
    count: verdicts.count,
    rowAt: (i: number) => verdicts.rowOf(i),
    findingAt,
    statusAt: applied ? (i: number) => findingAt(i).status : (i: number) => (nameless(i) ? "error" : verdicts.statusOf(i)),
    supplierAt: (i: number) => verdicts.supplierAt(i),
  };
  return { checked, matches: applied?.matches ?? null, verdicts, plain: applied ? () => false : (i: number) => !nameless(i) };
}

/**
 * The rows that need attention, one at a time in sheet order: what `attention` holds, for a printer that writes each
 * row as it goes and so never holds a million rows' texts at once.
 */
export function* attentionRows(report: Pick<CheckReport, "checked" | "resultTextsAt">): Generator<ReportRow> {
  const { checked } = report;
  for (let i = 0; i < checked.count; i++) {
    const status = checked.statusAt(i);
    if (!ATTENTION.has(status)) continue;
    const [line, why] = report.resultTextsAt(i);
    yield { row: checked.rowAt(i), supplier: checked.supplierAt(i), status, statusLine: line, explanation: why };
  }
}

/** Excel's limit on the characters in one cell (Office.js refuses a longer value; a file with one needs repair). */
export const MAX_CELL_CHARS = 32_767;

/** A result text that fits one Excel cell: a longer one (a huge cell value quoted in a reason) is cut, with a note. */
export function fitCell(text: string, lang: Lang): string {
  if (text.length <= MAX_CELL_CHARS) return text;
  const note = reportMessages.cellShortened(formatCount(text.length, lang))[lang];
  let end = MAX_CELL_CHARS - note.length;
  // Never cut between the two halves of a character outside the basic plane (an emoji).
  if (/[\ud800-\udbff]/.test(text[end - 1])) end--;
  return text.slice(0, end) + note;
}

/** The check report of a located table; null when the sheet has no two free columns left for the results. */
export function buildCheckReport(
  table: SupplierTable,
  use: ColumnUse,
  options: { policy: Policy; peildatum: Day; lang: Lang; register?: Register },
): CheckReport | null {
  const placement = placeResultColumns(table, use);
  if (!placement) return null;
  const { policy, peildatum, lang } = options;
  const offset = table.columnOffset;
  // The same findings checkFindings gives, made one row at a time whenever they are asked for.
  const { checked, matches, verdicts, plain } = checkedRows(table, policy, peildatum, options.register);
  function* eachFinding(): Generator<Finding> {
    for (let i = 0; i < checked.count; i++) yield checked.findingAt(i);
  }
  let findings: Finding[] | undefined;
  const errorRows: number[] = [];
  // The KPIs read no reason: a plain row's figures come from the verdicts into one reused object (computeKpis keeps none).
  function* countingErrors(): Generator<RowFigures> {
    const figures = {} as RowFigures;
    for (let i = 0; i < checked.count; i++) {
      const f = plain(i) ? verdicts.figuresAt(i, figures) : checked.findingAt(i);
      if (f.status === "error") errorRows.push(checked.rowAt(i));
      yield f;
    }
  }
  const kpis = computeKpis(countingErrors(), policy);
  const columns = table.columnNames;
  const resultTexts = (f: Finding) => [fitCell(statusLine(f, lang, columns), lang), fitCell(explanation(f, lang, columns), lang)] as const;
  const memoTexts = verdicts.memoized(resultTexts);
  const resultTextsAt = (i: number) => (plain(i) ? memoTexts(i) : resultTexts(checked.findingAt(i)));
  const status = placement.status + offset;
  const firstDataRow = table.headerRow + 1;
  const statusCell = `$${columnLetter(status)}${firstDataRow}`;
  const formulas = highlightFormulas(statusCell);
  const hasData = table.lastDataRow > table.headerRow;
  let attention: ReportRow[] | undefined;
  const notices = [...tableNotices(table, placement, use), ...columnNotices(table.mapping, table.columnNames, policy)];
  if (matches) notices.unshift(registerNotice(options.register!, matches));
  return {
    headerRow: table.headerRow,
    firstColumn: table.firstUserColumn + offset,
    lastColumn: table.lastUserColumn + offset,
    firstDataRow,
    lastDataRow: table.lastDataRow,
    nextBlockRow: table.nextBlockRow,
    result: { status, explanation: placement.explanation + offset, headers: RESULT_HEADERS, rerun: table.statusColumn === placement.status },
    columns,
    linked: linkedColumns(table),
    resultTexts,
    resultTextsAt,
    highlight: {
      statusCell,
      rules: hasData
        ? (["fail", "warn"] as const).map((kind) => ({ kind, formula: formulas[kind], fill: HIGHLIGHT_FILLS[kind] }))
        : [],
    },
    kpiLines: kpiBlock(kpis, policy, lang, { contributionColumn: table.mapping.contribution !== undefined }).lines.map((line) => reportKpiLine(line, lang)),
    rowCounts: rowCountsOf(table, checked, errorRows),
    // Made on first use (printing, the taskpane's list), not while a copy of a million rows is being written.
    get attention() {
      return (attention ??= [...attentionRows({ checked, resultTextsAt })]);
    },
    notices,
    checked,
    get findings() {
      return (findings ??= [...eachFinding()]);
    },
    kpis,
  };
}
