import ExcelJS from "exceljs";
import JSZip from "jszip";
import { mkdtempSync, readFileSync, writeFileSync } from "fs";
import os from "os";
import path from "path";
import { CheckJson } from "../../src/cli/checkReport";
import { runCli } from "../support/cli";
import { libreOfficeConvert } from "../support/libreoffice";

/*
 * No formula injection: text that looks like a formula (=, +, -, @) stays text in everything PSO-toets writes. The
 * CLI writes only .xlsx (every text as an inline string, never as <f>), JSON and plain text; no CSV.
 */
const PAYLOAD = '=HYPERLINK("http://x","klik")';
const dir = mkdtempSync(path.join(os.tmpdir(), "pso-inject-"));
const input = path.join(dir, "leveranciers.csv");
const out = path.join(dir, "kopie.xlsx");

beforeAll(async () => {
  writeFileSync(
    input,
    [
      "Leverancier;Opdrachtsom per jaar;PSO-trede;Geldig tot;Opmerking",
      `"${PAYLOAD.replace(/"/g, '""')}";200000;Trede 2;1-1-2028;+31 6 12345678`,
      `Gewoon BV;200000;"${PAYLOAD.replace(/"/g, '""')}";1-1-2028;@SUM(1+1)`,
      "-2+3 BV;200000;Trede 2;1-1-2028;=1+1",
    ].join("\n"),
  );
  const result = await runCli(["check", input, "--peildatum", "2026-12-01", "--out", out]);
  expect(result.code).toBe(1);
});

test("a supplier named =HYPERLINK(...) is a text cell in the --out copy, and so is every formula-like value", async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(out);
  const ws = wb.worksheets[0];
  expect(ws.getCell("A2").value).toBe(PAYLOAD);
  expect(ws.getCell("A2").type).toBe(ExcelJS.ValueType.String);
  for (const address of ["E2", "C3", "E3", "A4", "E4"]) expect(ws.getCell(address).type).toBe(ExcelJS.ValueType.String);

  // The stored XML: no formula element anywhere in the sheet, the payload only as an escaped inline string.
  const zip = await JSZip.loadAsync(readFileSync(out));
  const sheetXml = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
  expect(sheetXml).not.toContain("<f>");
  expect(sheetXml).toContain('<c r="A2" t="inlineStr"><is><t xml:space="preserve">=HYPERLINK(&quot;http://x&quot;,&quot;klik&quot;)</t></is></c>');
});

test("the explanation quotes the formula-like level as text, and starts with a word, never with = + - @", async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(out);
  const ws = wb.worksheets[0];
  const explanation = ws.getCell("G3");
  expect(ws.getCell("F1").value).toBe("PSO-status");
  expect(explanation.type).toBe(ExcelJS.ValueType.String);
  expect(String(explanation.value)).toContain(`onbekende PSO-trede "${PAYLOAD}"`);
  for (let r = 2; r <= 4; r++) {
    for (const c of ["F", "G"]) expect(String(ws.getCell(`${c}${r}`).value)).toMatch(/^[A-Za-z]/);
  }
});

test("--json carries the name as data, unchanged", async () => {
  const result = await runCli(["check", input, "--peildatum", "2026-12-01", "--json"]);
  const json = JSON.parse(result.stdout) as CheckJson;
  expect(json.rows[0].supplier).toBe(PAYLOAD);
});

test("a spreadsheet program shows the payload as text, not as a link (LibreOffice recalculates the copy)", () => {
  const csv = libreOfficeConvert(out, "csv", path.join(dir, "lo"));
  const text = readFileSync(csv, "utf8");
  expect(text).toContain('"=HYPERLINK(""http://x"",""klik"")"');
  expect(text).toContain("=1+1");
  expect(text.split("\n")[1]).not.toMatch(/^"?klik/);
});
