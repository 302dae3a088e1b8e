import { checkFindings, dayFromYmd, lettersFor, Policy, policyFromJson, registerFromGrid, senderProblem, tableFromGrid, wonenLimburgPolicy } from "../../src/core";

const peil = dayFromYmd(2026, 12, 1);
const header = ["Leverancier", "KvK-nummer", "Categorie", "Opdrachtsom per jaar", "PSO-trede", "Geldig tot", "Gunningsdatum", "Looptijd (maanden)"];
const sheet = [
  header,
  ["Voldoet Ruim", "11111111", "Bouw", 300000, "Trede 3", "31-12-2027", null, null], // fine: no letter
  ["Te Laag", "22222222", "Schoonmaak", 300000, "Trede 1", "31-12-2027", null, null], // fails
  ["Verloopt Gauw", "33333333", "Telecom", 300000, "Trede 2", "15-1-2027", null, null], // expires inside 90 days
  ["Verloopt Later", "44444444", "Bouw", 300000, "Trede 2", "15-6-2027", null, null], // expires after the window: no letter
  ["Klein", "55555555", "Bouw", 20000, "geen", null, null, null], // out of scope
  ["Groeier", "66666666", "IT", 300000, "geen", null, "1-2-2026", 48], // aspirant due 1-2-2027: inside the window
  ["Kapot", "77777777", "Bouw", "veel", "Trede 2", "1-1-2028", null, null], // unreadable: no letter
];

/** The whitepaper's rules with a sender of our own: the preset itself signs nothing (issue 25 item 7). */
function withSender(json: Record<string, unknown> = {}): Policy {
  const p = policyFromJson({ buyer: { name: "Woningstichting Maasdal", contact: "Petra Janssen", phone: "077 123 45 67", email: "" }, ...json });
  if (!p.ok) throw new Error(p.message.nl);
  return p.value;
}
const maasdal = withSender();

function letters(lang: "nl" | "en" = "nl", policy = maasdal) {
  const table = tableFromGrid(sheet as never)!;
  return lettersFor(table.rows, checkFindings(table, policy, peil), policy, peil, lang);
}

test("recipients: who fails, whose certificate or growth step falls due inside the warning window; not the rest", () => {
  const l = letters();
  expect(l.map((x) => [x.fields.leverancier, x.kind])).toEqual([
    ["Te Laag", "fails"],
    ["Verloopt Gauw", "renew"],
    ["Groeier", "growth"],
  ]);
});

test("a wider warning window brings in the certificate that expires later", () => {
  const wide = { ok: true as const, value: withSender({ expiryWarningDays: 365 }) };
  expect(letters("nl", wide.value).map((x) => x.fields.leverancier)).toContain("Verloopt Later");
});

test("the fields: name, KvK, what is required and by when, sector level and its meaning, policy, buyer", () => {
  const [laag, gauw, groeier] = letters();
  expect(laag.fields).toMatchObject({
    leverancier: "Te Laag",
    kvk: "22222222",
    vereiste_trede: "trede 2",
    huidige_trede: "trede 1",
    deadline: "31-12-2026",
    sectorniveau: "1",
    inkoper: "Woningstichting Maasdal",
    contact: "Petra Janssen",
    peildatum: "1-12-2026",
    rij: "3",
    vereist_vanaf: "1-1-2022",
  });
  expect(laag.fields.bevinding).toBe("Volgens onze gegevens heeft uw organisatie trede 1. Sinds 1-1-2022 vragen wij van leveranciers zoals u minimaal trede 2.");
  expect(laag.fields.sectorniveau_uitleg).toContain("PSO is een voorwaarde");
  expect(laag.fields.beleid).toContain("sinds 1-1-2022 van leveranciers met een opdrachtsom van € 150.000,00 of meer per jaar een geldig PSO-certificaat van minimaal trede 2");
  expect(gauw.fields).toMatchObject({ sectorniveau: "2", deadline: "15-1-2027", vereiste_trede: "trede 2" });
  expect(gauw.fields.sectorniveau_uitleg).toContain("dringend advies");
  expect(gauw.fields.actie).toContain("vóór 15-1-2027 te laten vernieuwen");
  expect(groeier.fields).toMatchObject({ sectorniveau: "3", vereiste_trede: "Aspirant-status", deadline: "1-2-2027" });
  expect(groeier.fields.sectorniveau_uitleg).toContain("aangeraden");
});

