import fc from "fast-check";
import {
  cellText, detectHeader, formatEuro, formatPercent, formulaErrorOf, isBlank, parseDate, parseLevel, parseMoney,
  parseMonths, parsePercent, parseSpend, percentCellText, tableFromGrid,
} from "../../src/core";

/** Anything a cell, a CSV field or a custom-function argument can hold. */
const anyCell = fc.oneof(
  fc.string(),
  fc.string({ unit: "grapheme" }),
  fc.double(),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.date({ noInvalidDate: false }),
  fc.stringMatching(/^[ €\u00a0\d.,\-()%kKmMln]{0,16}$/),
  fc.stringMatching(/^\d{1,4}[-/. ]\d{1,2}[-/. ]\d{1,4}$/),
);

const parsers = { parseLevel, parseMoney, parseSpend, parsePercent, parseDate, parseMonths };

describe("parsers are total: any string, number or cell value gives a result, never an exception", () => {
  test.each(Object.entries(parsers))("%s", (_name, parse) => {
    fc.assert(
      fc.property(anyCell, (value) => {
        const result = (parse as (v: unknown) => { ok: boolean; message?: { nl: string; en: string } })(value);
        expect(typeof result.ok).toBe("boolean");
        if (!result.ok) expect(result.message!.nl.length).toBeGreaterThan(0);
      }),
      { numRuns: 1000 },
    );
  });

  test("cell helpers and header detection on arbitrary grids", () => {
    fc.assert(
      fc.property(fc.array(fc.array(anyCell, { maxLength: 8 }), { maxLength: 12 }), (grid) => {
        for (const row of grid) for (const v of row) {
          cellText(v as never);
          isBlank(v as never);
          formulaErrorOf(v as never);
        }
        detectHeader(grid);
        tableFromGrid(grid as never);
      }),
      { numRuns: 500 },
    );
  });
});

describe("formatting round-trips through the parsers", () => {
  test("money: parseMoney(formatEuro(x)) gives x back, to the cent", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1_000_000_000_000, max: 1_000_000_000_000 }), (cents) => {
        const euros = cents / 100;
        const parsed = parseMoney(formatEuro(euros));
        expect(parsed).toEqual({ ok: true, value: euros });
      }),
      { numRuns: 1000 },
    );
  });

  test("money in an English list: parseMoney(formatEuro(x, \"en\"), \"en\") gives x back, and so does the Dutch text", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000_000_000 }), (cents) => {
        const euros = cents / 100;
        expect(parseMoney(formatEuro(euros, "en"), "en")).toEqual({ ok: true, value: euros });
        expect(parseMoney(formatEuro(euros, "nl"), "en")).toEqual({ ok: true, value: euros });
      }),
      { numRuns: 1000 },
    );
  });

  test("a whole amount grouped in thousands is never read as a smaller one: it is itself or refused", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 999_999_999 }), fc.constantFrom<"nl" | "en">("nl", "en"), fc.constantFrom(",", "."), (n, notation, sep) => {
        const text = String(n).replace(/\B(?=(\d{3})+(?!\d))/g, sep);
        const parsed = parseMoney(text, notation);
        if (parsed.ok) expect(parsed.value).toBe(n);
      }),
      { numRuns: 2000 },
    );
  });

  test("percent: parsePercent(formatPercent(f, d)) gives f back at d decimals", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000 }), fc.integer({ min: 0, max: 3 }), (n, decimals) => {
        const step = 10 ** decimals;
        const fraction = Math.round((n / 100_000) * 100 * step) / step / 100;
        const parsed = parsePercent(formatPercent(fraction, decimals));
        expect(parsed.ok).toBe(true);
        if (parsed.ok) expect(parsed.value).toBeCloseTo(fraction, 12);
      }),
      { numRuns: 1000 },
    );
  });

  test("percent cells: a fraction under a percent format reads back as itself through the text it shows", () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), (fraction) => {
        const parsed = parsePercent(percentCellText(fraction));
        expect(parsed.ok).toBe(true);
        if (parsed.ok) expect(parsed.value).toBeCloseTo(fraction, 12);
      }),
      { numRuns: 1000 },
    );
  });
});
