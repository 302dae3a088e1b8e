import { CellValue, cellText } from "../read/cells";
import { columnLetter } from "../read/address";
import { Day, dayToExcelSerial, formatDate, formatDateNl } from "../read/dates";
import { unnamedSupplier } from "../i18n/texts";
import { HISTORY_COLUMNS, historyFromGrid, HistoryOnSheet, HistoryRow, historyHeaders, UNKNOWN_WORDS } from "./history";
import { levelLabel } from "../read/levels";
import { OWN_FIGURE_KEYS, OWN_FIGURE_LABELS, OwnFigureKey } from "./ownFigures";
import { ActionItem, actionHeaders } from "./actionList";
import { KpiBlock, TallyLine } from "./kpiBlock";
import { Lang, Message } from "../result";
import { kpiTrend, RiskRow } from "./boardSummary";
import { monthLabel } from "./months";
import { coded } from "../i18n/coded";
import type { Outlook } from "./outlook";
import type { CellKind, ChartSpec, LayoutBlock, Rect } from "./sheetTypes";
import { outlookOnSheet } from "./outlookLayout";

/** The sheet the controller refreshes each month. */
export { SOCIAL_SHEET_NAME } from "../sheetNames";

export type { CellKind, ChartSpec, LayoutBlock, Rect, SheetValue } from "./sheetTypes";

/** Number formats as stored in the file (locale-independent); Dutch Excel shows "€ 1.250.000" and "75,0%". */
export const NUMBER_FORMATS: Record<CellKind, string> = {
  text: "General",
  count: "#,##0",
  euro: '"€" #,##0',
  percent: "0.0%",
  date: "d-m-yyyy",
};

export interface SocialLayout {
  blocks: LayoutBlock[];
  /** The own-figure input cells: written (empty) only when the sheet is new, never on a refresh. */
  inputs: { key: OwnFigureKey; row: number; col: number; kind: CellKind }[];
  /** From this row down, columns 0..width-1 hold generated tables that a refresh clears and rewrites. */
  generatedFromRow: number;
  width: number;
  columnWidths: number[];
  charts: ChartSpec[];
  /** 0-based rows that start a new printed page (the detail after page 1, the Vooruitblik). */
  pageBreaks: number[];
  /** Areas the report owns whole: emptied on every refresh, as their length changes (risks, breakdowns). */
  owned: Rect[];
  /** Rows repeated at the top of each printed page ("1:2"). */
  printTitleRows: string;
  /** What is printed: the report's own block (A1 to its last column and row), not the columns beside it. */
  printArea: string;
  /** The page footer in Excel's header/footer codes (&P page, &N pages; a literal "&" doubled). */
  footer: { left: string; right: string };
}

/** Texts printed on every page of the report. */
export const socialPrintMessages = coded("core.socialPrint", {
  footer: (policy: string, peildatum: string): Message => ({
    nl: `Beleid: ${policy} · peildatum ${peildatum}`,
    en: `Policy: ${policy} · reference date ${peildatum}`,
  }),
  page: (): Message => ({ nl: "Pagina &P van &N", en: "Page &P of &N" }),
});

/*
 * Page 1 (rows 1-21) is the board's summary: the KPIs against their targets with last month and the trend, how many
 * suppliers are still to go, and the biggest risks by spend. A page break follows; page 2 on holds the detail: the
 * breakdowns with both charts, the history, the Vooruitblik (issue 24.2: the months ahead, with its chart, and the contracts
 * that end) and the action list. The own-figure inputs sit right of the printed block.
 */
const KPI_HEADER_ROW = 3;
/** The first row below the KPI table (its last line is "Rijen met fouten"). */
const AFTER_KPI_ROW = 12;
const RISK_TITLE_ROW = 13;
const RISK_ROWS = 5;
/** The first row of page 2. */
const DETAIL_ROW = 21;
const LEVEL_HEADER_ROW = DETAIL_ROW;
const LINE_CHART_ROW = 38;
const HISTORY_TITLE_ROW = 55;
/** Where reports before issue 25 started their generated tables: a refresh of such a report clears from here. */
export const EARLIER_GENERATED_FROM_ROW = 27;
const OWN_COL = 11;
const SOCIAL_WIDTH = HISTORY_COLUMNS.length;
/** The report's width above the history (A to J): column K there stays the controller's; only the history reaches K. */
const UPPER_WIDTH = 10;

