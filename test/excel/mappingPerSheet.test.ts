import { dayFromYmd, wonenLimburgPolicy } from "../../src/core";
import { createWorkbook } from "../../src/excel-standin";
import { createTaskpaneActions } from "../../src/excel/taskpaneActions";
import { HEADER, supplierRows } from "./fixtures";

const peildatum = dayFromYmd(2025, 1, 1);
/** The same suppliers with the columns in another order: level first, name second. */
const OTHER_HEADER = ["PSO-trede", "Leverancier", "Geldig tot", "Opdrachtsom per jaar"];
const reorder = (row: unknown[]) => [row[3], row[0], row[4], row[2]];

function twoSheets(other: unknown[][] = [OTHER_HEADER, ...supplierRows(5).map(reorder)]) {
  const book = createWorkbook({ Leveranciers: [HEADER, ...supplierRows(5)], Anders: other as never });
  book.setActive("Leveranciers");
  return { book, actions: createTaskpaneActions(book.run) };
}

describe("a column mapping belongs to the sheet it was made on", () => {
  test("checking another sheet with the first sheet's mapping uses that sheet's own columns, never the old indexes", async () => {
    const { book, actions } = twoSheets();
    const info = await actions.detect();
    if (!info.ok) throw new Error(info.message.nl);
    const fromFirst = { mapping: info.value.mapping, mappingFor: { sheetName: info.value.sheetName, headers: info.value.headers }, peildatum, policy: wonenLimburgPolicy, lang: "nl" as const };
    book.setActive("Anders");
    const result = await actions.check(fromFirst);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.sheetName).toBe("Anders");
    expect(result.value.mapping).toMatchObject({ level: 0, supplier: 1, validUntil: 2, spend: 3 });
    // The same five suppliers, so the same verdicts as on the first sheet.
    expect(result.value.counts).toMatchObject({ compliant: 1, non_compliant: 1, warning: 1, out_of_scope: 1, error: 1 });
    expect(result.value.findings.map((f) => f.supplier)).toEqual(supplierRows(5).map((r) => r[0]));
    // And the first sheet's indexes are not saved as this sheet's mapping.
    const saved = (book.model.settings.get("PSO-toets") as { mappings: Record<string, { mapping: object }> }).mappings;
    expect(saved.Anders.mapping).toMatchObject({ level: 0, spend: 3 });
  });

  test("a sheet whose columns cannot be recognised is refused with a message naming both sheets; nothing is written", async () => {
    const { book, actions } = twoSheets([["Leverancier", "Opdrachtsom per jaar", "Iets"], ["Bouw BV", 250000, "Trede 2"]]);
    const info = await actions.detect();
    if (!info.ok) throw new Error(info.message.nl);
    book.setActive("Anders");
    const before = book.values("Anders");
    const result = await actions.check({ mapping: info.value.mapping, mappingFor: { sheetName: "Leveranciers", headers: info.value.headers }, peildatum, policy: wonenLimburgPolicy, lang: "nl" });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.message.nl).toContain('blad "Leveranciers"');
      expect(result.message.nl).toContain('"Anders"');
    }
    expect(book.values("Anders")).toEqual(before);
  });

  test("a mapping changed in the taskpane is saved for the sheet it was made on, even after a check on another sheet", async () => {
    const { book, actions } = twoSheets();
    const info = await actions.detect();
    if (!info.ok) throw new Error(info.message.nl);
    const owner = { sheetName: "Leveranciers", headers: info.value.headers };
    book.setActive("Anders");
    await actions.check({ mapping: info.value.mapping, mappingFor: owner, peildatum, policy: wonenLimburgPolicy, lang: "nl" });
    await actions.saveMapping({ supplier: 0, spend: 2, level: 3 }, owner);
    const saved = (book.model.settings.get("PSO-toets") as { mappings: Record<string, { mapping: object }> }).mappings;
    expect(saved.Leveranciers.mapping).toEqual({ supplier: 0, spend: 2, level: 3 });
    expect(saved.Anders.mapping).toMatchObject({ level: 0, spend: 3 });
  });

  test("without mappingFor the adapter knows the mapping belongs to the sheet last detected, also at a second check", async () => {
    const { book, actions } = twoSheets();
    const info = await actions.detect();
    if (!info.ok) throw new Error(info.message.nl);
    book.setActive("Anders");
    const opts = { mapping: info.value.mapping, peildatum, policy: wonenLimburgPolicy, lang: "nl" as const };
    for (let i = 0; i < 2; i++) {
      const result = await actions.check(opts);
      expect(result.ok && result.value.mapping).toMatchObject({ level: 0, spend: 3 });
      expect(result.ok && result.value.counts).toMatchObject({ compliant: 1, non_compliant: 1, error: 1 });
    }
  });
});
