import {
  computeKpis, dayFromYmd, evaluate, evaluateRow, explanation, Finding, Policy, policyFromJson, statusLine,
  SupplierRow, wonenLimburgPolicy as preset,
} from "../../src/core";

const day = (iso: string) => {
  const [y, m, d] = iso.split("-").map(Number);
  return dayFromYmd(y, m, d);
};
const check = (row: Omit<SupplierRow, "row">, peil: string, policy: Policy = preset): Finding =>
  evaluateRow({ row: 2, supplier: "Bouwbedrijf Janssen", ...row }, policy, day(peil));

describe("the whitepaper's rule: EUR 150,000 a year needs trede 1 from 2021 and trede 2 from 2022", () => {
  const trede1 = { spend: 200_000, level: "Trede 1", validUntil: "30-6-2023" };

  test("a trede-1 supplier with EUR 200,000 a year complies on 2021-06-30", () => {
    const f = check(trede1, "2021-06-30");
    expect(f.status).toBe("compliant");
    expect(f.requiredLevel).toBe("trede1");
  });

  test("and does not on 2022-06-30, with the reason a buyer understands", () => {
    const f = check(trede1, "2022-06-30");
    expect(f.status).toBe("non_compliant");
    expect(f.requiredLevel).toBe("trede2");
    expect(f.heldLevel).toBe("trede1");
    expect(explanation(f)).toBe("Trede 1 is te laag: vraag een certificaat van minimaal trede 2 (vereist sinds 1-1-2022)");
    expect(statusLine(f)).toBe("Voldoet niet: trede 1, vereist trede 2");
  });

  test("before 2021 no level is required yet", () => {
    const f = check({ spend: 500_000, level: "" }, "2020-06-30");
    expect(f.status).toBe("compliant");
    expect(f.requiredLevel).toBe("geen");
  });

  test("the scope threshold is inclusive: 150,000 is in scope, 149,999.99 is not", () => {
    expect(check({ spend: "€ 150.000", level: "" }, "2022-06-30").status).toBe("non_compliant");
    const out = check({ spend: "149.999,99", level: "" }, "2022-06-30");
    expect(out.status).toBe("out_of_scope");
    expect(statusLine(out)).toBe("Buiten scope");
    expect(explanation(out)).toContain("onder de drempel van € 150.000,00");
  });

  test("higher levels comply: trede 3 and PSO 30+ meet a trede-2 requirement, basis and aspirant do not", () => {
    const p = "2023-03-01";
    const v = "1-1-2025";
    expect(check({ spend: 300_000, level: "Trede 3", validUntil: v }, p).status).toBe("compliant");
    expect(check({ spend: 300_000, level: "PSO 30+", validUntil: v }, p).status).toBe("compliant");
    expect(check({ spend: 300_000, level: "Basistrede", validUntil: v }, p).status).toBe("non_compliant");
    expect(check({ spend: 300_000, level: "Aspirant", validUntil: v }, p).status).toBe("non_compliant");
  });
});

describe("a certificate counts only while valid on the peildatum", () => {
  test("expired: non-compliant, and the expiry is named", () => {
    const f = check({ spend: 400_000, level: "PSO-2", validUntil: "2022-05-31" }, "2022-06-30");
    expect(f.status).toBe("non_compliant");
    expect(f.certificateValid).toBe(false);
    expect(explanation(f)).toBe("Certificaat trede 2 verlopen op 31-5-2022: vraag een geldig certificaat van minimaal trede 2 (vereist sinds 1-1-2022)");
    expect(statusLine(f)).toBe("Voldoet niet: certificaat verlopen, vereist trede 2");
  });

  test("valid on the last day itself", () => {
    expect(check({ spend: 400_000, level: "PSO-2", validUntil: "2022-06-30" }, "2022-06-30").status).toBe("warning");
  });

  test("expiring within the warning window (90 days): warning, not failure", () => {
    const f = check({ spend: 400_000, level: "trede2", validUntil: "15-7-2022" }, "2022-06-30");
    expect(f.status).toBe("warning");
    expect(statusLine(f)).toBe("Let op: certificaat verloopt 15-7-2022");
    expect(f.deadline).toBe(day("2022-07-15"));
  });

  test("expiring after the window: compliant", () => {
    expect(check({ spend: 400_000, level: "trede2", validUntil: "1-10-2022" }, "2022-06-30").status).toBe("compliant");
  });

  test("the warning window is a setting", () => {
    const policy = { ...preset, expiryWarningDays: 120 };
    expect(check({ spend: 400_000, level: "trede2", validUntil: "1-10-2022" }, "2022-06-30", policy).status).toBe("warning");
  });

  test("a level without an expiry date is a warning: it cannot be checked", () => {
    const f = check({ spend: 400_000, level: "trede2" }, "2022-06-30");
    expect(f.status).toBe("warning");
    expect(explanation(f)).toContain("Geldigheidsdatum van het certificaat ontbreekt");
  });

  test("a rise in the requirement inside the window warns ahead", () => {
    const f = check({ spend: 400_000, level: "trede1", validUntil: "1-1-2024" }, "2021-11-15");
    expect(f.status).toBe("warning");
    expect(statusLine(f)).toBe("Let op: vanaf 1-1-2022 trede 2 vereist");
  });
});

