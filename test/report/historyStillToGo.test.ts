import ExcelJS from "exceljs";
import { dayFromYmd, dayToExcelSerial, Finding, wonenLimburgPolicy } from "../../src/core";
import { historyFromGrid, historyHeaders } from "../../src/core/report/history";
import { chooseReportSheet, isEarlierReport } from "../../src/core/report/reportSheet";
import { openBook } from "../../src/xlsx/bookPatch";
import { socialSheetCopy } from "../../src/xlsx/socialPatch";
import { joinPieces } from "../../src/xlsx/zip";
import { findingsFor, PEIL } from "../core/report.fixture";

/*
 * Issue 24.1: "Nog te gaan" in the monthly history, so the controller sees it fall month by month. A history written
 * before the column existed is still read, recognised and refreshed: its months keep their figures and show
 * "onbekend" for still to go (never 0).
 */

const TEN = historyHeaders("nl").slice(0, 10);

async function refresh(bytes: Uint8Array, peil: number, findings: readonly Finding[] = findingsFor()) {
  const result = socialSheetCopy(openBook(bytes)!, { findings, policy: wonenLimburgPolicy, peildatum: peil, lang: "nl", sourceSheet: "Leveranciers" });
  if (!result.ok) throw new Error(result.message.nl);
  const out = joinPieces(result.value.pieces());
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(out.buffer as ArrayBuffer);
  return { bytes: out, report: result.value.report, ws: workbook.getWorksheet("Sociale bijdrage")! };
}

/** The history's rows as the sheet shows them: month and "Nog te gaan". */
function stillToGoColumn(ws: ExcelJS.Worksheet): unknown[][] {
  let header = 1;
  while (header <= ws.rowCount && ws.getCell(header, 1).value !== "Maand") header++;
  const col = (ws.getRow(header).values as unknown[]).indexOf("Nog te gaan");
  expect(col).toBe(11);
  const rows: unknown[][] = [];
  for (let r = header + 1; ws.getCell(r, 1).value !== null; r++) rows.push([ws.getCell(r, 1).value, ws.getCell(r, col).value]);
  return rows;
}

/** A sheet as a PSO-toets version before issue 24.1 left it: the report's title, a ten-column history of two months. */
async function earlierReport(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Leveranciers").addRow(["Leverancier"]);
  const ws = wb.addWorksheet("Sociale bijdrage");
  ws.getCell("A1").value = "Sociale bijdrage (PSO)";
  ws.getRow(56).values = ["Historie (maandelijkse inventarisatie)"];
  ws.getRow(57).values = TEN;
  ws.getRow(58).values = ["okt 2026", 0.4, 0.5, dayToExcelSerial(dayFromYmd(2026, 10, 1)), 6, 2, 1_900_000, 900_000, 80_000, 0.04];
  ws.getRow(59).values = ["nov 2026", 0.45, 0.55, dayToExcelSerial(dayFromYmd(2026, 11, 2)), 6, 3, 1_910_000, 1_000_000, 90_000, 0.047];
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

describe("Nog te gaan in the monthly history (issue 24.1)", () => {
  test("each refresh records the month's still to go, so it can be seen falling", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Leveranciers").addRow(["Leverancier"]);
    const first = await refresh(new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer), dayFromYmd(2026, 11, 2));
    // Next month G ICT (in scope, no certificate) is no longer on the list: one less still to go.
    const second = await refresh(first.bytes, PEIL, findingsFor().filter((f) => f.supplier !== "G ICT"));
    expect(first.report.kpis.stillToGo).toBe(3);
    expect(stillToGoColumn(second.ws)).toEqual([
      ["nov 2026", 3],
      ["dec 2026", 2],
    ]);
    expect(second.report.history.map((h) => h.stillToGo)).toEqual([3, 2]);
    // On page 1, "Nog te gaan" shows last month's figure and the trend, as the other KPIs do.
    expect([second.ws.getCell("A8").value, second.ws.getCell("E8").value]).toEqual(["Nog te gaan", 3]);
    expect(second.ws.getCell("F8").value).toBe("▼ 1");
  });

  test("a history written before the column is recognised and refreshed: earlier months kept, their still to go 'onbekend'", async () => {
    const bytes = await earlierReport();
    const { ws, report } = await refresh(bytes, PEIL);
    expect(ws.name).toBe("Sociale bijdrage");
    expect(report.history.map((h) => [h.month, h.certified, h.spend, h.stillToGo])).toEqual([
      ["2026-10", 2, 1_900_000, null],
      ["2026-11", 3, 1_910_000, null],
      ["2026-12", report.kpis.certified, report.kpis.spend, report.kpis.stillToGo],
    ]);
    expect(report.kpis.stillToGo).toBe(3);
    expect(stillToGoColumn(ws)).toEqual([
      ["okt 2026", "onbekend"],
      ["nov 2026", "onbekend"],
      ["dec 2026", 3],
    ]);
  });

  test("a note of the controller's in column K beside an earlier history is never written over: no refresh, the cell named", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await earlierReport()).buffer as ArrayBuffer);
    wb.getWorksheet("Sociale bijdrage")!.getCell("K59").value = "navragen bij inkoop";
    const bytes = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    const result = socialSheetCopy(openBook(bytes)!, { findings: findingsFor(), policy: wonenLimburgPolicy, peildatum: PEIL, lang: "nl", sourceSheet: "Leveranciers" });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.message.nl).toContain('rij 59, kolom K: hier komt de nieuwe kolom "Nog te gaan"');
      expect(result.message.nl).toContain('"navragen bij inkoop"');
    }
  });

  test("the grid reader takes ten or eleven history columns, and both make an earlier report recognisable", () => {
    const legacy = [["Sociale bijdrage (PSO)"], [], TEN, ["nov 2026", "45%", "55%", "2-11-2026", 6, 3, 1_910_000, 1_000_000, "onbekend", ""]];
    const read = historyFromGrid(legacy);
    expect(read.problems).toEqual([]);
    expect(read.rows.map((r) => [r.month, r.certified, r.psoContributionEuro, r.stillToGo])).toEqual([["2026-11", 3, null, null]]);
    expect(isEarlierReport(legacy)).toBe(true);
    const current = [["Sociale bijdrage (PSO)"], [], historyHeaders("en"), ["Nov 2026", 0.45, 0.55, "2-11-2026", 6, 3, 1_910_000, 1_000_000, 1, 0.1, 3]];
    expect(historyFromGrid(current).rows.map((r) => r.stillToGo)).toEqual([3]);
    expect(isEarlierReport(current)).toBe(true);
    expect(chooseReportSheet(["Sociale bijdrage"], null, () => legacy)).toEqual({ name: "Sociale bijdrage", exists: true, userSheetKept: null });
  });

  test("an empty or 'onbekend' still to go reads as unknown, never 0", () => {
    const grid = [historyHeaders("nl"), ["nov 2026", 0.45, 0.55, "2-11-2026", 6, 3, 1_910_000, 1_000_000, 1, 0.1, "onbekend"], ["dec 2026", 0.5, 0.55, "1-12-2026", 6, 3, 1_910_000, 1_000_000, 1, 0.1, null]];
    expect(historyFromGrid(grid).rows.map((r) => r.stillToGo)).toEqual([null, null]);
  });
});
