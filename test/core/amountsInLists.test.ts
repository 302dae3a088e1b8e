import { mkdtempSync, writeFileSync } from "fs";
import os from "os";
import path from "path";
import type { CheckJson } from "../../src/cli/checkReport";
import { runCli } from "../support/cli";

/*
 * Issue 15 item 9: "250,000" under an English header is 250.000 and so in scope (the policy's bar is € 150.000);
 * in a Dutch list "150,000" is refused with both readings instead of becoming a silent € 150 out of scope.
 */
function csv(name: string, lines: string[]): string {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), "pso-amounts-")), name);
  writeFileSync(file, lines.join("\n") + "\n");
  return file;
}

async function rowsOf(file: string) {
  const result = await runCli(["check", file, "--peildatum", "2026-12-01", "--json"]);
  expect(result.stderr).toBe("");
  return (JSON.parse(result.stdout) as CheckJson).rows;
}

test('an English list: "250,000" of annual spend is € 250.000, in scope, and a supplier without a certificate fails', async () => {
  const rows = await rowsOf(csv("suppliers.csv", ["Supplier;Annual spend;PSO level;Valid until", "Acme BV;250,000;none;", "Beta BV;1,250,000.00;Trede 2;2027-06-30"]));
  expect(rows.map((r) => [r.supplier, r.status])).toEqual([
    ["Acme BV", "non_compliant"],
    ["Beta BV", "compliant"],
  ]);
});

test('a Dutch list: "150,000" is an error naming both readings, never a silent € 150 out of scope', async () => {
  const rows = await rowsOf(csv("leveranciers.csv", ["Leverancier;Opdrachtsom per jaar;PSO-trede", "Acme BV;150,000;geen", "Beta BV;150.000;geen"]));
  expect(rows[0]).toMatchObject({ supplier: "Acme BV", status: "error" });
  expect(rows[0].reasons).toEqual(['Kolom "Opdrachtsom per jaar" (B): "150,000" kan 150 of 150.000 zijn; schrijf 150 of 150.000']);
  expect(rows[1]).toMatchObject({ supplier: "Beta BV", status: "non_compliant" });
});
