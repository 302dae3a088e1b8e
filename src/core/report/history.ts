import { CellValue, cellText, isBlank } from "../read/cells";
import { Day, formatIsoDate, parseDate, ymdOf } from "../read/dates";
import type { Kpis } from "./kpi";
import { monthOfLabel } from "./months";
import { parseMoney, parsePercent } from "../read/numbers";
import { coded } from "../i18n/coded";
import { columnLetter } from "../read/address";
import { fail, Lang, Message, ok, Result } from "../result";

/** One month of the controller's monthly inventory, keyed by month ("2026-12"). */
export interface HistoryRow {
  month: string;
  peildatum: Day;
  certifiedShare: number;
  spendTrede2PlusShare: number;
  suppliers: number;
  certified: number;
  spend: number;
  spendTrede2Plus: number;
  /** Null when the contribution is unknown (no certified supplier's contribution filled in): "onbekend", never 0. */
  psoContributionEuro: number | null;
  psoContributionShare: number | null;
  /**
   * In-scope suppliers without a valid certificate (issue 24.1), so the controller sees the number fall. Null for a
   * month recorded before the history had this column: "onbekend", never 0.
   */
  stillToGo: number | null;
}

export type HistoryColumnKind = "month" | "date" | "count" | "euro" | "percent";

/**
 * The history table's columns in sheet order. Month and the two shares come first so one contiguous range
 * (month + shares) feeds the chart.
 */
export const HISTORY_COLUMNS: readonly { key: keyof HistoryRow; kind: HistoryColumnKind; header: Message }[] = [
  { key: "month", kind: "month", header: { nl: "Maand", en: "Month" } },
  { key: "certifiedShare", kind: "percent", header: { nl: "Aandeel gecertificeerd", en: "Share certified" } },
  { key: "spendTrede2PlusShare", kind: "percent", header: { nl: "Aandeel uitgaven trede 2+", en: "Share of spend level 2+" } },
  { key: "peildatum", kind: "date", header: { nl: "Peildatum", en: "Reference date" } },
  { key: "suppliers", kind: "count", header: { nl: "Leveranciers", en: "Suppliers" } },
  { key: "certified", kind: "count", header: { nl: "Met certificaat", en: "Certified" } },
  { key: "spend", kind: "euro", header: { nl: "Uitgaven", en: "Spend" } },
  { key: "spendTrede2Plus", kind: "euro", header: { nl: "Uitgaven trede 2+", en: "Spend level 2+" } },
  { key: "psoContributionEuro", kind: "euro", header: { nl: "PSO-bijdrage", en: "PSO contribution" } },
  { key: "psoContributionShare", kind: "percent", header: { nl: "Aandeel PSO-bijdrage", en: "Share PSO contribution" } },
  { key: "stillToGo", kind: "count", header: { nl: "Nog te gaan", en: "Still to go" } },
];

/** The columns of a history written before issue 24.1 (no "Nog te gaan"): such a table is still read and refreshed. */
const EARLIER_COLUMNS = HISTORY_COLUMNS.filter((c) => c.key !== "stillToGo");

export const historyMessages = coded("core.history", {
  earlierMonth: (month: string, latest: string): Message => ({
    nl: `de historie loopt al tot ${latest}; maand ${month} is al vastgelegd en wordt niet gewijzigd. Kies een peildatum in ${latest} of later`,
    en: `the history already runs to ${latest}; month ${month} is recorded and is not changed. Choose a reference date in ${latest} or later`,
  }),
  badRow: (row: number, column: string, problem: Message): Message => ({
    nl: `historie, rij ${row}, kolom "${column}": ${problem.nl}`,
    en: `history, row ${row}, column "${column}": ${problem.en}`,
  }),
  columnTaken: (row: number, column: string, text: string): Message => ({
    nl: `rij ${row}, kolom ${column}: hier komt de nieuwe kolom "Nog te gaan" van de historie, maar de cel bevat uw tekst "${text}"; verplaats die tekst en ververs opnieuw`,
    en: `row ${row}, column ${column}: the history's new column "Still to go" goes here, but the cell holds your text "${text}"; move that text and refresh again`,
  }),
  badMonth: (text: string): Message => ({
    nl: `"${text}" is geen maand; verwacht bijvoorbeeld dec 2026`,
    en: `"${text}" is not a month; expected e.g. Dec 2026`,
  }),
});

