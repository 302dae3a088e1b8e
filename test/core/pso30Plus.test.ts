import { dayFromYmd, evaluate, explanation, statusLine, SupplierRow, wonenLimburgPolicy as preset } from "../../src/core";

const PEIL = dayFromYmd(2026, 12, 31);
const check = (rows: Omit<SupplierRow, "row">[]) => evaluate(rows.map((r, i) => ({ row: i + 2, ...r })), preset, PEIL);

describe('000, "Een belangrijke voorwaarde voor het behalen van een PSO 30+ Certificaat is dat ten minste 30% van de werknemers bestaat uit mensen met een afstand tot de arbeidsmarkt"', () => {
  const [low, enough, unknown, other] = check([
    { supplier: "Werkbedrijf Laag", spend: 400_000, level: "PSO 30+", validUntil: "30-6-2028", contribution: "12%" },
    { supplier: "Werkbedrijf Genoeg", spend: 400_000, level: "PSO 30+", validUntil: "30-6-2028", contribution: "30%" },
    { supplier: "Werkbedrijf Onbekend", spend: 400_000, level: "PSO 30+", validUntil: "30-6-2028" },
    { supplier: "Trede Drie BV", spend: 400_000, level: "Trede 3", validUntil: "30-6-2028", contribution: "12%" },
  ]);

  test("a PSO 30+ row whose stated total social contribution is below 30% gets Let op, saying so on its row", () => {
    expect(low.status).toBe("warning");
    expect(statusLine(low)).toBe("Let op: PSO 30+ met bijdrage onder 30%");
    expect(explanation(low)).toContain("PSO 30+ vraagt dat ten minste 30% van de werknemers uit de doelgroepen komt, maar de opgegeven totale sociale bijdrage is 12,0%");
    expect(explanation(low, "en")).toContain("the stated total social contribution is 12.0%");
  });

  test("30% or more, an unknown contribution, or another level: no such warning", () => {
    for (const f of [enough, unknown, other]) {
      expect(f.status).toBe("compliant");
      expect(f.reasons.map((r) => r.code)).not.toContain("pso30PlusShare");
    }
  });
});
