import fc from "fast-check";
import { mkdtempSync, writeFileSync } from "fs";
import os from "os";
import path from "path";
import { dayFromYmd, evaluateRow, formatIsoDate, LEVELS, levelLabel, statusLine, SupplierRow, wonenLimburgPolicy } from "../../src/core";
import { CheckJson } from "../../src/cli/checkReport";
import * as PSO from "../../src/functions/functions";
import { installStandIn, StandInError } from "../functions/support/customFunctionsStandIn";
import { runCli } from "../support/cli";

installStandIn();

/*
 * The same row gives the same status in all three places: =PSO.STATUS() (custom functions), the CLI (--json) and the
 * taskpane. The taskpane's PSO-status column is statusLine(evaluateRow(...)) from src/core, so that is what stands in
 * for it here. Rows are written as text, as a user types them into cells or a CSV.
 */
const PEIL = dayFromYmd(2026, 12, 1);
const dayText = fc.integer({ min: dayFromYmd(2019, 1, 1), max: dayFromYmd(2031, 12, 31) }).chain((d) =>
  fc.constantFrom(formatIsoDate(d), formatIsoDate(d).split("-").reverse().join("-")),
);
const supplierRow = fc.record({
  level: fc.oneof(fc.constantFrom(...LEVELS).map((l) => levelLabel(l)), fc.constantFrom("PSO-2", "trede1", "30+", "trde 2", "", "Ja", "in aanvraag", "Nee", "Koploper (trede 3)")),
  validUntil: fc.option(dayText, { nil: "" }),
  spend: fc.oneof(fc.integer({ min: 0, max: 2_000_000 }).map(String), fc.constantFrom("€ 150.000", "veel", "-5", "1,2 mln")),
  awardDate: fc.option(dayText, { nil: "" }),
  termMonths: fc.option(fc.integer({ min: 1, max: 72 }).map(String), { nil: "" }),
});

test("=PSO.STATUS(), the CLI and the taskpane give the same status line for the same row", async () => {
  const seen = new Set<string>();
  await fc.assert(
    fc.asyncProperty(fc.array(supplierRow, { minLength: 1, maxLength: 15 }), async (rows) => {
      const file = path.join(mkdtempSync(path.join(os.tmpdir(), "pso-same-")), "rijen.csv");
      const header = "Leverancier;Opdrachtsom per jaar;PSO-trede;Geldig tot;Gunningsdatum;Looptijd (maanden)";
      writeFileSync(file, [header, ...rows.map((r, i) => `L${i};${r.spend};${r.level};${r.validUntil};${r.awardDate};${r.termMonths}`)].join("\n"));
      const cli = JSON.parse((await runCli(["check", file, "--peildatum", formatIsoDate(PEIL), "--json"])).stdout) as CheckJson;
      const col = (key: keyof (typeof rows)[number]) => rows.map((r) => [r[key]]);
      const peil = rows.map(() => [formatIsoDate(PEIL)]);
      const fromFunction = PSO.status(col("level"), col("validUntil"), col("spend"), peil, col("awardDate"), col("termMonths"), null as never);
      rows.forEach((r, i) => {
        const taskpaneRow = { row: i + 2, supplier: `L${i}`, spend: r.spend, level: r.level, validUntil: r.validUntil, awardDate: r.awardDate, termMonths: r.termMonths } as SupplierRow;
        const finding = evaluateRow(taskpaneRow, wonenLimburgPolicy, PEIL);
        const taskpane = statusLine(finding, "nl");
        const cliRow = cli.rows[i];
        seen.add(finding.status);
        expect(cliRow.row).toBe(i + 2);
        const fn = fromFunction[i][0];
        if (finding.status === "error") {
          expect(cliRow.status).toBe("error");
          expect(fn).toBeInstanceOf(StandInError); // a custom function shows #WAARDE!/#N/B with the reason instead
        } else {
          expect([cliRow.statusLine, fn]).toEqual([taskpane, taskpane]);
        }
      });
    }),
    // A fixed seed, so the coverage check below never depends on the draw.
    { numRuns: 25, seed: 20261201 },
  );
  expect([...seen].sort()).toEqual(expect.arrayContaining(["compliant", "error", "non_compliant", "out_of_scope"]));
});
