import { checkFindings, computeKpis, dayFromYmd, explanation, lettersFor, policyFromJson, statusLine, supplierTimeline, tableFromGrid, wonenLimburgPolicy } from "../../src/core";
import type { Policy } from "../../src/core";
import { kpiBlock } from "../../src/core/report/kpiBlock";
import { SETTINGS } from "../../src/core/policy/policySettings";
import { policyToGrid } from "../../src/core/policy/policySheet";

/*
 * Issue 24.5, seed 004: the indirect contribution counts purchases at "PSO-gecertificeerde organisaties en sociale
 * werkvoorzieningen (SW-bedrijven)". A list made for it: an SW-bedrijf without a PSO certificate, a certified
 * supplier, and an uncertified supplier that states a contribution.
 */
const peil = dayFromYmd(2026, 12, 1);
const SHEET = [
  ["Leverancier", "Categorie", "Opdrachtsom per jaar", "PSO-trede", "Geldig tot", "Totale sociale bijdrage"],
  ["Werkbedrijf Noord", "SW-bedrijf", 300_000, "geen", null, "80%"],
  ["Bouw Gecertificeerd", "Bouw", 200_000, "Trede 2", "31-12-2027", "10%"],
  ["Schilder Zonder", "Schilderwerk", 250_000, "geen", null, "50%"],
];

function policy(json: Record<string, unknown> = {}): Policy {
  const p = policyFromJson({ buyer: { name: "Woonstichting Test", contact: "Inkoop", phone: "", email: "" }, ...json });
  if (!p.ok) throw new Error(p.message.nl);
  return p.value;
}

function check(p: Policy) {
  const table = tableFromGrid(SHEET as never)!;
  const findings = checkFindings(table, p, peil);
  return { table, findings, sw: findings.find((f) => f.supplier === "Werkbedrijf Noord")! };
}

describe("004: purchases at an SW-bedrijf count in the PSO-bijdrage, certificate or not", () => {
  test("the SW-bedrijf's spend times its contribution is in the PSO contribution; an uncertified other supplier's is not", () => {
    const { findings } = check(policy());
    const kpis = computeKpis(findings, policy());
    expect(kpis.psoContributionEuro).toBe(300_000 * 0.8 + 200_000 * 0.1);
    expect(kpis.swContributionEuro).toBe(240_000);
    expect(kpis.swUncertified).toBe(1);
    // it is no certificate: the certified count and "nog te gaan" are as before
    expect(kpis.certifiedInScope).toBe(1);
    expect(kpis.stillToGo).toBe(2);
  });

  test("the KPI line says which part comes from SW-bedrijven, in Dutch and in English", () => {
    const p = policy();
    const kpis = computeKpis(check(p).findings, p);
    const nl = kpiBlock(kpis, p, "nl").lines.find((l) => l.key === "psoContribution")!;
    const en = kpiBlock(kpis, p, "en").lines.find((l) => l.key === "psoContribution")!;
    expect(nl.shareOf).toContain("waarvan € 240.000,00 bij 1 SW-bedrijf zonder PSO-certificaat");
    expect(en.shareOf).toContain("of which €240,000.00 at 1 sheltered-work company without a PSO certificate");
  });

  test("an SW-bedrijf without a stated contribution, and no other contribution known: the PSO contribution is unknown, not 0", () => {
    const grid = [SHEET[0], ["Werkbedrijf Noord", "SW-bedrijf", 300_000, "geen", null, null]];
    const p = policy();
    const kpis = computeKpis(checkFindings(tableFromGrid(grid as never)!, p, peil), p);
    expect(kpiBlock(kpis, p, "nl").lines.find((l) => l.key === "psoContribution")!.unknown).not.toBeNull();
  });
});

describe("whether an SW-bedrijf meets the certificate requirement: the buyer's setting", () => {
  test("by default it is judged like any supplier, with a note on its row", () => {
    const { sw } = check(policy());
    expect(sw.status).toBe("non_compliant");
    expect(sw.supplierType).toBe("sw");
    expect(explanation(sw, "nl")).toContain("SW-bedrijf (sociale werkvoorziening): beoordeeld als elke leverancier; de inkoop telt wel mee in de PSO-bijdrage");
    expect(explanation(sw, "en")).toContain("; sheltered-work company (SW-bedrijf): judged like any supplier; its spend does count in the PSO contribution");
  });

  test("with the setting on it is 'Voldoet', with a reason saying so; no letter, no timeline", () => {
    const p = policy({ swCompanies: { meetRequirement: true } });
    const { table, findings, sw } = check(p);
    expect(statusLine(sw, "nl")).toBe("Voldoet");
    expect(explanation(sw, "nl")).toContain("SW-bedrijf (sociale werkvoorziening): voldoet zonder PSO-certificaat, omdat het beleid een SW-bedrijf als voldoende rekent");
    expect(lettersFor(table.rows, findings, p, peil, "nl").map((l) => l.fields.leverancier)).toEqual(["Schilder Zonder"]);
    expect(supplierTimeline(sw, p, peil)).toEqual([]);
    // the other uncertified supplier is not an SW-bedrijf: it still fails
    expect(findings.find((f) => f.supplier === "Schilder Zonder")!.status).toBe("non_compliant");
  });

  test("the setting is on the PSO-beleid sheet and in the policy JSON, 'nee' in the preset", () => {
    const setting = SETTINGS.find((s) => s.path === "swCompanies.meetRequirement")!;
    expect(setting.kind).toBe("bool");
    expect(policyToGrid(wonenLimburgPolicy).find((r) => r[0] === "SW-bedrijf voldoet zonder certificaat")?.[1]).toBe("nee");
    const bad = policyFromJson({ swCompanies: { meetRequirement: "ja" } });
    expect(bad.ok).toBe(false);
  });
});