test("the buyer's name and contact come from the policy; the signature leaves out what is blank", () => {
  const own = policyFromJson({ buyer: { name: "Gemeente Venlo", contact: "Team Inkoop", phone: "", email: "inkoop@example.org" } });
  if (!own.ok) throw new Error(own.message.nl);
  const [first] = letters("nl", own.value);
  expect(first.fields.inkoper).toBe("Gemeente Venlo");
  expect(first.fields.contact).toBe("Team Inkoop");
  expect(first.fields.ondertekening).toBe("Team Inkoop\nGemeente Venlo\nE-mail inkoop@example.org");
  expect(first.fields.beleid).toMatch(/^Gemeente Venlo wil/);
});

describe("issue 25 item 7: letters ready to send", () => {
  test("the preset signs no letter: without a sender the policy is refused for letters, naming the settings", () => {
    expect(wonenLimburgPolicy.buyer.name).toBe("");
    const problem = senderProblem(wonenLimburgPolicy)!;
    expect(problem.nl).toContain('"Afzender brieven" (buyer.name)');
    expect(problem.nl).toContain('"Contactregel brieven" (buyer.contact)');
    expect(senderProblem(maasdal)).toBeNull();
  });

  test("a PSO-beleid sheet saved by an earlier version still names the old preset's sender: that is no choice, it is refused too", () => {
    const old = withSender({ buyer: { name: "Wonen Limburg", contact: "Afdeling Inkoop", phone: "", email: "" } });
    expect(senderProblem(old)!.nl).toContain('de standaardafzender die een eerdere versie van PSO-toets daar neerzette');
    expect(senderProblem(withSender({ buyer: { name: "Wonen Limburg", contact: "Jan de Vries", phone: "", email: "" } }))).toBeNull();
  });

  test("a value that is not known is left out, never 'onbekend'; the address block when the list has address columns", () => {
    const grid = [
      ["Leverancier", "KvK", "Adres", "Postcode", "Plaats", "Opdrachtsom per jaar", "PSO-trede", "Geldig tot"],
      ["Met Adres BV", "12345678", "Markt 1", "5911 AA", "Venlo", 300000, "Trede 1", "31-12-2027"],
      ["Zonder Alles", "", "", "", "", 300000, "geen", ""],
    ];
    const table = tableFromGrid(grid as never)!;
    const [met, zonder] = lettersFor(table.rows, checkFindings(table, maasdal, peil), maasdal, peil, "nl");
    expect(met.fields.aan).toBe("Met Adres BV\nMarkt 1\n5911 AA  Venlo\nKvK-nummer 12345678");
    expect(zonder.fields.aan).toBe("Zonder Alles");
    expect(zonder.fields.kvk).toBe("");
    expect(Object.values(zonder.fields).join(" ")).not.toMatch(/onbekend/);
  });

  test("the reference means something: PSO, the KvK number (or the name), the peildatum; not a row number", () => {
    const [laag] = letters();
    expect(laag.fields.kenmerk).toBe("PSO-22222222-20261201");
    const table = tableFromGrid([["Leverancier", "Opdrachtsom per jaar", "PSO-trede"], ["Bouwbedrijf Él & Zonen", 300000, "geen"]] as never)!;
    const [noKvk] = lettersFor(table.rows, checkFindings(table, maasdal, peil), maasdal, peil, "nl");
    expect(noKvk.fields.kenmerk).toBe("PSO-BOUWBEDRIJF-EL-ZONEN-20261201");
  });
});

