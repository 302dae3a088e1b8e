import { buildCheckReport, columnUseOfGrid, dayFromYmd, tableFromGrid, wonenLimburgPolicy } from "../../src/core";
import { checkJson, checkJsonPieces } from "../../src/cli/checkReport";
import { runCli } from "../support/cli";

/*
 * Issue 14: `--json` is printed in pieces, so a million rows never become one string (V8 refuses strings over ~512 MB:
 * "Invalid string length" after 55 s and 3.4 GB). What the user reads must stay exactly the JSON it was.
 */

const peildatum = dayFromYmd(2026, 12, 1);
const header = ["Leverancier", "Opdrachtsom per jaar", "PSO-trede", "Geldig tot"];

function reportOf(rows: unknown[][], lang: "nl" | "en" = "nl") {
  const grid = [header, ...rows];
  return buildCheckReport(tableFromGrid(grid as never)!, columnUseOfGrid(grid), { policy: wonenLimburgPolicy, peildatum, lang })!;
}

/** What the CLI prints: each piece followed by a newline. */
const printed = (pieces: Iterable<string>) => [...pieces].map((p) => `${p}\n`).join("");

test.each([
  ["one row", 1],
  ["a piece and a half of rows (crossing a piece boundary)", 150],
  ["exactly two pieces", 200],
])("%s: the pieces print the same text as JSON.stringify of the whole object", (_, n) => {
  const rows = Array.from({ length: n }, (_, i) => [`Leverancier ${i} "BV"\tå`, 100_000 + i * 1_000, i % 3 === 0 ? "trede 1" : "Trede 2", "1-1-2028"]);
  for (const lang of ["nl", "en"] as const) {
    const report = reportOf(rows, lang);
    expect(printed(checkJsonPieces(report, peildatum, lang))).toBe(`${JSON.stringify(checkJson(report, peildatum, lang), null, 2)}\n`);
  }
});

test("no supplier rows: the pieces print the empty list as JSON does", () => {
  const report = reportOf([[null, null, null, null]]);
  expect(printed(checkJsonPieces(report, peildatum, "nl"))).toBe(`${JSON.stringify(checkJson(report, peildatum, "nl"), null, 2)}\n`);
});

test("pso-toets check --json on the sample still parses to the same rows and figures", async () => {
  const result = await runCli(["check", "examples/leveranciers.xlsx", "--peildatum", "2026-12-01", "--json"]);
  const json = JSON.parse(result.stdout);
  expect(json.rows.length).toBeGreaterThan(30);
  expect(json.rows.every((r: { row: number; status: string }) => typeof r.row === "number" && typeof r.status === "string")).toBe(true);
  expect(json.kpis.suppliers).toBe(json.rows.filter((r: { status: string }) => r.status !== "error").length);
});
