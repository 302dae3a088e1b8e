import ExcelJS from "exceljs";
import { mkdtempSync, writeFileSync } from "fs";
import os from "os";
import path from "path";
import { runCli } from "../support/cli";

/*
 * Issue 15 item 10: a column named with --kolom is checked against the sheet. Before, `--kolom level=Z` on a sheet
 * without column Z read every level as blank: every supplier "uncertified", exit 1, and no word that Z was empty.
 */
const PEIL = ["--peildatum", "2026-12-01"];
const tmp = () => mkdtempSync(path.join(os.tmpdir(), "pso-kolom-"));

async function workbook(): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Leveranciers");
  ws.addRow(["Firma", "Bedrag", "Keurmerk", "Tot", "Opmerking"]);
  ws.addRow(["Bouw BV", 200000, "Trede 2", new Date(Date.UTC(2028, 0, 1))]);
  ws.addRow(["Schoonmaak BV", 300000, "Trede 1", new Date(Date.UTC(2028, 0, 1))]);
  const file = path.join(tmp(), "leveranciers.xlsx");
  await wb.xlsx.writeFile(file);
  return file;
}

const RIGHT = ["--kolom", "spend=B", "--kolom", "validUntil=D"];

describe("--kolom naming a column the sheet does not fill is refused, naming the column, the sheet and what was expected", () => {
  test("a column past the table (level=Z): exit 2, nothing printed as a result", async () => {
    const file = await workbook();
    const r = await runCli(["check", file, ...PEIL, ...RIGHT, "--kolom", "level=Z"]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain('--kolom level=Z: kolom Z bestaat niet op blad "Leveranciers"');
    expect(r.stderr).toContain("de tabel loopt tot en met kolom E");
    expect(r.stderr).toContain('Verwacht: de kolom "PSO-trede"');
  });

  test("a column with a header but no value in any row (level=E, \"Opmerking\")", async () => {
    const file = await workbook();
    const r = await runCli(["check", file, ...PEIL, ...RIGHT, "--kolom", "level=E"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('kolom E op blad "Leveranciers" van bestand "leveranciers.xlsx" is leeg (kop "Opmerking")');
    expect(r.stderr).toContain("rij 1");
  });

  test("the same in English with --taal en", async () => {
    const file = await workbook();
    const r = await runCli(["check", file, ...PEIL, ...RIGHT, "--kolom", "level=Z", "--taal", "en"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('column Z does not exist on sheet "Leveranciers"');
    expect(r.stderr).toContain('Expected: the "PSO level" column');
  });

  test("the right column is accepted and gives the verdicts", async () => {
    const file = await workbook();
    const r = await runCli(["check", file, ...PEIL, ...RIGHT, "--kolom", "level=C", "--json"]);
    expect(JSON.parse(r.stdout).rows.map((x: { status: string }) => x.status)).toEqual(["compliant", "non_compliant"]);
  });

  test("an empty column in a CSV is refused the same way", async () => {
    const file = path.join(tmp(), "lijst.csv");
    writeFileSync(file, "Leverancier;Opdrachtsom per jaar;PSO-trede;Geldig tot;Bijdrage\nA;200000;Trede 2;1-1-2028;\nB;300000;Trede 1;1-1-2028;\n");
    const r = await runCli(["check", file, ...PEIL, "--kolom", "contribution=E"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('kolom E op blad "lijst" van bestand "lijst.csv" is leeg (kop "Bijdrage")');
  });
});

describe("a --kolom value that names no column says which value is wrong", () => {
  test.each<[string, string]>([
    ["spend=0", "'0' is geen kolomletter; gebruik bijvoorbeeld C"],
    ["spend=-1", "'-1' is geen kolomletter"],
    ["spend=", "'' is geen kolomletter"],
    ["spend=ZZZZ", "'ZZZZ' is geen kolomletter"],
    ["spend=XFE", "'XFE' is geen kolomletter"],
    ["levl=C", 'onbekend veld "levl"; bedoelt u level?'],
    ["spend", "verwacht veld=kolomletter"],
    ["level=b", "kolom B is aangewezen voor spend én voor level"],
  ])("%s", async (spec, message) => {
    const file = await workbook();
    const r = await runCli(["check", file, ...PEIL, "--kolom", "spend=B", "--kolom", spec]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
    expect(r.stderr).not.toContain("Kolom ()");
    expect(r.stdout).toBe("");
  });

  test("numbers still name columns: spend=2 is B", async () => {
    const file = await workbook();
    const r = await runCli(["check", file, ...PEIL, "--kolom", "spend=2", "--kolom", "level=3", "--kolom", "validUntil=4", "--json"]);
    expect(JSON.parse(r.stdout).rows.map((x: { status: string }) => x.status)).toEqual(["compliant", "non_compliant"]);
  });
});
