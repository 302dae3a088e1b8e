import { dayFromYmd, dayToExcelSerial, evaluate, tableFromGrid, wonenLimburgPolicy } from "../../src/core";
import { refreshSocialSheet, SocialSheetInput } from "../../src/excel/socialSheet";
import { createTaskpaneActions } from "../../src/excel/taskpaneActions";
import { createWorkbook, StandinWorkbook } from "../../src/excel-standin";
import { sheetExtras } from "../../src/excel-standin/charts";
import { findingsFor, PEIL } from "../core/report.fixture";
import { HEADER, supplierRows } from "./fixtures";

const SHEET = "Sociale bijdrage";
const input = (peildatum = PEIL, findings = findingsFor()): SocialSheetInput => ({
  findings,
  policy: wonenLimburgPolicy,
  peildatum,
  lang: "nl",
  sourceSheet: "Leveranciers",
  printSetup: true,
});

async function refresh(book: StandinWorkbook, i: SocialSheetInput) {
  const result = await book.run((context) => refreshSocialSheet(context, i));
  if (!result.ok) throw new Error(result.message.nl);
  return result.value;
}

/** Column A from the history header down to the first empty cell. */
function historyMonths(book: StandinWorkbook): unknown[] {
  const values = book.values(SHEET);
  const header = values.findIndex((r) => r[0] === "Maand");
  const months: unknown[] = [];
  for (let r = header + 1; r < values.length && values[r][0] !== ""; r++) months.push(values[r][0]);
  return months;
}