describe("growth path: aspirant within a year of the award, trede 1 a year later, trede 2 the year after", () => {
  const contract = { spend: 300_000, awardDate: "1-3-2022", termMonths: 48 };

  test("in the first year nothing is required yet", () => {
    const f = check({ ...contract, level: "" }, "2022-09-30");
    expect(f.status).toBe("compliant");
    expect(f.requiredLevel).toBe("geen");
    expect(explanation(f)).toContain("Groeipad (gegund 1-3-2022)");
  });

  test("from the first deadline Aspirant-status suffices", () => {
    expect(check({ ...contract, level: "Aspirant", validUntil: "1-3-2025" }, "2023-06-01").status).toBe("compliant");
    const none = check({ ...contract, level: "" }, "2023-06-01");
    expect(none.status).toBe("non_compliant");
    expect(none.requiredLevel).toBe("aspirant");
    expect(explanation(none)).toContain("vraag een goedgekeurd plan van aanpak (Aspirant-status, vereist sinds 1-3-2023)");
  });

  test("then trede 1, then trede 2", () => {
    expect(check({ ...contract, level: "Aspirant", validUntil: "1-3-2026" }, "2024-03-01").status).toBe("non_compliant");
    expect(check({ ...contract, level: "Trede 1", validUntil: "1-3-2026" }, "2024-06-01").requiredLevel).toBe("trede1");
    expect(check({ ...contract, level: "Trede 1", validUntil: "1-3-2026" }, "2025-03-01").status).toBe("non_compliant");
    expect(check({ ...contract, level: "Trede 2", validUntil: "1-3-2027" }, "2025-03-01").status).toBe("compliant");
  });

  test("an approaching step deadline warns ahead", () => {
    const f = check({ ...contract, level: "Aspirant", validUntil: "1-3-2026" }, "2024-01-15");
    expect(f.status).toBe("warning");
    expect(statusLine(f)).toBe("Let op: vanaf 1-3-2024 trede 1 vereist");
  });

  test("applies only to contracts longer than one year (term or end date)", () => {
    expect(check({ spend: 300_000, awardDate: "1-3-2022", termMonths: 12, level: "" }, "2022-06-01").status).toBe("non_compliant");
    expect(check({ spend: 300_000, awardDate: "1-3-2022", endDate: "28-2-2023", level: "" }, "2022-06-01").status).toBe("non_compliant");
    expect(check({ spend: 300_000, awardDate: "1-3-2022", endDate: "28-2-2025", level: "" }, "2022-06-01").status).toBe("compliant");
  });

  test("not when the supplier already held the required level at award", () => {
    const f = check({ ...contract, level: "", levelAtAward: "Trede 2" }, "2022-06-01");
    expect(f.status).toBe("non_compliant");
    expect(f.growth).toBeNull();
  });

  test("the steps are settings", () => {
    const policy = policyFromJson({ growthPath: { steps: [{ level: "trede2", monthsAfterAward: 6 }] } });
    expect(policy.ok).toBe(true);
    if (!policy.ok) return;
    expect(check({ ...contract, level: "" }, "2022-06-01", policy.value).status).toBe("compliant");
    expect(check({ ...contract, level: "" }, "2022-10-01", policy.value).requiredLevel).toBe("trede2");
  });
});

/*
 * Whitepaper (seed 000): the growth path came with the tender that demands trede 2, because local parties are rarely
 * certified. A contract awarded before the policy follows the date rule (issue 15, item 1).
 */
