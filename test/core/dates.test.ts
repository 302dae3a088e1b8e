import { addMonths, dayFromYmd, dayToExcelSerial, excelSerialToDay, formatDateNl, formatIsoDate, formulaErrorOf, messages, monthsBetween, NOT_CALCULATED, parseDate } from "../../src/core";
import { isoDateCell, plainCellValue } from "../../src/xlsx/cellValue";

const ymd = (y: number, m: number, d: number) => dayFromYmd(y, m, d);

describe("parseDate reads Dutch dates", () => {
  test.each<[unknown, string]>([
    ["1-3-2022", "2022-03-01"],
    ["01-03-2022", "2022-03-01"],
    ["01-02-2022", "2022-02-01"],
    ["1/3/2022", "2022-03-01"],
    ["1.3.2022", "2022-03-01"],
    ["2022-03-01", "2022-03-01"],
    ["2022-03-01T00:00:00Z", "2022-03-01"],
    ["1 maart 2022", "2022-03-01"],
    ["1 mrt 2022", "2022-03-01"],
    ["15 juli 2022", "2022-07-15"],
    ["31-12-21", "2021-12-31"],
    [44621, "2022-03-01"],
    [44621.75, "2022-03-01"],
    ["44621", "2022-03-01"],
    [new Date(Date.UTC(2022, 2, 1)), "2022-03-01"],
    [new Date(2022, 2, 1), "2022-03-01"],
    // Issue 15 item 9: a date-time is the day it falls on, never the next one.
    [46357.75, "2026-12-01"],
    [46357.999, "2026-12-01"],
    [new Date(Date.UTC(2026, 11, 1, 18, 0)), "2026-12-01"],
    [new Date(Date.UTC(2026, 11, 1, 23, 59, 59)), "2026-12-01"],
    ["2026-12-01T18:00:00", "2026-12-01"],
    ["2026-12-01 18:00", "2026-12-01"],
    ["1-12-2026 18:00", "2026-12-01"],
    ["1-12-2026 23:59:59", "2026-12-01"],
    ["1 december 2026 18.00 uur", "2026-12-01"],
    // Two-digit years as Excel reads them: 00-29 are 20xx, 30-99 are 19xx.
    ["31-12-99", "1999-12-31"],
    ["1-1-29", "2029-01-01"],
    ["1-3-00", "2000-03-01"],
  ])("%p -> %s", (input, iso) => {
    const r = parseDate(input);
    expect(r.ok).toBe(true);
    if (r.ok) expect(formatIsoDate(r.value)).toBe(iso);
  });

  test.each<[unknown, string]>([
    ["31-2-2022", "geen datum"],
    ["morgen", "geen datum"],
    ["1-13-2022", "geen datum"],
    [60, "29-2-1900"],
    [12, "buiten 1990-2100"],
    [-5, "geen geldig Excel-datumgetal"],
    [99999999, "geen geldig Excel-datumgetal"],
    ["1-1-1850", "buiten 1990-2100"],
    ["1-1-30", "buiten 1990-2100"],
    ["1-12-2026 18", "geen datum"],
  ])("rejects %p (%s)", (input, fragment) => {
    const r = parseDate(input);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message.nl).toContain(fragment);
  });

  test("Excel serials: 1900 leap-year bug handled on both sides of serial 60", () => {
    expect(excelSerialToDay(59)).toEqual({ ok: true, value: ymd(1900, 2, 28) });
    expect(excelSerialToDay(61)).toEqual({ ok: true, value: ymd(1900, 3, 1) });
    expect(excelSerialToDay(1)).toEqual({ ok: true, value: ymd(1900, 1, 1) });
    expect(dayToExcelSerial(ymd(2022, 3, 1))).toBe(44621);
    expect(dayToExcelSerial(ymd(1900, 1, 1))).toBe(1);
  });

  test("month arithmetic clamps to the end of a short month", () => {
    expect(formatIsoDate(addMonths(ymd(2022, 1, 31), 1))).toBe("2022-02-28");
    expect(formatIsoDate(addMonths(ymd(2022, 3, 1), 12))).toBe("2023-03-01");
    expect(monthsBetween(ymd(2022, 1, 1), ymd(2022, 12, 31))).toBe(12);
    expect(monthsBetween(ymd(2022, 1, 1), ymd(2024, 12, 31))).toBe(36);
    expect(monthsBetween(ymd(2022, 3, 15), ymd(2022, 9, 14))).toBe(6);
  });

  test("Dutch formatting", () => expect(formatDateNl(ymd(2022, 1, 1))).toBe("1-1-2022"));
});

describe("what a reader hands over", () => {
  test("ISO text of a t=\"d\" cell is the written wall clock, whatever the zone suffix", () => {
    expect(isoDateCell("2026-12-01T18:00:00")?.toISOString()).toBe("2026-12-01T18:00:00.000Z");
    expect(isoDateCell("2026-12-01")?.toISOString()).toBe("2026-12-01T00:00:00.000Z");
    expect(isoDateCell("2026-12-01T23:30:00+02:00")?.toISOString()).toBe("2026-12-01T23:30:00.000Z");
    expect(isoDateCell("2026-02-30")).toBeNull();
    expect(isoDateCell("morgen")).toBeNull();
  });

  test("an exceljs formula without a result is not calculated, not empty", () => {
    expect(formulaErrorOf(plainCellValue({ formula: "SUM(A1:A3)" }))).toBe(NOT_CALCULATED);
    expect(messages.formulaError(NOT_CALCULATED).nl).toBe("de formule is niet berekend; open en bewaar het bestand in Excel");
    expect(plainCellValue({ formula: "SUM(A1:A3)", result: 6 })).toBe(6);
  });
});