const t = (nl: string, en: string): Message => ({ nl, en });
const text = {
  title: t("Sociale bijdrage (PSO)", "Social contribution (PSO)"),
  kpis: t("Kerncijfers", "Key figures"),
  value: t("Waarde", "Value"),
  share: t("Aandeel", "Share"),
  target: t("Doel", "Target"),
  own: t("Eigen PSO-cijfers (invoer)", "Own PSO figures (input)"),
  check: t("Controle", "Check"),
  explanation: t("Toelichting", "Explanation"),
  ownNote: t("Vul de waarden zelf in; PSO-toets overschrijft ze nooit.", "Fill in the values yourself; PSO-toets never overwrites them."),
  perLevel: t("Per trede", "Per level"),
  perNiveau: t("Per sectorniveau", "Per sector level"),
  spend: t("Uitgaven", "Spend"),
  spendShare: t("Aandeel uitgaven", "Share of spend"),
  suppliers: t("Leveranciers", "Suppliers"),
  history: t("Historie (maandelijkse inventarisatie)", "History (monthly inventory)"),
  actions: t("Actielijst (achterstallig eerst, grootste uitgaven eerst)", "Action list (overdue first, largest spend first)"),
  previous: t("Vorige maand", "Last month"),
  trend: t("Trend", "Trend"),
  risks: t("Grootste risico's (op uitgaven)", "Biggest risks (by spend)"),
  status: t("Status", "Status"),
  row: t("Rij", "Row"),
  noRisks: t("Geen: alle leveranciers binnen scope voldoen.", "None: every supplier in scope complies."),
  aspirantNote: t(
    "Met geldig PSO-certificaat telt basistrede en hoger (volgens het beleid); Aspirant-status is geen certificaat.",
    "With a valid PSO certificate counts the basic level and higher (per the policy); Aspirant status is no certificate.",
  ),
  noActions: t("Geen acties nodig.", "No actions needed."),
  chartHistory: t("Aandeel gecertificeerd en uitgaven trede 2+ per maand", "Share certified and spend level 2+ per month"),
  chartLevels: t("Uitgaven per trede", "Spend per level"),
};

/** One line under each KPI's name: what it counts and over what its share is taken. */
export const kpiExplanations = coded("core.kpiExplanation", {
  suppliers: (): Message => ({ nl: "Rijen op de lijst, zonder rijen met fouten", en: "Rows on the list, rows with errors left out" }),
  inScope: (minimum: string): Message => ({ nl: `Opdrachtsom vanaf ${minimum} per jaar`, en: `Annual contract sum from ${minimum}` }),
  certified: (): Message => ({ nl: "Geldig op de peildatum; % van binnen scope", en: "Valid on the reference date; % of in scope" }),
  stillToGo: (): Message => ({ nl: "Binnen scope, nog zonder geldig certificaat", en: "In scope, no valid certificate yet" }),
  spend: (): Message => ({ nl: "Opdrachtsom per jaar, alle leveranciers", en: "Annual contract sum, all suppliers" }),
  spendHigh: (): Message => ({ nl: "Met geldig certificaat; % van de uitgaven", en: "With a valid certificate; % of spend" }),
  psoContribution: (): Message => ({ nl: "Uitgaven x eigen bijdrage per leverancier", en: "Spend x each supplier's own contribution" }),
  errors: (): Message => ({ nl: "Niet in de cijfers; zie de actielijst", en: "Not in the figures; see the action list" }),
  dataError: (): Message => ({ nl: "Gegevensfout", en: "Data error" }),
});

/** A row that could not be read: in the action list too, so it is corrected before the next report. */
export interface DataErrorRow {
  row: number;
  supplier: string;
  text: string;
}