describe("the growth path is for contracts awarded under the policy", () => {
  const old = { spend: 300_000, awardDate: "1-6-2019", termMonths: 72 };

  test("a 2019 contract holding only Aspirant-status fails on 1-3-2021 (trede 1 required since 1-1-2021)", () => {
    const f = check({ ...old, level: "Aspirant", validUntil: "31-12-2022" }, "2021-03-01");
    expect(f.status).toBe("non_compliant");
    expect(f.requiredLevel).toBe("trede1");
    expect(f.growth).toBeNull();
    expect(explanation(f)).toContain("vraag een certificaat van minimaal trede 1 (vereist sinds 1-1-2021)");
    expect(explanation(f)).not.toContain("Groeipad");
  });

  test("a 2019 contract holding trede 1 fails on 1-3-2022, and no reason cites a deadline before the policy", () => {
    const f = check({ ...old, level: "Trede 1", validUntil: "31-12-2023" }, "2022-03-01");
    expect(f.status).toBe("non_compliant");
    expect(f.requiredLevel).toBe("trede2");
    expect(explanation(f)).not.toMatch(/2020/);
  });

  test("a contract awarded on the policy's first requirement date does get the path", () => {
    const f = check({ spend: 300_000, awardDate: "1-1-2021", termMonths: 72, level: "Aspirant", validUntil: "31-12-2023" }, "2022-03-01");
    expect(f.status).toBe("compliant");
    expect(f.growth).not.toBeNull();
  });

  test("from which award date is a setting: moved back to 2019, the 2019 contract is on the path again", () => {
    const policy = policyFromJson({ growthPath: { awardFrom: "2019-01-01" } });
    expect(policy.ok).toBe(true);
    if (!policy.ok) return;
    const f = check({ ...old, level: "Aspirant", validUntil: "31-12-2022" }, "2021-03-01", policy.value);
    expect(f.status).toBe("compliant");
    expect(f.growth?.award).toBe(day("2019-06-01"));
  });

  test("by default it follows the policy's own first requirement date, not the preset's", () => {
    const policy = policyFromJson({ requirements: [{ from: "2024-01-01", minLevel: "trede2" }] });
    expect(policy.ok).toBe(true);
    if (!policy.ok) return;
    const contract = { spend: 300_000, termMonths: 48, level: "" };
    expect(check({ ...contract, awardDate: "1-6-2023" }, "2024-03-01", policy.value).status).toBe("non_compliant");
    expect(check({ ...contract, awardDate: "1-6-2024" }, "2024-09-01", policy.value).status).toBe("compliant");
  });

  test('a blank "Trede bij gunning" and "Geen" give the same verdict for the same contract', () => {
    const contract = { spend: 300_000, awardDate: "1-3-2022", termMonths: 48, level: "Aspirant", validUntil: "1-3-2025" };
    for (const peil of ["2021-06-01", "2022-06-01", "2023-06-01", "2024-06-01", "2025-06-01"]) {
      const blank = check({ ...contract, levelAtAward: "" }, peil);
      const geen = check({ ...contract, levelAtAward: "Geen" }, peil);
      expect([peil, geen.status, explanation(geen)]).toEqual([peil, blank.status, explanation(blank)]);
    }
    // and under a policy whose path starts before its first requirement, where "geen" once met "no requirement yet"
    const early = policyFromJson({ growthPath: { awardFrom: "2019-01-01" } });
    if (!early.ok) throw new Error("policy");
    const older = { ...contract, awardDate: "1-6-2019" };
    const blank = check({ ...older, levelAtAward: null }, "2021-03-01", early.value);
    const geen = check({ ...older, levelAtAward: "geen" }, "2021-03-01", early.value);
    expect(geen.status).toBe(blank.status);
    expect(geen.growth).toEqual(blank.growth);
  });
});

