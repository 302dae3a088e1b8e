import {
  computeKpis, dayFromYmd, evaluate, evaluateRow, explanation, heldLabel, parseHeldLevel, parseLevel, statusLine, SupplierRow,
  wonenLimburgPolicy as policy,
} from "../../src/core";
import { actionList } from "../../src/core/report/actionList";
import { kpiBlock } from "../../src/core/report/kpiBlock";

/*
 * Issue 16, item 1: level cells as people fill them. A realistic list of 60 suppliers came back with 16 "Fout" rows
 * because of spellings like these; every one of them is now a level, a claim ("Ja", "in aanvraag") or "geen".
 */

const PEIL = dayFromYmd(2026, 3, 1);
const check = (level: string, extra: Partial<SupplierRow> = {}) =>
  evaluateRow({ row: 7, supplier: "Schoonmaakbedrijf De Bron", spend: 240_000, level, validUntil: "31-12-2026", ...extra }, policy, PEIL);

describe("a text that names a trede is that trede", () => {
  test.each([
    ["Prestatieladder trede 2", "trede2"],
    ["Koploper (trede 3)", "trede3"],
    ["PSO trede 1 gecertificeerd", "trede1"],
    ["Trede 2 (PSO)", "trede2"],
    ["Ja, trede 2", "trede2"],
    ["PSO 30+ (trede 3)", "pso30plus"],
    ["Aspirant (plan goedgekeurd)", "aspirant"],
  ])("%p is %s, and the row is checked as that level", (input, level) => {
    expect(parseHeldLevel(input)).toEqual({ ok: true, value: level });
    expect(check(input).status).not.toBe("error");
    expect(check(input).heldLevel).toBe(level);
  });

  test("two different treden name none: the row asks which one", () => {
    expect(parseHeldLevel("trede 2 of 3").ok).toBe(false);
    expect(check("trede 2 of 3").status).toBe("error");
  });
});

describe('"Nee", "n.v.t.", "nvt", "-", "geen", "niet" are no certificate', () => {
  test.each(["Nee", "nee", "n.v.t.", "nvt", "-", "–", "geen", "Niet", "niet gecertificeerd", "n/a", "Niet van toepassing"])("%p", (input) => {
    expect(parseHeldLevel(input)).toEqual({ ok: true, value: "geen" });
    const f = check(input);
    expect(f.status).toBe("non_compliant");
    expect(statusLine(f)).toBe("Voldoet niet: geen geldig PSO-certificaat, vereist trede 2");
  });
});

describe('"Ja" and "gecertificeerd": certified, level unknown, is "Let op" with a request for the certificate', () => {
  test.each(["Ja", "ja", "JA", "gecertificeerd", "Gecertificeerd", "PSO-certificaat aanwezig", "Ja (trede onbekend)"])("%p", (input) => {
    expect(parseHeldLevel(input)).toEqual({ ok: true, value: "certified" });
    const f = check(input);
    expect(f.status).toBe("warning");
    expect(f.heldLevel).toBe("certified");
    expect(statusLine(f)).toBe("Let op: trede onbekend, vereist trede 2");
    expect(explanation(f)).toMatch(/^Gecertificeerd, maar de trede staat er niet bij: vraag het certificaat op/);
    expect(explanation(f, "en")).toMatch(/^Certified, but the level is not given: ask for the certificate/);
  });

  test('an expired "Ja" is no certificate: "Voldoet niet", with the date', () => {
    const f = check("Ja", { validUntil: "31-12-2025" });
    expect(f.status).toBe("non_compliant");
    expect(statusLine(f)).toBe("Voldoet niet: certificaat verlopen, vereist trede 2");
    expect(explanation(f)).toContain("verlopen op 31-12-2025");
  });

  test("out of scope stays out of scope, and before any requirement it complies", () => {
    expect(check("Ja", { spend: 20_000 }).status).toBe("out_of_scope");
    expect(evaluateRow({ row: 2, supplier: "A", spend: 240_000, level: "Ja" }, policy, dayFromYmd(2020, 6, 1)).status).toBe("compliant");
  });

  test("a strict level (a policy setting, the own figures) still refuses it: it names no level", () => {
    expect(parseLevel("Ja").ok).toBe(false);
    expect(parseLevel("in aanvraag").ok).toBe(false);
  });
});

describe('"in aanvraag", "aangevraagd", "audit gepland": requested, "Let op", not certified', () => {
  test.each(["in aanvraag", "In aanvraag", "aangevraagd", "audit gepland", "Trede 2 aangevraagd", "PSO in aanvraag (audit gepland)"])("%p", (input) => {
    expect(parseHeldLevel(input)).toEqual({ ok: true, value: "requested" });
    const f = check(input);
    expect(f.status).toBe("warning");
    expect(f.certificateValid).toBe(false);
    expect(statusLine(f)).toBe("Let op: certificaat aangevraagd, vereist trede 2");
    expect(explanation(f)).toMatch(/^Certificaat aangevraagd, nog niet afgegeven: vraag het certificaat en de trede op/);
  });
});

describe("how each counts in the KPIs (one rule, kpi.ts)", () => {
  const rows: SupplierRow[] = [
    { row: 2, supplier: "A", spend: 100_000 * 2, level: "Trede 2", validUntil: "31-12-2026" },
    { row: 3, supplier: "B", spend: 300_000, level: "Ja", validUntil: "31-12-2026" },
    { row: 4, supplier: "C", spend: 400_000, level: "in aanvraag", validUntil: "" },
    { row: 5, supplier: "D", spend: 500_000, level: "Nee", validUntil: "" },
    { row: 6, supplier: "E", spend: 600_000, level: "Ja", validUntil: "" },
  ];
  const kpis = computeKpis(evaluate(rows, policy, PEIL), policy);

  test("no row drops out: all five are suppliers, none an error", () => {
    expect(kpis.suppliers).toBe(5);
    expect(kpis.errors).toBe(0);
  });

  test('a dated "Ja" is certified (a PSO certificate is at least basistrede), never at trede 2+; "in aanvraag" and "Nee" are not certified', () => {
    expect(kpis.certified).toBe(2); // A and B; E has no validity date (issue 15: undated certificates are not counted)
    expect(kpis.spendTrede2Plus).toBe(200_000);
    expect(kpis.certifiedLevelUnknown).toEqual({ suppliers: 1, spend: 300_000 });
    expect(kpis.perLevel.geen.suppliers).toBe(3);
  });

  test("the per-level breakdown shows the unknown level on a line of its own", () => {
    const line = kpiBlock(kpis, policy).perLevel.find((l) => l.key === "onbekend");
    expect(line).toMatchObject({ label: heldLabel("certified"), suppliers: 1, spend: 300_000 });
  });

  test("the action list asks for the certificate of the Ja and the requested rows", () => {
    const kinds = actionList(evaluate(rows, policy, PEIL), PEIL).map((a) => [a.supplier, a.kindLabel]);
    expect(kinds).toEqual(expect.arrayContaining([["B", "Trede onbekend"], ["C", "Certificaat aangevraagd"], ["E", "Trede onbekend"]]));
  });
});
