import { checkFindings, dayFromYmd, lettersFor, policyFromJson, registerFromGrid, tableFromGrid, wonenLimburgPolicy } from "../../src/core";

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

function letters(lang: "nl" | "en" = "nl", policy = wonenLimburgPolicy) {
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
  const wide = policyFromJson({ expiryWarningDays: 365 });
  if (!wide.ok) throw new Error(wide.message.nl);
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
    inkoper: "Wonen Limburg",
    contact: "Afdeling Inkoop",
    peildatum: "1-12-2026",
    rij: "3",
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

test("the buyer's name and contact line come from the policy", () => {
  const own = policyFromJson({ buyer: { name: "Gemeente Venlo", contact: "Team Inkoop, 077 123 45 67, inkoop@example.org" } });
  if (!own.ok) throw new Error(own.message.nl);
  const [first] = letters("nl", own.value);
  expect(first.fields.inkoper).toBe("Gemeente Venlo");
  expect(first.fields.contact).toBe("Team Inkoop, 077 123 45 67, inkoop@example.org");
  expect(first.fields.beleid).toMatch(/^Gemeente Venlo wil/);
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
  const findings = checkFindings(table, wonenLimburgPolicy, peil, reg.value.register);
  const l = lettersFor(table.rows, findings, wonenLimburgPolicy, peil, "nl");
  const verloopt = l.find((x) => x.fields.leverancier === "Verloopt Later");
  expect(verloopt?.kind).toBe("proof");
  expect(verloopt?.fields.bevinding).toContain("in het openbare PSO-register vinden wij uw organisatie niet");
  expect(l.find((x) => x.fields.leverancier === "Voldoet Ruim")).toBeUndefined();
});
