import { CellValue, Policy, policyFromJson, wonenLimburgPolicy } from "../../src/core";
import { fractionRowIndexes, policyFromGrid, policyToGrid } from "../../src/core/policy/policySheet";

/**
 * Written by the PSO-beleid writer as it stood before the settings schema (commit 1f5c5b3), for a policy unlike the
 * preset. Plain JSON, not a Policy: settings added later are missing from it, as they are from old workbooks.
 */
const LEGACY_JSON: unknown = {"name": "Gemeente X", "scope": {"minAnnualSpend": 50000}, "requirements": [{"from": "2023-07-01", "minLevel": "basis"}, {"from": "2025-01-01", "minLevel": "trede3"}], "growthPath": {"enabled": false, "minTermMonths": 24, "steps": [{"level": "aspirant", "monthsAfterAward": 6}, {"level": "trede1", "monthsAfterAward": 18}]}, "expiryWarningDays": 60, "reminderDays": [60, 14], "sectorLevels": {"applyToStatus": true, "levels": [{"niveau": 1, "meaning": "PSO is een voorwaarde", "keywords": ["schoonmaak", "bouw"]}, {"niveau": 3, "meaning": "PSO wordt aangeraden", "keywords": ["ict"]}]}, "kpi": {"certifiedMinLevel": "trede1", "spendMinLevel": "trede3", "targetCertifiedShare": 0.8, "targetSpendShare": 0.6}, "sroi": {"minContractSum": 250000, "minTermMonths": 12, "percentage": 0.035, "lowLabourShare": 0.4, "lowLabourPercentage": 0.015}};

const LEGACY_GRID: CellValue[][] = [
  ["Instelling", "Waarde", "Toelichting"],
  ["Naam beleid", "Gemeente X", "Vrije tekst."],
  ["Minimale opdrachtsom per jaar", 50000, "Euro's; leveranciers met een lagere opdrachtsom per jaar vallen buiten scope."],
  ["Groeipad aan", "nee", "ja of nee."],
  ["Groeipad bij looptijd langer dan (maanden)", 24, "Het groeipad geldt voor contracten die langer lopen dan dit aantal maanden."],
  ["Waarschuwing bij verlopen binnen (dagen)", 60, "Een geldig certificaat dat binnen zoveel dagen verloopt geeft 'Let op'."],
  ["Herinneringen (dagen voor einde)", "60, 14", "Aantallen dagen, gescheiden door komma's."],
  ["Sectorniveau telt mee in status", "ja", "ja: een leverancier in niveau 2 of 3 die niet voldoet krijgt 'Let op' in plaats van 'Voldoet niet'."],
  ["KPI: telt als gecertificeerd vanaf", "Trede 1", "Laagste geldige trede die meetelt als 'heeft een PSO-certificaat'."],
  ["KPI: uitgaven vanaf trede", "Trede 3", "Laagste trede waarvan de uitgaven meetellen."],
  ["KPI: doel aandeel gecertificeerd", 0.8, "Percentage, bijvoorbeeld 50%."],
  ["KPI: doel aandeel uitgaven", 0.6, "Percentage, bijvoorbeeld 75%."],
  ["SROI: vanaf contractwaarde", 250000, "Euro's; klassieke social return vanaf deze contractwaarde."],
  ["SROI: vanaf looptijd (maanden)", 12, "Niet voor kortere contracten."],
  ["SROI: percentage", 0.035, "Percentage van de contractwaarde, bijvoorbeeld 5%."],
  ["SROI: lage arbeidsinzet onder", 0.4, "Aandeel arbeid, bijvoorbeeld 50%."],
  ["SROI: percentage bij lage arbeidsinzet", 0.015, "Bijvoorbeeld 2%."],
  ["Minimale trede vanaf 1-7-2023", "Basistrede", "Leveranciers binnen scope hebben vanaf deze datum minstens deze trede nodig. Voeg een rij toe voor een nieuwe eis."],
  ["Minimale trede vanaf 1-1-2025", "Trede 3", "Leveranciers binnen scope hebben vanaf deze datum minstens deze trede nodig. Voeg een rij toe voor een nieuwe eis."],
  ["Groeipad stap na 6 maanden", "Aspirant-status", "Deze trede is uiterlijk zoveel maanden na de gunning nodig."],
  ["Groeipad stap na 18 maanden", "Trede 1", "Deze trede is uiterlijk zoveel maanden na de gunning nodig."],
  ["Sectorniveau 1 betekenis", "PSO is een voorwaarde", "Wat dit niveau betekent bij een aanbesteding."],
  ["Sectorniveau 1 trefwoorden", "schoonmaak, bouw", "Inkoopcategorieën met deze woorden vallen in dit niveau; gescheiden door komma's."],
  ["Sectorniveau 3 betekenis", "PSO wordt aangeraden", "Wat dit niveau betekent bij een aanbesteding."],
  ["Sectorniveau 3 trefwoorden", "ict", "Inkoopcategorieën met deze woorden vallen in dit niveau; gescheiden door komma's."],
];

