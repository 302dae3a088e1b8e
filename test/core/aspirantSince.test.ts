import {
  columnsFromRows, dayFromYmd, evaluate, explanation, fieldForHeader, formatIsoDate, outlookOfFindings, statusLine, SupplierRow,
  wonenLimburgPolicy as preset,
} from "../../src/core";

const PEIL = dayFromYmd(2026, 12, 31);
const rows = (list: Omit<SupplierRow, "row">[]): SupplierRow[] => list.map((r, i) => ({ row: i + 2, ...r }));

test('the optional column "Aspirant sinds" is read under its synonyms', () => {
  for (const header of ["Aspirant sinds", "Aspirant-status sinds", "Aspirantstatus sinds", "Aspirant since"]) expect(fieldForHeader(header)).toBe("aspirantSince");
});

describe('000, "De Aspirant-status kan maximaal twee perioden duren, daarna vervalt de status"; 004, "binnen twee jaar toegroeit naar de norm voor een PSO-trede"', () => {
  // A growth-path contract awarded 1-6-2025 for four years: Aspirant-status due 1-6-2026, trede 1 from 1-6-2027.
  const path = { spend: 300_000, level: "Aspirant-status", validUntil: "30-6-2028", awardDate: "1-6-2025", termMonths: 48 };
  const [relies, young, unknown, failing] = evaluate(
    rows([
      { supplier: "Aspirant Lang", ...path, aspirantSince: "1-10-2024" },
      { supplier: "Aspirant Kort", ...path, aspirantSince: "1-6-2025" },
      { supplier: "Aspirant Onbekend", ...path },
      // not on a growth path: trede 2 is asked, so the Aspirant-status fails anyway; the lapse is still named
      { supplier: "Aspirant Oud", spend: 300_000, level: "Aspirant-status", validUntil: "30-6-2028", aspirantSince: "1-1-2020" },
    ]),
    preset,
    PEIL,
  );

  test("an Aspirant-status held more than two years, that the supplier relies on, gets Let op naming it on its row", () => {
    expect(relies.requiredLevel).toBe("aspirant");
    expect(relies.status).toBe("warning");
    expect(statusLine(relies)).toBe("Let op: Aspirant-status langer dan twee jaar");
    expect(explanation(relies)).toContain("Aspirant-status sinds 1-10-2024: die duurt maximaal twee jaar en is vervallen op 1-10-2026; vraag een certificaat van een PSO-trede");
    expect(explanation(relies, "en")).toContain("Aspirant status since 1 October 2024: it lasts at most two years and lapsed on 1 October 2026");
  });

  test("held under two years, or since an unknown day: no such warning", () => {
    for (const f of [young, unknown]) {
      expect(f.status).toBe("compliant");
      expect(f.reasons.map((r) => r.code)).not.toContain("aspirantLapsed");
    }
  });

  test("a failing row keeps Voldoet niet and names the lapse among its reasons", () => {
    expect(failing.status).toBe("non_compliant");
    expect(failing.reasons.map((r) => r.code)).toContain("aspirantLapsed");
  });

  test("the outlook shows where an Aspirant-status the supplier relies on reaches its two years (aspirantLimit)", () => {
    const list = rows([
      { supplier: "Aspirant Kort", ...path, aspirantSince: "1-6-2025" },
      { supplier: "Aspirant Zonder Eis", spend: 50_000, level: "Aspirant-status", validUntil: "30-6-2028", aspirantSince: "1-6-2025" },
    ]);
    const findings = evaluate(list, preset, PEIL);
    const o = outlookOfFindings(findings, columnsFromRows(list), preset, PEIL);
    const items = o.months.flatMap((m) => m.items.filter((i) => i.kind === "aspirantLimit").map((i) => ({ month: m.month, row: i.row, date: formatIsoDate(i.date) })));
    expect(items).toEqual([{ month: "2027-06", row: 2, date: "2027-06-01" }]);
    expect(o.months.find((m) => m.month === "2027-06")!.spendAtRisk).toBe(300_000);
  });
});