describe("bad input: status error naming the column and what was expected; other rows go on", () => {
  test.each<[Partial<SupplierRow>, string]>([
    [{ spend: "veel geld" }, 'Kolom "Opdrachtsom per jaar": "veel geld" is geen bedrag'],
    [{ spend: "" }, 'Kolom "Opdrachtsom per jaar": leeg, maar verplicht'],
    [{ spend: -200 }, "negatief"],
    [{ spend: 5e10 }, "onwaarschijnlijk groot"],
    [{ spend: "#N/A" }, "formulefout #N/A"],
    [{ spend: 200_000, level: "trde 2" }, 'Kolom "PSO-trede": onbekende PSO-trede "trde 2"'],
    [{ spend: 200_000, level: "Trede 2", validUntil: "31-2-2023" }, 'Kolom "Geldig tot": "31-2-2023" is geen datum'],
    [{ spend: 200_000, level: "Trede 2", validUntil: "#DEEL/0!" }, "#DEEL/0!"],
    [{ spend: 200_000, contribution: "veel" }, "geen percentage"],
  ])("%p", (cells, expected) => {
    const f = check(cells, "2022-06-30");
    expect(f.status).toBe("error");
    expect(explanation(f)).toContain(expected);
  });

  test("one bad row never stops the others", () => {
    const rows: SupplierRow[] = [
      { row: 5, supplier: "A", spend: "fout", level: "Trede 2" },
      { row: 6, supplier: "B", spend: 200_000, level: "Trede 2", validUntil: "1-1-2024" },
    ];
    const findings = evaluate(rows, preset, day("2022-06-30"));
    expect(findings.map((f) => [f.row, f.status])).toEqual([
      [5, "error"],
      [6, "compliant"],
    ]);
  });

  test("column names from the sheet are used when known", () => {
    const f = check({ spend: "fout" }, "2022-06-30");
    expect(explanation(f, "nl", { spend: '"Inkoopvolume" (D)' })).toBe('Kolom "Inkoopvolume" (D): "fout" is geen bedrag; verwacht bijvoorbeeld € 150.000 of 150000');
    expect(explanation(f, "en", { spend: '"Inkoopvolume" (D)' })).toContain('Column "Inkoopvolume" (D)');
  });
});

describe("sector levels", () => {
  test("when the policy applies them, a failing niveau-2 supplier gets a warning", () => {
    const policy = { ...preset, sectorLevels: { ...preset.sectorLevels, applyToStatus: true } };
    const consultant = { spend: 200_000, level: "", category: "Advisering" };
    expect(check(consultant, "2022-06-30").status).toBe("non_compliant");
    expect(check(consultant, "2022-06-30", policy).status).toBe("warning");
    expect(check({ ...consultant, category: "Schoonmaak" }, "2022-06-30", policy).status).toBe("non_compliant");
  });
});

/*
 * Whitepaper (seed 000): direct 1,6 %, indirect 13,9 %, total 15,5 %; a sheltered-work company reaches 80 %. Bare
 * numbers typed by hand are read the way their column is typed (issue 15, item 2).
 */
describe("social contributions as people type them", () => {
  const rows = (...contributions: unknown[]): SupplierRow[] =>
    contributions.map((c, i) => ({ row: i + 2, supplier: `L${i}`, spend: 200_000, level: "Trede 2", validUntil: "1-1-2023", contribution: c as never }));
  const read = (...contributions: unknown[]) => evaluate(rows(...contributions), preset, day("2022-06-30")).map((f) => f.contribution);

  test("a column typed in percent points: 1,6 and 80 and 0,8 are all points", () => {
    const got = read(1.6, 80, "0,8", 15.5);
    expect(got.map((v) => Math.round((v as number) * 10000) / 10000)).toEqual([0.016, 0.8, 0.008, 0.155]);
  });

  test("a column of fractions (how Excel hands over percent cells): 0,016 and 0,8 stay fractions", () => {
    expect(read(0.016, 0.8, 0.155)).toEqual([0.016, 0.8, 0.155]);
  });

  test("a bare 1 among fractions is read as 1 %, never silently as 100 %: the row says which reading was taken", () => {
    const findings = evaluate(rows(0.016, 1), preset, day("2022-06-30"));
    expect(findings[1].contribution).toBe(0.01);
    expect(findings[1].status).toBe("compliant"); // the contribution never changes a verdict
    expect(explanation(findings[1])).toContain('kolom "Sociale bijdrage": "1" gelezen als 1,0% (typ 100% als u 100% bedoelt)');
    expect(explanation(findings[0])).not.toContain("gelezen als");
    // a row checked alone reads the same
    expect(check({ spend: 100_000, level: "Trede 2", validUntil: "1-1-2023", contribution: 1 }, "2022-06-30").reasons.map((r) => r.code)).toContain("percentRead");
  });

  test("a percent sign is never in doubt", () => {
    expect(read("1%", "100%", 80)).toEqual([0.01, 1, 0.8]);
  });
});