describe("refreshSocialSheet (Office.js adapter, on the stand-in)", () => {
  test("creates the sheet: KPI block, empty own-figure inputs, history, Vooruitblik, action list, three charts, A4 landscape", async () => {
    const book = createWorkbook({ Leveranciers: [["Leverancier"]] });
    expect(await refresh(book, input())).toEqual({ month: "2026-12", sheet: "Sociale bijdrage", userSheetKept: null });
    const values = book.values(SHEET);
    expect(values[0][0]).toBe("Sociale bijdrage (PSO)");
    // Issue 23 item 12: the certified share over the suppliers in scope (3 of 6), then "Nog te gaan".
    expect(values[6].slice(0, 4)).toEqual(["Met geldig PSO-certificaat (van de leveranciers binnen scope)", 3, 0.5, 0.5]);
    expect(values[7].slice(0, 2)).toEqual(["Nog te gaan", 3]);
    expect(values[10].slice(0, 2)).toEqual(["PSO-bijdrage (uitgaven x sociale bijdrage)", 95_000]);
    expect(values[4].slice(11, 13)).toEqual(["Directe bijdrage", ""]);
    expect(historyMonths(book)).toEqual(["dec 2026"]);
    const sheet = book.sheet(SHEET);
    expect(sheet.numberFormats.get("8,1")).toBe('"€" #,##0');
    expect(sheet.numberFormats.get("6,2")).toBe("0.0%");
    const extras = sheetExtras(sheet);
    expect(extras.charts.map((c) => [c.name, c.type, c.source])).toEqual([
      ["PSO historie", "Line", "A57:C58"],
      ["PSO uitgaven per trede", "ColumnClustered", "A22:B29"],
      // The Vooruitblik's spend at risk per month (issue 24.2): its header and the twelve months, month and amount.
      ["PSO vooruitblik", "ColumnClustered", "A61:B73"],
    ]);
    expect(extras.pageLayout).toMatchObject({ orientation: "Landscape", paperSize: "A4", printTitleRows: "$1:$2" });
    expect(extras.bold.has("3,0")).toBe(true);
    const actions = values.slice(values.map((r) => r[0]).lastIndexOf("Leverancier") + 1).map((r) => [r[0], r[2]]);
    // Overdue first, largest spend first ("achterstallig sinds"), then what falls due by deadline, then data errors.
    expect(actions).toEqual([
      ["G ICT", "achterstallig sinds 1-1-2022"],
      ["C Groen", "achterstallig sinds 1-1-2022"],
      ["E Schilders", "achterstallig sinds 31-8-2026"],
      ["B Schoonmaak", dayToExcelSerial(dayFromYmd(2027, 1, 15))],
      ["F Catering", dayToExcelSerial(dayFromYmd(2027, 2, 1))],
      ["H Fout", ""], // a row with a data error, to correct before the next report
    ]);
    expect(values.find((r) => r[0] === "H Fout")?.slice(4, 8)).toEqual([9, "Gegevensfout", expect.stringMatching(/\S/), ""]);
  });

  test("prints on A4 with the report block as print area and a footer with policy, peildatum and page numbers", async () => {
    const book = createWorkbook({ Leveranciers: [["Leverancier"]] });
    await refresh(book, input());
    const sheet = book.sheet(SHEET);
    const { pageLayout } = sheetExtras(sheet);
    const rows = book.values(SHEET).length;
    expect(pageLayout.printArea).toBe(`A1:K${rows}`);
    expect(pageLayout.footer).toEqual({ left: "Beleid: Wonen Limburg (whitepaper) · peildatum 1-12-2026", right: "Pagina &P van &N" });
    expect(pageLayout.margins).toEqual({ left: 36, right: 36, top: expect.closeTo(43.2), bottom: expect.closeTo(50.4) });
  });

  test("each KPI has a one-line explanation; a share against its target is green when met and red when not", async () => {
    const book = createWorkbook({ Leveranciers: [["Leverancier"]] });
    await refresh(book, input());
    const values = book.values(SHEET);
    const kpiRows = values.slice(4, 12);
    for (const row of kpiRows) expect([row[0], typeof row[6] === "string" && row[6].length > 10 && row[6].length <= 45]).toEqual([row[0], true]);
    const sheet = book.sheet(SHEET);
    // Met geldig PSO-certificaat: 3 of the 6 in scope = 50 % against 50 %: met. Uitgaven trede 2+: under its 75 % target.
    expect(values[6].slice(2, 4)).toEqual([0.5, 0.5]);
    expect(sheet.fills.get("6,2")).toBe("#C6EFCE");
    expect(sheetExtras(sheet).fontColors.get("6,2")).toBe("#006100");
    expect(sheet.fills.get("9,2")).toBe("#FFC7CE");
    expect((values[9][2] as number) < (values[9][3] as number)).toBe(true);
    expect(sheetExtras(sheet).fontColors.get("9,2")).toBe("#9C0006");
    expect(sheetExtras(sheet).fontColors.has("5,2")).toBe(false); // no target: no colour
  });

  test("a note the controller typed below the report survives a refresh", async () => {
    const book = createWorkbook({ Leveranciers: [["Leverancier"]] });
    await refresh(book, input());
    const sheet = book.sheet(SHEET);
    const below = book.values(SHEET).length + 2;
    sheet.set(below, 0, "Notitie controller: leverancier X belt terug");
    await refresh(book, input(dayFromYmd(2026, 12, 2), findingsFor().slice(0, 2)));
    expect(book.values(SHEET)[below][0]).toBe("Notitie controller: leverancier X belt terug");
  });

  test("a second refresh in the month replaces its history row, keeps typed own figures and replaces the charts", async () => {
    const book = createWorkbook({ Leveranciers: [["Leverancier"]] });
    await refresh(book, input(dayFromYmd(2026, 11, 2)));
    await refresh(book, input(dayFromYmd(2026, 12, 1)));
    const sheet = book.sheet(SHEET);
    sheet.set(4, 12, 0.016);
    sheet.set(5, 12, "13,9%");
    sheet.set(7, 12, "Trede 3");
    await refresh(book, input(dayFromYmd(2026, 12, 15), findingsFor().slice(0, 3)));
    expect(historyMonths(book)).toEqual(["nov 2026", "dec 2026"]);
    const values = book.values(SHEET);
    const header = values.findIndex((r) => r[0] === "Maand");
    expect(values[header + 1][3]).toBe(dayToExcelSerial(dayFromYmd(2026, 11, 2)));
    expect(values[header + 2][3]).toBe(dayToExcelSerial(dayFromYmd(2026, 12, 15)));
    expect([values[4][12], values[5][12], values[7][12]]).toEqual([0.016, "13,9%", "Trede 3"]);
    expect(values[9][12]).toBe("1,6% + 13,9% = 15,5%, trede 3");
    expect(sheetExtras(sheet).charts.map((c) => c.name)).toEqual(["PSO historie", "PSO uitgaven per trede", "PSO vooruitblik"]);
    const after = values.slice(values.map((r) => r[0]).lastIndexOf("Leverancier") + 1).map((r) => r[0]);
    expect(after).toEqual(["C Groen", "B Schoonmaak"]); // the longer list of the earlier refresh left nothing behind
  });

  test("the number of syncs does not grow with the supplier count", async () => {
    const syncsFor = async (n: number) => {
      const table = tableFromGrid([HEADER, ...supplierRows(n)])!;
      const findings = evaluate(table.rows, wonenLimburgPolicy, PEIL);
      const book = createWorkbook({ Leveranciers: [["Leverancier"]] });
      await refresh(book, input(PEIL, findings));
      const first = book.log.count;
      await refresh(book, input(PEIL, findings));
      return [first, book.log.count - first];
    };
    const small = await syncsFor(10);
    expect(await syncsFor(3_000)).toEqual(small);
    expect(small).toEqual([2, 3]); // new sheet: read + write; existing sheet: read + chart list + write
  });

  test("an unreadable history refuses the refresh and writes nothing", async () => {
    const book = createWorkbook({ Leveranciers: [["Leverancier"]] });
    await refresh(book, input(dayFromYmd(2026, 11, 2)));
    const sheet = book.sheet(SHEET);
    const header = book.values(SHEET).findIndex((r) => r[0] === "Maand");
    sheet.set(header + 1, 1, "ongeveer de helft");
    const writes = sheet.writes.length;
    const result = await book.run((context) => refreshSocialSheet(context, input(dayFromYmd(2026, 12, 1))));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message.nl).toContain("De historie op het blad kan niet worden gelezen");
    expect(sheet.writes.length).toBe(writes);
  });
});