/** "2026-12" for any day in December 2026. */
export function monthKey(day: Day): string {
  const { year, month } = ymdOf(day);
  return `${year}-${String(month).padStart(2, "0")}`;
}

/** This month's row; `contributionKnown` false stores the PSO contribution as unknown (null), not as 0. */
export function historyRowFromKpis(kpis: Kpis, peildatum: Day, contributionKnown = true): HistoryRow {
  return {
    month: monthKey(peildatum),
    peildatum,
    certifiedShare: kpis.certifiedShare,
    spendTrede2PlusShare: kpis.spendTrede2PlusShare,
    suppliers: kpis.suppliers,
    certified: kpis.certified,
    spend: kpis.spend,
    spendTrede2Plus: kpis.spendTrede2Plus,
    psoContributionEuro: contributionKnown ? kpis.psoContributionEuro : null,
    psoContributionShare: contributionKnown ? kpis.psoContributionShare : null,
    stillToGo: kpis.stillToGo,
  };
}

/**
 * Adds this month's row: a second refresh in the same month replaces that month's row; a month that is missing
 * is inserted in order; a month before the latest recorded one is refused, so earlier months never change.
 * The other rows are returned as they were.
 */
export function upsertHistory(rows: readonly HistoryRow[], row: HistoryRow): Result<HistoryRow[]> {
  const sorted = [...rows].sort((a, b) => a.month.localeCompare(b.month));
  const latest = sorted.length > 0 ? sorted[sorted.length - 1].month : null;
  const same = sorted.findIndex((r) => r.month === row.month);
  if (same >= 0) {
    if (row.month !== latest) return fail(historyMessages.earlierMonth(row.month, latest as string));
    sorted[same] = row;
    return ok(sorted);
  }
  sorted.push(row);
  sorted.sort((a, b) => a.month.localeCompare(b.month));
  return ok(sorted);
}

/** The word a history cell holds for an unknown figure, in either language. */
export const UNKNOWN_WORDS: Message = { nl: "onbekend", en: "unknown" };

/** Columns whose figure may be unknown: an empty cell or "onbekend" reads as null (earlier months' numbers still read). */
const MAY_BE_UNKNOWN: ReadonlySet<keyof HistoryRow> = new Set(["psoContributionEuro", "psoContributionShare", "stillToGo"]);

/** A history row as a sheet row, in HISTORY_COLUMNS order; dates as the Day number (adapters make a serial); an unknown figure as "onbekend". */
export function historyRowCells(row: HistoryRow, lang: Lang = "nl"): (string | number)[] {
  return HISTORY_COLUMNS.map((c) => row[c.key] ?? UNKNOWN_WORDS[lang]);
}

export function historyHeaders(lang: Lang): string[] {
  return HISTORY_COLUMNS.map((c) => c.header[lang]);
}

function parseMonth(value: CellValue): Result<string> {
  if (value instanceof Date || typeof value === "number") {
    const day = parseDate(value);
    return day.ok ? ok(monthKey(day.value)) : day;
  }
  const text = cellText(value);
  // Reports since issue 25 show months as "dec 2026"; earlier ones wrote "2026-12".
  const label = monthOfLabel(text);
  if (label !== null) return ok(label);
  const m = /^(\d{4})-(\d{1,2})$/.exec(text);
  if (m && Number(m[2]) >= 1 && Number(m[2]) <= 12) return ok(`${m[1]}-${m[2].padStart(2, "0")}`);
  return fail(historyMessages.badMonth(text));
}

function parseCount(value: CellValue): Result<number> {
  const n = parseMoney(value);
  return n.ok ? ok(Math.round(n.value)) : n;
}