/** The old policy as the new code sees it: settings added since the old sheet take the preset's value. */
function legacyPolicy(): Policy {
  const p = policyFromJson(LEGACY_JSON);
  if (!p.ok) throw new Error(p.message.en);
  return p.value;
}

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
      growthPath: { enabled: false, minTermMonths: 24, awardFrom: "2024-01-01", steps: [{ level: "basis", monthsAfterAward: 6 }] },
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

  test("a sheet written before the settings schema still loads, and is written the same way today", () => {
    expect(policyFromGrid(LEGACY_GRID)).toEqual({ ok: true, value: legacyPolicy() });
    // Today's writer keeps every old row as it was, in the same order; new settings only add rows.
    const today = policyToGrid(legacyPolicy());
    expect(today.filter((row) => LEGACY_GRID.some((old) => old[0] === row[0]))).toEqual(LEGACY_GRID);
  });

  test("an old sheet a person edited by hand still loads: rows moved, Dutch notation, labels in other case", () => {
    const edited = LEGACY_GRID.map((r) => [...r]);
    const spend = edited.findIndex((r) => r[0] === "Minimale opdrachtsom per jaar");
    edited[spend] = ["minimale opdrachtsom per jaar", "€ 75.000,-", ""];
    edited.push(edited.splice(1, 1)[0]);
    const share = edited.findIndex((r) => r[0] === "KPI: doel aandeel uitgaven");
    edited[share][1] = "65%";
    const loaded = policyFromGrid(edited);
    expect(loaded).toEqual({
      ok: true,
      value: { ...legacyPolicy(), scope: { minAnnualSpend: 75_000 }, kpi: { ...legacyPolicy().kpi, targetSpendShare: 0.65 } },
    });
  });

  test("a bad value's message says what was expected in the language asked", () => {
    const g = grid();
    g[rowOf(g, "Groeipad aan")][1] = "misschien";
    const p = policyFromGrid(g);
    expect(!p.ok && p.message.nl).toContain('verwacht "ja" of "nee"');
    expect(!p.ok && p.message.en).toContain("expected");
    expect(!p.ok && p.message.en).not.toContain("verwacht");
  });

  test("a list row that does not read names its row: a date that is no date, a step with an unknown level", () => {
    const g1 = grid();
    g1.push(["Minimale trede vanaf 31-2-2024", "Trede 2", ""]);
    const r1 = policyFromGrid(g1);
    expect(!r1.ok && r1.message.nl).toContain(`rij ${g1.length} ("Minimale trede vanaf 31-2-2024"): "31-2-2024" is geen geldige waarde; verwacht een datum`);
    expect(!r1.ok && r1.message.en).toContain("expected a date");

    const g2 = grid();
    g2[rowOf(g2, "Groeipad stap na 24 maanden")][1] = "Trede 9";
    const r2 = policyFromGrid(g2);
    expect(!r2.ok && r2.message.nl).toContain(`rij ${rowOf(g2, "Groeipad stap na 24 maanden") + 1} ("Groeipad stap na 24 maanden"): "Trede 9"`);
  });

  test("sector rows for one niveau may stand apart and in any order", () => {
    const g = grid().filter((r) => !String(r[0]).startsWith("Sectorniveau "));
    g.push(["Sectorniveau 3 trefwoorden", "ict; software", ""], ["Sectorniveau 1 betekenis", "Voorwaarde", ""], ["Sectorniveau 3 betekenis", "Aangeraden", ""]);
    const p = policyFromGrid(g);
    expect(p.ok && p.value.sectorLevels.levels).toEqual([
      { niveau: 1, meaning: "Voorwaarde", keywords: [] },
      { niveau: 3, meaning: "Aangeraden", keywords: ["ict", "software"] },
    ]);
  });
});
