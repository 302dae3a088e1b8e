import { computeKpis, dayFromYmd, evaluate, formatDateNl, wonenLimburgPolicy } from "../../src/core";
import type { Policy } from "../../src/core";
import { actionList } from "../../src/core/report/actionList";
import { kpiBlock } from "../../src/core/report/kpiBlock";
import { findingsFor, PEIL } from "./report.fixture";

const policy = wonenLimburgPolicy;

describe("KPI block on the hand-checked table (peildatum 1-12-2026)", () => {
  const block = kpiBlock(computeKpis(findingsFor(), policy), policy, "nl");
  const line = (key: string) => block.lines.find((l) => l.key === key)!;

  test("counts: 7 readable suppliers, 6 in scope, 3 of them with a valid certificate (A, B and C; D is below the threshold), 1 error row", () => {
    expect(line("suppliers")).toMatchObject({ label: "Leveranciers", value: 7 });
    expect(line("inScope")).toMatchObject({ value: 6 });
    expect(line("inScope").share).toBeCloseTo(6 / 7, 10);
    expect(line("errors").value).toBe(1);
  });

  // Issue 23 item 12, whitepaper (seed 000): "Van de ruim 80 leveranciers heeft de helft een certificaat. Nog 40 te gaan
  // dus." The share counts the suppliers the rule applies to: D Advies (basistrede, EUR 100,000) is below the scope
  // threshold and never asked for a certificate, so it is not in the share; E (expired), F and G are still to go.
  test("the certified share is taken over the suppliers in scope and says so; 'Nog te gaan' counts the rest", () => {
    expect(line("certified")).toMatchObject({ label: "Met geldig PSO-certificaat (van de leveranciers binnen scope)", value: 3, target: 0.5 });
    expect(line("certified").share).toBeCloseTo(3 / 6, 10);
    expect(line("certified").shareOf).toBeNull(); // the label says it
    expect(line("stillToGo")).toMatchObject({ label: "Nog te gaan", value: 3, unit: "count", share: null });
    const kpis = computeKpis(findingsFor(), policy);
    expect(kpis).toMatchObject({ certified: 4, certifiedInScope: 3, inScope: 6, stillToGo: 3 });
    expect(kpis.certifiedShare).toBeCloseTo(0.5, 10);
  });

  test("the whitepaper's example: of 80 suppliers in scope 40 certified, 40 still to go; suppliers below the threshold do not dilute it", () => {
    const rows = [
      ...Array.from({ length: 80 }, (_, i) => ({ row: i + 2, supplier: `L${i}`, spend: 200_000, level: i < 40 ? "Trede 2" : "geen", validUntil: i < 40 ? "1-1-2028" : "" })),
      ...Array.from({ length: 20 }, (_, i) => ({ row: i + 82, supplier: `K${i}`, spend: 10_000, level: "geen" })),
    ];
    const kpis = computeKpis(evaluate(rows, policy, PEIL), policy);
    expect(kpis).toMatchObject({ suppliers: 100, inScope: 80, certified: 40, certifiedInScope: 40, certifiedShare: 0.5, stillToGo: 40 });
  });

  test("without a supplier in scope the certified line has no share (not 0 %)", () => {
    const kpis = computeKpis(evaluate([{ row: 2, supplier: "K", spend: 10_000, level: "Trede 2", validUntil: "1-1-2028" }], policy, PEIL), policy);
    const certified = kpiBlock(kpis, policy, "nl").lines.find((l) => l.key === "certified")!;
    expect(kpis).toMatchObject({ certified: 1, certifiedInScope: 0, stillToGo: 0 });
    expect(certified.share).toBeNull();
  });

  test("spend: EUR 1,910,000 in total, EUR 600,000 at trede 2 or higher (A and B; E's trede 2 has expired)", () => {
    expect(line("spend")).toMatchObject({ value: 1_910_000, unit: "euro" });
    expect(line("spendHigh")).toMatchObject({ label: "Uitgaven bij trede 2 of hoger", value: 600_000, target: 0.75 });
    expect(line("spendHigh").share).toBeCloseTo(600_000 / 1_910_000, 10);
  });

  test("PSO contribution: 400,000 x 10% + 200,000 x 20% + 300,000 x 5% = EUR 95,000", () => {
    expect(line("psoContribution").value).toBe(95_000);
    expect(line("psoContribution").share).toBeCloseTo(95_000 / 1_910_000, 10);
  });

  test("per level: aspirant, basis, trede 1, 2, 3, 30+ and none, in that order, with spend and suppliers", () => {
    expect(block.perLevel.map((l) => [l.label, l.spend, l.suppliers])).toEqual([
      ["Aspirant-status", 0, 0],
      ["Basistrede", 100_000, 1],
      ["Trede 1", 300_000, 1],
      ["Trede 2", 400_000, 1],
      ["Trede 3", 200_000, 1],
      ["PSO 30+", 0, 0],
      ["Geen", 910_000, 3],
    ]);
    expect(block.perLevel.reduce((n, l) => n + l.share, 0)).toBeCloseTo(1, 10);
  });

  test("per sector level: niveau 1 (bouw, schoonmaak, groen, onderhoud, catering), 2 (advies), 3 (ict)", () => {
    expect(block.perNiveau.map((l) => [l.label, l.spend, l.suppliers])).toEqual([
      ["Niveau 1: PSO is een voorwaarde", 1_310_000, 5],
      ["Niveau 2: PSO is dringend advies", 100_000, 1],
      ["Niveau 3: PSO wordt aangeraden", 500_000, 1],
      ["Geen niveau (categorie onbekend)", 0, 0],
    ]);
  });

  test("English labels when Office runs in English", () => {
    const en = kpiBlock(computeKpis(findingsFor(), policy), policy, "en");
    expect(en.lines[0].label).toBe("Suppliers");
    expect(en.perLevel[3].label).toBe("Level 2");
  });
});