export interface SocialLayoutInput {
  block: KpiBlock;
  history: readonly HistoryRow[];
  actions: readonly ActionItem[];
  dataErrors: readonly DataErrorRow[];
  /** The policy's scope threshold, as shown ("€ 150.000"). */
  scopeMinimum: string;
  ownCheck: Message;
  peildatum: Day;
  policyName: string;
  sourceSheet: string;
  lang: Lang;
  risks: readonly RiskRow[];
  /** This month's key ("2026-12"): the trend compares with the month before it in the history. */
  month: string;
  /** The months ahead (issue 24.2, 24.7): the Vooruitblik table, its chart and the contracts that end. */
  outlook: Outlook;
}

const kindsRow = (kinds: CellKind[]) => [kinds];

function kpiExplanation(key: KpiBlock["lines"][number]["key"], scopeMinimum: string): Message {
  return key === "inScope" ? kpiExplanations.inScope(scopeMinimum) : kpiExplanations[key]();
}
const serial = (day: Day) => dayToExcelSerial(day);

function tallyBlock(row: number, title: string, lines: readonly TallyLine[], lang: Lang): LayoutBlock[] {
  return [
    {
      row,
      col: 0,
      values: [[title, text.spend[lang], text.spendShare[lang], text.suppliers[lang]]],
      kinds: kindsRow(["text", "text", "text", "text"]),
      style: "header",
    },
    {
      row: row + 1,
      col: 0,
      values: lines.map((l) => [l.label, l.spend, l.share, l.suppliers]),
      kinds: lines.map(() => ["text", "euro", "percent", "count"]),
      style: "body",
    },
  ];
}

