import { dayFromYmd, evaluateRow, explanation, Finding, parseHeldLevel, statusLine, SupplierRow, wonenLimburgPolicy as preset } from "../../src/core";

const day = (iso: string) => {
  const [y, m, d] = iso.split("-").map(Number);
  return dayFromYmd(y, m, d);
};
const check = (row: Omit<SupplierRow, "row">, peil: string): Finding =>
  evaluateRow({ row: 7, supplier: "Schildersbedrijf Peters", ...row }, preset, day(peil));

// Issue 23 item 10; seed 004: "Het overleggen van een geldig PSO-certificaat maakt deel uit van prijsafspraken en
// inkoopcontracten".
describe("a level cell that says the certificate lapsed never counts as a valid certificate", () => {
  test.each(["PSO trede 2 (verlopen)", "Trede 2 vervallen", "trede 3 - ingetrokken", "PSO-2 (niet meer geldig)", "Level 2 (expired)"])(
    "%s with a validity date in the future is no certificate: Voldoet niet, asked for trede 2",
    (level) => {
      const f = check({ spend: 250_000, level, validUntil: "31-12-2027" }, "2026-06-01");
      expect(f.status).toBe("non_compliant");
      expect(f.certificateValid).toBe(false);
      expect(statusLine(f)).toBe("Voldoet niet: geen geldig PSO-certificaat, vereist trede 2");
      expect(explanation(f)).toContain("Geen geldig PSO-certificaat");
    },
  );

  test("the words are read as no certificate, not as the level beside them", () => {
    const read = parseHeldLevel("PSO trede 2 (verlopen)");
    expect(read.ok && read.value).toBe("geen");
  });

  test("a level without such a word is still read as that level", () => {
    const f = check({ spend: 250_000, level: "PSO trede 2", validUntil: "31-12-2027" }, "2026-06-01");
    expect(f.status).toBe("compliant");
  });
});
