import { isBlank } from "./cells";
import { columnLetter } from "./columns";
import { Day } from "./dates";
import { evaluate, Finding, Status } from "./evaluate";
import { evaluateColumns } from "./evaluateColumns";
import { HIGHLIGHT_FILLS, highlightFormulas, HighlightKind, RESULT_HEADERS } from "./highlight";
import { computeKpis, Kpis } from "./kpi";
import { reportMessages } from "./messages";
import { formatEuro, formatPercent } from "./numbers";
import { Policy } from "./policy";
import { ColumnNames, explanation, statusLine } from "./reasons";
import { kpiBlock, KpiLine } from "./report";
import { Lang, Message } from "./result";
import { SupplierTable } from "./table";
import { tableMessages } from "./tableMessages";

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
  const right = table.lastUserColumn + 1;
  if (placement.status > right && table.statusColumn !== placement.status) {
    let busy = right;
    while (busy < placement.status && !use.used(busy)) busy++;
    const letter = (c: number) => columnLetter(c + table.columnOffset);
    notices.push(reportMessages.resultsMoved(letter(busy), letter(placement.status), letter(placement.explanation)));
  }
  return notices;
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
  /**
   * What goes in a checked row's result columns: its status line and explanation. Made when asked, so a million-row
   * sheet never holds two million texts at once (the findings are in sheet order, one per checked row).
   */
  resultTexts(finding: Finding): readonly [string, string];
  /** Red and amber rules over firstColumn..result.explanation, firstDataRow..lastDataRow; none without data rows. */
  highlight: { statusCell: string; rules: HighlightRule[] };
  kpiLines: ReportKpiLine[];
  /** Rows that are not compliant, need a warning or could not be read, in sheet order. */
  attention: ReportRow[];
  notices: Message[];
  /**
   * The checked rows in sheet order: each one's sheet row, and its finding made when asked, so a writer or printer
   * that goes through a million rows never holds a million findings.
   */
  checked: { count: number; rowAt(i: number): number; findingAt(i: number): Finding };
  /** Every finding at once (made on first use), for callers that keep them all: the taskpane, --json. */
  findings: Finding[];
  kpis: Kpis;
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

function shownValue(line: KpiLine, lang: Lang): string {
  const figure = line.unit === "euro" ? formatEuro(line.value, lang) : String(line.value);
  return (line.key === "certified" || line.key === "spendHigh") && line.share !== null ? `${figure} (${formatPercent(line.share, 1, lang)})` : figure;
}

/**
 * The findings of a table's rows: evaluate() plus the one rule only a table knows: where the sheet has a supplier
 * column, a row needs a name in it.
 */
export function checkFindings(table: Pick<SupplierTable, "rows" | "mapping">, policy: Policy, peildatum: Day): Finding[] {
  const findings = evaluate(table.rows, policy, peildatum);
  return table.mapping.supplier === undefined ? findings : findings.map(withoutName);
}

/**
 * The rows that need attention, one at a time in sheet order: what `attention` holds, for a printer that writes each
 * row as it goes and so never holds a million rows' texts at once.
 */
export function* attentionRows(report: Pick<CheckReport, "checked" | "resultTexts">): Generator<ReportRow> {
  for (let i = 0; i < report.checked.count; i++) {
    const f = report.checked.findingAt(i);
    if (!ATTENTION.has(f.status)) continue;
    const [line, why] = report.resultTexts(f);
    yield { row: f.row, supplier: f.supplier, status: f.status, statusLine: line, explanation: why };
  }
}

/** The check report of a located table; null when the sheet has no two free columns left for the results. */
export function buildCheckReport(
  table: SupplierTable,
  use: ColumnUse,
  options: { policy: Policy; peildatum: Day; lang: Lang },
): CheckReport | null {
  const placement = placeResultColumns(table, use);
  if (!placement) return null;
  const { policy, peildatum, lang } = options;
  const offset = table.columnOffset;
  // The same findings checkFindings gives, made one row at a time from the columns whenever they are asked for.
  const verdicts = evaluateColumns(table.columns, policy, peildatum);
  const named = table.mapping.supplier !== undefined;
  const checked = {
    count: verdicts.count,
    rowAt: (i: number) => verdicts.rowOf(i),
    findingAt: (i: number) => (named ? withoutName(verdicts.findingAt(i)) : verdicts.findingAt(i)),
  };
  function* eachFinding(): Generator<Finding> {
    for (let i = 0; i < checked.count; i++) yield checked.findingAt(i);
  }
  let findings: Finding[] | undefined;
  const kpis = computeKpis(eachFinding(), policy);
  const columns = table.columnNames;
  const resultTexts = (f: Finding) => [statusLine(f, lang, columns), explanation(f, lang, columns)] as const;
  const status = placement.status + offset;
  const firstDataRow = table.headerRow + 1;
  const statusCell = `$${columnLetter(status)}${firstDataRow}`;
  const formulas = highlightFormulas(statusCell);
  const hasData = table.lastDataRow > table.headerRow;
  let attention: ReportRow[] | undefined;
  const notices = tableNotices(table, placement, use);
  return {
    headerRow: table.headerRow,
    firstColumn: table.firstUserColumn + offset,
    lastColumn: table.lastUserColumn + offset,
    firstDataRow,
    lastDataRow: table.lastDataRow,
    nextBlockRow: table.nextBlockRow,
    result: { status, explanation: placement.explanation + offset, headers: RESULT_HEADERS, rerun: table.statusColumn === placement.status },
    columns,
    resultTexts,
    highlight: {
      statusCell,
      rules: hasData
        ? (["fail", "warn"] as const).map((kind) => ({ kind, formula: formulas[kind], fill: HIGHLIGHT_FILLS[kind] }))
        : [],
    },
    kpiLines: kpiBlock(kpis, policy, lang).lines.map((line) => ({ key: line.key, label: line.label, value: shownValue(line, lang), target: line.target })),
    // Made on first use (printing, the taskpane's list), not while a copy of a million rows is being written.
    get attention() {
      return (attention ??= [...attentionRows({ checked, resultTexts })]);
    },
    notices,
    checked,
    get findings() {
      return (findings ??= [...eachFinding()]);
    },
    kpis,
  };
}
