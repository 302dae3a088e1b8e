import { tableMessages } from "../../src/core/read/tableMessages";
import { sheetMessages } from "../../src/xlsx/sheetChoice";
import { dutchWordIn } from "../support/dutchWords";

/* The catalogues of core/table.ts and xlsx/sheetChoice.ts: both languages, the same row numbers and names in each. */
test("the subtotal notice lists the rows alike in Dutch and English, the first ten and then a count", () => {
  const one = tableMessages.subtotalRows([12]);
  expect(one.nl).toMatch(/^Rij 12 is een subtotaal:/);
  expect(one.en).toMatch(/^Row 12 is a subtotal:/);
  const many = tableMessages.subtotalRows(Array.from({ length: 13 }, (_, i) => i + 2));
  expect(many.nl).toContain("Rijen 2, 3, 4, 5, 6, 7, 8, 9, 10, 11 en nog 3 zijn subtotalen");
  expect(many.en).toContain("Rows 2, 3, 4, 5, 6, 7, 8, 9, 10, 11 and 3 more are subtotals");
  expect(many.code).toBe("core.table.subtotalRows");
});

test("the sheet messages name the same sheets in both languages, and the English has no Dutch words", () => {
  const checked = sheetMessages.checked("f.xlsx", "‹1›", true, ["‹2›"], ["‹3›"]);
  const hidden = sheetMessages.onlyHidden("f.xlsx", ["‹1›"], ["‹2›"]);
  for (const m of [checked, hidden]) {
    for (const s of ["‹1›", "‹2›"]) expect([m.nl.includes(s), m.en.includes(s)]).toEqual([true, true]);
    expect(dutchWordIn(m.en)).toBeNull();
  }
  expect(checked.en).toContain("‹3›");
  expect(tableMessages.subtotalRows([4, 7]).en).not.toMatch(/rij|niet/i);
});