describe("action list", () => {
  test("every follow-up, sorted by what matters (overdue first, largest spend first; then by deadline), with the policy's deadlines", () => {
    const items = actionList(findingsFor(), PEIL, "nl");
    expect(items.map((a) => [a.supplier, a.kind, a.deadline === null ? null : formatDateNl(a.deadline), a.daysLeft])).toEqual([
      ["G ICT", "noCertificate", "1-1-2022", dayFromYmd(2022, 1, 1) - PEIL],
      ["C Groen", "levelTooLow", "1-1-2022", dayFromYmd(2022, 1, 1) - PEIL],
      ["E Schilders", "expired", "31-8-2026", -92],
      ["B Schoonmaak", "expiring", "15-1-2027", 45],
      ["F Catering", "growthStep", "1-2-2027", 62],
    ]);
  });

  test("the Dutch texts say what to do", () => {
    const items = actionList(findingsFor(), PEIL, "nl");
    const by = (s: string) => items.find((a) => a.supplier === s)!;
    expect(by("E Schilders").text).toBe("Certificaat trede 2 verlopen op 31-8-2026: vraag een nieuw certificaat");
    expect(by("B Schoonmaak").text).toBe("Certificaat trede 3 verloopt op 15-1-2027: vraag tijdig een nieuw certificaat");
    expect(by("F Catering").kindLabel).toBe("Groeipad: plan van aanpak (Aspirant)");
    expect(by("F Catering").text).toBe("Aspirant-status (goedgekeurd plan van aanpak) uiterlijk 1-2-2027; nog geen certificaat");
    expect(by("G ICT").text).toBe("Geen geldig PSO-certificaat: vraag een certificaat van minimaal trede 2 (vereist sinds 1-1-2022)");
    expect(by("C Groen").held).toBe("trede1");
  });

  test("out-of-scope and unreadable rows are not on the list; compliant suppliers without a due step neither", () => {
    const names = actionList(findingsFor(), PEIL).map((a) => a.supplier);
    expect(names).not.toContain("D Advies");
    expect(names).not.toContain("H Fout");
    expect(names).not.toContain("A Bouw");
  });

  test("a shorter warning window drops a certificate that expires in 45 days", () => {
    const strict: Policy = { ...policy, expiryWarningDays: 30 };
    const names = actionList(findingsFor(strict), PEIL).map((a) => a.supplier);
    expect(names).not.toContain("B Schoonmaak");
    expect(names).toContain("E Schilders");
  });

  test("a faster growth path makes the aspirant step overdue: due since 1-8-2026, six months after the award", () => {
    const fast: Policy = {
      ...policy,
      growthPath: { ...policy.growthPath, steps: [{ level: "aspirant", monthsAfterAward: 6 }, { level: "trede1", monthsAfterAward: 18 }, { level: "trede2", monthsAfterAward: 30 }] },
    };
    const items = actionList(findingsFor(fast), PEIL, "nl");
    const catering = items.filter((a) => a.supplier === "F Catering");
    expect(catering).toHaveLength(1);
    expect(catering[0]).toMatchObject({ kind: "noCertificate", level: "aspirant" });
    expect(formatDateNl(catering[0].deadline!)).toBe("1-8-2026");
    expect(items.map((a) => a.supplier)).toEqual(["G ICT", "C Groen", "E Schilders", "F Catering", "B Schoonmaak"]); // overdue by spend, then by deadline
  });
});
