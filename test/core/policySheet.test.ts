import { CellValue, Policy, wonenLimburgPolicy } from "../../src/core";
import { fractionRowIndexes, policyFromGrid, policyToGrid } from "../../src/core/policySheet";

const grid = () => policyToGrid(wonenLimburgPolicy);
const rowOf = (g: CellValue[][], label: string) => g.findIndex((r) => r[0] === label);

describe("PSO-beleid sheet grid", () => {
  test("round-trips the preset", () => {
    const back = policyFromGrid(grid());
    expect(back).toEqual({ ok: true, value: wonenLimburgPolicy });
  });

  test("round-trips a different policy", () => {
    const other: Policy = {
      ...wonenLimburgPolicy,
      name: "Gemeente X",
      scope: { minAnnualSpend: 50_000 },
      requirements: [{ from: "2024-07-01", minLevel: "trede3" }],
      growthPath: { enabled: false, minTermMonths: 24, steps: [{ level: "basis", monthsAfterAward: 6 }] },
      expiryWarningDays: 30,
      reminderDays: [30, 7],
      sectorLevels: { ...wonenLimburgPolicy.sectorLevels, applyToStatus: true },
      kpi: { ...wonenLimburgPolicy.kpi, targetSpendShare: 0.6 },
    };
    expect(policyFromGrid(policyToGrid(other))).toEqual({ ok: true, value: other });
  });

  test("is readable: header, Dutch labels, levels and yes/no as words", () => {
    const g = grid();
    expect(g[0]).toEqual(["Instelling", "Waarde", "Toelichting"]);
    expect(g[rowOf(g, "Minimale opdrachtsom per jaar")][1]).toBe(150000);
    expect(g[rowOf(g, "Minimale trede vanaf 1-1-2022")][1]).toBe("Trede 2");
    expect(g[rowOf(g, "Groeipad stap na 12 maanden")][1]).toBe("Aspirant-status");
    expect(g[rowOf(g, "Groeipad aan")][1]).toBe("ja");
    expect(g.every((r) => r.length === 3 && String(r[2]).length > 0)).toBe(true);
  });

  test("marks the fraction rows for percentage formatting", () => {
    const g = grid();
    const rows = fractionRowIndexes(g);
    expect(rows).toContain(rowOf(g, "SROI: percentage"));
    expect(rows.every((i) => typeof g[i][1] === "number" && (g[i][1] as number) <= 1)).toBe(true);
  });

  test("accepts what a person types: Dutch amounts, percentages, added requirement rows", () => {
    const g = grid();
    g[rowOf(g, "Minimale opdrachtsom per jaar")][1] = "€ 200.000";
    g[rowOf(g, "KPI: doel aandeel gecertificeerd")][1] = "60%";
    g.push(["Minimale trede vanaf 1-1-2025", "PSO-3", ""]);
    const p = policyFromGrid(g);
    expect(p.ok && p.value.scope.minAnnualSpend).toBe(200000);
    expect(p.ok && p.value.kpi.targetCertifiedShare).toBeCloseTo(0.6);
    expect(p.ok && p.value.requirements.map((r) => r.minLevel)).toEqual(["trede1", "trede2", "trede3"]);
  });

  test("a bad value names the sheet row and the setting, in Dutch", () => {
    const g = grid();
    const i = rowOf(g, "Minimale opdrachtsom per jaar");
    g[i][1] = "veel";
    const p = policyFromGrid(g, 1);
    expect(p.ok).toBe(false);
    if (!p.ok) {
      expect(p.message.nl).toContain(`rij ${i + 1}`);
      expect(p.message.nl).toContain("Minimale opdrachtsom per jaar");
      expect(p.message.en).toContain(`row ${i + 1}`);
    }
  });

  test("a bad level, unknown setting and duplicate are refused with the row", () => {
    const g1 = grid();
    g1[rowOf(g1, "Minimale trede vanaf 1-1-2021")][1] = "Trede 9";
    const r1 = policyFromGrid(g1, 3);
    expect(!r1.ok && r1.message.nl).toMatch(/rij \d+ \("Minimale trede vanaf 1-1-2021"\).*trede/);

    const g2 = grid();
    g2.push(["Onzin", 1, ""]);
    const r2 = policyFromGrid(g2);
    expect(!r2.ok && r2.message.nl).toContain(`rij ${g2.length}: onbekende instelling "Onzin"`);

    const g3 = grid();
    g3.push(["Naam beleid", "twee", ""]);
    expect(policyFromGrid(g3).ok).toBe(false);
  });

  test("a fraction over 100% is refused", () => {
    const g = grid();
    g[rowOf(g, "SROI: percentage")][1] = "150%";
    expect(policyFromGrid(g).ok).toBe(false);
  });

  test("rows left out keep the preset; blank rows are skipped; a missing header is refused", () => {
    const g = grid().filter((r) => r[0] !== "Herinneringen (dagen voor einde)");
    g.splice(3, 0, [null, null, null]);
    const p = policyFromGrid(g);
    expect(p.ok && p.value.reminderDays).toEqual(wonenLimburgPolicy.reminderDays);
    const noHeader = policyFromGrid(grid().slice(1));
    expect(!noHeader.ok && noHeader.message.nl).toContain("Instelling");
  });
});
