import ExcelJS from "exceljs";
import { mkdtempSync, writeFileSync } from "fs";
import os from "os";
import path from "path";
import { CheckJson } from "../../src/cli/checkReport";
import { sheetCandidates } from "../../src/xlsx/sheetChoice";
import { runCli } from "../support/cli";

/*
 * Issue 15 items 7 and 8 through the real CLI, on workbooks made by other tools (scripts/fixtures/make_lists.py):
 * which rows of a list and which sheet of a workbook are checked. Today both fixtures give exit 0 on a wrong list.
 */
const DIR = path.join(__dirname, "..", "fixtures", "lists");
const PEIL = ["--peildatum", "2026-12-01"];
const json = async (args: string[]) => JSON.parse((await runCli([...args, ...PEIL, "--json"])).stdout) as CheckJson;

describe("subtotalen.xlsx: a supplier named Totaal..., two Subtotaal rows and a Totaal row (SUM formulas saved by LibreOffice)", () => {
  const file = path.join(DIR, "subtotalen.xlsx");

  test("the suppliers after \"Totaal Installatietechniek BV\" and after each subtotal are checked; the failing ones give exit 1", async () => {
    const result = await runCli(["check", file, ...PEIL]);
    expect(result.code).toBe(1);
    const out = await json(["check", file]);
    expect(out.rows.map((r) => [r.row, r.supplier, r.status])).toEqual([
      [2, "Bouwbedrijf Alfa BV", "compliant"],
      [3, "Totaal Installatietechniek BV", "non_compliant"],
      [5, "Schoonmaak Beta", "non_compliant"],
      [6, "Groen Delta", "non_compliant"],
    ]);
  });

  test("the subtotals add no spend, and the report says which rows were skipped as subtotals and where the list ends", async () => {
    const out = await json(["check", file]);
    expect(out.kpis.spend).toBe(250000 + 300000 + 180000 + 400000);
    expect(out.notices.join("\n")).toContain("Rijen 4 en 7 zijn subtotalen");
    expect(out.table.nextBlockRow).toBe(9);
    const text = (await runCli(["check", file, ...PEIL])).stdout;
    expect(text).toContain("Rijen 4 en 7 zijn subtotalen: niet gecontroleerd en niet meegeteld in de inkoopwaarde");
    expect(text).not.toContain("Oud Archief BV");
    const en = (await runCli(["check", file, ...PEIL, "--taal", "en"])).stdout;
    expect(en).toContain("Rows 4 and 7 are subtotals");
  });

  test("the annotated copy leaves the subtotal rows' result cells empty", async () => {
    const out = path.join(mkdtempSync(path.join(os.tmpdir(), "pso-lists-")), "kopie.xlsx");
    expect((await runCli(["check", file, ...PEIL, "--out", out])).code).toBe(1);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    const sheet = book.worksheets[0];
    const status = (row: number) => sheet.getCell(row, 6).value;
    expect(sheet.getCell(1, 6).value).toBe("PSO-status");
    expect([status(2), status(3), status(4), status(5), status(6), status(7)].map((v) => (v === null ? null : String(v).split(":")[0]))).toEqual([
      "Voldoet", "Voldoet niet", null, "Voldoet niet", "Voldoet niet", null,
    ]);
  });
});

describe("verborgen-archief.xlsx: a hidden \"Archief 2019\" before the real list, which is the active sheet", () => {
  const file = path.join(DIR, "verborgen-archief.xlsx");

  test("without --sheet the active visible list is checked, never the hidden archive, and the report says which sheet", async () => {
    const result = await runCli(["check", file, ...PEIL]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("verborgen-archief.xlsx (Leveranciers 2024)");
    expect(result.stdout).not.toContain("Oude Aannemer BV");
    expect(result.stderr).toContain('blad "Leveranciers 2024" is gecontroleerd (het actieve blad)');
    expect(result.stderr).toContain('Ook een leverancierslijst, niet gecontroleerd: "Leveranciers 2023".');
    expect(result.stderr).toContain('Verborgen bladen met een lijst ("Archief 2019") worden alleen gecontroleerd als u ze noemt met --sheet');
  });

  test("--sheet naming the hidden sheet still checks it: the user asked for it", async () => {
    const out = await json(["check", file, "--sheet", "Archief 2019"]);
    expect(out.rows.map((r) => r.supplier)).toEqual(["Oude Aannemer BV", "Oud Schoonmaak BV"]);
  });

  test("the active sheet comes first, then the visible sheets in tab order; a hidden active sheet is passed over", () => {
    const sheet = (name: string, hidden = false) => ({ name, path: `${name}.xml`, hidden });
    const sheets = [sheet("Archief", true), sheet("A"), sheet("B"), sheet("C")];
    expect(sheetCandidates({ sheets, activeTab: 2 }).map((s) => s.name)).toEqual(["B", "A", "C"]);
    expect(sheetCandidates({ sheets, activeTab: 0 }).map((s) => s.name)).toEqual(["A", "B", "C"]);
  });
});

test("alleen-verborgen.xlsx: with the list only on a hidden sheet, the refusal says so and how to choose it (exit 2)", async () => {
  const file = path.join(DIR, "alleen-verborgen.xlsx");
  const result = await runCli(["check", file, ...PEIL]);
  expect(result.code).toBe(2);
  expect(result.stderr).toContain('geen leverancierslijst gevonden op de zichtbare bladen ("Toelichting")');
  expect(result.stderr).toContain('--sheet "Leveranciers"');
  expect((await runCli(["check", file, ...PEIL, "--sheet", "Leveranciers"])).code).toBe(0);
});

/*
 * Issue 15 item 6: a "Niveau" column holding the template letter's sector levels beside "PSO-trede" is another
 * column, not a second level column: no "komt twee keer voor" note, in the CSV and the .xlsx reader alike.
 */
describe('a "Niveau" column with sector levels beside "PSO-trede"', () => {
  const header = ["Leverancier", "Opdrachtsom per jaar", "PSO-trede", "Niveau", "Trede"];
  const rows = [["Alfa BV", 250000, "Trede 2", 1, ""], ["Beta BV", 180000, "geen", 3, ""]];

  test("gives no duplicate-column note, while a second plain level column still does", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "pso-niveau-"));
    const csv = path.join(dir, "lijst.csv");
    writeFileSync(csv, [header.slice(0, 4), ...rows.map((r) => r.slice(0, 4))].map((r) => r.join(";")).join("\n"));
    const xlsx = path.join(dir, "lijst.xlsx");
    const book = new ExcelJS.Workbook();
    book.addWorksheet("Leveranciers").addRows([header, ...rows]);
    await book.xlsx.writeFile(xlsx);
    const fromCsv = await runCli(["check", csv, ...PEIL]);
    expect(fromCsv.stderr).not.toMatch(/twee keer|Niveau/);
    expect(fromCsv.stdout).toContain("Rij 3  Beta BV");
    const fromXlsx = await runCli(["check", xlsx, ...PEIL]);
    // "Trede" (E) is a plain level header: that one is a real second level column and is named, "Niveau" (D) is not.
    expect(fromXlsx.stderr).toContain('kolom "PSO-trede" staat er meer dan eens (C, E); PSO-toets gebruikt kolom C.');
  });
});