/** Where everything goes on the Sociale bijdrage sheet; both the exceljs and the Office.js adapter write this. */
export function socialLayout(input: SocialLayoutInput): SocialLayout {
  const { lang, block } = input;
  const nl = lang === "nl";
  const trends = block.lines.map((l) => kpiTrend(l, input.history, input.month, lang));
  const blocks: LayoutBlock[] = [
    { row: 0, col: 0, values: [[text.title[lang]]], kinds: [["text"]], style: "title" },
    {
      row: 1,
      col: 0,
      values: [[
        nl
          ? `Peildatum ${formatDateNl(input.peildatum)} · beleid: ${input.policyName} · bron: blad "${input.sourceSheet}"`
          : `Reference date ${formatDate(input.peildatum, "en")} · policy: ${input.policyName} · source: sheet "${input.sourceSheet}"`,
      ]],
      kinds: [["text"]],
      style: "subtitle",
    },
    {
      row: KPI_HEADER_ROW,
      col: 0,
      values: [[text.kpis[lang], text.value[lang], text.share[lang], text.target[lang], text.previous[lang], text.trend[lang], text.explanation[lang]]],
      kinds: kindsRow(["text", "text", "text", "text", "text", "text", "text"]),
      style: "header",
    },
    {
      row: KPI_HEADER_ROW + 1,
      col: 0,
      // An unknown figure is "onbekend" with its reason, never € 0 / 0,0 %.
      values: block.lines.map((l, i) =>
        l.unknown !== null
          ? [l.label, UNKNOWN_WORDS[lang], "", l.target ?? "", trends[i]?.previous ?? "", "", l.unknown]
          : [l.label, l.value, l.share ?? "", l.target ?? "", trends[i]?.previous ?? "", trends[i]?.text ?? "", kpiExplanation(l.key, input.scopeMinimum)[lang]],
      ),
      kinds: block.lines.map((l, i) => [
        "text",
        l.unknown !== null ? "text" : l.unit,
        "percent",
        "percent",
        trends[i]?.previousKind ?? "text",
        "text",
        "text",
      ]),
      style: "body",
    },
    ...block.lines.flatMap((l, i): LayoutBlock[] =>
      l.share === null || l.target === null || l.unknown !== null
        ? []
        : [{ row: KPI_HEADER_ROW + 1 + i, col: 2, values: [[l.share]], kinds: [["percent"]], style: l.share >= l.target ? "good" : "bad" }],
    ),
    { row: RISK_TITLE_ROW, col: 0, values: [[text.risks[lang]]], kinds: [["text"]], style: "section" },
    {
      row: RISK_TITLE_ROW + 1,
      col: 0,
      values: [[actionHeaders(lang)[0], text.spend[lang], text.status[lang], text.row[lang], "", "", text.explanation[lang]]],
      kinds: kindsRow(["text", "text", "text", "text", "text", "text", "text"]),
      style: "header",
    },
    input.risks.length === 0
      ? { row: RISK_TITLE_ROW + 2, col: 0, values: [[text.noRisks[lang]]], kinds: [["text"]], style: "body" }
      : {
          row: RISK_TITLE_ROW + 2,
          col: 0,
          values: input.risks.slice(0, RISK_ROWS).map((r) => [r.supplier || unnamedSupplier(lang), r.spend, r.statusLabel, r.row, "", "", r.text]),
          kinds: input.risks.slice(0, RISK_ROWS).map((): CellKind[] => ["text", "euro", "text", "count", "text", "text", "text"]),
          style: "body",
        },
    { row: KPI_HEADER_ROW, col: OWN_COL, values: [[text.own[lang], text.value[lang]]], kinds: kindsRow(["text", "text"]), style: "header" },
    {
      row: KPI_HEADER_ROW + 1,
      col: OWN_COL,
      values: OWN_FIGURE_KEYS.map((k) => [OWN_FIGURE_LABELS[k][lang]]),
      kinds: OWN_FIGURE_KEYS.map(() => ["text"]),
      style: "body",
    },
    {
      row: KPI_HEADER_ROW + 1 + OWN_FIGURE_KEYS.length,
      col: OWN_COL,
      values: [[text.check[lang], input.ownCheck[lang]], [text.ownNote[lang], ""]],
      kinds: [["text", "text"], ["text", "text"]],
      style: "subtitle",
    },
    ...tallyBlock(LEVEL_HEADER_ROW, text.perLevel[lang], block.perLevel, lang),
    { row: LEVEL_HEADER_ROW + block.perLevel.length + 1, col: 0, values: [[text.aspirantNote[lang]]], kinds: [["text"]], style: "subtitle" },
    ...tallyBlock(LEVEL_HEADER_ROW + block.perLevel.length + 3, text.perNiveau[lang], block.perNiveau, lang),
  ];

  const historyHeaderRow = HISTORY_TITLE_ROW + 1;
  blocks.push(
    { row: HISTORY_TITLE_ROW, col: 0, values: [[text.history[lang]]], kinds: [["text"]], style: "section" },
    {
      row: historyHeaderRow,
      col: 0,
      values: [historyHeaders(lang)],
      kinds: kindsRow(HISTORY_COLUMNS.map(() => "text")),
      style: "header",
    },
  );
  if (input.history.length > 0) {
    blocks.push({
      row: historyHeaderRow + 1,
      col: 0,
      values: input.history.map((h) =>
        HISTORY_COLUMNS.map((c) => (c.kind === "date" ? serial(h[c.key] as number) : c.kind === "month" ? monthLabel(h.month, lang) : h[c.key] ?? UNKNOWN_WORDS[lang])),
      ),
      kinds: input.history.map((h) => HISTORY_COLUMNS.map((c) => (c.kind === "month" || h[c.key] === null ? "text" : c.kind))),
      style: "body",
    });
  }

  const aheadRow = historyHeaderRow + input.history.length + 2;
  const ahead = outlookOnSheet(input.outlook, aheadRow, lang);
  blocks.push(...ahead.blocks);

  const actionTitleRow = ahead.nextRow + 1;
  const headers = actionHeaders(lang);
  blocks.push(
    { row: actionTitleRow, col: 0, values: [[text.actions[lang]]], kinds: [["text"]], style: "section" },
    { row: actionTitleRow + 1, col: 0, values: [headers], kinds: kindsRow(headers.map(() => "text")), style: "header" },
  );
  // The explanation goes in column G, the widest, so it wraps over few lines.
  const errorRows = input.dataErrors.map((e) => [e.supplier || unnamedSupplier(lang), "", "", "", e.row, kpiExplanations.dataError()[lang], e.text, ""]);
  if (input.actions.length === 0 && errorRows.length === 0) {
    blocks.push({ row: actionTitleRow + 2, col: 0, values: [[text.noActions[lang]]], kinds: [["text"]], style: "body" });
  } else {
    blocks.push({
      row: actionTitleRow + 2,
      col: 0,
      values: [
        ...input.actions.map((a) => [
          a.supplier || unnamedSupplier(lang),
          a.spend ?? "",
          a.when === null ? "" : typeof a.when === "number" ? serial(a.when) : a.when.overdueSince,
          typeof a.daysLeft === "number" && a.daysLeft >= 0 ? a.daysLeft : "",
          a.row,
          a.kindLabel,
          a.text,
          levelLabel(a.held, lang),
        ]),
        ...errorRows,
      ],
      kinds: [
        ...input.actions.map((a): CellKind[] => ["text", "euro", typeof a.when === "number" ? "date" : "text", "count", "count", "text", "text", "text"]),
        ...errorRows.map((): CellKind[] => ["text", "euro", "date", "count", "count", "text", "text", "text"]),
      ],
      style: "body",
    });
  }

  const levelRows = block.perLevel.length;
  return {
    blocks,
    inputs: OWN_FIGURE_KEYS.map((key, i) => ({
      key,
      row: KPI_HEADER_ROW + 1 + i,
      col: OWN_COL + 1,
      kind: key === "level" ? "text" : key === "auditDate" ? "date" : "percent",
    })),
    generatedFromRow: HISTORY_TITLE_ROW,
    width: SOCIAL_WIDTH,
    // Column A holds the longest KPI label ("Met geldig PSO-certificaat (van de leveranciers binnen scope)"). A4 landscape, one page wide, at a readable size: explanations get the widest column and wrap.
    columnWidths: [46, 15, 24, 13, 13, 16, 56, 14, 14, 14, 12, 28, 16],
    charts: [
      {
        name: "PSO historie",
        type: "line",
        title: text.chartHistory[lang],
        source: { row: historyHeaderRow, col: 0, rows: 1 + Math.max(1, input.history.length), cols: 3 },
        position: `A${LINE_CHART_ROW + 1}:F${HISTORY_TITLE_ROW - 1}`,
      },
      {
        name: "PSO uitgaven per trede",
        type: "column",
        title: text.chartLevels[lang],
        source: { row: LEVEL_HEADER_ROW, col: 0, rows: 1 + levelRows, cols: 2 },
        position: `F${LEVEL_HEADER_ROW + 1}:J${LINE_CHART_ROW - 1}`,
      },
      ...(ahead.chart ? [ahead.chart] : []),
    ],
    // The Vooruitblik starts a page: its table, chart and the contracts that end are printed together.
    pageBreaks: [DETAIL_ROW, aheadRow],
    // Right of the KPI table (where reports before issue 25 kept the own figures) and everything below it to
    // the history: the risks and breakdowns change length, and an earlier layout's tables must not stay behind.
    owned: [
      { row: KPI_HEADER_ROW, col: 7, rows: AFTER_KPI_ROW - KPI_HEADER_ROW, cols: UPPER_WIDTH - 7 },
      { row: AFTER_KPI_ROW, col: 0, rows: HISTORY_TITLE_ROW - AFTER_KPI_ROW, cols: UPPER_WIDTH },
    ],
    printTitleRows: "1:2",
    printArea: `A1:${columnLetter(SOCIAL_WIDTH - 1)}${1 + blocks.reduce((last, b) => (b.col >= SOCIAL_WIDTH ? last : Math.max(last, b.row + b.values.length - 1)), 0)}`,
    footer: {
      // Excel refuses a header or footer over 255 characters: a very long policy name is shortened.
      left: socialPrintMessages.footer(
        input.policyName.length > 80 ? `${input.policyName.slice(0, 79)}…` : input.policyName,
        nl ? formatDateNl(input.peildatum) : formatDate(input.peildatum, "en"),
      )[lang].replace(/&/g, "&&"),
      right: socialPrintMessages.page()[lang],
    },
  };
}

