import { dayToExcelSerial } from "../read/dates";
import { statusLabel } from "../rules/reasons";
import { unnamedSupplier } from "../i18n/texts";
import type { Lang } from "../result";
import type { Outlook, OutlookKind, OutlookMonth } from "./outlook";
import { outlookMessages } from "./outlookMessages";
import { UNKNOWN_WORDS } from "./history";
import type { CellKind, ChartSpec, LayoutBlock } from "./sheetTypes";

/*
 * The Vooruitblik on the Sociale bijdrage sheet (issue 24.2, 24.7): per month of the outlook its spend at risk, how
 * many suppliers that is and why, a column chart of the spend at risk, and the contracts that end within the outlook
 * with their PSO status (the tenders to prepare). The figures are the outlook's (core/report/outlook.ts) as they are:
 * the sheet's spend at risk per month is the outlook's in `check --json`.
 */

/** Rows the column chart takes under the months. */
const CHART_ROWS = 15;
/** The order reasons are named in, a contract end last (it puts no spend at stake). */
const KINDS: readonly OutlookKind[] = ["certificateExpires", "growthStep", "requirementRises", "aspirantLimit", "contractEnds"];

/** "certificaat verloopt (2), contract loopt af (1)": how many items of each kind, or "niets". */
export function monthReasons(month: OutlookMonth, lang: Lang): string {
  const counts = new Map<OutlookKind, number>();
  for (const item of month.items) counts.set(item.kind, (counts.get(item.kind) ?? 0) + 1);
  const parts = KINDS.filter((k) => counts.has(k)).map((k) => outlookMessages.reason[k](counts.get(k)!)[lang]);
  return parts.length === 0 ? outlookMessages.sheet.nothing[lang] : parts.join(", ");
}

export interface OutlookOnSheet {
  blocks: LayoutBlock[];
  /** The column chart of spend at risk per month; null when the outlook has no months. */
  chart: ChartSpec | null;
  /** The first row below the tables, for what follows. */
  nextRow: number;
}

/** The Vooruitblik's blocks from zero-based row `row` down, in the columns the report already uses (reasons in G, the widest). */
export function outlookOnSheet(outlook: Outlook, row: number, lang: Lang): OutlookOnSheet {
  const w = outlookMessages.sheet;
  const text = (n: number): CellKind[] => Array.from({ length: n }, () => "text");
  const blocks: LayoutBlock[] = [
    { row, col: 0, values: [[w.title[lang]]], kinds: [["text"]], style: "section" },
    { row: row + 1, col: 0, values: [[w.month[lang], w.atRisk[lang], w.suppliers[lang], "", "", "", w.reasons[lang]]], kinds: [text(7)], style: "header" },
  ];
  const months = outlook.months;
  if (months.length > 0) {
    blocks.push({
      row: row + 2,
      col: 0,
      // A month with a supplier whose spend the list does not give has no known total: "onbekend", never the part.
      values: months.map((m) => [
        outlookMessages.month(m.year, m.monthOfYear)[lang],
        m.spendUnknown > 0 ? UNKNOWN_WORDS[lang] : m.spendAtRisk,
        m.suppliersAtRisk,
        "",
        "",
        "",
        m.spendUnknown > 0 ? `${monthReasons(m, lang)}; ${outlookMessages.atRiskUnknown(m.spendAtRisk, m.spendUnknown)[lang]}` : monthReasons(m, lang),
      ]),
      kinds: months.map((m): CellKind[] => ["text", m.spendUnknown > 0 ? "text" : "euro", "count", "text", "text", "text", "text"]),
      style: "body",
    });
  }
  const chartTop = row + 2 + months.length + 1;
  const chart: ChartSpec | null =
    months.length === 0
      ? null
      : {
          name: "PSO vooruitblik",
          type: "column",
          title: w.chart[lang],
          source: { row: row + 1, col: 0, rows: 1 + months.length, cols: 2 },
          position: `A${chartTop + 1}:F${chartTop + CHART_ROWS}`,
        };
  const contractsRow = months.length === 0 ? chartTop : chartTop + CHART_ROWS + 1;
  const ends = months.flatMap((m) => m.items.filter((i) => i.kind === "contractEnds"));
  blocks.push(
    { row: contractsRow, col: 0, values: [[w.contracts[lang]]], kinds: [["text"]], style: "section" },
    { row: contractsRow + 1, col: 0, values: [[w.supplier[lang], w.endDate[lang], w.status[lang], w.row[lang], w.spend[lang]]], kinds: [text(5)], style: "header" },
    ends.length === 0
      ? { row: contractsRow + 2, col: 0, values: [[w.noContracts[lang]]], kinds: [["text"]], style: "body" }
      : {
          row: contractsRow + 2,
          col: 0,
          values: ends.map((i) => [i.supplier || unnamedSupplier(lang), dayToExcelSerial(i.date), statusLabel(i.status, lang), i.row, i.spend ?? UNKNOWN_WORDS[lang]]),
          kinds: ends.map((i): CellKind[] => ["text", "date", "text", "count", i.spend === null ? "text" : "euro"]),
          style: "body",
        },
  );
  return { blocks, chart, nextRow: contractsRow + 2 + Math.max(1, ends.length) };
}
