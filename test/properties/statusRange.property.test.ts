import fc from "fast-check";
import { dayFromYmd, formatIsoDate, LEVELS, levelLabel, wonenLimburgPolicy } from "../../src/core";
import { resetActivePolicy, setActivePolicy } from "../../src/addin/activePolicy";
import * as PSO from "../../src/functions/functions";
import { installStandIn, StandInError } from "../functions/support/customFunctionsStandIn";

installStandIn();

/*
 * =PSO.STATUS() and =PSO.VOLDOET() over a whole column go through the column evaluator in one call; one formula per
 * cell goes row by row. A user must see the same in every cell either way: the same text, the same TRUE/FALSE, the
 * same #WAARDE!/#N/B with the same message, and blank rows blank.
 */
const day = fc.integer({ min: dayFromYmd(2019, 1, 1), max: dayFromYmd(2030, 12, 31) });
const dateCell = fc.oneof(
  day.map((d) => d + 25569),
  day.map(formatIsoDate),
  day.map((d) => formatIsoDate(d).split("-").reverse().join("-")),
  fc.constantFrom<unknown>("", null, "gisteren", "#N/A", "#WAARDE!", 60),
);
const row = fc.record({
  level: fc.oneof(fc.constantFrom(...LEVELS).map((l) => levelLabel(l)), fc.constantFrom<unknown>("PSO-2", "trde 2", "", null, 2, "#N/A", "Ja", "in aanvraag", "Koploper (trede 3)", "Nee")),
  validUntil: dateCell,
  spend: fc.oneof(fc.integer({ min: 0, max: 2_000_000 }), fc.constantFrom<unknown>("€ 150.000", "veel", "-5", "", null, "#DEEL/0!")),
  award: dateCell,
  term: fc.oneof(fc.integer({ min: 1, max: 72 }), fc.constantFrom<unknown>("", null, "2 jaar", "lang")),
  category: fc.constantFrom<unknown>("Bouw", "ICT", "Energie", "", null),
});

type Grid = unknown[][];
/** Calls a PSO.* function as Excel does: every argument a 2-D array. */
const call = (fn: (...a: never[]) => unknown[][], args: Grid[]): Grid => (fn as (...a: Grid[]) => Grid)(...args);

/** What a user sees in a cell: a value, or an error's code and message. */
const shown = (v: unknown) => (v instanceof StandInError ? `${v.code} ${v.message}` : v);

afterEach(resetActivePolicy);

test.each([
  ["the default policy", wonenLimburgPolicy],
  ["a policy where sector levels soften the status", { ...wonenLimburgPolicy, sectorLevels: { ...wonenLimburgPolicy.sectorLevels, applyToStatus: true } }],
])("one range call gives what one call per cell gives (%s)", (_, policy) => {
  setActivePolicy(policy);
  fc.assert(
    fc.property(
      fc.array(row, { minLength: 2, maxLength: 20 }),
      fc.oneof(dateCell.map((p) => ({ peil: p, perRow: false })), fc.constant({ peil: null, perRow: false }), fc.constant({ peil: null, perRow: true })),
      (list, peilCase) => {
        const col = (k: keyof (typeof list)[number]) => list.map((r) => [r[k]]);
        // A peildatum per row (different dates) takes the row-by-row path; one cell or one repeated value the column path.
        const peil = peilCase.perRow ? list.map((_r, i) => [formatIsoDate(dayFromYmd(2022, 1, 1) + i * 40)]) : [[peilCase.peil]];
        const args: Grid[] = [col("level"), col("validUntil"), col("spend"), peil, col("award"), col("term"), col("category")];
        const rangeStatus = call(PSO.status, args);
        const rangeVoldoet = call(PSO.voldoet, args);
        list.forEach((r, i) => {
          const p = peil.length === 1 ? peil[0] : peil[i];
          const cellArgs: Grid[] = [[[r.level]], [[r.validUntil]], [[r.spend]], [p], [[r.award]], [[r.term]], [[r.category]]];
          expect(shown(rangeStatus[i][0])).toEqual(shown(call(PSO.status, cellArgs)[0][0]));
          expect(shown(rangeVoldoet[i][0])).toEqual(shown(call(PSO.voldoet, cellArgs)[0][0]));
        });
      },
    ),
    { numRuns: 400 },
  );
});

test("a whole-column reference: empty rows stay empty and the filled ones get their status, in place", () => {
  const rows = 50_000;
  const column = (first: unknown, last: unknown) => Array.from({ length: rows }, (_, i) => [i === 0 ? first : i === rows - 1 ? last : ""]);
  const out = call(PSO.status, [column("Trede 1", "Trede 3"), column("31-12-2027", "31-12-2027"), column(400_000, 400_000), [["1-12-2026"]]]);
  expect(out).toHaveLength(rows);
  // no award arguments: the failing row says the growth path was not checked (issue 23, item 6)
  expect(out[0][0]).toBe("Voldoet niet: trede 1, vereist trede 2 (groeipad niet getoetst: geef gunningsdatum en looptijd_maanden)");
  expect(out[rows - 1][0]).toBe("Voldoet");
  expect(out.slice(1, rows - 1).every((r) => r.length === 1 && r[0] === "")).toBe(true);
});