export interface SocialSheetState {
  /** The raw own-figure inputs, found by their labels (any language). */
  own: Partial<Record<OwnFigureKey, CellValue>>;
  /** Where each label was found (0-based): a report from before issue 25 kept them elsewhere, and they move with their values. */
  ownAt?: Partial<Record<OwnFigureKey, { row: number; col: number }>>;
  history: HistoryOnSheet;
}

/** Reads what a refresh must keep from an existing sheet's grid (grid[0] is row 1, column A). */
export function readSocialSheet(grid: readonly (readonly CellValue[])[]): SocialSheetState {
  const own: Partial<Record<OwnFigureKey, CellValue>> = {};
  const ownAt: NonNullable<SocialSheetState["ownAt"]> = {};
  for (const key of OWN_FIGURE_KEYS) {
    const labels = [OWN_FIGURE_LABELS[key].nl, OWN_FIGURE_LABELS[key].en];
    search: for (let r = 0; r < grid.length; r++) {
      const row = grid[r];
      for (let c = 0; c < row.length; c++) {
        if (labels.includes(cellText(row[c]))) {
          own[key] = row[c + 1];
          ownAt[key] = { row: r, col: c };
          break search;
        }
      }
    }
  }
  return { own, ownAt, history: historyFromGrid(grid) };
}