describe("KPIs", () => {
  test("hand-checked on a small table", () => {
    const rows: SupplierRow[] = [
      { row: 2, supplier: "A", spend: 600_000, level: "Trede 2", validUntil: "1-1-2030", contribution: "15,5%" },
      { row: 3, supplier: "B", spend: 200_000, level: "Trede 1", validUntil: "1-1-2030", contribution: "5%" },
      { row: 4, supplier: "C", spend: 100_000, level: "Trede 3", validUntil: "1-1-2020", contribution: 20 },
      { row: 5, supplier: "D", spend: 100_000, level: "" },
      { row: 6, supplier: "E", spend: "fout", level: "Trede 3" },
    ];
    const k = computeKpis(evaluate(rows, preset, day("2022-06-30")), preset);
    expect(k.suppliers).toBe(4);
    expect(k.errors).toBe(1);
    expect(k.inScope).toBe(2);
    expect(k.certified).toBe(2); // C's certificate expired
    // Over the suppliers in scope (issue 23 item 12): A and B, both certified; C and D are below the threshold.
    expect(k.certifiedInScope).toBe(2);
    expect(k.certifiedShare).toBeCloseTo(1);
    expect(k.stillToGo).toBe(0);
    expect(k.spend).toBe(1_000_000);
    expect(k.spendTrede2Plus).toBe(600_000);
    expect(k.spendTrede2PlusShare).toBeCloseTo(0.6);
    // C's certificate expired: its 20 % is no audited contribution on the peildatum (whitepaper, seed 000)
    expect(k.psoContributionEuro).toBeCloseTo(600_000 * 0.155 + 200_000 * 0.05);
    expect(k.perLevel.geen.suppliers).toBe(2);
    expect(k.perLevel.trede2.spend).toBe(600_000);
  });

  test("a certificate without a validity date is not counted as certified and adds no PSO-bijdrage; its row stays Let op", () => {
    const rows: SupplierRow[] = [
      { row: 2, supplier: "A", spend: 600_000, level: "Trede 2", validUntil: "1-1-2030", contribution: "15,5%" },
      { row: 3, supplier: "B", spend: 400_000, level: "Trede 3", contribution: "40%" },
    ];
    const findings = evaluate(rows, preset, day("2022-06-30"));
    expect(findings[1].status).toBe("warning");
    const k = computeKpis(findings, preset);
    expect(k.certified).toBe(1);
    expect(k.spendTrede2Plus).toBe(600_000);
    expect(k.psoContributionEuro).toBeCloseTo(600_000 * 0.155);
    expect(k.perLevel.geen.suppliers).toBe(1);
  });
});

/* Whitepaper (seed 000): "PSO-certificaat wordt voor een periode van twee jaar afgegeven" (issue 15, item 4). */
describe("a geldig tot more than about two years after the peildatum asks to check the date", () => {
  const trede2 = { spend: 300_000, level: "Trede 2" };

  test("2062 typed for 2026: the certificate still counts, but the row is Let op with a reason that says why", () => {
    const f = check({ ...trede2, validUntil: "31-3-2062" }, "2025-06-01");
    expect(f.status).toBe("warning");
    expect(f.certificateValid).toBe(true);
    expect(statusLine(f)).toBe("Let op: controleer geldig tot 31-3-2062");
    expect(explanation(f)).toContain("Controleer de geldigheidsdatum: certificaat trede 2 geldig tot 31-3-2062 is meer dan twee jaar na de peildatum");
    expect(explanation(f, "en")).toContain("more than two years after the reference date");
  });

  test("a certificate issued on the peildatum, or renewed a few weeks early, is plausible", () => {
    expect(check({ ...trede2, validUntil: "1-6-2027" }, "2025-06-01").status).toBe("compliant");
    expect(check({ ...trede2, validUntil: "30-6-2027" }, "2025-06-01").status).toBe("compliant");
    expect(check({ ...trede2, validUntil: "1-8-2027" }, "2025-06-01").status).toBe("warning");
  });
});

test("an expired certificate never vanishes from view: a warning even while no level is required yet", () => {
  const f = evaluateRow({ row: 4, spend: 300_000, level: "Trede 2", validUntil: "31-12-2019" }, preset, dayFromYmd(2020, 6, 30));
  expect(f.status).toBe("warning");
  expect(statusLine(f)).toBe("Let op: certificaat verlopen 31-12-2019");
  expect(explanation(f)).toContain("Certificaat trede 2 verlopen op 31-12-2019: vraag een nieuw certificaat");
});
