import { readFileSync } from "fs";
import path from "path";
import type { CheckJson } from "../../src/cli/checkReport";
import { dayFromYmd } from "../../src/core";
import { createTaskpaneActions } from "../../src/excel/taskpaneActions";
import { bookFromXlsx } from "../../src/workbench/xlsx";
import { detectAndCheck } from "../excel/fixtures";
import { runCli } from "../support/cli";

/*
 * Issue 15 item 9: dates as real tools store them (test/fixtures/cells/, made by scripts/fixtures/make_cells.py with
 * openpyxl). A certificate "geldig tot 1-12-2026 18:00" has expired on 2 December; "31-12-99" is 1999, not 2099;
 * ISO text dates (t="d") read like date cells; a formula openpyxl wrote without calculating it is no empty cell.
 */
const DIR = path.join(__dirname, "..", "fixtures", "cells");

async function rowsOf(file: string): Promise<Record<string, { status: string; reasons: string[] }>> {
  const result = await runCli(["check", path.join(DIR, file), "--peildatum", "2026-12-02", "--json"]);
  expect(result.stderr).toBe("");
  const json = JSON.parse(result.stdout) as CheckJson;
  return Object.fromEntries(json.rows.map((r) => [r.supplier, { status: r.status, reasons: r.reasons }]));
}

describe.each(["datumtijd.xlsx", "iso-datums.xlsx"])("%s, checked on 2-12-2026", (file) => {
  test("a certificate valid until 1-12-2026 18:00 has expired on 2 December, like one valid until 1-12-2026", async () => {
    const rows = await rowsOf(file);
    for (const name of ["Avondploeg BV", "Ochtendploeg BV"]) {
      expect(rows[name].status).toBe("non_compliant");
      expect(rows[name].reasons[0]).toBe("Certificaat trede 2 verlopen op 1-12-2026: vraag een nieuw certificaat");
    }
    // The day after still counts: validity ends at the end of its last day.
    expect(rows["Tweede December BV"].status).toBe("warning");
    expect(rows["Tweede December BV"].reasons.join(" ")).toContain("verloopt op 2-12-2026");
  });

  test("the workbench and the taskpane (Excel hands over 46357,75 for 1-12-2026 18:00) give the CLI's statuses", async () => {
    const bytes = readFileSync(path.join(DIR, file));
    const book = await bookFromXlsx(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    expect(book.values("Leveranciers")[1][3]).toBe(46357.75);
    const { summary } = await detectAndCheck(createTaskpaneActions(book.run), dayFromYmd(2026, 12, 2));
    const cli = await rowsOf(file);
    expect(Object.fromEntries(summary.findings.map((f) => [f.supplier, f.status]))).toEqual(
      Object.fromEntries(Object.entries(cli).map(([name, r]) => [name, r.status])),
    );
  });

  test('a two-digit year "99" is 1999, so the certificate has long expired', async () => {
    const rows = await rowsOf(file);
    expect(rows["Oud Certificaat BV"].status).toBe("non_compliant");
    expect(rows["Oud Certificaat BV"].reasons[0]).toContain("31-12-1999");
  });
});

test("a formula without a cached result is an error naming its column, not an empty cell or 0", async () => {
  const rows = await rowsOf("iso-datums.xlsx");
  expect(rows["Formule Datum BV"]).toEqual({
    status: "error",
    reasons: ['Kolom "Geldig tot" (D): de formule is niet berekend; open en bewaar het bestand in Excel'],
  });
  expect(rows["Formule Bedrag BV"]).toEqual({
    status: "error",
    reasons: ['Kolom "Opdrachtsom per jaar" (B): de formule is niet berekend; open en bewaar het bestand in Excel'],
  });
});