describe("the taskpane action Vernieuw sociale bijdrage", () => {
  const peildatum = dayFromYmd(2026, 12, 1);

  async function refreshedBook(rows: number) {
    const book = createWorkbook({ Leveranciers: [HEADER, ...supplierRows(rows)] });
    const actions = createTaskpaneActions(book.run);
    const info = await actions.detect();
    if (!info.ok) throw new Error(info.message.nl);
    const opts = { mapping: info.value.mapping, peildatum, policy: wonenLimburgPolicy, lang: "nl" as const };
    const before = book.log.count;
    const result = await actions.refreshSocialSheet!(opts);
    return { book, actions, opts, result, syncs: book.log.count - before };
  }

  test("evaluates the active supplier sheet and writes the report, in a sync count that does not grow with the rows", async () => {
    const small = await refreshedBook(10);
    const large = await refreshedBook(2000);
    expect(small.result).toEqual({ ok: true, value: { month: "2026-12", sheet: "Sociale bijdrage", userSheetKept: null } });
    expect(large.result.ok).toBe(true);
    expect(large.syncs).toBe(small.syncs);
    expect(historyMonths(small.book)).toHaveLength(1);
    expect(small.book.values("Leveranciers")[0]).toEqual(HEADER); // the supplier sheet is only read
  });

  test("pressed while the report is the active sheet, it reports on the supplier sheet checked last", async () => {
    const { book, actions, opts } = await refreshedBook(10);
    await book.run(async (context) => {
      context.workbook.worksheets.getItem(SHEET).activate();
      await context.sync();
    });
    const again = await actions.refreshSocialSheet!(opts);
    expect(again).toEqual({ ok: true, value: { month: "2026-12", sheet: "Sociale bijdrage", userSheetKept: null } });
    expect(historyMonths(book)).toHaveLength(1);
  });
});
