import ExcelJS from "exceljs";
import { mkdtempSync, readFileSync, writeFileSync } from "fs";
import os from "os";
import path from "path";
import { CheckReport, columnLetter, dayFromYmd, Policy, policyFromJson, wonenLimburgPolicy } from "../../src/core";
import { createWorkbook, InputCell, Value } from "../../src/excel-standin";
import { createTaskpaneActions } from "../../src/excel/taskpaneActions";
import { WorkbenchStore } from "../../src/workbench/store";
import { bookFromXlsx, xlsxFromBook } from "../../src/workbench/xlsx";
import { CheckJson, checkJson } from "../../src/cli/checkReport";
import { HEADER, supplierRows } from "../excel/fixtures";
import { runCli } from "../support/cli";

/*
 * Issue 13's "Done when": the same sheets through the CLI, the taskpane on the Excel stand-in and the workbench's
 * code path (a dropped .xlsx read into the stand-in, checked by the add-in, downloaded), compared on table bounds,
 * result columns, statuses, KPI lines and attention rows, and on the texts each one wrote into the sheet.
 */

const PEIL = dayFromYmd(2026, 12, 1);
const SUM = Symbol("sum of the spend above");
type Cell = InputCell | typeof SUM;

interface Case {
  name: string;
  rows: Cell[][];
  /** Zero-based spend column (for the SUM formula of a totals row). */
  spend: number;
  policy?: object;
}

const suppliers: Cell[][] = supplierRows(5);

const CASES: Case[] = [
  { name: "gewoon", rows: [HEADER, ...suppliers], spend: 2 },
  { name: "trede 3 in het beleid", rows: [HEADER, ...suppliers], spend: 2, policy: { kpi: { spendMinLevel: "trede3" } } },
  {
    name: "notitie naast een lege kolom",
    rows: [["Leverancier", "Opdrachtsom", "PSO-trede", null, "Notitie"], ["Bouw BV", 250000, "Trede 2", null, "zie mail"], ["Schoon NV", 300000, "Trede 1", null, null]],
    spend: 1,
  },
  {
    name: "totaalregel zonder label en een rij zonder naam",
    rows: [["Leverancier", "Opdrachtsom", "PSO-trede", "Geldig tot"], ["Bouw BV", 250000, "Trede 3", "31-12-2027"], [null, 300000, "Trede 2", "31-12-2027"], ["Groen", 200000, "Trede 1", "31-12-2027"], [], [null, SUM, null, null]],
    spend: 1,
  },
];

const sumAbove = (rows: Cell[][], r: number, c: number) => rows.slice(1, r).reduce((s, row) => s + (typeof row[c] === "number" ? (row[c] as number) : 0), 0);
/** What Excel's `values` shows: a SUM cell as its result. */
const asValues = (c: Case): InputCell[][] => c.rows.map((row, r) => row.map((v) => (v === SUM ? sumAbove(c.rows, r, c.spend) : v)));

async function xlsxOf(c: Case): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Leveranciers");
  c.rows.forEach((row, r) =>
    row.forEach((v, col) => {
      if (v === null || v === undefined) return;
      const letter = columnLetter(c.spend);
      ws.getCell(r + 1, col + 1).value = v === SUM ? { formula: `SUM(${letter}2:${letter}${r})`, result: sumAbove(c.rows, r, c.spend) } : (v as ExcelJS.CellValue);
    }),
  );
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function policyOf(c: Case): Policy {
  if (!c.policy) return wonenLimburgPolicy;
  const p = policyFromJson(c.policy);
  if (!p.ok) throw new Error(p.message.nl);
  return p.value;
}

/** What every path must agree on. */
interface Seen {
  table: { headerRow: number; firstDataRow: number; lastDataRow: number; firstColumn: string; lastColumn: string };
  resultColumns: { status: string; explanation: string };
  statuses: [number, string][];
  kpiLines: [string, string][];
  attention: [number, string][];
  notices: string[];
  /** The status column as written into the sheet, from the header row down to the last data row. */
  written: string[];
}

/** What the paths agree on, read from the CLI's --json shape (the taskpane's report goes through the same shape). */
function seen(json: CheckJson, written: string[]): Seen {
  const { headerRow, firstDataRow, lastDataRow, firstColumn, lastColumn } = json.table;
  return {
    table: { headerRow, firstDataRow, lastDataRow, firstColumn, lastColumn },
    resultColumns: json.resultColumns,
    statuses: json.rows.map((r) => [r.row, r.status]),
    kpiLines: json.kpiLines.map((l) => [l.label, l.value]),
    attention: json.attention.map((a) => [a.row, a.statusLine]),
    notices: json.notices,
    written,
  };
}

