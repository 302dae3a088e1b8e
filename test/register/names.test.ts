import { checkFindings, dayFromYmd, Finding, registerFromGrid, tableFromGrid, wonenLimburgPolicy } from "../../src/core";
import { namesShareNothing, normaliseName } from "../../src/core/register/registerMatch";

/*
 * Issue 23 items 1 and 2: a name match compares the whole name; anything looser is a suggestion whose level is not
 * applied; a KvK match under another name says which name the register has.
 */

const peildatum = dayFromYmd(2026, 12, 1);
const LIST_HEADER = ["Leverancier", "KvK-nummer", "Opdrachtsom per jaar", "PSO-trede", "Geldig tot"];

function check(listRows: unknown[][], registerRows: unknown[][]): Finding[] {
  const read = registerFromGrid([["Organisatie", "KvK-nummer", "Trede", "Geldig tot", "Plaats"], ...(registerRows as never[])], "register.csv");
  if (!read.ok) throw new Error(read.message.nl);
  return checkFindings(tableFromGrid([LIST_HEADER, ...listRows] as never)!, wonenLimburgPolicy, peildatum, read.value.register);
}

const notes = (f: Finding) => f.reasons.map((r) => ("note" in r ? r.note.nl : "")).join(" | ");

describe("a surname is not a place (item 1)", () => {
  test('"Schildersbedrijf te Riele" (no certificate) does not get trede 2 from "Schildersbedrijf te Velde B.V."', () => {
    const [riele] = check([["Schildersbedrijf te Riele", "", 200000, "geen", ""]], [["Schildersbedrijf te Velde B.V.", "", "Trede 2", "31-12-2027", "Enschede"]]);
    expect(riele.status).toBe("non_compliant");
    expect(riele.heldLevel).not.toBe("trede2");
    expect(riele.register).toMatchObject({ found: false, entry: null });
    expect(notes(riele)).toContain('Lijkt op "Schildersbedrijf te Velde B.V." in het register (registerrij 2, trede 2 tot 31-12-2027); controleer');
    expect(notes(riele)).toContain("Tot dan telt die trede niet");
  });

  test("a name inside a register name is a suggestion: the row is Let op, the register's level not applied", () => {
    const [werkpunt] = check([["Werkpunt", "", 200000, "Trede 2", "30-6-2027"]], [["Stichting Werkpunt Limburg", "", "Trede 1", "31-3-2026", "Sittard"]]);
    expect(werkpunt.status).toBe("warning");
    expect(werkpunt.heldLevel).toBe("trede2");
    expect(notes(werkpunt)).toContain('Lijkt op "Stichting Werkpunt Limburg" in het register');
  });

  test("the whole name after legal form, punctuation, case and accents is still a match", () => {
    const [ster] = check([["SCHOONMAAKBEDRIJF DE STER BV", "", 200000, "geen", ""]], [["Schoonmaakbedrijf de Ster B.V.", "", "Trede 2", "31-12-2027", ""]]);
    expect(ster).toMatchObject({ status: "compliant", heldLevel: "trede2", register: { found: true, matchedBy: "name" } });
    expect(normaliseName("Café Één B.V.")).toBe("cafe een");
  });

  test("a name with a different KvK number is no suggestion either", () => {
    const [riele] = check([["Schildersbedrijf te Riele", "11111111", 200000, "geen", ""]], [["Schildersbedrijf te Velde B.V.", "22222222", "Trede 2", "31-12-2027", ""]]);
    expect(riele.register?.suggestion).toBeNull();
    expect(notes(riele)).not.toContain("Lijkt op");
  });
});

describe("one KvK number, two names (item 2)", () => {
  test('"Alfa Bouw BV" on the KvK number of "Zeta Infra B.V.": the register counts, the row names it and is Let op', () => {
    const [alfa] = check([["Alfa Bouw BV", "12345678", 200000, "geen", ""]], [["Zeta Infra B.V.", "12345678", "Trede 3", "31-12-2027", ""]]);
    expect(alfa.heldLevel).toBe("trede3");
    expect(alfa.status).toBe("warning");
    expect(alfa.register).toMatchObject({ found: true, matchedBy: "kvk", names: "nothingShared" });
    expect(notes(alfa)).toContain('Het register noemt de organisatie met dit KvK-nummer "Zeta Infra B.V." (registerrij 2), een naam die niets gemeen heeft met die op de lijst');
  });

  test("names that share a word: the register counts and the row says the register's name, without Let op", () => {
    const [alfa] = check([["Alfa Bouw BV", "12345678", 200000, "geen", ""]], [["Alfa Infra Limburg B.V.", "12345678", "Trede 3", "31-12-2027", ""]]);
    expect(alfa).toMatchObject({ status: "compliant", heldLevel: "trede3", register: { names: "differ" } });
    expect(notes(alfa)).toContain('Het register noemt de organisatie met dit KvK-nummer "Alfa Infra Limburg B.V." (registerrij 2)');
  });

  test("the same name on the same KvK number adds nothing", () => {
    const [alfa] = check([["Alfa Bouw", "12345678", 200000, "geen", ""]], [["Alfa Bouw B.V.", "12345678", "Trede 3", "31-12-2027", ""]]);
    expect(alfa.register?.names).toBeNull();
    expect(notes(alfa)).not.toContain("noemt de organisatie");
  });

  test("articles, prepositions and common trade words are not a shared word", () => {
    expect(namesShareNothing(normaliseName("Bouwbedrijf De Vries"), normaliseName("De Zeta Bouwbedrijf"))).toBe(true);
    expect(namesShareNothing(normaliseName("Bouwbedrijf De Vries"), normaliseName("Vries Infra"))).toBe(false);
  });
});
