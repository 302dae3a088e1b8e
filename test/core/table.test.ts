import { tableEnd, tableFromGrid } from "../../src/core";

const header = ["Leverancier", "Opdrachtsom per jaar", "PSO-trede"];

describe("where a supplier table ends (one rule for the taskpane and the CLI)", () => {
  test("blank rows inside the list are skipped, not an end", () => {
    const grid = [["Titel"], header, ["A", 200000, "Trede 2"], [], [null, "  ", null], ["B", 300000, "Trede 1"]];
    expect(tableEnd(grid, 1)).toEqual({ lastRow: 5, nextBlock: null, subtotals: [] });
    expect(tableFromGrid(grid)?.rows.map((r) => r.row)).toEqual([3, 6]);
  });

  test("a totals row ends the table and is not a supplier", () => {
    const grid = [header, ["A", 200000, "Trede 2"], [], ["Totaal", 200000, null], ["B", 5, "x"]];
    expect(tableEnd(grid, 0)).toEqual({ lastRow: 1, nextBlock: 3, subtotals: [] });
    const table = tableFromGrid(grid);
    expect(table?.rows.map((r) => r.supplier)).toEqual(["A"]);
    expect(table?.nextBlockRow).toBe(4);
  });

  test("a second table with its own header starts a new block", () => {
    const grid = [header, ["A", 200000, "Trede 2"], [], ["Leverancier", "Opdrachtsom per jaar", "Trede"], ["Z", 1, "1"]];
    expect(tableEnd(grid, 0)).toEqual({ lastRow: 1, nextBlock: 3, subtotals: [] });
  });

  test("only the table's own columns count: a note beside the table is not a row", () => {
    const grid = [[...header, null, "Notitie"], ["A", 200000, "Trede 2", null, null], [null, null, null, null, "zie mail"]];
    expect(tableEnd(grid, 0, 0, 2)).toEqual({ lastRow: 1, nextBlock: null, subtotals: [] });
  });
});

test("a data row that starts like a header (\"Leverancier 1\", \"Trede 1\") is data, not a second table", () => {
  const grid = [header, ["Leverancier 1", 200000, "Trede 1"], ["Leverancier 2", "300000", "Trede 2"]];
  expect(tableEnd(grid, 0)).toEqual({ lastRow: 2, nextBlock: null, subtotals: [] });
  expect(tableFromGrid(grid)?.rows).toHaveLength(2);
});

/*
 * Issue 15 item 7: where the list ends, from lists as buyers keep them. A name that starts with a totals word is a
 * supplier; a subtotal is skipped and the rows after it are checked; a totals row is known by its content.
 */
describe("subtotals and totals are known by their content, not by a name's first word", () => {
  const full = ["Leverancier", "Opdrachtsom per jaar", "PSO-trede"];
  const names = (grid: unknown[][]) => tableFromGrid(grid as never)?.rows.map((r) => r.supplier);

  test('a supplier named "Totaal Installatietechniek BV" is checked, and so are the suppliers after it', () => {
    const grid = [full, ["Alfa BV", 250000, "Trede 2"], ["Totaal Installatietechniek BV", 300000, "Trede 1"], ["Beta", 180000, "geen"]];
    expect(names(grid)).toEqual(["Alfa BV", "Totaal Installatietechniek BV", "Beta"]);
    expect(tableFromGrid(grid as never)?.nextBlockRow).toBeNull();
  });

  test('"Subtotaal bouw" is no supplier and adds no spend; the rows after it are checked and the next total still ends the list', () => {
    const grid = [
      full,
      ["Alfa BV", 250000, "Trede 2"],
      ["Gamma BV", 300000, "Trede 1"],
      ["Subtotaal bouw", 550000, null],
      ["Beta", 180000, "Trede 1"],
      ["Delta", 400000, "geen"],
      ["Subtotaal overig", 580000, null],
      [],
      ["Totaal", 1130000, null],
      ["Na de lijst", 1, "geen"],
    ];
    const table = tableFromGrid(grid as never)!;
    expect(table.rows.map((r) => r.supplier)).toEqual(["Alfa BV", "Gamma BV", "Beta", "Delta"]);
    expect(table.subtotalRows).toEqual([4, 7]);
    expect(table.nextBlockRow).toBe(9);
    expect(table.lastDataRow).toBe(7);
  });

  test('a subtotal row written as Excel\'s Subtotal command writes it ("Bouw Totaal", the block\'s sum) is skipped too', () => {
    const grid = [full, ["Alfa BV", 250000, "Trede 2"], ["Gamma BV", 300000, "Trede 1"], ["Bouw Totaal", 550000, null], ["Beta", 180000, "Trede 1"], ["Schoonmaak Totaal", 180000, null], ["Eindtotaal", 730000, null]];
    const table = tableFromGrid(grid as never)!;
    expect(table.rows.map((r) => r.supplier)).toEqual(["Alfa BV", "Gamma BV", "Beta"]);
    expect(table.subtotalRows).toEqual([4, 6]);
    expect(table.nextBlockRow).toBe(7);
  });

  test("a row without a name whose amount is the sum of the block above is a subtotal; the sum of everything above ends the list", () => {
    const grid = [full, ["Alfa BV", 250000, "Trede 2"], ["Gamma BV", 300000, "Trede 1"], ["Subtotaal", 550000, null], ["Beta", 180000, "Trede 1"], [null, 180000, null], [null, 730000, null], ["Z", 5, "geen"]];
    const table = tableFromGrid(grid as never)!;
    expect(table.rows.map((r) => r.supplier)).toEqual(["Alfa BV", "Gamma BV", "Beta"]);
    expect(table.subtotalRows).toEqual([4, 6]);
    expect(table.nextBlockRow).toBe(7);
  });

  test("a grand total that adds the subtotals in as well (SUM over the whole column) ends the list", () => {
    const grid = [full, ["Alfa BV", 250000, "Trede 2"], ["Subtotaal bouw", 250000, null], ["Beta", 180000, "Trede 1"], ["Subtotaal overig", 180000, null], [null, 860000, null], ["Z", 5, "geen"]];
    expect(tableFromGrid(grid as never)?.nextBlockRow).toBe(6);
  });

  test.each(["Totaal", "Totaal:", "totaal generaal", "Eindtotaal", "Total", "Grand total", "Totaal 2024"])("%s alone in the name cell ends the list", (word) => {
    const grid = [full, ["Alfa BV", 250000, "Trede 2"], [word, 1, null], ["Beta", 180000, "Trede 1"]];
    expect(names(grid)).toEqual(["Alfa BV"]);
    expect(tableFromGrid(grid as never)?.nextBlockRow).toBe(3);
  });

  test("a supplier with an amount that happens to equal the one above is still a supplier", () => {
    const grid = [full, ["Alfa BV", 250000, "Trede 2"], ["Beta BV", 250000, null]];
    expect(names(grid)).toEqual(["Alfa BV", "Beta BV"]);
  });
});