/** The inputs whose label is not where this layout puts it (an earlier layout): written again at their new place, with the value typed. */
export function movedInputs(layout: SocialLayout, state: SocialSheetState): SocialLayout["inputs"] {
  return layout.inputs.filter((i) => {
    const at = state.ownAt?.[i.key];
    return at !== undefined && (at.row !== i.row || at.col !== i.col - 1);
  });
}

const cellTextOf = (value: CellValue) => (value === null || value === undefined ? "" : cellText(value).trim());

/** The text that opens each generated block (section titles, table headers) of the given layouts. */
export function blockOpeners(layouts: readonly SocialLayout[]): Set<string> {
  // Titles of tables that reports before issue 25 wrote and this version no longer does.
  const openers = new Set<string>(["Actielijst (op deadline)", "Action list (by deadline)"]);
  for (const layout of layouts) {
    for (const block of layout.blocks) {
      if (block.row < layout.generatedFromRow) continue;
      const first = (block.values[0] ?? []).map((v) => cellTextOf(v)).find((t) => t !== "");
      if (first) openers.add(first);
    }
  }
  return openers;
}

/**
 * The rows (0-based) of an earlier refresh's generated tables (history and action list), which a refresh empties so a
 * shorter list leaves no stale rows behind. Below the KPI block, each run of filled rows (within the report's width)
 * that opens with one of the report's own titles or headers is the report's; any other run is the controller's (a
 * note typed there) and is kept.
 */
export function staleReportRows(grid: readonly (readonly CellValue[])[], layout: SocialLayout, openers: ReadonlySet<string>): number[] {
  const rowText = (r: number) => {
    for (let c = 0; c < layout.width; c++) {
      const t = cellTextOf(grid[r]?.[c]);
      if (t !== "") return t;
    }
    return "";
  };
  const rows: number[] = [];
  let r = Math.min(layout.generatedFromRow, EARLIER_GENERATED_FROM_ROW);
  while (r < grid.length) {
    const first = rowText(r);
    if (first === "") {
      r++;
      continue;
    }
    const start = r;
    while (r < grid.length && rowText(r) !== "") r++;
    if (openers.has(first)) for (let i = start; i < r; i++) rows.push(i);
  }
  return rows;
}

/** The cells (0-based row -> columns) a refresh empties before writing: the stale tables' rows and the owned areas. */
export function staleCells(staleRows: readonly number[], layout: SocialLayout): Map<number, Set<number>> {
  const cells = new Map<number, Set<number>>();
  const add = (row: number, from: number, count: number) => {
    let set = cells.get(row);
    if (!set) cells.set(row, (set = new Set()));
    for (let c = from; c < from + count; c++) set.add(c);
  };
  for (const row of staleRows) add(row, 0, layout.width);
  for (const rect of layout.owned) for (let r = rect.row; r < rect.row + rect.rows; r++) add(r, rect.col, rect.cols);
  return cells;
}
