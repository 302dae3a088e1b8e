import { attentionRows, CheckReport, Outlook, Policy, supplierTimeline, timelineJson, columnLetter, Day, Field, FIELD_LABELS, Finding, formatDate, formatIsoDate, heldLabel, Kpis, Lang, levelLabel, reasonText, STATUSES, statusLabel } from "../core";
import { OutlookJson, outlookJson, outlookLines } from "./outlookText";
import { registerJson } from "./register";
import { oneLine } from "./terminal";

/** The figures `--json` gives as numbers (the KPI lines give them as shown). */
const JSON_KPIS = ["suppliers", "certified", "certifiedInScope", "certifiedShare", "stillToGo", "spend", "spendTrede2Plus", "spendTrede2PlusShare", "psoContributionEuro", "inScope", "errors"] as const;

export interface CheckJson {
  peildatum: string;
  /** Where the table is and where the result columns went, as Excel names them ("A", "F"). */
  table: {
    headerRow: number;
    firstDataRow: number;
    lastDataRow: number;
    firstColumn: string;
    lastColumn: string;
    nextBlockRow: number | null;
    /** Which column was read as what: field -> the column's letter and header. */
    columns: Partial<Record<Field, { column: string; header: string }>>;
  };
  resultColumns: { status: string; explanation: string };
  rows: {
    row: number;
    supplier: string;
    status: CheckReport["findings"][number]["status"];
    statusLine: string;
    requiredLevel: string | null;
    heldLevel: string | null;
    reasons: string[];
    register?: ReturnType<typeof registerJson>;
    /** "sw" for an SW-bedrijf (issue 24.5), named by its category. */
    supplierType?: "sw";
    /**
     * Issue 24.3: the steps still to take until the policy's final level, in order (a date on or before the peildatum:
     * already due); [] when the supplier holds it. Only for rows in scope, when the caller gave the policy.
     */
    timeline?: { level: string; date: string }[];
  }[];
  /** `psoContributionEuro` is null when the contribution is unknown; `psoContributionUnknown` then says why. */
  kpis: Omit<Pick<Kpis, (typeof JSON_KPIS)[number]>, "psoContributionEuro"> & { psoContributionEuro: number | null; psoContributionUnknown: string | null };
  /** How the table's rows split: the line as printed, and the sheet rows not counted. */
  rowCounts: { line: string; rows: number; assessed: number; errorRows: number[]; blankRows: number[]; endRow: number | null };
  kpiLines: { key: string; label: string; value: string; shareOf: string | null; unknown: string | null }[];
  attention: { row: number; supplier: string; status: string; statusLine: string; explanation: string }[];
  notices: string[];
  /** What falls due in the months after the peildatum (issue 24); when the caller computed it. */
  outlook?: OutlookJson;
}

/** What a row of `--json` needs beyond the report: the SW-bedrijven by sheet row, and the policy for the timeline. */
export interface RowExtras {
  sw?: ReadonlySet<number>;
  policy?: Policy;
  peildatum?: Day;
}

/** One row of `--json`. */
function rowJson(report: CheckReport, f: Finding, lang: Lang, extras: RowExtras = {}): CheckJson["rows"][number] {
  const { sw, policy, peildatum } = extras;
  const inScope = f.status !== "out_of_scope" && f.status !== "error";
  return {
    row: f.row,
    supplier: f.supplier,
    status: f.status,
    statusLine: report.resultTexts(f)[0],
    requiredLevel: f.requiredLevel === null ? null : levelLabel(f.requiredLevel, lang),
    heldLevel: f.heldLevel === null ? null : heldLabel(f.heldLevel, lang),
    reasons: f.reasons.map((r) => reasonText(r, lang, report.columns)),
    ...(f.register ? { register: registerJson(f.register, lang) } : {}),
    ...(sw?.has(f.row) ? { supplierType: "sw" as const } : {}),
    ...(policy && peildatum !== undefined && inScope ? { timeline: timelineJson(supplierTimeline(f, policy, peildatum), (l) => levelLabel(l, lang)) } : {}),
  };
}

