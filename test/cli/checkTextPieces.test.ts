import { buildCheckReport, columnUseOfGrid, dayFromYmd, tableFromGrid, wonenLimburgPolicy } from "../../src/core";
import { checkTextPieces } from "../../src/cli/checkReport";

/* The text report is written in pieces so a million rows never make one string: the pieces must add up to one report. */

const peildatum = dayFromYmd(2026, 12, 1);

function reportOf(rows: number) {
  const grid: unknown[][] = [["Leverancier", "Opdrachtsom", "PSO-trede", "Geldig tot"]];
  // Every third row has no certificate, so it fails and is listed; the others are compliant and are not.
  for (let i = 1; i <= rows; i++) grid.push([`Leverancier ${i}`, 200000 + i, i % 3 === 0 ? "geen" : "Trede 3", "1-1-2028"]);
  const table = tableFromGrid(grid as never)!;
  return buildCheckReport(table, columnUseOfGrid(grid), { policy: wonenLimburgPolicy, peildatum, lang: "nl" })!;
}

test("a report with many rows that need attention comes in several pieces of whole lines, which together list every such row once, in sheet order", () => {
  const report = reportOf(30_000);
  const pieces = [...checkTextPieces("x.xlsx (Blad1)", report, peildatum, "Beleid", "nl")];
  expect(pieces.length).toBeGreaterThan(1);
  for (const piece of pieces) expect(piece.endsWith("\n")).toBe(false);
  const lines = pieces.join("\n").split("\n");
  const listed = lines.filter((l) => /^ {2}Rij \d+/.test(l)).map((l) => Number(/Rij (\d+)/.exec(l)![1]));
  const expected = report.findings.filter((f) => f.status === "non_compliant").map((f) => f.row);
  expect(expected).toHaveLength(10_000);
  expect(listed).toEqual(expected);
  expect(lines.filter((l) => l === "Rijen die aandacht vragen")).toHaveLength(1);
  // Each listed row is followed by its explanation, also across a piece boundary.
  lines.forEach((l, i) => {
    if (/^ {2}Rij \d+/.test(l)) expect(lines[i + 1]).toMatch(/^ {6}\S/);
  });
});

test("a report with no row that needs attention has no attention heading", () => {
  const grid: unknown[][] = [["Leverancier", "Opdrachtsom", "PSO-trede", "Geldig tot"], ["A", 200000, "Trede 3", "1-1-2028"]];
  const report = buildCheckReport(tableFromGrid(grid as never)!, columnUseOfGrid(grid), { policy: wonenLimburgPolicy, peildatum, lang: "nl" })!;
  const text = [...checkTextPieces("x.xlsx (Blad1)", report, peildatum, "Beleid", "nl")].join("\n");
  expect(text).not.toContain("aandacht");
  expect(text).toContain("Beleid: Beleid");
});
