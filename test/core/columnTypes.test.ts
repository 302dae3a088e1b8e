import { detectHeader, fieldForHeader, parseHeldLevel, parseMoney, tableFromGrid } from "../../src/core";

/*
 * Issue 25 item 2: on a realistic list "Jaarwaarde (excl. btw)" was no spend, "PSO" no level, "Certificaat t/m" was
 * linked as the level (9 of 12 rows "Fout") and "Ingang contract" was no award date.
 */
describe("headers buyers write", () => {
  test.each([
    ["Jaarwaarde (excl. btw)", "spend"],
    ["Jaarwaarde", "spend"],
    ["Inkoopwaarde per jaar", "spend"],
    ["PSO", "level"],
    ["Huidige trede", "level"],
    ["Certificaat t/m", "validUntil"],
    ["Geldig t/m", "validUntil"],
    ["Ingang contract", "awardDate"],
    ["Einde contract", "endDate"],
    ["Looptijd (mnd)", "termMonths"],
  ])("%s is read as %s", (header, field) => {
    expect(fieldForHeader(header)).toBe(field);
  });

  test('"PSO" beside "Certificaat t/m": the level is PSO, the certificate date is the valid-until date', () => {
    const d = detectHeader([["Leverancier", "Jaarwaarde (excl. btw)", "PSO", "Certificaat t/m", "Ingang contract"]]);
    expect(d?.mapping).toMatchObject({ supplier: 0, spend: 1, level: 2, validUntil: 3, awardDate: 4 });
  });
});

describe("a type check before a column is linked", () => {
  const june30 = new Date(2027, 5, 30);
  const dec31 = new Date(2026, 11, 31);

  test("a column of dates under a level header is not linked as the level, and the table says why in d-m-yyyy", () => {
    const grid = [
      ["Leverancier", "Opdrachtsom per jaar", "Certificaat"],
      ["Alfa BV", 100_000, june30],
      ["Beta BV", 200_000, dec31],
    ];
    const table = tableFromGrid(grid)!;
    expect(table.mapping.level).toBeUndefined();
    expect(table.rejectedColumns).toEqual([{ field: "level", column: 2, header: "Certificaat", samples: ["30-6-2027", "31-12-2026"] }]);
  });

  test("Excel's serial numbers (how Office.js hands over a date) are no level either", () => {
    const d = detectHeader([
      ["Leverancier", "Opdrachtsom per jaar", "Niveau"],
      ["Alfa BV", 100_000, 46568],
      ["Beta BV", 200_000, 46387],
    ]);
    expect(d?.mapping.level).toBeUndefined();
    expect(d?.rejected.map((r) => r.field)).toEqual(["level"]);
  });

  test("a loose level header that fails gives way to a plain one that reads", () => {
    const d = detectHeader([
      ["Leverancier", "Certificaat", "Opdrachtsom", "Trede"],
      ["Alfa BV", new Date(2027, 0, 1), 100_000, "Trede 2"],
    ]);
    expect(d?.mapping.level).toBe(3);
    expect(d?.rejected).toEqual([]);
  });

  test("dates under an amount header are no spend; levels under a date header are no date", () => {
    const d = detectHeader([
      ["Leverancier", "Opdrachtsom per jaar", "PSO-trede", "Geldig tot"],
      ["Alfa BV", june30, "Trede 2", "Trede 2"],
      ["Beta BV", dec31, "Trede 1", "geen"],
    ]);
    expect(d?.mapping.spend).toBeUndefined();
    expect(d?.mapping.validUntil).toBeUndefined();
    expect(d?.mapping.level).toBe(2);
  });

  test("one odd cell does not unlink a column; blank-like words are not judged", () => {
    const d = detectHeader([
      ["Leverancier", "Opdrachtsom per jaar", "PSO-trede", "Geldig tot"],
      ["Alfa BV", 100_000, "Trede 2", new Date(2027, 0, 1)],
      ["Beta BV", "veel", "geen", "n.v.t."],
      ["Gamma BV", 50_000, "Trede 1", "-"],
    ]);
    expect(d?.mapping).toMatchObject({ spend: 1, level: 2, validUntil: 3 });
  });

  test("the notice names column, header, the field and the values", () => {
    const grid = [
      ["Leverancier", "Opdrachtsom per jaar", "PSO-trede", "Certificaat"],
      ["Alfa BV", 100_000, "Trede 2", june30],
    ];
    // "Certificaat" is a loose level header beside a plain one: not a rejection, simply not the level.
    expect(tableFromGrid(grid)!.rejectedColumns).toEqual([]);
  });

  test("a mapping the user chose is not second-guessed", () => {
    const grid = [
      ["Leverancier", "Opdrachtsom per jaar", "Certificaat"],
      ["Alfa BV", 100_000, june30],
    ];
    const table = tableFromGrid(grid, 1, { level: 2 })!;
    expect(table.mapping.level).toBe(2);
    expect(table.rejectedColumns).toEqual([]);
  });
});

describe("no raw JavaScript value in a message", () => {
  test("a date read as a level or an amount is quoted as d-m-yyyy", () => {
    const level = parseHeldLevel(new Date(2027, 5, 30));
    const money = parseMoney(new Date(2027, 5, 30));
    for (const r of [level, money]) {
      expect(r.ok).toBe(false);
      if (r.ok) continue;
      expect(r.message.nl).toContain('"30-6-2027"');
      expect(r.message.nl).not.toMatch(/GMT|Coordinated|\d\d:\d\d/);
    }
  });
});