/** The `--json` output: one object, rows in sheet order. JSON.stringify escapes what a terminal would obey. */
export function checkJson(report: CheckReport, peildatum: Day, lang: Lang, outlook?: Outlook, extras: Omit<RowExtras, "peildatum"> = {}): CheckJson {
  return { ...jsonFrame(report, peildatum, lang, true, outlook), rows: report.findings.map((f) => rowJson(report, f, lang, { ...extras, peildatum })) };
}

/** The figures as numbers; an unknown PSO contribution is null with its reason (issue 23 item 4), never 0. */
function kpisJson(report: CheckReport): CheckJson["kpis"] {
  const unknown = report.kpiLines.find((l) => l.key === "psoContribution")?.unknown ?? null;
  const figures = Object.fromEntries(JSON_KPIS.map((key) => [key, report.kpis[key]])) as Pick<Kpis, (typeof JSON_KPIS)[number]>;
  return { ...figures, psoContributionEuro: unknown === null ? figures.psoContributionEuro : null, psoContributionUnknown: unknown };
}

/** Everything in `--json` but the rows, in the order the object is printed. */
function jsonFrame(report: CheckReport, peildatum: Day, lang: Lang, withAttention = true, outlook?: Outlook): CheckJson {
  return {
    peildatum: formatIsoDate(peildatum),
    table: {
      headerRow: report.headerRow,
      firstDataRow: report.firstDataRow,
      lastDataRow: report.lastDataRow,
      firstColumn: columnLetter(report.firstColumn),
      lastColumn: columnLetter(report.lastColumn),
      nextBlockRow: report.nextBlockRow,
      columns: Object.fromEntries(report.linked.map(({ field, column, header }) => [field, { column, header }])),
    },
    resultColumns: { status: columnLetter(report.result.status), explanation: columnLetter(report.result.explanation) },
    rows: [],
    kpis: kpisJson(report),
    rowCounts: { ...report.rowCounts, line: report.rowCounts.line[lang] },
    kpiLines: report.kpiLines.map(({ key, label, value, shareOf, unknown }) => ({ key, label, value, shareOf, unknown })),
    attention: withAttention ? report.attention.map(({ row, supplier, status, statusLine, explanation }) => ({ row, supplier, status, statusLine, explanation })) : [],
    notices: report.notices.map((n) => n[lang]),
    ...(outlook ? { outlook: outlookJson(outlook) } : {}),
  };
}

const ROWS_PER_PIECE = 100;

/**
 * `--json` as `JSON.stringify(checkJson(...), null, 2)` prints it, in pieces of lines (each piece printed with a
 * newline after it): the two lists that grow with the sheet (`rows` and `attention`) are made one entry at a time from
 * the checked rows, so a million rows are never one string (V8 refuses strings over ~512 MB) nor a million objects.
 */
export function* checkJsonPieces(report: CheckReport, peildatum: Day, lang: Lang, outlook?: Outlook, extras: Omit<RowExtras, "peildatum"> = {}): Generator<string> {
  let rest = JSON.stringify(jsonFrame(report, peildatum, lang, false, outlook), null, 2);
  const lists: [key: string, entries: () => Iterable<unknown>][] = [
    ["rows", () => eachFinding(report, (f) => rowJson(report, f, lang, { ...extras, peildatum }))],
    ["attention", () => attentionRows(report)],
  ];
  for (const [key, entries] of lists) {
    const marker = `\n  "${key}": []`;
    const at = rest.indexOf(marker);
    const items = entries()[Symbol.iterator]();
    let next = items.next();
    if (next.done) continue;
    yield `${rest.slice(0, at)}\n  "${key}": [`;
    let piece: string[] = [];
    while (!next.done) {
      const text = JSON.stringify(next.value, null, 2).replace(/^/gm, "    ");
      next = items.next();
      piece.push(next.done ? text : `${text},`);
      if (piece.length === ROWS_PER_PIECE) {
        yield piece.join("\n");
        piece = [];
      }
    }
    if (piece.length > 0) yield piece.join("\n");
    rest = `  ]${rest.slice(at + marker.length)}`;
  }
  yield rest;
}

