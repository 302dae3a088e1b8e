import { CellValue, dayFromYmd, SupplierRow } from "../../src/core";
import { matchRegister, registerFromGrid, Register } from "../../src/core/register/register";
import { normaliseKvk, normaliseName, normaliseVestiging } from "../../src/core/register/registerMatch";

const HEADER = ["Organisatie", "KvK-nummer", "Trede", "Geldig tot", "Plaats"];

function register(rows: CellValue[][]): Register {
  const read = registerFromGrid([HEADER, ...rows], "register.csv");
  if (!read.ok) throw new Error(read.message.nl);
  return read.value.register;
}

const supplier = (row: number, name: string, kvk?: CellValue, level: CellValue = "Trede 2"): SupplierRow => ({
  row,
  supplier: name,
  kvk,
  level,
  validUntil: "2027-06-30",
});

describe("KvK numbers are compared as 8 digits", () => {
  test("a number that lost its leading zero in Excel gets it back", () => {
    expect(normaliseKvk(1234567)).toBe("01234567");
    expect(normaliseKvk("01234567")).toBe("01234567");
  });
  test("spaces, dots and words around the digits are ignored", () => {
    expect(normaliseKvk("KvK 1234.5678")).toBe("12345678");
    expect(normaliseKvk(" 12 34 56 78 ")).toBe("12345678");
  });
  // Issue 23 item 3 (corrects issue 17): a KvK vestigingsnummer is a number of its own, not a KvK number + 4 digits.
  test("a 12-digit number is a vestigingsnummer: no KvK number is derived from it", () => {
    expect(normaliseKvk("123456780001")).toBeNull();
    expect(normaliseKvk("000012345678")).toBeNull();
    expect(normaliseVestiging("000012345678")).toBe("000012345678");
    expect(normaliseVestiging("12345678")).toBeNull();
  });
  test("no digits, only zeros or a number of another length is no KvK number", () => {
    expect(normaliseKvk("")).toBeNull();
    expect(normaliseKvk("onbekend")).toBeNull();
    expect(normaliseKvk("00000000")).toBeNull();
    expect(normaliseKvk("1234567890")).toBeNull();
  });
  test("a supplier whose KvK lost its leading zero is found on the register's 0-prefixed number", () => {
    const reg = register([["Groen en Zo B.V.", "01234567", "Trede 1", "2026-03-31", "Venlo"]]);
    const [rec] = matchRegister([supplier(2, "Groenvoorziening Zuid", 1234567)], reg);
    expect(rec).toMatchObject({ found: true, matchedBy: "kvk" });
    expect(rec.entry?.name).toBe("Groen en Zo B.V.");
  });
  test("a 12-digit number on the list is not matched on its first 8 digits (000012345678 is not KvK 00001234)", () => {
    const reg = register([["Omega Bouw", "00001234", "Trede 3", "2027-12-31", "Venlo"]]);
    const [rec] = matchRegister([supplier(2, "Bouwbedrijf Delta", "000012345678")], reg);
    expect(rec).toMatchObject({ found: false, matchedBy: null, entry: null });
  });
  test("a 12-digit number is matched against the register's vestigingsnummer column, found by its header", () => {
    for (const header of ["Vestigingsnummer", "KvK-vestigingsnummer", "Vestigingsnr."]) {
      const read = registerFromGrid(
        [
          ["Organisatie", "KvK-nummer", header, "Trede", "Geldig tot"],
          ["Omega Bouw", "00001234", "", "Trede 3", "2027-12-31"],
          ["Kessels Bouw", "12345678", "000012345678", "Trede 2", "2027-01-31"],
        ],
        "register.csv",
      );
      if (!read.ok) throw new Error(read.message.nl);
      const [rec] = matchRegister([supplier(2, "Kessels Bouw vestiging Roermond", "0000 1234 5678")], read.value.register);
      expect(rec).toMatchObject({ found: true, matchedBy: "vestiging" });
      expect(rec.entry?.name).toBe("Kessels Bouw");
    }
  });
  test("a 12-digit number in the register's KvK column is named as a vestigingsnummer; the row is found by name only", () => {
    const read = registerFromGrid([HEADER, ["Installatietechniek Zuid B.V.", "140456780000", "Trede 2", "2026-12-15", "Sittard"]], "register.csv");
    if (!read.ok) throw new Error(read.message.nl);
    expect(read.value.problems[0].nl).toContain('rij 2, kolom "KvK-nummer" (B): "140456780000" heeft 12 cijfers: dat is een vestigingsnummer, geen KvK-nummer');
    const [byNumber, byName] = matchRegister([supplier(2, "Iets Anders", "14045678"), supplier(3, "Installatietechniek Zuid", "14045678")], read.value.register);
    expect(byNumber.found).toBe(false);
    expect(byName).toMatchObject({ found: true, matchedBy: "name" });
  });
});

