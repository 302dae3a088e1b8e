import { tableEnd, tableFromGrid } from "../../src/core";

const header = ["Leverancier", "Opdrachtsom per jaar", "PSO-trede"];

describe("where a supplier table ends (one rule for the taskpane and the CLI)", () => {
  test("blank rows inside the list are skipped, not an end", () => {
    const grid = [["Titel"], header, ["A", 200000, "Trede 2"], [], [null, "  ", null], ["B", 300000, "Trede 1"]];
    expect(tableEnd(grid, 1)).toEqual({ lastRow: 5, nextBlock: null });
    expect(tableFromGrid(grid)?.rows.map((r) => r.row)).toEqual([3, 6]);
  });

  test("a totals row ends the table and is not a supplier", () => {
    const grid = [header, ["A", 200000, "Trede 2"], [], ["Totaal", 200000, null], ["B", 5, "x"]];
    expect(tableEnd(grid, 0)).toEqual({ lastRow: 1, nextBlock: 3 });
    const table = tableFromGrid(grid);
    expect(table?.rows.map((r) => r.supplier)).toEqual(["A"]);
    expect(table?.nextBlockRow).toBe(4);
  });

  test("a second table with its own header starts a new block", () => {
    const grid = [header, ["A", 200000, "Trede 2"], [], ["Leverancier", "Opdrachtsom per jaar", "Trede"], ["Z", 1, "1"]];
    expect(tableEnd(grid, 0)).toEqual({ lastRow: 1, nextBlock: 3 });
  });

  test("only the table's own columns count: a note beside the table is not a row", () => {
    const grid = [[...header, null, "Notitie"], ["A", 200000, "Trede 2", null, null], [null, null, null, null, "zie mail"]];
    expect(tableEnd(grid, 0, 0, 2)).toEqual({ lastRow: 1, nextBlock: null });
  });
});

test("a data row that starts like a header (\"Leverancier 1\", \"Trede 1\") is data, not a second table", () => {
  const grid = [header, ["Leverancier 1", 200000, "Trede 1"], ["Leverancier 2", "300000", "Trede 2"]];
  expect(tableEnd(grid, 0)).toEqual({ lastRow: 2, nextBlock: null });
  expect(tableFromGrid(grid)?.rows).toHaveLength(2);
});
