import fc from "fast-check";
import {
  columnsFromRows, dayFromYmd, evaluate, formatIsoDate, Outlook, outlook, outlookOfFindings, Policy, policyFromJson, SupplierRow,
  wonenLimburgPolicy as preset,
} from "../../src/core";

const day = (iso: string) => {
  const [y, m, d] = iso.split("-").map(Number);
  return dayFromYmd(y, m, d);
};
const PEIL = "2026-12-31";

/** The outlook of a list as the CLI makes it: the findings and the list's own end dates. */
function outlookOf(rows: SupplierRow[], policy: Policy = preset, peil = PEIL, months = policy.outlook.months): Outlook {
  const findings = evaluate(rows, policy, day(peil));
  return outlookOfFindings(findings, columnsFromRows(rows), policy, day(peil), months);
}

const items = (o: Outlook) => o.months.flatMap((m) => m.items.map((i) => ({ month: m.month, row: i.row, kind: i.kind, date: formatIsoDate(i.date) })));
const month = (o: Outlook, key: string) => o.months.find((m) => m.month === key)!;

const policyWith = (json: object): Policy => {
  const p = policyFromJson(json);
  if (!p.ok) throw new Error(p.message.nl);
  return p.value;
};
/** The whitepaper's policy with a third requirement: trede 3 from 1 July 2027. */
const rising = policyWith({ requirements: [{ from: "2021-01-01", minLevel: "trede1" }, { from: "2022-01-01", minLevel: "trede2" }, { from: "2027-07-01", minLevel: "trede3" }] });

describe("the outlook: every month after the peildatum, the spend at stake and why", () => {
  test("twelve months by default, from the month after a peildatum on the last of a month, 0 where nothing falls due", () => {
    const o = outlookOf([{ row: 2, supplier: "Bouwbedrijf Janssen", spend: 200_000, level: "Trede 2", validUntil: "31-12-2029" }]);
    expect(o.months.map((m) => m.month)).toEqual(["2027-01", "2027-02", "2027-03", "2027-04", "2027-05", "2027-06", "2027-07", "2027-08", "2027-09", "2027-10", "2027-11", "2027-12"]);
    expect(o.months.every((m) => m.spendAtRisk === 0 && m.items.length === 0)).toBe(true);
  });

  test("a row without a spend is never at stake: its scope is unknown, so it is an error row and the outlook leaves it out", () => {
    const o = outlookOf([
      { row: 2, supplier: "Schilder Peters", spend: 200_000, level: "Trede 2", validUntil: "31-3-2027" },
      { row: 3, supplier: "Glas Smeets", level: "Trede 2", validUntil: "15-3-2027" },
    ]);
    const march = month(o, "2027-03");
    expect([march.spendAtRisk, march.suppliersAtRisk, march.spendUnknown]).toEqual([200_000, 1, 0]);
  });

  test("the number of months is the policy's setting outlook.months", () => {
    const six = policyWith({ outlook: { months: 6 } });
    expect(six.outlook.months).toBe(6);
    expect(outlookOf([], six).months.map((m) => m.month)).toEqual(["2027-01", "2027-02", "2027-03", "2027-04", "2027-05", "2027-06"]);
    expect(policyFromJson({ outlook: { months: "twaalf" } }).ok).toBe(false);
  });

  test('000, "Hoewel maandelijks wordt geïnventariseerd": a certificate the supplier needs puts its spend at stake in the month it expires', () => {
    const o = outlookOf([
      { row: 2, supplier: "Schilder Peters", spend: 200_000, level: "Trede 2", validUntil: "31-3-2027" },
      // already failing on the peildatum: nothing left to lose, it is still to go
      { row: 3, supplier: "Glas Smeets", spend: 300_000, level: "Trede 1", validUntil: "28-2-2027" },
      // out of scope: its certificate is asked of no one
      { row: 4, supplier: "Drukkerij Klein", spend: 20_000, level: "Trede 2", validUntil: "30-4-2027" },
    ]);
    expect(items(o)).toEqual([{ month: "2027-03", row: 2, kind: "certificateExpires", date: "2027-03-31" }]);
    expect(month(o, "2027-03").spendAtRisk).toBe(200_000);
    expect(month(o, "2027-02").spendAtRisk).toBe(0);
  });

  test('000, "Stippel een tijdspad uit voor zowel bestaande als nieuwe leveranciers": a growth-path step falls due above the level held', () => {
    // awarded 1-6-2026 for four years: Aspirant-status due 1-6-2027, trede 1 on 1-6-2028 (outside the twelve months)
    const o = outlookOf([
      { row: 2, supplier: "Installatie Hendriks", spend: 400_000, level: "", awardDate: "1-6-2026", termMonths: 48 },
      { row: 3, supplier: "Aspirant Al BV", spend: 250_000, level: "Aspirant-status", validUntil: "1-1-2029", awardDate: "1-6-2026", termMonths: 48 },
    ]);
    expect(items(o)).toEqual([{ month: "2027-06", row: 2, kind: "growthStep", date: "2027-06-01" }]);
    expect(month(o, "2027-06").spendAtRisk).toBe(400_000);
  });

  test("the policy's requirement rises above the level held", () => {
    const o = outlookOf(
      [
        { row: 2, supplier: "Trede Twee BV", spend: 500_000, level: "Trede 2", validUntil: "31-12-2028" },
        { row: 3, supplier: "Trede Drie BV", spend: 600_000, level: "Trede 3", validUntil: "31-12-2028" },
      ],
      rising,
    );
    expect(items(o)).toEqual([{ month: "2027-07", row: 2, kind: "requirementRises", date: "2027-07-01" }]);
    expect(month(o, "2027-07").spendAtRisk).toBe(500_000);
  });

  test("a supplier is counted once in a month, however many reasons it has there", () => {
    const o = outlookOf([{ row: 2, supplier: "Dubbel BV", spend: 500_000, level: "Trede 2", validUntil: "15-7-2027", endDate: "31-7-2027" }], rising);
    expect(items(o).map((i) => i.kind)).toEqual(["requirementRises", "certificateExpires", "contractEnds"]);
    expect(month(o, "2027-07").spendAtRisk).toBe(500_000);
  });

  test('003, "Wanneer een contract afloopt, bespreek dan de mogelijkheid om in de komende aanbesteding social return mee te nemen": a contract end is listed with no spend at stake', () => {
    const o = outlookOf([
      { row: 2, supplier: "Hovenier Groen", spend: 180_000, level: "Trede 2", validUntil: "31-12-2029", endDate: "30-9-2027" },
      // ended before the peildatum (contractEnded): a former supplier, not in the outlook
      { row: 3, supplier: "Oud Contract BV", spend: 180_000, level: "Trede 2", validUntil: "30-4-2027", endDate: "31-10-2026" },
      // ends after the outlook
      { row: 4, supplier: "Lang Contract BV", spend: 180_000, level: "Trede 2", validUntil: "31-12-2029", endDate: "31-1-2028" },
    ]);
    expect(items(o)).toEqual([{ month: "2027-09", row: 2, kind: "contractEnds", date: "2027-09-30" }]);
    expect(month(o, "2027-09").spendAtRisk).toBe(0);
  });

  test("outlook() reads the end date given with a finding; a row in error is left out", () => {
    const [ok, bad] = evaluate(
      [
        { row: 2, supplier: "A", spend: 200_000, level: "Trede 2", validUntil: "31-12-2029" },
        { row: 3, supplier: "B", spend: "veel", level: "Trede 2", validUntil: "31-12-2029" },
      ],
      preset,
      day(PEIL),
    );
    const o = outlook([{ ...ok, endDate: day("2027-01-31") }, { ...bad, endDate: day("2027-01-31") }], preset, day(PEIL), 3);
    expect(items(o)).toEqual([{ month: "2027-01", row: 2, kind: "contractEnds", date: "2027-01-31" }]);
  });
});

