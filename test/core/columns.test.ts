import { dayFromYmd, detectHeader, evaluate, evaluateRow, explanation, mappingForHeaders, tableFromGrid, wonenLimburgPolicy } from "../../src/core";

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

/* The whitepaper's scope rule is an annual contract sum ("opdrachtsom per jaar"); buyers often list the whole contract. */
describe("a spend header without \"per jaar\" beside a term column is the total contract sum", () => {
  const peil = dayFromYmd(2022, 6, 30);

  test("mapped as the total contract value; a header that says per jaar stays the annual sum", () => {
    expect(mappingForHeaders(["Leverancier", "Opdrachtsom", "Looptijd (maanden)", "PSO-trede"])).toMatchObject({ contractSum: 1, termMonths: 2, level: 3 });
    expect(mappingForHeaders(["Leverancier", "Opdrachtsom", "Looptijd (maanden)"]).spend).toBeUndefined();
    expect(mappingForHeaders(["Leverancier", "Opdrachtsom per jaar", "Looptijd (maanden)"]).spend).toBe(1);
    expect(mappingForHeaders(["Leverancier", "Jaaruitgaven", "Looptijd"]).spend).toBe(1);
    // without a term column there is nothing to divide by: the header is read as before
    expect(mappingForHeaders(["Leverancier", "Opdrachtsom", "PSO-trede"]).spend).toBe(1);
  });

  test("€ 480.000 over 48 months is € 120.000 a year: out of scope, and the reason says how it was derived", () => {
    const grid = [
      ["Leverancier", "Opdrachtsom", "Looptijd (maanden)", "PSO-trede", "Geldig tot"],
      ["Klein BV", 480_000, 48, "", ""],
      ["Groot BV", 960_000, 48, "Trede 1", "31-12-2023"],
      ["Kort BV", 200_000, 6, "", ""],
      ["Zonder looptijd BV", 900_000, "", "Trede 2", "31-12-2023"],
    ];
    const table = tableFromGrid(grid);
    const findings = evaluate(table?.rows ?? [], wonenLimburgPolicy, peil);
    expect(findings.map((f) => [f.supplier, f.spend, f.status])).toEqual([
      ["Klein BV", 120_000, "out_of_scope"],
      ["Groot BV", 240_000, "non_compliant"],
      ["Kort BV", 200_000, "non_compliant"],
      ["Zonder looptijd BV", null, "error"],
    ]);
    expect(explanation(findings[0])).toContain("opdrachtsom per jaar € 120.000,00 afgeleid uit de totale contractwaarde € 480.000,00 over 48 maanden");
    expect(explanation(findings[3])).toContain("de opdrachtsom per jaar is niet af te leiden");
    // a row alone reads the same as a row in its column
    const alone = evaluateRow(table!.rows[1], wonenLimburgPolicy, peil);
    expect([alone.spend, alone.status, explanation(alone)]).toEqual([findings[1].spend, findings[1].status, explanation(findings[1])]);
  });
});

/* Issue 16, item 2: how housing corporations name the award or start date of a contract. */
describe("the award/start date column under the names buyers give it", () => {
  test.each(["Contract ingangsdatum", "Startdatum contract", "Ingangsdatum", "Datum gunning", "Begindatum contract", "Aanvangsdatum", "Gunningsdatum"])(
    "%p is the award date",
    (header) => {
      expect(mappingForHeaders(["Naam leverancier", "Inkoopvolume 2024", header, "Looptijd (mnd)"]).awardDate).toBe(2);
    },
  );

  test("with it, a contract awarded under the policy is on the growth path: Aspirant-status is what is due, not trede 2", () => {
    const grid = [
      ["Naam leverancier", "Inkoopvolume per jaar", "PSO-certificaat", "Certificaat geldig tot", "Contract ingangsdatum", "Looptijd (mnd)"],
      ["Groen Hoveniers", 180_000, "Aspirant", "1-6-2027", "1-9-2025", 48],
    ];
    const table = tableFromGrid(grid);
    const [f] = evaluate(table?.rows ?? [], wonenLimburgPolicy, dayFromYmd(2026, 10, 1));
    expect(f.growth).not.toBeNull();
    expect(f.requiredLevel).toBe("aspirant");
    expect(f.status).toBe("compliant");
  });
});
