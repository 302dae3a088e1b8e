import { buildCheckReport, columnUseOfGrid, dayFromYmd, tableFromGrid, wonenLimburgPolicy } from "../../src/core";
import { checkJson, checkText } from "../../src/cli/checkReport";

/* Issue 16, item 4: the CLI's summary explains how the rows split, over what shares are taken, and an unknown KPI. */

const peildatum = dayFromYmd(2026, 12, 1);
const grid = [
  ["Leverancier", "Opdrachtsom per jaar", "PSO-trede", "Geldig tot"],
  ["A", 200000, "Trede 2", "1-1-2028"],
  [null, null, null, null],
  ["B", "veel", "Trede 2", "1-1-2028"],
  ["Totaal", 200000, null, null],
];
const report = (lang: "nl" | "en") =>
  buildCheckReport(tableFromGrid(grid as never)!, columnUseOfGrid(grid), { policy: wonenLimburgPolicy, peildatum, lang })!;

test("the text report starts with the row split and prints shares with their base and the unknown PSO-bijdrage", () => {
  const text = checkText("x.csv", report("nl"), peildatum, "Beleid", "nl");
  expect(text).toContain("\n4 rijen: 1 leverancier beoordeeld, 1 met een gegevensfout (niet meegeteld), 1 lege rij, 1 totaalregel of tweede tabel (rij 5, niet gecontroleerd)\n");
  expect(text).toMatch(/Met geldig PSO-certificaat \(van de leveranciers binnen scope\) +1 \(100,0%\)\n/);
  expect(text).toMatch(/PSO-bijdrage \(uitgaven x sociale bijdrage\) +onbekend: geen kolom met de sociale bijdrage/);
  expect(text).not.toContain("€ 0,00");
});

test("--json gives the same as data: the rows not counted by number", () => {
  const json = checkJson(report("en"), peildatum, "en");
  expect(json.rowCounts).toEqual({
    line: "4 rows: 1 supplier assessed, 1 with a data error (not counted), 1 blank row, 1 totals row or second table (row 5, not checked)",
    rows: 4,
    assessed: 1,
    errorRows: [4],
    blankRows: [3],
    endRow: 5,
  });
  expect(json.kpiLines.find((l) => l.key === "psoContribution")).toMatchObject({ value: "unknown", unknown: expect.stringContaining("no column") });
});