describe("the figures add up (property over generated lists)", () => {
  const dates = fc.integer({ min: day("2026-06-01"), max: day("2028-06-30") }).map(formatIsoDate);
  const row = fc.record({
    spend: fc.option(fc.integer({ min: 0, max: 2_000_000 }), { nil: undefined }),
    level: fc.constantFrom("", "Aspirant-status", "Basistrede", "Trede 1", "Trede 2", "Trede 3", "PSO 30+", "Ja"),
    validUntil: fc.option(dates, { nil: undefined }),
    awardDate: fc.option(dates, { nil: undefined }),
    termMonths: fc.option(fc.integer({ min: 6, max: 60 }), { nil: undefined }),
    endDate: fc.option(dates, { nil: undefined }),
  });
  const lists = fc.array(row, { maxLength: 25 }).map((rs) => rs.map((r, i) => ({ row: i + 2, supplier: `Leverancier ${i % 7}`, ...r }) as SupplierRow));

  test("a month's spend at risk is the known spend of the rows it lists for reasons other than a contract end, each once, and the rows without a spend are counted apart; every item lies in its month", () => {
    fc.assert(
      fc.property(lists, fc.constantFrom(preset, rising), fc.integer({ min: 1, max: 24 }), (rows, policy, months) => {
        const o = outlookOf(rows, policy, PEIL, months);
        expect(o.months).toHaveLength(months);
        const spendOf = new Map(evaluate(rows, policy, day(PEIL)).map((f) => [f.row, f.spend]));
        for (const m of o.months) {
          const rowsAtRisk = [...new Set(m.items.filter((i) => i.kind !== "contractEnds").map((i) => i.row))];
          expect(m.spendAtRisk).toBe(rowsAtRisk.reduce((sum, r) => sum + (spendOf.get(r) ?? 0), 0));
          expect(m.suppliersAtRisk).toBe(rowsAtRisk.length);
          expect(m.spendUnknown).toBe(rowsAtRisk.filter((r) => spendOf.get(r) === null).length);
          for (const i of m.items) expect(formatIsoDate(i.date).slice(0, 7)).toBe(m.month);
        }
      }),
      { numRuns: 150 },
    );
  });
});
