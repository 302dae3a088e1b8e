import { dayFromYmd, wonenLimburgPolicy } from "../../src/core";
import { createTaskpaneActions } from "../../src/excel/taskpaneActions";
import { createWorkbook } from "../../src/excel-standin";
import { LETTERS_HEADER } from "../../src/excel/lettersSheet";

const PEIL = dayFromYmd(2026, 12, 1);
const SUPPLIERS = [
  ["Leverancier", "KvK-nummer", "Categorie", "Opdrachtsom per jaar", "PSO-trede", "Geldig tot"],
  ["Groen en Zo", "01234567", "Groenvoorziening", 200000, "Trede 2", "30-6-2027"],
  ["Bouw Kessels", "12345678", "Bouw", 300000, "Trede 2", "30-9-2027"],
  ["Nergens BV", "55555555", "Schoonmaak", 250000, "Trede 2", "1-1-2028"],
];
const REGISTER = [
  ["Organisatie", "KvK-nummer", "Trede", "Geldig tot", "Plaats"],
  ["Groen en Zo B.V.", 1234567, "Trede 1", "31-3-2026", "Venlo"],
  ["Kessels Bouw B.V.", "12345678", "Trede 2", "30-9-2027", "Weert"],
  ["Kapot", "99999999", "Trede 7", "1-1-2027", ""],
];

/** The whitepaper's rules with a sender: the preset signs no letter (issue 25 item 7). */
const SIGNED = { ...wonenLimburgPolicy, buyer: { name: "Woningstichting Maasdal", contact: "Petra Janssen", phone: "", email: "" } };

async function check(sheets: Record<string, unknown[][]>) {
  const book = createWorkbook(sheets as never);
  book.setActive("Leveranciers");
  const actions = createTaskpaneActions(book.run, { isSetSupported: book.isSetSupported });
  const info = await actions.detect();
  if (!info.ok) throw new Error(info.message.nl);
  const opts = { mapping: info.value.mapping, peildatum: PEIL, policy: SIGNED, lang: "nl" as const };
  return { book, actions, opts, summary: await actions.check(opts) };
}

describe("the taskpane's check with a PSO-register sheet (stand-in)", () => {
  test("the register's levels count, the result column shows the difference, and a notice says the register was used", async () => {
    const { book, summary } = await check({ Leveranciers: SUPPLIERS, "PSO-register": REGISTER });
    if (!summary.ok) throw new Error(summary.message.nl);
    expect(summary.value.findings.map((f) => f.status)).toEqual(["non_compliant", "compliant", "warning"]);
    const values = book.values("Leveranciers");
    expect(values[1][6]).toMatch(/^Voldoet niet/);
    expect(values[1][7]).toContain("lijst: trede 2 tot 30-6-2027; register: trede 1 tot 31-3-2026");
    expect(values[3][6]).toContain("Niet gevonden in het PSO-register");
    const notices = summary.value.report.notices.map((n) => n.nl);
    expect(notices[0]).toContain('Gecontroleerd tegen het PSO-register "PSO-register" (2 registerrijen)');
    expect(notices.some((n) => /rij 4, kolom "Trede" \(C\): onbekende PSO-trede "Trede 7"/.test(n))).toBe(true);
    // The register sheet itself is only read.
    expect(book.values("PSO-register")).toEqual(REGISTER.map((r) => r.map((v) => v)));
  });

  test("without the sheet the check is as before", async () => {
    const { summary } = await check({ Leveranciers: SUPPLIERS });
    if (!summary.ok) throw new Error(summary.message.nl);
    expect(summary.value.findings.map((f) => f.status)).toEqual(["compliant", "compliant", "compliant"]);
    expect(summary.value.report.notices.some((n) => n.nl.includes("PSO-register"))).toBe(false);
  });

  test("a PSO-register sheet without a level column stops the check with the clear message; nothing is written", async () => {
    const { book, summary } = await check({ Leveranciers: SUPPLIERS, "PSO-register": [["Organisatie", "KvK-nummer", "Geldig tot"], ["A", "12345678", "1-1-2027"]] });
    expect(summary.ok).toBe(false);
    if (!summary.ok) expect(summary.message.nl).toContain('geen kopregel gevonden met de kolom(men) "Trede"');
    expect(book.values("Leveranciers")[0]).toHaveLength(6);
  });
});

describe("the Brieven sheet (stand-in)", () => {
  test("one row per supplier that has to act, the merge fields as columns, every cell as text", async () => {
    const { book, actions, opts } = await check({ Leveranciers: SUPPLIERS, "PSO-register": REGISTER });
    const written = await actions.writeLetters!(opts);
    if (!written.ok) throw new Error(written.message.nl);
    expect(written.value).toMatchObject({ count: 2, sheetName: "Brieven" });
    expect(written.value.letters![0].fields.inkoper).toBe("Woningstichting Maasdal");
    const values = book.values("Brieven");
    expect(values[0]).toEqual([...LETTERS_HEADER]);
    const col = (name: string) => LETTERS_HEADER.indexOf(name);
    expect(values.slice(1).map((r) => r[col("leverancier")])).toEqual(["Groen en Zo", "Nergens BV"]);
    // The KvK number keeps its leading zero: written as text.
    expect(values[1][col("kvk")]).toBe("01234567");
    expect(book.sheet("Brieven").numberFormats.get(`1,${col("kvk")}`)).toBe("@");
    expect(values[1][col("vereiste_trede")]).toBe("trede 2");
    expect(values[1][col("sectorniveau")]).toBe("1");
    expect(values[2][col("onderwerp")]).toBe("Wij kunnen uw PSO-certificaat niet vinden");
  });

  test("a second run replaces PSO-toets's own Brieven sheet; a user's own sheet named Brieven is left alone and the letters go beside it, said", async () => {
    const { book, actions, opts } = await check({ Leveranciers: SUPPLIERS, "PSO-register": REGISTER });
    await actions.writeLetters!(opts);
    book.setActive("Leveranciers");
    const again = await actions.writeLetters!({ ...opts, policy: { ...SIGNED, register: { absentIsFailure: false } } });
    expect(again.ok).toBe(true);
    expect(book.values("Brieven")).toHaveLength(3);

    const own = await check({ Leveranciers: SUPPLIERS, Brieven: [["Mijn eigen notities"], ["niet weggooien"]] });
    const beside = await own.actions.writeLetters!(own.opts);
    expect(beside.ok && beside.value.sheetName).toBe("Brieven (2)");
    expect(beside.ok && beside.value.notice?.nl).toBe(
      'Het blad "Brieven" is niet door PSO-toets gemaakt en blijft zoals het is; de brieven staan op het blad "Brieven (2)".',
    );
    expect(own.book.values("Brieven")).toEqual([["Mijn eigen notities"], ["niet weggooien"]]);
    expect(own.book.values("Brieven (2)")[0][0]).toBe("leverancier");
  });

  test("letters under a policy without a sender are refused, naming the setting; no sheet is written", async () => {
    const { book, actions, opts } = await check({ Leveranciers: SUPPLIERS, "PSO-register": REGISTER });
    const refused = await actions.writeLetters!({ ...opts, policy: wonenLimburgPolicy });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.message.nl).toContain('"Afzender brieven" (buyer.name)');
    expect(book.model.sheets.map((s) => s.name)).not.toContain("Brieven");
  });
});