const fromReport = (report: CheckReport, written: string[]): Seen => seen(checkJson(report, PEIL, "nl"), written);

const statusColumnOf = (values: Value[][] | (string | null)[][], header: number, last: number, col: number) =>
  values.slice(header - 1, last).map((row) => String(row[col] ?? ""));

async function viaCli(c: Case, file: string, dir: string): Promise<Seen> {
  const args = ["check", file, "--peildatum", "2026-12-01", "--json", "--out", path.join(dir, "uit.xlsx")];
  if (c.policy) {
    const policyFile = path.join(dir, "beleid.json");
    writeFileSync(policyFile, JSON.stringify(c.policy));
    args.push("--beleid", policyFile);
  }
  const result = await runCli(args);
  expect(result.stderr).toBe("");
  const json: CheckJson = JSON.parse(result.stdout);
  // Read the copy back as a plain sheet: the status column holds what the CLI wrote.
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(path.join(dir, "uit.xlsx")) as unknown as ArrayBuffer);
  const ws = wb.worksheets[0];
  const statusCol = json.resultColumns.status.charCodeAt(0) - 64;
  const written: string[] = [];
  for (let r = json.table.headerRow; r <= json.table.lastDataRow; r++) written.push(String(ws.getCell(r, statusCol).value ?? ""));
  return seen(json, written);
}

async function checkWith(run: ReturnType<typeof createWorkbook>["run"], policy: Policy): Promise<CheckReport> {
  const actions = createTaskpaneActions(run);
  const info = await actions.detect();
  if (!info.ok) throw new Error(info.message.nl);
  const summary = await actions.check({ mapping: info.value.mapping, peildatum: PEIL, policy, lang: "nl" });
  if (!summary.ok) throw new Error(summary.message.nl);
  return summary.value.report!;
}

async function viaTaskpane(c: Case): Promise<Seen> {
  const book = createWorkbook({ Leveranciers: asValues(c) });
  book.setActive("Leveranciers");
  const report = await checkWith(book.run, policyOf(c));
  return fromReport(report, statusColumnOf(book.values("Leveranciers"), report.headerRow, report.lastDataRow, report.result.status));
}

async function viaWorkbench(c: Case, bytes: Buffer): Promise<Seen> {
  const original = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  const book = await bookFromXlsx(original.slice(0));
  const store = new WorkbenchStore({ book, fileName: "lijst.xlsx", original, version: 0, generation: 0 });
  const report = await checkWith(store.run, policyOf(c));
  // The download: the page's changes patched into the dropped file.
  const downloaded = new ExcelJS.Workbook();
  await downloaded.xlsx.load(await xlsxFromBook(store.state.book, original));
  const ws = downloaded.worksheets[0];
  const written: string[] = [];
  for (let r = report.headerRow; r <= report.lastDataRow; r++) written.push(String(ws.getCell(r, report.result.status + 1).value ?? ""));
  return fromReport(report, written);
}

describe.each(CASES)("$name", (c) => {
  test("the CLI, the taskpane on the stand-in and the workbench agree", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "pso-same-"));
    const bytes = await xlsxOf(c);
    const file = path.join(dir, "lijst.xlsx");
    writeFileSync(file, bytes);
    const cli = await viaCli(c, file, dir);
    expect(await viaTaskpane(c)).toEqual(cli);
    expect(await viaWorkbench(c, bytes)).toEqual(cli);
    expect(cli.written[0]).toBe("PSO-status");
  });
});

test("what the agreed report says for the sheets of issue 13", async () => {
  const seen = async (c: Case) => viaTaskpane(c);
  const trede3 = await seen(CASES[1]);
  expect(trede3.kpiLines.map(([label]) => label)).toContain("Uitgaven bij trede 3 of hoger");
  const note = await seen(CASES[2]);
  expect(note.table).toMatchObject({ firstColumn: "A", lastColumn: "E" });
  expect(note.resultColumns).toEqual({ status: "F", explanation: "G" });
  const totals = await seen(CASES[3]);
  expect(totals.table.lastDataRow).toBe(4);
  expect(totals.notices).toEqual([expect.stringContaining("op rij 6 begint een totaalregel")]);
  expect(totals.statuses).toEqual([[2, "compliant"], [3, "error"], [4, "non_compliant"]]);
  expect(totals.attention[0][1]).toContain("naam ontbreekt");
  expect(totals.kpiLines[0]).toEqual(["Leveranciers", "2"]);
  expect(totals.kpiLines.find(([label]) => label === "Uitgaven totaal")?.[1]).toBe("€ 450.000,00");
});
