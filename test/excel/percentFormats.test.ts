import { readFileSync } from "fs";
import path from "path";
import { dayFromYmd, Finding, wonenLimburgPolicy } from "../../src/core";
import { createWorkbook, InputCell } from "../../src/excel-standin";
import { createTaskpaneActions } from "../../src/excel/taskpaneActions";
import { bookFromXlsx } from "../../src/workbench/xlsx";
import type { CheckJson } from "../../src/cli/checkReport";
import { runCli } from "../support/cli";
import { detectAndCheck } from "./fixtures";

/*
 * Issue 15 item 2: a percent-formatted cell holds a fraction (0,8 shows 80 %, 0,016 shows 1,6 %, 1 shows 100 %); a cell
 * under 0.0"%" only prints a percent sign and holds points (15,5). The same sheet (test/fixtures/cells/
 * procent-notatie.xlsx, made by openpyxl) through the CLI, the taskpane on the Excel stand-in and the workbench must
 * read the same contributions, and the whole-percent column's 1 is 100 % with no "gelezen als" note.
 */
const FILE = path.join(__dirname, "..", "fixtures", "cells", "procent-notatie.xlsx");
const PEIL = dayFromYmd(2026, 12, 1);
const EXPECTED: Record<string, number> = {
  "Sociale Werkplaats BV": 0.8,
  "Directe Bijdrage BV": 0.016,
  "Alles Inclusief BV": 1,
  "Rood Getal BV": 0.155,
  "Procentpunten BV": 0.155,
};
// Spend times contribution of each certified supplier (€ 200.000 each): the PSO contribution in euros.
const PSO_EUROS = 200_000 * (0.8 + 0.016 + 1 + 0.155 + 0.155);

const contributions = (findings: readonly Finding[]) => Object.fromEntries(findings.map((f) => [f.supplier, f.contribution]));
const notes = (findings: readonly Finding[]) => findings.flatMap((f) => f.reasons.filter((r) => r.code === "percentRead"));

function expectRead(byName: Record<string, number | null>) {
  for (const [name, fraction] of Object.entries(EXPECTED)) expect(byName[name]).toBeCloseTo(fraction, 12);
}

test("the CLI reads percent cells by their number format", async () => {
  const result = await runCli(["check", FILE, "--peildatum", "2026-12-01", "--json"]);
  const json = JSON.parse(result.stdout) as CheckJson;
  expect(json.rows.map((r) => r.status)).toEqual(["compliant", "compliant", "compliant", "compliant", "compliant"]);
  expect(json.rows.flatMap((r) => r.reasons).filter((r) => r.includes("gelezen als"))).toEqual([]);
  expect(json.kpis.psoContributionEuro).toBeCloseTo(PSO_EUROS, 2);
});

test("the workbench (the dropped file in the stand-in, checked by the add-in) reads them the same", async () => {
  const bytes = readFileSync(FILE);
  const book = await bookFromXlsx(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  // The stand-in holds what Excel holds: the fraction, and the format beside it.
  expect(book.values("Leveranciers")[3][5]).toBe(0.8);
  const { summary } = await detectAndCheck(createTaskpaneActions(book.run), PEIL);
  expectRead(contributions(summary.findings));
  expect(notes(summary.findings)).toEqual([]);
  expect(summary.kpis.psoContributionEuro).toBeCloseTo(PSO_EUROS, 2);
});

describe("the taskpane on Excel (stand-in)", () => {
  const header: InputCell[] = ["Leverancier", "Opdrachtsom per jaar", "PSO-trede", "Geldig tot", "Sociale bijdrage"];
  const row = (name: string, pct: InputCell): InputCell[] => [name, 100_000, "Trede 2", "30-6-2027", pct];

  test("a column formatted as percent: 1 is 100 % without a note, 0,8 is 80 %, 0,016 is 1,6 %", async () => {
    const book = createWorkbook(
      { Leveranciers: [header, row("A", 1), row("B", 0.8), row("C", 0.016)] },
      { extras: { Leveranciers: { numberFormats: { E2: "0%", E3: "0%", E4: "0.0%" } } } },
    );
    const { summary } = await detectAndCheck(createTaskpaneActions(book.run), PEIL);
    expect(contributions(summary.findings)).toEqual({ A: 1, B: 0.8, C: 0.016 });
    expect(notes(summary.findings)).toEqual([]);
  });

  test("without a percent format the column rule stays: a bare 1 among fractions is 1 % and the row says so", async () => {
    const book = createWorkbook({ Leveranciers: [header, row("A", 1), row("B", 0.8)] });
    const { summary } = await detectAndCheck(createTaskpaneActions(book.run), PEIL);
    expect(contributions(summary.findings)).toEqual({ A: 0.01, B: 0.8 });
    expect(notes(summary.findings)).toHaveLength(1);
  });

  test("the formats of the contribution column are read in one extra sync, and none when it holds no numbers", async () => {
    const withNumbers = createWorkbook({ Leveranciers: [header, row("A", 0.8)] }, { extras: { Leveranciers: { numberFormats: { E2: "0%" } } } });
    const asText = createWorkbook({ Leveranciers: [header, row("A", "80%")] });
    const syncs = async (book: ReturnType<typeof createWorkbook>) => {
      const actions = createTaskpaneActions(book.run);
      const info = await actions.detect();
      if (!info.ok) throw new Error(info.message.nl);
      const before = book.log.count;
      const summary = await actions.check({ mapping: info.value.mapping, peildatum: PEIL, policy: wonenLimburgPolicy, lang: "nl" });
      if (!summary.ok) throw new Error(summary.message.nl);
      expect(contributions(summary.value.findings)).toEqual({ A: 0.8 });
      return book.log.count - before;
    };
    expect(await syncs(withNumbers)).toBe((await syncs(asText)) + 1);
  });
});