describe("names are compared without case, punctuation and legal form", () => {
  test.each([
    ["Schoonmaakbedrijf De Ster B.V.", "schoonmaakbedrijf de ster"],
    ["SCHOONMAAKBEDRIJF DE STER BV", "schoonmaakbedrijf de ster"],
    ["Stichting Werkpunt", "werkpunt"],
    ["Van Dijk & Zn. V.O.F.", "van dijk en zn"],
    ["Bakker N.V.", "bakker"],
    ["Groen B.V. te Venlo", "groen te venlo"],
    ["Schildersbedrijf te Riele", "schildersbedrijf te riele"],
    ["Café Één", "cafe een"],
  ])("%s is %s", (input, expected) => {
    expect(normaliseName(input)).toBe(expected);
  });

  test("a register row without a KvK number is found by name", () => {
    const reg = register([["Schoonmaakbedrijf De Ster BV", "", "Trede 1", "2026-03-31", "Heerlen"]]);
    const [rec] = matchRegister([supplier(2, "Schoonmaakbedrijf de Ster B.V.", "87654321")], reg);
    expect(rec).toMatchObject({ found: true, matchedBy: "name" });
  });

  test("a supplier without a KvK number is found by name", () => {
    const reg = register([["Stichting Werkpunt", "11223344", "Trede 3", "2027-12-31", "Sittard"]]);
    const [rec] = matchRegister([supplier(2, "Werkpunt")], reg);
    expect(rec).toMatchObject({ found: true, matchedBy: "name" });
  });

  test("the same name under two different KvK numbers is two organisations: not found", () => {
    const reg = register([["Werkpunt", "11223344", "Trede 3", "2027-12-31", "Sittard"]]);
    const [rec] = matchRegister([supplier(2, "Werkpunt", "99887766")], reg);
    expect(rec).toMatchObject({ found: false, matchedBy: null, entry: null });
  });

  test("KvK goes first: a name that fits another register row does not win over the KvK number", () => {
    const reg = register([
      ["Alfa Bouw", "", "Trede 3", "2027-12-31", ""],
      ["Alfa Bouw Limburg", "12345678", "Trede 1", "2026-12-31", ""],
    ]);
    const [rec] = matchRegister([supplier(2, "Alfa Bouw", "12345678")], reg);
    expect(rec.matchedBy).toBe("kvk");
    expect(rec.entry?.level).toBe("trede1");
  });
});

describe("two suppliers on one register entry are never matched silently", () => {
  test("each names the other row", () => {
    const reg = register([["Kessels B.V.", "12345678", "Trede 2", "2027-01-31", ""]]);
    const recs = matchRegister([supplier(4, "Kessels", "12345678"), supplier(5, "Other"), supplier(9, "Kessels Bouw", "12345678")], reg);
    expect(recs[0].sharedWith).toEqual([9]);
    expect(recs[2].sharedWith).toEqual([4]);
    expect(recs[1]).toMatchObject({ found: false, sharedWith: [] });
  });
});

describe("the difference between list and register", () => {
  test("differs when level or expiry is not the register's, and not when both are the same", () => {
    const reg = register([
      ["A", "11111111", "Trede 1", "31-3-2026", ""],
      ["B", "22222222", "Trede 2", "30-6-2027", ""],
    ]);
    const recs = matchRegister([supplier(2, "A", "11111111"), supplier(3, "B", "22222222")], reg);
    expect(recs[0].differs).toBe(true);
    expect(recs[0].list).toEqual({ level: "trede2", validUntil: dayFromYmd(2027, 6, 30) });
    expect(recs[0].entry).toMatchObject({ level: "trede1", validUntil: dayFromYmd(2026, 3, 31) });
    expect(recs[1].differs).toBe(false);
  });
});

describe("reading a register grid", () => {
  test("a missing level or valid-until column is refused, naming the columns", () => {
    const read = registerFromGrid([["Organisatie", "KvK-nummer", "Plaats"], ["A", "11111111", "X"]], "export.csv");
    expect(read.ok).toBe(false);
    if (!read.ok) {
      expect(read.message.nl).toContain('"Trede"');
      expect(read.message.nl).toContain('"Geldig tot"');
      expect(read.message.nl).toContain("export.csv");
    }
  });
  test("a bad row is reported with its row and column and left out; the other rows count", () => {
    const read = registerFromGrid(
      [HEADER, ["A", "11111111", "Trede 9", "2027-01-01", ""], ["B", "22222222", "Trede 2", "2027-01-01", ""], ["C", "abc", "Trede 1", "gisteren", ""]],
      "export.csv",
    );
    if (!read.ok) throw new Error("refused");
    expect(read.value.register.entries.map((e) => e.name)).toEqual(["B"]);
    const texts = read.value.problems.map((p) => p.nl);
    expect(texts[0]).toMatch(/rij 2, kolom "Trede" \(C\): onbekende PSO-trede "Trede 9"/);
    expect(texts.some((t) => /rij 4, kolom "KvK-nummer" \(B\): "abc" is geen KvK-nummer/.test(t))).toBe(true);
    expect(texts.some((t) => /rij 4, kolom "Geldig tot" \(D\): "gisteren" is geen datum/.test(t))).toBe(true);
  });
  test("the header may stand under a title, and register-style headers are recognised", () => {
    const read = registerFromGrid(
      [["Export PSO-register 1-12-2026"], [], ["Organisatienaam", "KvK", "Prestatieniveau", "Einddatum", "Vestigingsplaats"], ["A", 11111111, "PSO-2", "2027-01-01", "Venlo"]],
      "x",
    );
    if (!read.ok) throw new Error(read.message.nl);
    expect(read.value.register.entries).toEqual([{ row: 4, name: "A", kvk: "11111111", level: "trede2", validUntil: dayFromYmd(2027, 1, 1), place: "Venlo" }]);
  });
});