function* eachFinding<T>(report: CheckReport, as: (f: Finding) => T): Generator<T> {
  for (let i = 0; i < report.checked.count; i++) yield as(report.checked.findingAt(i));
}

const pad = (text: string, width: number) => text + " ".repeat(Math.max(1, width - text.length));

/** Which column was read as what, first in the text report: a wrong link shows before any figure built on it. */
function mappingLines(report: CheckReport, lang: Lang): string[] {
  const lines = [lang === "nl" ? "Kolommen gelezen als" : "Columns read as"];
  for (const { field, column, header } of report.linked) {
    lines.push(`  ${pad(FIELD_LABELS[field][lang], 24)}${lang === "nl" ? "kolom" : "column"} ${column}${header ? ` "${oneLine(header)}"` : ""}`);
  }
  return lines;
}

/**
 * Lines per piece the text report is written in: a million-row report is never one string. Pieces stay well under
 * 128 KB, the size from which V8 puts a string straight into its old generation (10,000 lines left ~300 MB there).
 */
const LINES_PER_PIECE = 500;

/** Texts remembered at most by sharedOneLine; later ones are looked at each time. */
const MAX_SHOWN = 50_000;

/**
 * oneLine for the result texts: rows share them (the report makes each once per distinct facts), so each text is
 * looked at once, not once per row.
 */
function sharedOneLine(): (text: string) => string {
  const known = new Map<string, string>();
  return (text) => {
    let line = known.get(text);
    if (line === undefined) {
      line = oneLine(text);
      if (known.size < MAX_SHOWN) known.set(text, line);
    }
    return line;
  };
}

/**
 * The readable summary: counts per status, KPIs, and each row that needs attention with its reasons. Given in pieces
 * of whole lines (no trailing newline), so the attention list of a million rows is written as it is made.
 */
export function* checkTextPieces(source: string, report: CheckReport, peildatum: Day, policyName: string, lang: Lang, outlook?: Outlook): Generator<string> {
  const nl = lang === "nl";
  let lines: string[] = [];
  lines.push(nl ? `PSO-toets: ${oneLine(source)}, peildatum ${formatDate(peildatum, lang)}` : `PSO-toets: ${oneLine(source)}, reference date ${formatDate(peildatum, lang)}`);
  lines.push(nl ? `Beleid: ${oneLine(policyName)}` : `Policy: ${oneLine(policyName)}`, "");
  lines.push(...mappingLines(report, lang), "");
  lines.push(report.rowCounts.line[lang], "");
  for (const status of STATUSES) lines.push(`  ${pad(statusLabel(status, lang), 16)}${report.kpis.perStatus[status]}`);
  lines.push("", nl ? "Kerncijfers" : "Key figures");
  for (const line of report.kpiLines) {
    const note = line.unknown ?? line.shareOf;
    lines.push(`  ${pad(line.label, 46)}${line.value}${note ? (line.unknown ? `: ${note}` : ` ${note}`) : ""}`);
  }
  for (const notice of report.notices) lines.push("", oneLine(notice[lang]));
  if (outlook) lines.push(...outlookLines(outlook, lang));
  let first = true;
  const shown = sharedOneLine();
  for (const r of attentionRows(report)) {
    if (first) lines.push("", nl ? "Rijen die aandacht vragen" : "Rows that need attention");
    first = false;
    lines.push(`  ${nl ? "Rij" : "Row"} ${r.row}${r.supplier ? `  ${oneLine(r.supplier)}` : ""}: ${shown(r.statusLine)}`);
    lines.push(`      ${shown(r.explanation)}`);
    if (lines.length >= LINES_PER_PIECE) {
      yield lines.join("\n");
      lines = [];
    }
  }
  if (lines.length > 0) yield lines.join("\n");
}

/** The readable summary as one text. */
export function checkText(source: string, report: CheckReport, peildatum: Day, policyName: string, lang: Lang, outlook?: Outlook): string {
  return `${[...checkTextPieces(source, report, peildatum, policyName, lang, outlook)].join("\n")}\n`;
}
