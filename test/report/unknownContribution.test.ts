import ExcelJS from "exceljs";
import { mkdtempSync, writeFileSync } from "fs";
import os from "os";
import path from "path";
import { dayFromYmd, evaluate, SupplierRow, wonenLimburgPolicy } from "../../src/core";
import { historyFromGrid, historyHeaders } from "../../src/core/report/history";
import { openBook } from "../../src/xlsx/bookPatch";
import { socialSheetCopy } from "../../src/xlsx/socialPatch";
import { joinPieces } from "../../src/xlsx/zip";
import { runCli } from "../support/cli";

/*
 * Issue 23 item 4: when no certified supplier's social contribution is known, the PSO contribution is "onbekend" on
 * the Sociale bijdrage sheet and in its history (not € 0 / 0,0 %), null in `check --json` and `rapport --json`, with
 * the reason. Earlier months stored as numbers still read.
 */
const PEIL = dayFromYmd(2026, 12, 1);
const ROWS: SupplierRow[] = [
  { row: 2, supplier: "A Bouw", spend: 400_000, level: "Trede 2", validUntil: "30-6-2027", category: "bouw" },
  { row: 3, supplier: "B Schoonmaak", spend: 200_000, level: "Trede 3", validUntil: "15-1-2028", category: "schoonmaak" },
  { row: 4, supplier: "C Catering", spend: 160_000, level: "geen", category: "catering" },
];

async function book(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Leveranciers").addRow(["Leverancier"]);
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

async function report(bytes: Uint8Array, peil = PEIL) {
  const copy = socialSheetCopy(openBook(bytes)!, { findings: evaluate(ROWS, wonenLimburgPolicy, peil), policy: wonenLimburgPolicy, peildatum: peil, lang: "nl", sourceSheet: "Leveranciers" });
  if (!copy.ok) throw new Error(copy.message.nl);
  const out = joinPieces(copy.value.pieces());
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(out.buffer as ArrayBuffer);
  return { bytes: out, ws: wb.getWorksheet("Sociale bijdrage")!, report: copy.value.report };
}

function rowWith(ws: ExcelJS.Worksheet, label: string): ExcelJS.Row {
  for (let r = 1; r <= ws.rowCount; r++) if (ws.getRow(r).getCell(1).value === label) return ws.getRow(r);
  throw new Error(`no row "${label}"`);
}

test("the sheet says 'onbekend' with the reason for the PSO contribution, not € 0 / 0,0 %", async () => {
  const { ws } = await report(await book());
  const line = rowWith(ws, "PSO-bijdrage (uitgaven x sociale bijdrage)").values as unknown[];
  expect(line[2]).toBe("onbekend");
  expect(line.slice(3)).not.toContain(0);
  expect(String(line[7])).toMatch(/2 gecertificeerde leveranciers/);
});

test("the history stores the unknown month as 'onbekend', and a refresh reads it back next month", async () => {
  const first = await report(await book(), dayFromYmd(2026, 11, 2));
  const second = await report(first.bytes, PEIL);
  expect(second.report.history.map((h) => [h.month, h.psoContributionEuro, h.psoContributionShare])).toEqual([
    ["2026-11", null, null],
    ["2026-12", null, null],
  ]);
  const header = historyHeaders("nl");
  const euroCol = header.indexOf("PSO-bijdrage") + 1;
  const cells: unknown[] = [];
  // The history's rows (the Vooruitblik below it has a "dec 2026" too).
  let inHistory = false;
  second.ws.eachRow((row) => {
    const first = String(row.getCell(1).value);
    if (first.startsWith("Historie")) inHistory = true;
    else if (first.startsWith("Vooruitblik")) inHistory = false;
    if (inHistory && /^(nov|dec) 2026$/.test(first)) cells.push(row.getCell(euroCol).value, row.getCell(euroCol + 1).value);
  });
  expect(cells).toEqual(["onbekend", "onbekend", "onbekend", "onbekend"]);
});

test("history rows written by earlier versions (numbers, or empty) still read; 'onbekend' reads as unknown", () => {
  const header = historyHeaders("nl");
  const grid = [
    header,
    ["2026-10", 0.5, 0.4, 46296, 10, 5, 1000, 400, 0, 0],
    ["2026-11", 0.5, 0.4, 46327, 10, 5, 1000, 400, "onbekend", "onbekend"],
    ["2026-12", 0.5, 0.4, 46357, 10, 5, 1000, 400, null, null],
  ];
  const read = historyFromGrid(grid);
  expect(read.problems).toEqual([]);
  expect(read.rows.map((r) => r.psoContributionEuro)).toEqual([0, null, null]);
});

test("check --json and rapport --json: psoContributionEuro is null with the reason, never 0", async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "pso-unknown-"));
  const csv = path.join(dir, "lijst.csv");
  writeFileSync(csv, "Leverancier;Opdrachtsom per jaar;PSO-trede;Geldig tot\nA Bouw;400000;Trede 2;30-6-2027\nB Schoonmaak;200000;Trede 3;15-1-2028\n");
  const check = await runCli(["check", csv, "--peildatum", "2026-12-01", "--json"]);
  const json = JSON.parse(check.stdout);
  expect(json.kpis.psoContributionEuro).toBeNull();
  expect(json.kpis.psoContributionUnknown).toMatch(/bijdrage/i);
  const rapport = await runCli(["rapport", csv, "--peildatum", "2026-12-01", "--json"]);
  const r = JSON.parse(rapport.stdout);
  const line = r.kpis.find((l: { key: string }) => l.key === "psoContribution");
  expect([line.value, line.share, typeof line.unknown]).toEqual([null, null, "string"]);
  expect(r.history.at(-1).psoContributionEuro).toBeNull();
  const text = await runCli(["rapport", csv, "--peildatum", "2026-12-01"]);
  expect(text.stdout).toMatch(/PSO-bijdrage \(uitgaven x sociale bijdrage\)\s+onbekend: geen kolom/);
});
