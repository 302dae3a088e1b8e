import { strToU8, unzipSync, zipSync } from "fflate";
import { mkdtempSync, readFileSync, writeFileSync } from "fs";
import os from "os";
import path from "path";
import { runCli } from "../support/cli";

/*
 * `check` and `rapport` stream an .xlsx and parse a CSV themselves: no row limit, only a size limit for a CSV
 * (MAX_CSV_BYTES, test/reliability/limits.test.ts). rapport used to read through exceljs and refused more than
 * 100,000 rows (issue 14 item 5). These inputs must pass that old limit, so they cannot be made smaller: 110,000 rows
 * each, about 25 s of the jest process together (measured at load 2.7 on two cores), so they run in the integration tier (test/support/tiers.js).
 */
test("rapport reads a CSV past the old 100,000-row limit and writes its report: 110,000 rows, every one counted", async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "pso-huge-"));
  const file = path.join(dir, "groot.csv");
  const lines = ["Leverancier;Opdrachtsom per jaar;PSO-trede;Geldig tot"];
  for (let i = 1; i <= 110_000; i++) lines.push(`Leverancier ${i};${100_000 + i};Trede 2;1-1-2030`);
  writeFileSync(file, lines.join("\r\n"));
  const out = path.join(dir, "rapport.xlsx");
  const result = await runCli(["rapport", file, "--peildatum", "2026-12-01", "--out", out, "--json"]);
  expect({ code: result.code, stderr: result.stderr }).toEqual({ code: 0, stderr: "" });
  expect(JSON.parse(result.stdout).kpis.find((l: { key: string }) => l.key === "suppliers").value).toBe(110_000);
  expect(unzipSync(readFileSync(out))["xl/worksheets/sheet2.xml"]).toBeDefined();
});

test("check reads a CSV past the old 100,000-row limit: 110,000 rows, every one checked", async () => {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), "pso-limit-")), "groot.csv");
  const lines = ["Leverancier;Opdrachtsom per jaar;PSO-trede;Geldig tot"];
  for (let i = 1; i <= 110_000; i++) lines.push(`L${i};${i % 2 ? 200_000 : 100_000};Trede 2;1-1-2030`);
  writeFileSync(file, lines.join("\n"));
  const result = await runCli(["check", file, "--peildatum", "2026-12-01", "--json"]);
  expect(result.code).toBe(0);
  expect(JSON.parse(result.stdout).rows).toHaveLength(110_000);
});

/** An .xlsx written part by part (fast, no exceljs): a header and `rows` supplier rows as inline strings and numbers. */
function bigWorkbook(rows: number): Uint8Array {
  const cell = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;
  const lines = [`<row r="1">${cell("A1", "Leverancier")}${cell("B1", "Opdrachtsom per jaar")}${cell("C1", "PSO-trede")}</row>`];
  for (let r = 2; r <= rows + 1; r++) lines.push(`<row r="${r}">${cell(`A${r}`, `Firma ${r}`)}<c r="B${r}"><v>${r % 2 ? 200000 : 100000}</v></c>${cell(`C${r}`, "Trede 2")}</row>`);
  return zipSync({
    "[Content_Types].xml": strToU8('<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    "xl/workbook.xml": strToU8('<workbook xmlns:r="r"><sheets><sheet name="Lijst" sheetId="1" r:id="rId1"/></sheets></workbook>'),
    "xl/_rels/workbook.xml.rels": strToU8('<Relationships><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>'),
    "xl/worksheets/sheet1.xml": strToU8(`<worksheet><sheetData>${lines.join("")}</sheetData></worksheet>`),
  });
}

test("an .xlsx has no row limit: 110,000 supplier rows (more than the old limit) are all checked and annotated", async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "pso-bigxlsx-"));
  const file = path.join(dir, "groot.xlsx");
  writeFileSync(file, bigWorkbook(110_000));
  const out = path.join(dir, "kopie.xlsx");
  const result = await runCli(["check", file, "--peildatum", "2026-12-01", "--json", "--out", out]);
  expect(result.code).toBe(0);
  expect(JSON.parse(result.stdout).rows).toHaveLength(110_000);
  const sheet = new TextDecoder().decode(unzipSync(readFileSync(out))["xl/worksheets/sheet1.xml"]);
  const last = '<c r="D110001" t="inlineStr"><is><t xml:space="preserve">Let op: geldigheidsdatum ontbreekt</t></is></c>';
  expect(sheet.includes(last)).toBe(true);
});
