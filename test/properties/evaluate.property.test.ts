import fc from "fast-check";
import { plausibleValidUntil } from "../../src/core/rules/evaluateRules";
import {
  computeKpis, dayFromYmd, evaluate, evaluateRow, explanation, formatIsoDate, Level, LEVELS, levelLabel, Policy, STATUSES, statusLine,
  SupplierRow, wonenLimburgPolicy,
} from "../../src/core";

const anyCell = fc.oneof(fc.string(), fc.double(), fc.integer({ min: -100, max: 3_000_000 }), fc.boolean(), fc.constant(null), fc.date({ noInvalidDate: false }));
const anyRow = fc.record(
  {
    supplier: anyCell, spend: anyCell, level: anyCell, validUntil: anyCell, awardDate: anyCell, termMonths: anyCell,
    endDate: anyCell, contribution: anyCell, category: anyCell, levelAtAward: anyCell,
  },
  { requiredKeys: [] },
);
const day = fc.integer({ min: dayFromYmd(2019, 1, 1), max: dayFromYmd(2031, 12, 31) });
const policy: Policy = wonenLimburgPolicy;

describe("evaluate is total and deterministic", () => {
  test("any rows give one finding each, in order, with a known status, the same every time", () => {
    fc.assert(
      fc.property(fc.array(anyRow, { maxLength: 8 }), day, (cells, peil) => {
        const rows: SupplierRow[] = cells.map((c, i) => ({ row: i + 2, ...c }) as SupplierRow);
        const findings = evaluate(rows, policy, peil);
        expect(findings.map((f) => f.row)).toEqual(rows.map((r) => r.row));
        for (const f of findings) {
          expect(STATUSES).toContain(f.status);
          // What lands in the PSO-status and PSO-toelichting cells always starts with a word: never = + - @.
          expect(statusLine(f)).toMatch(/^[A-Z]/);
          const text = explanation(f);
          if (text !== "") expect(text).toMatch(/^[A-Z]/);
        }
        expect(evaluate(rows, policy, peil)).toEqual(findings);
      }),
      { numRuns: 1000 },
    );
  });
});

/** How bad a status is for the buyer; out of scope and compliant need nothing. */
const severity = { compliant: 0, out_of_scope: 0, warning: 1, non_compliant: 2, error: 3 } as const;
const level = fc.constantFrom(...LEVELS);
const certified = fc.constantFrom(...LEVELS.filter((l) => l !== "geen"));
const spend = fc.integer({ min: 0, max: 5_000_000 });
const optionalDay = fc.option(day, { nil: null });
const award = fc.option(fc.record({ day, term: fc.integer({ min: 1, max: 96 }) }), { nil: null });

function row(held: Level, validUntil: number | null, s: number, a: { day: number; term: number } | null): SupplierRow {
  return {
    row: 2,
    supplier: "X",
    spend: s,
    level: levelLabel(held),
    validUntil: validUntil === null ? null : formatIsoDate(validUntil),
    awardDate: a === null ? null : formatIsoDate(a.day),
    termMonths: a === null ? null : a.term,
  };
}

