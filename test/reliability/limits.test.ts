import { mkdtempSync, writeFileSync } from "fs";
import os from "os";
import path from "path";
import { MAX_ROWS } from "../../src/xlsx/readSupplierFile";
import { runCli } from "../support/cli";

/*
 * Measured here: 100,000 CSV rows take about 6 s and 350 MB; a full sheet of 1,048,576 rows would take minutes and
 * gigabytes in exceljs. So PSO-toets refuses more than MAX_ROWS rows with a message that names the limit, at once.
 */
test("a CSV with 1,048,576 lines (a full Excel sheet) is refused, naming the limit", async () => {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), "pso-huge-")), "alles.csv");
  const lines = ["Leverancier;Opdrachtsom per jaar;PSO-trede;Geldig tot"];
  for (let i = 1; i < 1_048_576; i++) lines.push(`Leverancier ${i};${100_000 + i};Trede 2;1-1-2030`);
  writeFileSync(file, lines.join("\r\n"));
  const result = await runCli(["check", file, "--peildatum", "2026-12-01"]);
  expect(result.code).toBe(2);
  expect(result.stderr).toContain('Bestand "alles.csv", blad "alles": 1.048.576 rijen; PSO-toets leest hoogstens 100.000 leveranciersrijen per blad');
  expect(MAX_ROWS).toBe(100_000);
});

test("a sheet whose used range reaches row 1,048,576 through one stray cell is still checked quickly", async () => {
  const result = await runCli(["check", path.join(__dirname, "..", "fixtures", "bad", "verdwaalde-cel-onderaan.xlsx"), "--peildatum", "2026-12-01", "--json"]);
  expect(result.code).toBe(1);
});

test("exactly the limit is still read", async () => {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), "pso-limit-")), "grens.csv");
  const lines = ["Leverancier;Opdrachtsom per jaar;PSO-trede;Geldig tot"];
  for (let i = 1; i <= MAX_ROWS; i++) lines.push(`L${i};${i % 2 ? 200_000 : 100_000};Trede 2;1-1-2030`);
  writeFileSync(file, lines.join("\n"));
  const result = await runCli(["check", file, "--peildatum", "2026-12-01", "--json"]);
  expect(result.code).toBe(0);
  expect(JSON.parse(result.stdout).rows).toHaveLength(MAX_ROWS);
});