const PARSERS: Record<HistoryColumnKind, (v: CellValue) => Result<string | number>> = {
  month: parseMonth,
  date: parseDate,
  count: parseCount,
  euro: parseMoney,
  percent: parsePercent,
};

function isUnknownCell(value: CellValue): boolean {
  if (isBlank(value)) return true;
  const text = cellText(value).trim().toLowerCase();
  return text === UNKNOWN_WORDS.nl || text === UNKNOWN_WORDS.en;
}

/** The columns a sheet row heads when it is the history's header row (this version's or an earlier one's, in either language), or null. */
function headedColumns(cells: readonly CellValue[]): typeof HISTORY_COLUMNS | null {
  for (const columns of [HISTORY_COLUMNS, EARLIER_COLUMNS]) {
    if ((["nl", "en"] as const).some((lang) => columns.every((c, i) => cellText(cells[i]) === c.header[lang]))) return columns;
  }
  return null;
}

export interface HistoryOnSheet {
  rows: HistoryRow[];
  /** Zero-based index into the grid of the header row, or null when the sheet has no history table yet. */
  headerIndex: number | null;
  problems: Message[];
  /**
   * Cells of the controller's beside a history from before "Nog te gaan" (issue 24.1), where that column goes: a
   * refresh would write over them, so it does not refresh until they are moved.
   */
  inTheWay?: Message[];
}

/**
 * Finds the history table in a sheet grid whose column `firstCol` holds "Maand": the rows under its header up to
 * the first row with an empty month. Unreadable rows are reported and left out, never guessed. A table written before
 * the "Nog te gaan" column (issue 24.1) reads too: its months keep their figures, with stillToGo unknown (null).
 */
export function historyFromGrid(grid: readonly (readonly CellValue[])[], firstCol = 0, firstRowNumber = 1): HistoryOnSheet {
  const headerIndex = grid.findIndex((r) => headedColumns(r.slice(firstCol)) !== null);
  if (headerIndex < 0) return { rows: [], headerIndex: null, problems: [] };
  const columns = headedColumns(grid[headerIndex].slice(firstCol))!;
  const rows: HistoryRow[] = [];
  const problems: Message[] = [];
  /** The row after the table's last month. */
  let end = headerIndex + 1;
  for (let i = headerIndex + 1; i < grid.length; i++) {
    const cells = grid[i].slice(firstCol);
    if (isBlank(cells[0])) break;
    end = i + 1;
    // A month recorded before a column existed has no figure for it: unknown, never 0.
    const row: Partial<Record<keyof HistoryRow, string | number | null>> = { stillToGo: null };
    let good = true;
    columns.forEach((c, j) => {
      if (MAY_BE_UNKNOWN.has(c.key) && isUnknownCell(cells[j])) {
        row[c.key] = null as never;
        return;
      }
      const parsed = PARSERS[c.kind](cells[j]);
      if (parsed.ok) row[c.key] = parsed.value;
      else {
        good = false;
        problems.push(historyMessages.badRow(firstRowNumber + i, c.header.nl, parsed.message));
      }
    });
    if (good) rows.push(row as unknown as HistoryRow);
  }
  if (columns === EARLIER_COLUMNS) {
    // The new column's cells in the header row and each month's row, which this version writes.
    const col = firstCol + EARLIER_COLUMNS.length;
    const inTheWay: Message[] = [];
    for (let i = headerIndex; i < end; i++) {
      const cell = grid[i][col];
      if (!isBlank(cell ?? null)) inTheWay.push(historyMessages.columnTaken(firstRowNumber + i, columnLetter(col), cellText(cell)));
    }
    if (inTheWay.length > 0) return { rows, headerIndex, problems, inTheWay };
  }
  return { rows, headerIndex, problems };
}

/** For JSON output: dates as ISO text. */
export function historyJson(rows: readonly HistoryRow[]): (Omit<HistoryRow, "peildatum"> & { peildatum: string })[] {
  return rows.map((r) => ({ ...r, peildatum: formatIsoDate(r.peildatum) }));
}
