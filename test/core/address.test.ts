import {
  columnAt, columnIndex, columnLetter, formatRange, letterValue, MAX_COLUMNS, MAX_ROWS, parseAddress, parseCell, parseRange,
  quoteSheet, splitSheet,
} from "../../src/core";

/* Issue 27 item 3: one home for column letters and A1 references (src/core/read/address.ts). */

describe("column letters and indexes", () => {
  test.each([
    ["A", 0], ["Z", 25], ["AA", 26], ["AZ", 51], ["BA", 52], ["ZZ", 701], ["AAA", 702], ["XFD", MAX_COLUMNS - 1],
  ])("%s is column %d, and back", (letters, index) => {
    expect(columnIndex(letters)).toBe(index);
    expect(columnLetter(index)).toBe(letters);
  });

  test("lower and mixed case name the same column", () => {
    expect(columnIndex("xfd")).toBe(16_383);
    expect(columnIndex("aB")).toBe(27);
  });

  test("beyond XFD, more than three letters, or anything but letters is refused", () => {
    for (const text of ["XFE", "ZZZ", "AAAA", "", "A1", "1", "$A", " A", "Ä"]) expect(columnIndex(text)).toBeNull();
  });

  test("every column round-trips through its letters", () => {
    const wrong = [];
    for (let i = 0; i < MAX_COLUMNS; i++) if (columnIndex(columnLetter(i)) !== i) wrong.push(i);
    expect(wrong).toEqual([]);
  });

  test("the char-code variant reads letters in either case and stops at anything else", () => {
    expect([..."AZaz"].map((ch) => letterValue(ch.charCodeAt(0)))).toEqual([1, 26, 1, 26]);
    expect([..."@[`{1$ "].map((ch) => letterValue(ch.charCodeAt(0)))).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(columnAt("ab12")).toBe(27);
    expect(columnAt('<c r="XFD1"', 6, 10)).toBe(16_383);
    expect(columnAt("12")).toBe(-1);
    expect(columnAt("XFE1")).toBe(-2);
  });
});

describe("cells", () => {
  test("a cell in any case, with or without $ signs", () => {
    for (const text of ["B3", "b3", "$B$3", "$b3", "B$3"]) expect(parseCell(text)).toEqual({ row: 2, col: 1 });
  });

  test("the sheet's corners are cells; one step beyond is not", () => {
    expect(parseCell("A1")).toEqual({ row: 0, col: 0 });
    expect(parseCell("XFD1048576")).toEqual({ row: MAX_ROWS - 1, col: MAX_COLUMNS - 1 });
    for (const text of ["XFE1", "A1048577", "A0", "A", "3", "", "A1:B2", "A-1", "1A"]) expect(parseCell(text)).toBeNull();
  });
});

describe("ranges", () => {
  test("a range, a single cell, whole columns and whole rows", () => {
    expect(parseRange("A1:C10")).toEqual({ r1: 0, c1: 0, r2: 9, c2: 2 });
    expect(parseRange("B3")).toEqual({ r1: 2, c1: 1, r2: 2, c2: 1 });
    expect(parseRange("C:D")).toEqual({ r1: 0, c1: 2, r2: MAX_ROWS - 1, c2: 3 });
    expect(parseRange("3:5")).toEqual({ r1: 2, c1: 0, r2: 4, c2: MAX_COLUMNS - 1 });
  });

  test("$ signs and lower case", () => {
    expect(parseRange("$a$1:$c$10")).toEqual(parseRange("A1:C10"));
  });

  test("corners in any order make the same range, as in Excel", () => {
    expect(parseRange("C10:A1")).toEqual(parseRange("A1:C10"));
  });

  test("the whole sheet is a range; past its edge is refused", () => {
    expect(parseRange("A1:XFD1048576")).toEqual({ r1: 0, c1: 0, r2: MAX_ROWS - 1, c2: MAX_COLUMNS - 1 });
    for (const text of ["A1:XFE1", "A1:A1048577", "A0:B2", "A1:B2:C3", "A1:", ":B2", "", "Blad1"]) expect(parseRange(text)).toBeNull();
  });

  test("formatting gives back the shortest A1 form", () => {
    expect(formatRange({ r1: 2, c1: 1, r2: 2, c2: 1 })).toBe("B3");
    expect(formatRange(parseRange("$a$1:c10")!)).toBe("A1:C10");
  });
});

describe("sheet-qualified addresses", () => {
  test("plain and quoted sheet names, quotes inside a name doubled", () => {
    expect(parseAddress("Blad1!A1:C3")).toEqual({ sheet: "Blad1", bounds: { r1: 0, c1: 0, r2: 2, c2: 2 } });
    expect(parseAddress("'PSO-beleid'!$B$2")).toEqual({ sheet: "PSO-beleid", bounds: { r1: 1, c1: 1, r2: 1, c2: 1 } });
    expect(parseAddress("'Jan''s lijst'!A1")?.sheet).toBe("Jan's lijst");
    expect(parseAddress("'Wat!nu'!A1")?.sheet).toBe("Wat!nu");
    expect(parseAddress("A1")).toEqual({ sheet: null, bounds: { r1: 0, c1: 0, r2: 0, c2: 0 } });
    expect(parseAddress("Blad1!XFE1")).toBeNull();
  });

  test("a name is quoted when it is not a plain word, and splits back to itself", () => {
    for (const name of ["Blad1", "PSO-beleid", "Sociale bijdrage", "Jan's lijst", "2026"]) {
      expect(splitSheet(`${quoteSheet(name)}!A1`)).toEqual({ sheet: name, local: "A1" });
    }
    expect(quoteSheet("Blad1")).toBe("Blad1");
    expect(quoteSheet("Sociale bijdrage")).toBe("'Sociale bijdrage'");
  });
});
