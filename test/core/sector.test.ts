import { niveauOf, policyFromJson, wonenLimburgPolicy } from "../../src/core";

/*
 * Issue 23 item 9: sector levels on Dutch compounds. Seed 004 (template letter of a certified organisation): niveau 1
 * "facilitaire dienstverlening, schoonmaak, groenvoorziening, industrie, bouw, techniek en infra, catering,
 * uitzendorganisaties, beveiliging en opsporing, gezondheid, welzijn, detailhandel, groothandel, vervoer en opslag";
 * niveau 2 "callcenters, telecom, energie, advisering, financiële instellingen"; niveau 3 "IT-gerelateerde
 * organisaties, vastgoed, verhuur van goederen". Seed 003: "contracten voor schoonmaak, glasbewassing, catering".
 */
const niveau = (category: string) => niveauOf(wonenLimburgPolicy, category);

describe("the head of the category decides, not the first keyword in it", () => {
  test.each([
    // 004 "verhuur van goederen": what is bought is the renting, of whatever goods
    ["Verhuur bouwmaterieel", 3],
    // the head of a compound is its last element: onderhoud is bouw/techniek (004 niveau 1)
    ["Vastgoedonderhoud", 1],
    // an adjective only qualifies the noun: an adviesbureau (004 niveau 2 "advisering")
    ["Bouwkundig adviesbureau", 2],
    ["Technisch adviesbureau", 2],
    ["Advies bouw", 2],
    ["IT-advies", 2],
  ])("%s is niveau %d", (category, expected) => {
    expect(niveau(category)).toBe(expected);
  });
});

describe("the words buyers use", () => {
  test.each([
    ["Glazenwassers", 1], // 003 "schoonmaak, glasbewassing"
    ["Schilderwerken", 1], // 004 bouw
    ["Verhuisbedrijf", 1], // 004 vervoer
    ["Gas en elektra", 2], // 004 energie
    ["Huur kantoorpand", 3], // 004 vastgoed
    ["Inhuur personeel", 1], // 004 uitzendorganisaties, not "huur"
  ])("%s is niveau %d", (category, expected) => {
    expect(niveau(category)).toBe(expected);
  });

  test("compounds that worked before still do, and a category no keyword knows has no level", () => {
    expect(["Kantoorschoonmaak", "Steigerverhuur", "Woningbouw", "Zonne-energie", "Facilitaire dienstverlening", "Financiële dienstverlening"].map(niveau)).toEqual([1, 3, 1, 2, 1, 2]);
    expect(niveau("Ruimtevaartkrediet")).toBeNull();
    expect(niveau("Kantoorartikelen")).toBeNull();
  });
});

test("the keywords are the policy's: a buyer who moves 'verhuur' to niveau 1 gets niveau 1", () => {
  const levels = wonenLimburgPolicy.sectorLevels.levels.map((l) => ({
    ...l,
    keywords: l.niveau === 1 ? [...l.keywords, "verhuur"] : l.keywords.filter((k) => k !== "verhuur"),
  }));
  const own = policyFromJson({ sectorLevels: { levels } });
  if (!own.ok) throw new Error(own.message.nl);
  expect(niveauOf(own.value, "Verhuur bouwmaterieel")).toBe(1);
  expect(niveauOf(own.value, "Steigerverhuur")).toBe(1);
});
