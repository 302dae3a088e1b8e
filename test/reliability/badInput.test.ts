import ExcelJS from "exceljs";
import { mkdtempSync, readdirSync, readFileSync } from "fs";
import os from "os";
import path from "path";
import type { Expectation } from "../../scripts/make-bad-fixtures";
import { CheckJson } from "../../src/cli/checkReport";
import { runCli } from "../support/cli";
import { addedColumns, differences, originalWorkbook } from "./support/compareWorkbooks";

/*
 * The bad-input corpus: every file in test/fixtures/bad/ with a <file>.expect.json beside it (made by
 * scripts/make-bad-fixtures.ts, or by hand). Each is checked with the CLI on peildatum 1-12-2026: the exit code,
 * the Dutch messages, the status of every row, and, when the file is readable, an annotated copy that loses nothing.
 */
const DIR = path.join(__dirname, "..", "fixtures", "bad");
const PEIL = ["--peildatum", "2026-12-01"];
const cases = readdirSync(DIR)
  .filter((f) => f.endsWith(".expect.json"))
  .map((f) => f.slice(0, -".expect.json".length))
  .sort();

const expectationOf = (name: string) => JSON.parse(readFileSync(path.join(DIR, `${name}.expect.json`), "utf8")) as Expectation;
const noStackTrace = (text: string) => expect(text).not.toMatch(/\n\s+at |Error:|TypeError|undefined/);

test("the corpus covers every kind of bad input the issue lists", () => {
  expect(cases.length).toBeGreaterThanOrEqual(20);
});

describe.each(cases)("%s", (name) => {
  const file = path.join(DIR, name);
  const want = expectationOf(name);

  test(`${want.about}: exit ${want.exit}, clear Dutch messages`, async () => {
    const result = await runCli(["check", file, ...PEIL, ...(want.args ?? [])]);
    expect({ code: result.code, stderr: result.stderr }).toMatchObject({ code: want.exit });
    for (const fragment of want.stderr ?? []) expect(result.stderr).toContain(fragment);
    for (const fragment of want.stdout ?? []) expect(result.stdout).toContain(fragment);
    noStackTrace(result.stderr);
    if (want.exit === 2) expect(result.stdout).toBe("");
  });

  if (want.rows || want.rowCount !== undefined) {
    test("every row gets its own status; a bad row never stops the others", async () => {
      const result = await runCli(["check", file, ...PEIL, "--json", ...(want.args ?? [])]);
      const out = JSON.parse(result.stdout) as CheckJson;
      if (want.rowCount !== undefined) expect(out.rows).toHaveLength(want.rowCount);
      for (const row of want.rows ?? []) {
        const got = out.rows.find((r) => r.row === row.row);
        expect({ row: row.row, status: got?.status }).toEqual({ row: row.row, status: row.status });
        const reasons = got!.reasons.join("; ");
        for (const fragment of row.reasons ?? []) expect(reasons).toContain(fragment);
        if (row.statusLine !== undefined) expect(got!.statusLine).toBe(row.statusLine);
        if (row.supplier !== undefined) expect(got!.supplier).toBe(row.supplier);
      }
    });
  }

  if (want.exit !== 2) {
    test("--out: the input is untouched and the copy equals it cell by cell apart from the two added columns", async () => {
      const before = readFileSync(file);
      const out = path.join(mkdtempSync(path.join(os.tmpdir(), "pso-bad-")), "kopie.xlsx");
      const result = await runCli(["check", file, ...PEIL, "--out", out, ...(want.args ?? [])]);
      expect(result.code).toBe(want.exit);
      expect(readFileSync(file).equals(before)).toBe(true);
      const original = await originalWorkbook(file);
      const copy = new ExcelJS.Workbook();
      await copy.xlsx.readFile(out);
      expect(differences(original, copy, addedColumns(copy))).toEqual([]);
    });
  }
});
