import { amountNotation, formatEuro, isPercentFormat, parseMoney, parseMonths, parsePercent, percentCellText } from "../../src/core";

describe("parseMoney reads Dutch amounts", () => {
  test.each<[unknown, number]>([
    ["€ 1.250.000,00", 1_250_000],
    ["1250000", 1_250_000],
    ["1.250.000", 1_250_000],
    ["150.000", 150_000],
    ["€150.000,-", 150_000],
    ["EUR 200.000", 200_000],
    ["1,25 mln", 1_250_000],
    ["1,5 miljoen", 1_500_000],
    ["250k", 250_000],
    ["1.250,50", 1250.5],
    ["1,250,000.00", 1_250_000],
    ["12.5", 12.5],
    ["\u00a0€\u00a0175.000 ", 175_000],
    [175000, 175_000],
    ["-5.000", -5000],
  ])("%p -> %d", (input, expected) => {
    expect(parseMoney(input)).toEqual({ ok: true, value: expected });
  });

  test.each(["abc", "1.2.3,4,5", "€", "12,34,5", "tweehonderd"])("rejects %p with the input in the message", (input) => {
    const r = parseMoney(input);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message.nl).toContain("geen bedrag");
  });

  test("formatEuro writes Dutch money", () => {
    expect(formatEuro(1250000)).toBe("€ 1.250.000,00");
    expect(formatEuro(150000.5)).toBe("€ 150.000,50");
  });
});

describe("amounts read the way the list writes them (issue 15 item 9)", () => {
  test.each<[string, number]>([
    ["250,000", 250_000],
    ["€250,000", 250_000],
    ["1,250,000.50", 1_250_000.5],
    ["1,250,000", 1_250_000],
    ["12.5", 12.5],
    ["250000", 250_000],
    ["€ 1.250.000,00", 1_250_000],
    ["2.5k", 2500],
    ["€ 150.000,-", 150_000],
  ])("English list: %p -> %d", (input, expected) => {
    expect(parseMoney(input, "en")).toEqual({ ok: true, value: expected });
  });

  test.each<[string, string, string]>([
    ["150,000", "150", "150.000"],
    ["€ 150,000", "150", "150.000"],
    ["1,500", "1,5", "1.500"],
    ["(150,000)", "150", "150.000"],
  ])("Dutch list: %p is refused with both readings, never read as a small amount", (input, low, high) => {
    const r = parseMoney(input);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.message.nl).toBe(`"${input}" kan ${low} of ${high} zijn; schrijf ${low} of ${high}`);
      expect(r.message.en).toBe(`"${input}" could be ${low} or ${high}; write ${low} or ${high}`);
    }
  });

  test("English list: a lone dot before three digits is refused the same way, in English notation", () => {
    const r = parseMoney("150.000", "en");
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message.en).toBe('"150.000" could be 150 or 150,000; write 150 or 150,000');
  });

  test("Dutch amounts that name their unit or have two decimals stay as they were", () => {
    expect(parseMoney("1,5 mln")).toEqual({ ok: true, value: 1_500_000 });
    expect(parseMoney("12,50")).toEqual({ ok: true, value: 12.5 });
    expect(parseMoney("150.000")).toEqual({ ok: true, value: 150_000 });
    expect(parseMoney("1,250,000")).toEqual({ ok: true, value: 1_250_000 });
  });

  test("the header language decides: the amount column's own header first, then most headers, Dutch when nothing tells", () => {
    expect(amountNotation(["Supplier", "Annual spend", "PSO level"], [1])).toBe("en");
    expect(amountNotation(["Leverancier", "Opdrachtsom per jaar", "PSO-trede"], [1])).toBe("nl");
    expect(amountNotation(["Supplier", "Spend 2026", "Level"], [1])).toBe("en");
    expect(amountNotation(["Supplier", "EUR", "Level", "Valid until"], [1])).toBe("en");
    expect(amountNotation(["Leverancier", "EUR", "Trede"], [1])).toBe("nl");
    expect(amountNotation(["A", "B"], [1])).toBe("nl");
    expect(amountNotation(["Leverancier", "Spend", "Trede", "Geldig tot"], [undefined, 1])).toBe("en");
  });
});

describe("parsePercent gives a fraction", () => {
  test.each<[unknown, number]>([
    ["15,5%", 0.155],
    ["15.5", 0.155],
    ["15,5", 0.155],
    ["0,155", 0.155],
    [0.155, 0.155],
    [15.5, 0.155],
    ["100%", 1],
    ["0%", 0],
    ["3,7 %", 0.037],
  ])("%p -> %d", (input, expected) => {
    const r = parsePercent(input);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.value).toBeCloseTo(expected, 10);
  });
  test.each(["veel", "150%", -3])("rejects %p", (input) => expect(parsePercent(input).ok).toBe(false));
});

describe("parseMonths", () => {
  test.each<[unknown, number]>([
    [36, 36],
    ["36", 36],
    ["24 maanden", 24],
    ["2 jaar", 24],
    ["18 mnd", 18],
  ])("%p -> %d", (input, expected) => expect(parseMonths(input)).toEqual({ ok: true, value: expected }));
  test("rejects text", () => expect(parseMonths("lang").ok).toBe(false));
});

describe("percent number formats (issue 15 item 2)", () => {
  test.each<[string, boolean]>([
    ["0%", true],
    ["0.0%", true],
    ["0,0%;[Red]-0,0%", true],
    ['0.0"%"', false],
    ["0\\%", false],
    ["[$%-413]0", false],
    ["General", false],
    ["d-m-yyyy", false],
  ])("%p shows a percentage: %p", (code, expected) => expect(isPercentFormat(code)).toBe(expected));

  test.each<[number, string]>([
    [0.8, "80%"],
    [0.016, "1,6%"],
    [1, "100%"],
    [0.155, "15,5%"],
    [0.12345, "12,345%"],
    [0, "0%"],
    [1.5, "150%"],
  ])("a percent cell holding %p shows %p, and reads back as that fraction", (value, text) => {
    expect(percentCellText(value)).toBe(text);
    const back = parsePercent(text);
    if (value <= 1) expect(back.ok && back.value).toBeCloseTo(value, 12);
    else expect(back.ok).toBe(false);
  });
});
