import { dayFromYmd, wonenLimburgPolicy } from "../../src/core";
import { createTaskpaneActions } from "../../src/excel/taskpaneActions";
import { createWorkbook } from "../../src/excel-standin";
import { HEADER, supplierRows } from "./fixtures";

/*
 * Issue 22.3: the add-in knows its Sociale bijdrage report by the hidden name PSO-toets sets on it, not by the sheet's
 * name. A user's own sheet called "Sociale bijdrage" holding suppliers is a supplier sheet to check and report on; the
 * marked report, whatever it is called now, still asks for the supplier sheet first.
 */
const PEIL = dayFromYmd(2025, 1, 1);

async function refreshFrom(book: ReturnType<typeof createWorkbook>, active: string) {
  book.setActive(active);
  const info = await createTaskpaneActions(book.run).detect();
  const mapping = info.ok ? info.value.mapping : {};
  // A new session (the workbook just opened): the pane has not checked or looked at any sheet yet.
  return createTaskpaneActions(book.run).refreshSocialSheet!({ mapping, peildatum: PEIL, policy: wonenLimburgPolicy, lang: "nl" });
}

describe("the report sheet is recognised by its mark (issue 22.3)", () => {
  test('a user\'s own "Sociale bijdrage" sheet with suppliers is checked and reported on; it stays as it was', async () => {
    const own = [HEADER, ...supplierRows(5)];
    const book = createWorkbook({ "Sociale bijdrage": own });
    const before = book.values("Sociale bijdrage");
    const refreshed = await refreshFrom(book, "Sociale bijdrage");
    expect(refreshed).toEqual({ ok: true, value: { month: "2025-01", sheet: "Sociale bijdrage (2)", userSheetKept: "Sociale bijdrage" } });
    expect(book.values("Sociale bijdrage (2)")[0][0]).toBe("Sociale bijdrage (PSO)");
    // The report counts the user's suppliers: 5 rows, the one with an unreadable spend not counted.
    expect(book.values("Sociale bijdrage (2)").find((r) => r[0] === "Leveranciers")?.[1]).toBe(4);
    expect(book.values("Sociale bijdrage")).toEqual(before);
  });

  test("the marked report sheet, under any name, still asks for the supplier sheet; after a check it reports on that sheet", async () => {
    const book = createWorkbook({ "Sociale bijdrage": [HEADER, ...supplierRows(5)], Leveranciers: [HEADER, ...supplierRows(3)] });
    expect((await refreshFrom(book, "Leveranciers")).ok).toBe(true);
    // The report went to a free name beside the user's sheet and carries the mark.
    const report = "Sociale bijdrage (2)";
    expect(book.model.names.get("psotoets_socialebijdrage")?.formula).toBe(`='${report}'!$A$1`);
    const again = await refreshFrom(book, report);
    expect(again.ok).toBe(false);
    if (!again.ok) expect([again.message.code, again.message.nl]).toEqual(["excel.reportNeedsSupplierSheet", expect.stringContaining("Ga eerst naar het blad met de leverancierslijst")]);

    book.setActive("Leveranciers");
    const actions = createTaskpaneActions(book.run);
    const info = await actions.detect();
    if (!info.ok) throw new Error(info.message.nl);
    const opts = { mapping: info.value.mapping, peildatum: PEIL, policy: wonenLimburgPolicy, lang: "nl" as const };
    expect((await actions.check(opts)).ok).toBe(true);
    book.setActive(report);
    expect(await actions.refreshSocialSheet!(opts)).toEqual({ ok: true, value: { month: "2025-01", sheet: report, userSheetKept: null } });
    expect(book.values(report).find((r) => r[0] === "Leveranciers")?.[1]).toBe(3);
  });
});
