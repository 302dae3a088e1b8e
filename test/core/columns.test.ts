import { detectHeader, evaluate, mappingForHeaders, tableFromGrid, wonenLimburgPolicy, dayFromYmd } from "../../src/core";

/*
 * Template letter (seed 004): "Er zijn drie niveaus ... Niveau 1: PSO is een voorwaarde". Buyers keep that sector level
 * in a column "Niveau" beside the supplier's "PSO-trede" (issue 15, item 6).
 */
describe('a "Niveau" column of sector levels is not the PSO level when a "PSO-trede" column is there', () => {
  const header = ["Leverancier", "Categorie", "Niveau", "PSO-trede", "Opdrachtsom per jaar", "Geldig tot"];

  test("the PSO-trede column is the level, wherever it stands", () => {
    expect(mappingForHeaders(header).level).toBe(3);
    expect(mappingForHeaders(["Leverancier", "PSO-trede", "Niveau", "Opdrachtsom per jaar"]).level).toBe(1);
    expect(mappingForHeaders(["Leverancier", "Niveau", "Opdrachtsom", "PSO level"]).level).toBe(3);
  });

  test("uncertified suppliers in a niveau-1 or -2 category stay uncertified, not trede 1 or 2", () => {
    const grid = [
      header,
      ["Schoonmaak Zuid", "Schoonmaak", 1, "", 300_000, ""],
      ["Adviesbureau Maas", "Advies", 2, "geen", 200_000, ""],
      ["Bouw BV", "Bouw", 1, "Trede 2", 400_000, "31-12-2023"],
    ];
    const table = tableFromGrid(grid);
    expect(table?.mapping.level).toBe(3);
    const findings = evaluate(table?.rows ?? [], wonenLimburgPolicy, dayFromYmd(2022, 6, 30));
    expect(findings.map((f) => [f.heldLevel, f.status])).toEqual([
      ["geen", "non_compliant"],
      ["geen", "non_compliant"],
      ["trede2", "compliant"],
    ]);
  });

  test('a sheet whose only level column is "Niveau" still reads it as the level', () => {
    const detected = detectHeader([["Leverancier", "Niveau", "Opdrachtsom per jaar"]]);
    expect(detected?.mapping.level).toBe(1);
  });
});
