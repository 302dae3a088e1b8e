import fc from "fast-check";
import { columnsFromRows, dayFromYmd, explanation, formatIsoDate, LEVELS, levelLabel, statusLine, SupplierRow, wonenLimburgPolicy } from "../../src/core";
import { evaluateColumns } from "../../src/core/rules/evaluateColumns";
import type { Finding } from "../../src/core/rules/finding";

/*
 * A check --out writes a status line and an explanation per row, made once per distinct facts (factMemo.ts) instead of
 * once per row. Every row must get exactly the texts its own finding gives, whichever row first made them.
 */
const day = fc.integer({ min: dayFromYmd(2019, 1, 1), max: dayFromYmd(2030, 12, 31) });
// Few distinct values, so rows share facts and the memo is read as often as it is filled.
const dateCell = fc.oneof(day.map((d) => d + 25569), fc.constantFrom<unknown>("1-1-2027", "15-12-2026", "2026-11-30", "", null, "gisteren"));
const row = fc.record({
  supplier: fc.constantFrom<unknown>("Bouw BV", "Schilder", "", null),
  level: fc.oneof(fc.constantFrom(...LEVELS).map((l) => levelLabel(l)), fc.constantFrom<unknown>("PSO-2", "", null, "Ja", "in aanvraag", "verlopen")),
  validUntil: dateCell,
  spend: fc.oneof(fc.constantFrom<unknown>(100_000, 150_000, 250_000, 1_000_000.5, "€ 200.000", "veel", null), fc.integer({ min: 0, max: 2_000_000 })),
  awardDate: dateCell,
  termMonths: fc.constantFrom<unknown>(6, 24, 48, "", null),
  endDate: fc.constantFrom<unknown>("", null, "1-6-2026", "1-3-2027"),
  contribution: fc.constantFrom<unknown>("", 0.05, 0.4, "12%", 3),
  category: fc.constantFrom<unknown>("Bouw", "ICT", "Energie", "SW-bedrijf", "", null),
  aspirantSince: fc.constantFrom<unknown>("", "1-1-2024", "1-6-2025"),
});

const texts = (f: Finding) => `${statusLine(f, "nl")}\n${explanation(f, "nl")}\n${statusLine(f, "en")}\n${explanation(f, "en")}`;

test.each([
  ["the default policy", wonenLimburgPolicy],
  ["sector levels soften the status, SW-bedrijven meet it", { ...wonenLimburgPolicy, sectorLevels: { ...wonenLimburgPolicy.sectorLevels, applyToStatus: true }, swCompanies: { ...wonenLimburgPolicy.swCompanies, meetRequirement: true } }],
])("memoized texts are each row's own texts (%s)", (_, policy) => {
  fc.assert(
    fc.property(fc.array(row, { minLength: 1, maxLength: 60 }), day, (cells, peildatum) => {
      const rows: SupplierRow[] = cells.map((c, i) => ({ row: i + 2, ...c }) as SupplierRow);
      const verdicts = evaluateColumns(columnsFromRows(rows), policy, peildatum);
      const memoized = verdicts.memoized(texts);
      for (let pass = 0; pass < 2; pass++) {
        for (let i = 0; i < verdicts.count; i++) expect(memoized(i)).toBe(texts(verdicts.findingAt(i)));
      }
    }),
    { numRuns: 300 },
  );
});

test("a peildatum far from the dates: the memo still tells rows apart by the days their reasons quote", () => {
  const rows: SupplierRow[] = [
    { row: 2, supplier: "A", spend: 200_000, level: "Trede 2", validUntil: formatIsoDate(dayFromYmd(2026, 12, 20)) },
    { row: 3, supplier: "B", spend: 200_000, level: "Trede 2", validUntil: formatIsoDate(dayFromYmd(2026, 12, 21)) },
    { row: 4, supplier: "C", spend: 100_000, level: "Trede 2" },
    { row: 5, supplier: "D", spend: 100_001, level: "Trede 2" },
  ];
  const verdicts = evaluateColumns(columnsFromRows(rows), wonenLimburgPolicy, dayFromYmd(2026, 12, 1));
  const memoized = verdicts.memoized(texts);
  const all = rows.map((_, i) => memoized(i));
  expect(new Set(all).size).toBe(4);
  all.forEach((t, i) => expect(t).toBe(texts(verdicts.findingAt(i))));
});

test("rows that never share their facts (each its own spend under the threshold) still get their own texts", () => {
  const rows: SupplierRow[] = Array.from({ length: 2_000 }, (_, i) => ({ row: i + 2, supplier: `Firma ${i}`, spend: 1_000 + i * 7.5, level: i % 3 === 0 ? "Trede 2" : "Trede 1", validUntil: "1-1-2028" }));
  const verdicts = evaluateColumns(columnsFromRows(rows), wonenLimburgPolicy, dayFromYmd(2026, 12, 1));
  const memoized = verdicts.memoized(texts);
  for (let pass = 0; pass < 2; pass++) for (let i = 0; i < verdicts.count; i++) expect(memoized(i)).toBe(texts(verdicts.findingAt(i)));
});