describe("issue 23 items 13-16: letters that ask the right thing", () => {
  const one = (row: unknown[], policy = maasdal) => {
    const table = tableFromGrid([header, row] as never)!;
    return lettersFor(table.rows, checkFindings(table, policy, peil), policy, peil, "nl");
  };

  test("13: 'Ja' with a validity date (certified, level unknown) gets a letter asking for the certificate and its level", () => {
    const [ja] = one(["Ja Zeker BV", "12121212", "Bouw", 300000, "Ja", "31-12-2027", null, null]);
    expect(ja.kind).toBe("level");
    expect(ja.fields.onderwerp).toBe("Graag uw PSO-certificaat en de trede");
    expect(ja.fields.bevinding).toContain("een PSO-certificaat heeft (geldig tot 31-12-2027), maar niet op welke trede");
    expect(ja.fields.actie).toContain("een kopie van uw PSO-certificaat te sturen, waarop de trede en de geldigheid staan");
    expect(ja.fields.deadline).toBe("31-12-2026");
  });

  test("14: the Aspirant step asks for the status as the whitepaper (000) grants it: a plan approved by the board, checked by an auditor", () => {
    // 000: "dient de organisatie minimaal een door de directie goedgekeurd plan van aanpak op te stellen. Dit plan wordt
    // getoetst op inhoud en haalbaarheid door de auditor, voordat de Aspirant-status wordt toegekend."
    const [groeier] = letters().filter((l) => l.kind === "growth");
    expect(groeier.fields.vereiste_trede).toBe("Aspirant-status");
    expect(groeier.fields.actie).toContain("plan van aanpak dat uw directie heeft goedgekeurd en dat een PSO-auditor op inhoud en haalbaarheid heeft getoetst");
    expect(groeier.fields.actie).not.toContain("PSO-certificaat van minimaal Aspirant-status");
  });

  test("15: the ladder as the whitepaper (000) describes it: five levels, the Basistrede included", () => {
    // 000: "De PSO werkt met vijf prestatieniveaus, van aspirant tot en met trede 3."
    const [laag] = letters();
    expect(laag.fields.pso_uitleg).toContain("vijf prestatieniveaus: de Aspirant-status");
    expect(laag.fields.pso_uitleg).toContain("de Basistrede (de top 50%");
    expect(laag.fields.pso_uitleg).not.toContain("vier prestatieniveaus");
    expect(letters("en")[0].fields.pso_uitleg).toContain("five performance levels");
  });

  test("16: a failing supplier is asked for a reply (plan and expected date) within the policy's days, and told since when the level is required", () => {
    const policy = withSender({ letters: { replyDays: 45 } });
    const [laag] = letters("nl", policy);
    expect(laag.kind).toBe("fails");
    expect(laag.fields.deadline).toBe("15-1-2027");
    expect(laag.fields.actie).toBe(
      "Wij vragen u ons uiterlijk 15-1-2027 te laten weten hoe u een geldig PSO-certificaat van minimaal trede 2 gaat behalen: uw plan en de datum waarop u het certificaat verwacht. Heeft u het al, stuur ons dan een kopie.",
    );
    expect(laag.fields.actie).not.toMatch(/te behalen en ons een kopie/);
    expect(laag.fields.bevinding).toContain("Sinds 1-1-2022 vragen wij");
    expect(laag.fields.vereist_vanaf).toBe("1-1-2022");
  });
});

describe("issue 22 item 10: a supplier name with control characters", () => {
  test("control characters are removed from every merge value; a carriage return becomes a line break", () => {
    const [bad] = lettersFor(
      tableFromGrid([header, ["Bad\u0001Name\u001b[2J\r\nBV\uffff", "22222222", "Sch\u0007oonmaak", 300000, "Trede 1", "31-12-2027", null, null]] as never)!.rows,
      checkFindings(tableFromGrid([header, ["Bad\u0001Name\u001b[2J\r\nBV\uffff", "22222222", "Sch\u0007oonmaak", 300000, "Trede 1", "31-12-2027", null, null]] as never)!, maasdal, peil),
      maasdal,
      peil,
      "nl",
    );
    expect(bad.fields.leverancier).toBe("BadName[2J\nBV");
    expect(bad.fields.categorie).toBe("Schoonmaak");
    for (const value of Object.values(bad.fields)) expect(value).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\uffff]/);
  });
});

test("English when asked", () => {
  const [laag] = letters("en");
  expect(laag.fields.vereiste_trede).toBe("Level 2");
  expect(laag.fields.deadline).toBe("31 December 2026");
  expect(laag.fields.sectorniveau_uitleg).toContain("PSO is a condition");
  expect(laag.fields.onderwerp).toBe("Your PSO certificate does not meet our purchasing policy");
});

test("with a register: a supplier whose claimed certificate is not in the register gets a letter asking for proof", () => {
  const reg = registerFromGrid([["Organisatie", "KvK-nummer", "Trede", "Geldig tot"], ["Voldoet Ruim", "11111111", "Trede 3", "31-12-2027"]], "r.csv");
  if (!reg.ok) throw new Error(reg.message.nl);
  const table = tableFromGrid(sheet as never)!;
  const findings = checkFindings(table, maasdal, peil, reg.value.register);
  const l = lettersFor(table.rows, findings, maasdal, peil, "nl");
  const verloopt = l.find((x) => x.fields.leverancier === "Verloopt Later");
  expect(verloopt?.kind).toBe("proof");
  expect(verloopt?.fields.bevinding).toContain("in het openbare PSO-register vinden wij uw organisatie niet");
  expect(l.find((x) => x.fields.leverancier === "Voldoet Ruim")).toBeUndefined();
});
