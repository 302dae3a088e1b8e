import { supplierTypeOf, swRowsOf } from "../../src/core";

describe('004, "PSO-gecertificeerde organisaties en sociale werkvoorzieningen (SW-bedrijven)": an SW-bedrijf is recognised from its category', () => {
  test.each(["SW-bedrijf", "sw bedrijf", "Sociale werkvoorziening", "Schoonmaak (sociaal werkbedrijf)", "SW-bedrijven"])("%s", (category) => {
    expect(supplierTypeOf(category)).toBe("sw");
  });

  test.each(["Schoonmaak", "Software", "Bouw", "", null])("not %s", (category) => {
    expect(supplierTypeOf(category)).toBeNull();
  });

  test("the rows of a list whose category names one", () => {
    expect([...swRowsOf({ count: 3, rowNumbers: [5, 6, 8], cells: { category: ["Bouw", "Sociale werkvoorziening", "SW-bedrijf"] } })]).toEqual([6, 8]);
  });
});
