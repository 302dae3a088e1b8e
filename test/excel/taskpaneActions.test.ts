import { dayFromYmd, wonenLimburgPolicy } from "../../src/core";
import { createWorkbook, InputCell, StandinError, Value } from "../../src/excel-standin";
import { createTaskpaneActions } from "../../src/excel/taskpaneActions";
import { getActivePolicy } from "../../src/addin/activePolicy";
import { detectAndCheck, HEADER, supplierRows } from "./fixtures";

const peildatum = dayFromYmd(2025, 1, 1);

function setup(grid: InputCell[][], extras = {}) {
  const book = createWorkbook({ Leveranciers: grid, "PSO-beleid": [["Instelling", "Waarde", "Toelichting"], ["Minimale opdrachtsom per jaar", 100000, ""]] }, { extras });
  book.setActive("Leveranciers");
  return { book, actions: createTaskpaneActions(book.run) };
}


/** Every cell that held a value before still holds the same value. */
function expectUserCellsKept(before: Value[][], after: Value[][]) {
  before.forEach((row, r) => row.forEach((v, c) => expect([r, c, after[r]?.[c]]).toEqual([r, c, v])));
}

describe("taskpane actions on the Excel stand-in", () => {
  test("detect finds the header under a merged title and maps the columns", async () => {
    const { actions } = setup([["Leveranciers 2025"], [], HEADER, ...supplierRows(5)], { Leveranciers: { merged: ["A1:E1"] } });
    const info = await actions.detect();
    expect(info.ok).toBe(true);
    if (!info.ok) return;
    expect(info.value).toMatchObject({ sheetName: "Leveranciers", headerRow: 3, firstColumn: 0, headers: HEADER, dataRowCount: 5 });
    expect(info.value.mapping).toMatchObject({ supplier: 0, kvk: 1, spend: 2, level: 3, validUntil: 4 });
  });

  test("check writes status and reason in two added columns and highlights by status", async () => {
    const { book, actions } = setup([HEADER, ...supplierRows(5)]);
    const before = book.values("Leveranciers");
    const { summary } = await detectAndCheck(actions);
    const after = book.values("Leveranciers");
    expectUserCellsKept(before, after);
    expect(after[0].slice(5)).toEqual(["PSO-status", "PSO-toelichting"]);
    expect(after[1][5]).toBe("Voldoet");
    expect(String(after[2][5])).toMatch(/^Voldoet niet: trede 1, vereist trede 2/);
    expect(String(after[3][5])).toMatch(/^Let op: certificaat verloopt/);
    expect(String(after[5][5])).toMatch(/^Fout/);
    expect(String(after[5][6])).toContain('"Opdrachtsom per jaar" (C)');
    expect(summary.counts).toMatchObject({ compliant: 1, non_compliant: 1, warning: 1, out_of_scope: 1, error: 1 });
    expect(summary.failing.map((f) => f.row)).toEqual([3, 4, 6]);
    const cfs = book.conditionalFormats("Leveranciers");
    expect(cfs).toHaveLength(2);
    const red = cfs.find((cf) => cf.fill === "#FFC7CE");
    const amber = cfs.find((cf) => cf.fill === "#FFEB9C");
    expect(red).toMatchObject({ rect: { row: 1, col: 0, rows: 5, cols: 7 } });
    expect(red?.formula).toContain('LEFT($F2,12)="Voldoet niet"');
    expect(amber?.formula).toContain('LEFT($F2,6)="Let op"');
  });

  test("validate twice equals validate once; clear after validate restores the original", async () => {
    const { book, actions } = setup([HEADER, ...supplierRows(7)]);
    const original = book.values("Leveranciers");
    await detectAndCheck(actions);
    const once = { values: book.values("Leveranciers"), cfs: book.conditionalFormats("Leveranciers").map((c) => [c.rect, c.formula, c.fill]) };
    await detectAndCheck(actions);
    expect(book.values("Leveranciers")).toEqual(once.values);
    expect(book.conditionalFormats("Leveranciers").map((c) => [c.rect, c.formula, c.fill])).toEqual(once.cfs);
    const cleared = await actions.clear();
    expect(cleared.ok).toBe(true);
    expect(book.values("Leveranciers")).toEqual(original);
    expect(book.conditionalFormats("Leveranciers")).toEqual([]);
    expect(book.sheet("Leveranciers").fills.size).toBe(0);
  });

  test("clear takes the same few syncs at 10 and 5,000 rows (it uses what the check recorded, not the sheet's values)", async () => {
    const syncsToClear = async (rows: number) => {
      const { book, actions } = setup([HEADER, ...supplierRows(rows)]);
      const original = book.values("Leveranciers");
      await detectAndCheck(actions);
      const before = book.log.count;
      expect((await actions.clear()).ok).toBe(true);
      expect(book.values("Leveranciers")).toEqual(original);
      expect(book.conditionalFormats("Leveranciers")).toEqual([]);
      return book.log.count - before;
    };
    const small = await syncsToClear(10);
    expect(small).toBeLessThanOrEqual(3);
    expect(await syncsToClear(5000)).toBe(small);
  });

  test("clear still finds the columns when the user moved them after the check", async () => {
    const { book, actions } = setup([HEADER, ...supplierRows(4)]);
    const original = book.values("Leveranciers");
    await detectAndCheck(actions);
    // Simulate a column inserted left of the table: the recorded position now points at other cells.
    const sheet = book.sheet("Leveranciers");
    const shifted = book.values("Leveranciers").map((row) => ["", ...row]);
    shifted.forEach((row, r) => row.forEach((v, c) => sheet.set(r, c, v)));
    expect((await actions.clear()).ok).toBe(true);
    expect(book.values("Leveranciers").map((row) => row.slice(1, 1 + original[0].length))).toEqual(original);
  });

  test("a check without a mapped level column is refused with a message naming the column to choose", async () => {
    const { book, actions } = setup([HEADER, ...supplierRows(3)]);
    const original = book.values("Leveranciers");
    const info = await actions.detect();
    if (!info.ok) throw new Error(info.message.nl);
    const { level: _level, ...withoutLevel } = info.value.mapping;
    const result = await actions.check({ mapping: withoutLevel, peildatum, policy: wonenLimburgPolicy, lang: "nl" });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message.nl).toContain('welke kolom "PSO-trede" bevat');
    expect(book.values("Leveranciers")).toEqual(original);
  });

  test("the PSO-beleid sheet survives check and clear", async () => {
    const { book, actions } = setup([HEADER, ...supplierRows(3)]);
    const policySheet = book.values("PSO-beleid");
    await detectAndCheck(actions);
    await actions.clear();
    expect(book.values("PSO-beleid")).toEqual(policySheet);
  });

  test("only the two result columns are written, never a user cell", async () => {
    const { book, actions } = setup([HEADER, ...supplierRows(10)]);
    await detectAndCheck(actions);
    const columns = new Set(book.sheet("Leveranciers").writes.map((w) => w.col));
    expect([...columns].sort()).toEqual([5, 6]);
  });

  test("a note where the result columns would go is kept: the results go to the first free columns right of it, as the CLI does", async () => {
    const grid = [HEADER, ...supplierRows(3)];
    grid[2] = [...grid[2], null, "mijn notitie"];
    const { book, actions } = setup(grid);
    const before = book.values("Leveranciers");
    const { info, summary } = await detectAndCheck(actions);
    expect(info.notices.map((n) => n.nl).join(" ")).toContain("gegevens in kolom G; die blijven staan. PSO-status en PSO-toelichting komen daarom in kolom H en I");
    expect(summary.report.result).toMatchObject({ status: 7, explanation: 8 });
    const after = book.values("Leveranciers");
    expect(after[2][6]).toBe("mijn notitie");
    expect(after[0].slice(7, 9)).toEqual(["PSO-status", "PSO-toelichting"]);
    expectUserCellsKept(before, after);
  });

  test("a totals row below the list is reported and not checked", async () => {
    const { book, actions } = setup([HEADER, ...supplierRows(3), [], ["Totaal", null, 999999]]);
    const { info, summary } = await detectAndCheck(actions);
    expect(info.notices.map((n) => n.nl).join(" ")).toContain("op rij 6 begint een totaalregel of een tweede tabel");
    expect(summary.findings).toHaveLength(3);
    expect(book.values("Leveranciers")[5][5]).toBe("");
  });

  test("a blank row inside the list does not end it: the rows below are checked too, as the CLI does", async () => {
    const rows = supplierRows(4);
    const { actions } = setup([HEADER, rows[0], rows[1], [], rows[2], rows[3]]);
    const { info, summary } = await detectAndCheck(actions);
    expect(summary.findings.map((f) => f.row)).toEqual([2, 3, 5, 6]);
    expect(info.notices.map((n) => n.nl).join(" ")).not.toContain("tweede tabel");
  });

  test("tables and hidden rows give notices", async () => {
    const { actions } = setup([HEADER, ...supplierRows(4)], { Leveranciers: { tables: [{ name: "Tabel1", address: "A1:E5" }], hiddenRows: [3] } });
    const info = await actions.detect();
    const text = info.ok ? info.value.notices.map((n) => n.nl).join(" ") : "";
    expect(text).toContain('Excel-tabel "Tabel1"');
    expect(text).toContain("verborgen of weggefilterde rijen");
  });

  test("the mapping is remembered in the workbook", async () => {
    const { book, actions } = setup([HEADER, ...supplierRows(3)]);
    await actions.detect();
    await actions.saveMapping({ supplier: 0, spend: 2, level: 3 });
    const again = await createTaskpaneActions(book.run).detect();
    expect(again.ok && again.value.mapping).toEqual({ supplier: 0, spend: 2, level: 3 });
    expect(JSON.stringify(book.model.settings.get("PSO-toets"))).toContain("Leveranciers");
  });

  test("selectRow selects that row of the table and result columns", async () => {
    const { book, actions } = setup([HEADER, ...supplierRows(3)]);
    await detectAndCheck(actions);
    await actions.selectRow(3);
    expect(book.model.selection).toEqual({ sheet: "Leveranciers", address: "A3:G3" });
  });

  test("a failing sync gives a clear Dutch and English message", async () => {
    const book = createWorkbook({ Leveranciers: [HEADER, ...supplierRows(3)] }, { failSync: (n) => (n === 2 ? new StandinError("GeneralException", "Er is iets misgegaan") : null) });
    const actions = createTaskpaneActions(book.run);
    const info = await actions.detect();
    expect(info.ok).toBe(true);
    const result = await actions.check({ mapping: info.ok ? info.value.mapping : {}, peildatum, policy: wonenLimburgPolicy, lang: "nl" });
    expect(result).toEqual({ ok: false, message: { nl: expect.stringContaining("Controleren is niet gelukt; Excel meldde: GeneralException"), en: expect.stringContaining("Checking failed") } });
  });

  test("policy: save writes a readable sheet, load reads it back and activates it, reset returns to the preset", async () => {
    const book = createWorkbook({ Leveranciers: [HEADER] });
    const actions = createTaskpaneActions(book.run);
    const custom = { ...wonenLimburgPolicy, name: "Gemeente X", scope: { minAnnualSpend: 50000 } };
    expect((await actions.savePolicy(custom)).ok).toBe(true);
    expect(getActivePolicy()).toEqual(custom);
    const sheet = book.values("PSO-beleid");
    expect(sheet[0]).toEqual(["Instelling", "Waarde", "Toelichting"]);
    expect(sheet.find((r) => r[0] === "Minimale opdrachtsom per jaar")?.[1]).toBe(50000);
    const pct = sheet.findIndex((r) => r[0] === "SROI: percentage");
    expect(book.sheet("PSO-beleid").numberFormats.get(`${pct},1`)).toBe("0%");
    expect(await actions.loadPolicy()).toEqual({ ok: true, value: { policy: custom, source: "sheet" } });

    book.sheet("PSO-beleid").set(2, 1, "veel");
    const bad = await actions.loadPolicy();
    expect(!bad.ok && bad.message.nl).toContain("rij 3");

    expect(await actions.resetPolicy()).toEqual({ ok: true, value: { policy: wonenLimburgPolicy, source: "preset" } });
    expect(book.model.sheet("PSO-beleid")).toBeUndefined();
    expect(getActivePolicy()).toEqual(wonenLimburgPolicy);
  });

  test("a policy save or reset makes Excel recalculate, so existing PSO.* cells follow the new policy", async () => {
    const book = createWorkbook({ Leveranciers: [HEADER] });
    const actions = createTaskpaneActions(book.run);
    expect(book.model.calculations).toBe(0);
    await actions.savePolicy({ ...wonenLimburgPolicy, scope: { minAnnualSpend: 50000 } });
    expect(book.model.calculations).toBe(1);
    await actions.resetPolicy();
    expect(book.model.calculations).toBe(2);
  });
});
