import { buildCheckReport, checkFindings, columnUseOfGrid, dayFromYmd, policyFromJson, Register, registerFromGrid, tableFromGrid, wonenLimburgPolicy } from "../../src/core";

const peildatum = dayFromYmd(2026, 12, 1);
const header = ["Leverancier", "KvK-nummer", "Opdrachtsom per jaar", "PSO-trede", "Geldig tot"];
const sheet = [
  header,
  ["Groen en Zo", "01234567", 200000, "Trede 2", "30-6-2027"], // register: trede 1 until 31-3-2026 (expired)
  ["Bouw Kessels", "12345678", 300000, "Trede 1", "1-1-2027"], // register: trede 2, later
  ["Nergens BV", "55555555", 250000, "Trede 2", "1-1-2028"], // not in the register
  ["Klein Drukwerk", "66666666", 20000, "Trede 2", "1-1-2028"], // out of scope, not in the register
  ["Geen Cert", "77777777", 200000, "geen", ""], // claims nothing
];

function register(): Register {
  const read = registerFromGrid(
    [
      ["Organisatie", "KvK-nummer", "Trede", "Geldig tot", "Plaats"],
      ["Groen en Zo B.V.", "1234567", "Trede 1", "31-3-2026", "Venlo"],
      ["Kessels Bouw B.V.", "12345678", "Trede 2", "30-9-2027", "Weert"],
    ],
    "register.csv",
  );
  if (!read.ok) throw new Error(read.message.nl);
  return read.value.register;
}

function report(policy = wonenLimburgPolicy, reg: Register | null = register()) {
  const table = tableFromGrid(sheet as never)!;
  return buildCheckReport(table, columnUseOfGrid(sheet), { policy, peildatum, lang: "nl", register: reg ?? undefined })!;
}

test("without a register the check is as before: the list's levels count", () => {
  const r = report(wonenLimburgPolicy, null);
  expect(r.findings.map((f) => f.status)).toEqual(["compliant", "non_compliant", "compliant", "out_of_scope", "non_compliant"]);
  expect(r.findings.every((f) => f.register === undefined)).toBe(true);
  expect(r.notices.some((n) => n.nl.includes("PSO-register"))).toBe(false);
});

test("the register's level and expiry count, and the row says how it differs from the list", () => {
  const r = report();
  const [groen, kessels] = r.findings;
  // The list says trede 2 until 2027, the register an expired trede 1: not compliant.
  expect(groen.status).toBe("non_compliant");
  expect(groen.heldLevel).toBe("trede1");
  expect(r.resultTexts(groen)[1]).toContain("lijst: trede 2 tot 30-6-2027; register: trede 1 tot 31-3-2026");
  expect(r.resultTexts(groen)[1]).toContain("gevonden op KvK-nummer");
  // The list says trede 1, the register trede 2: compliant after all.
  expect(kessels.status).toBe("compliant");
  expect(kessels.register).toMatchObject({ found: true, matchedBy: "kvk", differs: true });
});

test("a supplier claiming a level but absent from the register gets a warning; out of scope and 'geen' keep theirs", () => {
  const r = report();
  const [, , nergens, klein, geen] = r.findings;
  expect(nergens.status).toBe("warning");
  expect(r.resultTexts(nergens)[0]).toContain("Let op: Niet gevonden in het PSO-register");
  expect(klein.status).toBe("out_of_scope");
  expect(geen.status).toBe("non_compliant");
  expect(r.resultTexts(geen)[1]).not.toContain("PSO-register");
});

test("the policy can make an absent supplier a failure", () => {
  const strict = policyFromJson({ register: { absentIsFailure: true } });
  if (!strict.ok) throw new Error(strict.message.nl);
  expect(report(strict.value).findings[2].status).toBe("non_compliant");
});

test("the KPIs follow the register, and a notice says what was found how", () => {
  const r = report();
  expect(r.kpis.perStatus).toMatchObject({ compliant: 1, non_compliant: 2, warning: 1, out_of_scope: 1 });
  expect(r.notices[0].nl).toContain("Gecontroleerd tegen het PSO-register register.csv (2 registerrijen): 2 leveranciers gevonden (2 op KvK-nummer, 0 op naam), 3 niet gevonden");
});

test("two supplier rows on one register entry both get a warning naming the other", () => {
  const grid = [header, ["Kessels Bouw", "12345678", 300000, "Trede 2", "30-9-2027"], ["Kessels Infra", "12345678", 300000, "Trede 2", "30-9-2027"]];
  const findings = checkFindings(tableFromGrid(grid as never)!, wonenLimburgPolicy, peildatum, register());
  expect(findings.map((f) => f.status)).toEqual(["warning", "warning"]);
  expect(findings[0].reasons.map((x) => ("note" in x ? x.note.nl : "")).join(" ")).toContain("Ook rij 3 is gevonden op registerrij 3");
  expect(findings[1].reasons.map((x) => ("note" in x ? x.note.nl : "")).join(" ")).toContain("Ook rij 2 is gevonden op registerrij 3");
});
