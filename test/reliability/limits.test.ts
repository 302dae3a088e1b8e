import { mkdtempSync, writeFileSync } from "fs";
import os from "os";
import path from "path";
import { runCli } from "../support/cli";

/*
 * The limits that stay: a used range that reaches the sheet's last row, and the CSV size limit (MAX_CSV_BYTES).
 * The 110,000-row inputs (past the old 100,000-row limit) run in the integration tier: test/reliability/largeInputs.test.ts.
 */
test("a sheet whose used range reaches row 1,048,576 through one stray cell is still checked quickly", async () => {
  const result = await runCli(["check", path.join(__dirname, "..", "fixtures", "bad", "verdwaalde-cel-onderaan.xlsx"), "--peildatum", "2026-12-01", "--json"]);
  expect(result.code).toBe(1);
});

test("a CSV larger than the stated size limit (one 65 MB line) is refused at once with the limit in the message", async () => {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), "pso-csvbig-")), "een-regel.csv");
  writeFileSync(file, Buffer.alloc(65 * 1024 * 1024, "a"));
  const result = await runCli(["check", file, "--peildatum", "2026-12-01"]);
  expect(result.code).toBe(2);
  expect(result.stderr).toContain('Bestand "een-regel.csv" is 65 MB; PSO-toets leest een CSV van hoogstens 64 MB');
  expect(result.stderr).not.toMatch(/Invalid string length|heap/);
});