describe("a better certificate never makes a row worse", () => {
  test("a higher level never turns a passing row (not 'Voldoet niet') into a failing one", () => {
    fc.assert(
      fc.property(level, level, optionalDay, spend, award, day, (a, b, until, s, aw, peil) => {
        const [low, high] = LEVELS.indexOf(a) <= LEVELS.indexOf(b) ? [a, b] : [b, a];
        const lo = evaluateRow(row(low, until, s, aw), policy, peil);
        const hi = evaluateRow(row(high, until, s, aw), policy, peil);
        if (lo.status !== "non_compliant") expect(hi.status).not.toBe("non_compliant");
      }),
      { numRuns: 3000 },
    );
  });

  test("between certificates with the same expiry, a higher level is never more severe", () => {
    fc.assert(
      fc.property(certified, certified, optionalDay, spend, award, day, (a, b, until, s, aw, peil) => {
        const [low, high] = LEVELS.indexOf(a) <= LEVELS.indexOf(b) ? [a, b] : [b, a];
        const lo = evaluateRow(row(low, until, s, aw), policy, peil);
        const hi = evaluateRow(row(high, until, s, aw), policy, peil);
        expect(severity[hi.status]).toBeLessThanOrEqual(severity[lo.status]);
      }),
      { numRuns: 3000 },
    );
  });

  test("a later expiry date is never more severe, up to the last plausible one (issue 15, item 4)", () => {
    fc.assert(
      fc.property(certified, day, day, spend, award, day, (held, d1, d2, s, aw, peil) => {
        const [early, late] = d1 <= d2 ? [d1, d2] : [d2, d1];
        fc.pre(late <= plausibleValidUntil(peil));
        const e = evaluateRow(row(held, early, s, aw), policy, peil);
        const l = evaluateRow(row(held, late, s, aw), policy, peil);
        expect(severity[l.status]).toBeLessThanOrEqual(severity[e.status]);
      }),
      { numRuns: 3000 },
    );
  });
});

test("a readable row with a spend below the scope threshold is always out of scope, whatever the threshold", () => {
  fc.assert(
    fc.property(level, optionalDay, award, day, fc.integer({ min: 1, max: 10_000_000 }), fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), (held, until, aw, peil, threshold, share) => {
      const custom: Policy = { ...policy, scope: { minAnnualSpend: threshold } };
      const s = Math.floor(threshold * share * 100) / 100;
      const f = evaluateRow(row(held, until, s, aw), custom, peil);
      expect(f.status).toBe("out_of_scope");
    }),
    { numRuns: 2000 },
  );
});

test("an invalid JS date in a text column (a broken date cell) is read as empty, not thrown", () => {
  const f = evaluateRow({ row: 2, supplier: new Date(NaN), spend: 200000, level: "Trede 2", validUntil: "1-1-2028", category: new Date(NaN) }, policy, dayFromYmd(2026, 12, 1));
  expect(f).toMatchObject({ supplier: "", status: "compliant" });
});

/* Issue 16, item 1: a level cell that names no trede ("Ja", "in aanvraag") is a question to the supplier, not a verdict. */
describe('"Ja" and "in aanvraag" ask for the certificate instead of failing the row', () => {
  const claim = fc.constantFrom("Ja", "gecertificeerd", "in aanvraag", "audit gepland");
  const claimRow = (text: string, until: number | null, s: number, a: { day: number; term: number } | null, peil: number) =>
    evaluateRow({ ...row("geen", until, s, a), level: text }, policy, peil);

  test('never "Fout"; "Voldoet niet" only for a "Ja" whose certificate has expired; never more severe than no certificate', () => {
    fc.assert(
      fc.property(claim, optionalDay, spend, award, day, (text, until, s, a, peil) => {
        const f = claimRow(text, until, s, a, peil);
        expect(f.status).not.toBe("error");
        if (f.status === "non_compliant") expect([text.startsWith("in") || text.startsWith("audit"), until !== null && until < peil]).toEqual([false, true]);
        const none = evaluateRow(row("geen", until, s, a), policy, peil);
        expect(severity[f.status]).toBeLessThanOrEqual(severity[none.status]);
      }),
      { numRuns: 500 },
    );
  });

  test("never counted at the spend level (trede 2+), and a request is never counted as certified", () => {
    fc.assert(
      fc.property(claim, optionalDay, spend, award, day, (text, until, s, a, peil) => {
        const kpis = computeKpis([claimRow(text, until, s, a, peil)], policy);
        expect(kpis.spendTrede2Plus).toBe(0);
        if (text === "in aanvraag" || text === "audit gepland") expect(kpis.certified).toBe(0);
      }),
      { numRuns: 300 },
    );
  });
});
