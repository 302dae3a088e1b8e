import { dayFromYmd, dayToExcelSerial } from "../../src/core";
import { historyFromGrid, historyHeaders, historyRowCells, HistoryRow, monthKey, upsertHistory } from "../../src/core/report/history";

const row = (y: number, m: number, d: number, certifiedShare: number): HistoryRow => ({
  month: monthKey(dayFromYmd(y, m, d)),
  peildatum: dayFromYmd(y, m, d),
  certifiedShare,
  spendTrede2PlusShare: 0.7,
  suppliers: 40,
  certified: Math.round(certifiedShare * 40),
  spend: 1_000_000,
  spendTrede2Plus: 700_000,
  psoContributionEuro: 90_000,
  psoContributionShare: 0.09,
  stillToGo: 40 - Math.round(certifiedShare * 40),
});

describe("monthly history", () => {
  const oct = row(2026, 10, 1, 0.5);
  const nov = row(2026, 11, 3, 0.52);

  test("a new month is added after the others", () => {
    const dec = row(2026, 12, 1, 0.55);
    const result = upsertHistory([oct, nov], dec);
    expect(result.ok && result.value.map((r) => r.month)).toEqual(["2026-10", "2026-11", "2026-12"]);
  });

  test("refreshing twice in one month replaces that month's row and keeps the earlier months as they were", () => {
    const first = upsertHistory([oct, nov], row(2026, 12, 1, 0.55));
    if (!first.ok) throw new Error("first refresh failed");
    const second = upsertHistory(first.value, row(2026, 12, 15, 0.6));
    if (!second.ok) throw new Error("second refresh failed");
    expect(second.value).toHaveLength(3);
    expect(second.value[2]).toMatchObject({ month: "2026-12", certifiedShare: 0.6, peildatum: dayFromYmd(2026, 12, 15) });
    expect(second.value[0]).toBe(oct);
    expect(second.value[1]).toBe(nov);
  });

  test("a peildatum in an already recorded earlier month is refused, so history never changes", () => {
    const result = upsertHistory([oct, nov], row(2026, 10, 20, 0.9));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message.nl).toContain("maand 2026-10 is al vastgelegd");
  });

  test("a missing month is inserted in order; the neighbours stay untouched", () => {
    const sep = row(2026, 9, 1, 0.4);
    const result = upsertHistory([oct, row(2026, 12, 1, 0.55)], row(2026, 11, 1, 0.53));
    expect(result.ok && result.value.map((r) => r.month)).toEqual(["2026-10", "2026-11", "2026-12"]);
    expect(upsertHistory([oct], sep).ok).toBe(true);
  });

  test("the table reads back from a sheet grid: header found by its text, dates as Excel serials, shares as fractions", () => {
    const cells = historyRowCells(nov).map((v, i) => (i === 3 ? dayToExcelSerial(v as number) : v));
    const grid = [["Titel"], [], historyHeaders("nl"), cells, ["2026-12", "55,0%", "70%", "1-12-2026", 40, 22, "€ 1.000.000", 700000, 90000, 0.09, 18], [], ["Actielijst"]];
    const read = historyFromGrid(grid);
    expect(read.headerIndex).toBe(2);
    expect(read.problems).toEqual([]);
    expect(read.rows).toEqual([nov, { ...row(2026, 12, 1, 0.55), certified: 22 }]);
  });

  test("an unreadable history cell is reported with its row and column, not guessed", () => {
    const grid = [historyHeaders("nl"), ["2026-11", "veel", 0.7, 46330, 40, 20, 1, 1, 1, 0.1]];
    const read = historyFromGrid(grid);
    expect(read.rows).toEqual([]);
    expect(read.problems[0].nl).toContain('historie, rij 2, kolom "Aandeel gecertificeerd"');
  });
});
