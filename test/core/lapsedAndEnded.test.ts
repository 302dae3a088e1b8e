import {
  columnsFromRows, computeKpis, dayFromYmd, evaluate, evaluateColumns, evaluateRow, explanation, Finding, lettersFor, parseHeldLevel, statusLine,
  SupplierRow, wonenLimburgPolicy as preset,
} from "../../src/core";
import { actionList } from "../../src/core/report/actionList";

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

// Issue 23 item 11; seed 003: "Breng de resterende looptijd van de contracten in kaart. Wanneer een contract afloopt,
// bespreek dan de mogelijkheid om in de komende aanbesteding social return mee te nemen." A contract that has run out
// belongs to the next tender, not to the current suppliers.
describe("a contract whose end date lies before the peildatum is not judged as a current supplier", () => {
  const PEIL = day("2026-06-01");
  const list: SupplierRow[] = [
    { row: 2, supplier: "Bouw Nu BV", spend: 300_000, level: "Trede 2", validUntil: "31-12-2027", awardDate: "1-1-2024", endDate: "31-12-2027" },
    { row: 3, supplier: "Oud Schoonmaak BV", spend: 300_000, level: "geen", awardDate: "1-1-2022", endDate: "1-3-2026" },
    { row: 4, supplier: "Oud Groen BV", spend: 200_000, level: "Trede 1", validUntil: "1-1-2025", awardDate: "1-1-2021", endDate: "31-12-2025" },
    { row: 5, supplier: "Loopt Vandaag Af BV", spend: 300_000, level: "geen", awardDate: "1-1-2022", endDate: "1-6-2026" },
  ];

  test("status Buiten scope, reason contractEnded, the status column says when it ended", () => {
    const f = evaluate(list, preset, PEIL);
    expect(f.map((x) => x.status)).toEqual(["compliant", "out_of_scope", "out_of_scope", "non_compliant"]);
    expect(f[1].reasons).toEqual([{ code: "contractEnded", endDate: day("2026-03-01") }]);
    expect(statusLine(f[1])).toBe("Buiten scope: contract beëindigd op 1-3-2026");
    expect(statusLine(f[1], "en")).toBe("Out of scope: contract ended on 1 March 2026");
    expect(explanation(f[1])).toContain("Contract beëindigd op 1-3-2026");
    expect(f[1].requiredLevel).toBeNull();
  });

  test("a row alone and a row of a column agree", () => {
    expect(evaluateRow(list[1], preset, PEIL).status).toBe("out_of_scope");
    const verdicts = evaluateColumns(columnsFromRows(list), preset, PEIL);
    expect(verdicts.statusOf(1)).toBe("out_of_scope");
    expect(verdicts.statusLineAt(1, "nl")).toBe("Buiten scope: contract beëindigd op 1-3-2026");
    expect(verdicts.statusLineAt(2, "nl")).toBe("Buiten scope: contract beëindigd op 31-12-2025");
  });

  test("not counted in scope, no letter and nothing on the action list", () => {
    const findings = evaluate(list, preset, PEIL);
    expect(computeKpis(findings, preset).inScope).toBe(2);
    const letters = lettersFor(list, findings, preset, PEIL, "nl").map((l) => l.fields.leverancier);
    expect(letters).toContain("Loopt Vandaag Af BV");
    expect(letters).not.toContain("Oud Schoonmaak BV");
    expect(actionList(findings, PEIL).map((a) => a.supplier)).toEqual(["Loopt Vandaag Af BV"]);
  });
});
