import { dayFromYmd, dayToExcelSerial, Policy, policyFromJson, wonenLimburgPolicy } from "../../src/core";
import { resetActivePolicy, setActivePolicy } from "../../src/addin/activePolicy";
import * as PSO from "../../src/functions/functions";
import { installStandIn, StandInError } from "./support/customFunctionsStandIn";

installStandIn();

/** A date cell as Excel hands it to a custom function: a serial number. */
const serial = (iso: string) => {
  const [y, m, d] = iso.split("-").map(Number);
  return dayToExcelSerial(dayFromYmd(y, m, d));
};
const PEIL = [[serial("2022-06-30")]];
/** Excel passes an omitted optional argument as null (the TypeScript signature says undefined). */
const omitted = null as never;
/** The award date and term given as cells that are empty: the list has the columns, this supplier has no contract date. */
const BLANK_AWARD: [unknown[][], unknown[][]] = [[[""]], [[""]]];
/** One cell, as Excel passes a matrix parameter. */
const c = (v: unknown) => [[v]];
/** A column range. */
const col = (...vs: unknown[]) => vs.map((v) => [v]);
const only = (grid: unknown[][]) => {
  expect(grid).toHaveLength(1);
  expect(grid[0]).toHaveLength(1);
  return grid[0][0];
};
const err = (value: unknown) => {
  expect(value).toBeInstanceOf(StandInError);
  return value as StandInError;
};

afterEach(() => resetActivePolicy());

describe("PSO.BIJDRAGE(uitgaven; bijdrage_pct)", () => {
  test("spend times the audited contribution, from a percent cell or from a number of percent points", () => {
    expect(only(PSO.bijdrage(c(1_000_000), c(0.155)))).toBe(155_000);
    expect(only(PSO.bijdrage(c(1_000_000), c(15.5)))).toBe(155_000);
  });

  /* Whitepaper (seed 000): a direct contribution of 1,6 % is real, and so is 80 % at a sheltered-work company. */
  test("=PSO.BIJDRAGE(200000;1) never returns 200.000 silently: a bare 1 is #VALUE! asking for 1% or 100%", () => {
    const e = err(only(PSO.bijdrage(c(200_000), c(1))));
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toContain("1% of 100%");
    expect(only(PSO.bijdrage(c(200_000), c("1%")))).toBe(2_000);
    expect(only(PSO.bijdrage(c(200_000), c("100%")))).toBe(200_000);
  });

  test("over a range the column's bare numbers are read as a whole: 1,6 beside 80 is 1,6 %, and 1 there is 1 %", () => {
    expect(PSO.bijdrage(col(100_000, 100_000, 100_000), col(1.6, 80, 1))).toEqual([[1_600], [80_000], [1_000]]);
    // a column of percent cells (fractions): 0,8 is 80 %, and only the ambiguous 1 is refused, in its own cell
    const out = PSO.bijdrage(col(100_000, 100_000, 100_000), col(0.016, 0.8, 1));
    expect(out.slice(0, 2)).toEqual([[1_600], [80_000]]);
    expect(err(out[2][0]).code).toBe("#VALUE!");
  });

  test("numbers typed as Dutch text are read as a Dutch user means them", () => {
    expect(only(PSO.bijdrage(c("€ 1.250.000,00"), c("12,4%")))).toBe(155_000);
    expect(only(PSO.bijdrage(c("200.000"), c("15,5")))).toBe(31_000);
    expect(only(PSO.bijdrage(c("1,2 mln"), c("0,1")))).toBe(120_000);
  });

  test("a missing contribution is #N/A, text that is no percentage is #VALUE!, never a silent 0", () => {
    const missing = err(only(PSO.bijdrage(c(500_000), c(null))));
    expect(missing.code).toBe("#N/A");
    expect(missing.message).toContain("bijdrage_pct ontbreekt");
    const bad = err(only(PSO.bijdrage(c(500_000), c("veel"))));
    expect(bad.code).toBe("#VALUE!");
    expect(bad.message).toContain('"veel" is geen percentage');
    const negative = err(only(PSO.bijdrage(c(-5), c(0.1))));
    expect(negative.message).toContain("negatief");
  });

  test("a column of spend and a column of percentages give a column of euros, one per row", () => {
    expect(PSO.bijdrage(col(100_000, "200.000", 300_000), col(0.1, "5%", 0.2))).toEqual([[10_000], [10_000], [60_000]]);
    // beside a bare 20 the column is typed in percent points: its 0,1 is 0,1 % (issue 15, item 2)
    expect(PSO.bijdrage(col(100_000, "200.000", 300_000), col(0.1, "5%", 20))).toEqual([[100], [10_000], [60_000]]);
  });
});

describe("PSO.TREDE(tekst)", () => {
  test.each([
    ["PSO-2", "Trede 2"],
    ["trede2", "Trede 2"],
    ["PSO trede 3", "Trede 3"],
    ["Aspirant", "Aspirant-status"],
    ["basis", "Basistrede"],
    ["30+", "PSO 30+"],
    ["geen", "Geen"],
    [1, "Trede 1"],
  ])("%p becomes %p", (input, label) => {
    expect(only(PSO.trede(c(input)))).toBe(label);
  });

  test("an unknown level is #VALUE! with the core's Dutch hint", () => {
    const e = err(only(PSO.trede(c("trde 2"))));
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toContain('onbekende PSO-trede "trde 2"');
    expect(e.message).toContain("Trede 2");
  });

  test("a range keeps its shape, with an error only in the bad cell", () => {
    const out = PSO.trede([["PSO-1", "trde 2"], ["Trede 3", "Basis"]]);
    expect(out[0][0]).toBe("Trede 1");
    expect(err(out[0][1]).code).toBe("#VALUE!");
    expect(out[1]).toEqual(["Trede 3", "Basistrede"]);
  });
});

describe("PSO.EIS(opdrachtsom_per_jaar; [peildatum]; [gunningsdatum]; [looptijd_maanden])", () => {
  test("the whitepaper's steps: trede 1 in 2021, trede 2 from 2022, nothing before", () => {
    expect(only(PSO.eis(c(200_000), c(serial("2021-06-30"))))).toBe("Trede 1");
    expect(only(PSO.eis(c(200_000), PEIL))).toBe("Trede 2");
    expect(only(PSO.eis(c(200_000), c("30-6-2020")))).toBe("Geen eis");
  });

  test("below the scope threshold there is no requirement", () => {
    expect(only(PSO.eis(c("149.999,99"), PEIL))).toBe("Geen eis");
    expect(only(PSO.eis(c("€ 150.000"), PEIL))).toBe("Trede 2");
  });

  test("PSO.STATUS and PSO.VOLDOET take the level at award, as the taskpane's column does (issue 15, item 1)", () => {
    const args = [c("Aspirant"), c("1-3-2025"), c(300_000), c("1-6-2023"), c("1-3-2022"), c(48), omitted] as const;
    // Aspirant-status is the step due on the growth path ...
    expect(only(PSO.status(...args))).toBe("Voldoet");
    expect(only(PSO.voldoet(...args))).toBe(true);
    // ... but a supplier that already held trede 2 at the award has no growth path: trede 2 is required.
    expect(only(PSO.status(...args, c("Trede 2")))).toBe("Voldoet niet: Aspirant-status, vereist trede 2");
    expect(only(PSO.voldoet(...args, c("Trede 2")))).toBe(false);
    // "Geen" at the award reads like the omitted argument
    expect(only(PSO.status(...args, c("Geen")))).toBe("Voldoet");
    // and a whole column agrees with the rows one by one
    const out = PSO.status(col("Aspirant", "Aspirant"), col("1-3-2025", "1-3-2025"), col(300_000, 300_000), c("1-6-2023"),
      col("1-3-2022", "1-3-2022"), col(48, 48), omitted, col(null, "Trede 2"));
    expect(out).toEqual([["Voldoet"], ["Voldoet niet: Aspirant-status, vereist trede 2"]]);
  });

  test("on a growth path the step due counts: aspirant after one year, trede 1 after two", () => {
    const award = c("1-9-2021");
    expect(only(PSO.eis(c(300_000), c("30-6-2022"), award, c(48)))).toBe("Geen eis");
    expect(only(PSO.eis(c(300_000), c("30-9-2022"), award, c(48)))).toBe("Aspirant-status");
    expect(only(PSO.eis(c(300_000), c("30-9-2023"), award, c("48 maanden")))).toBe("Trede 1");
    expect(only(PSO.eis(c(300_000), c("30-9-2024"), award, c(48)))).toBe("Trede 2");
    // a contract of one year has no growth path
    expect(only(PSO.eis(c(300_000), c("30-6-2022"), award, c(12)))).toBe("Trede 2");
  });

  test("the peildatum defaults to today (the preset's last step, trede 2, applies today)", () => {
    expect(only(PSO.eis(c(300_000), omitted, omitted, omitted))).toBe("Trede 2");
  });

  test("a missing contract sum is #N/A, an unreadable one #VALUE!", () => {
    expect(only(PSO.eis(c(null), PEIL))).toBe("");
    const e = err(only(PSO.eis(c("veel"), PEIL)));
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toContain('"veel" is geen bedrag');
    const badPeil = err(only(PSO.eis(c(300_000), c("morgen"))));
    expect(badPeil.code).toBe("#VALUE!");
    expect(badPeil.message).toContain("peildatum");
  });
});

describe("PSO.VOLDOET and PSO.STATUS(trede; geldig_tot; opdrachtsom_per_jaar; [peildatum]; ...)", () => {
  const cases: [string, unknown[], string, boolean][] = [
    ["trede 2, valid", ["Trede 2", "31-12-2023", 400_000], "Voldoet", true],
    ["trede 1 in 2022", ["Trede 1", serial("2023-12-31"), 400_000], "Voldoet niet: trede 1, vereist trede 2", false],
    ["expired trede 2", ["PSO-2", "31-5-2022", 400_000], "Voldoet niet: certificaat verlopen, vereist trede 2", false],
    ["expires within 90 days", ["Trede 2", "15-7-2022", 400_000], "Let op: certificaat verloopt 15-7-2022", true],
    ["below the threshold", ["", "", 95_000], "Buiten scope", true],
    ["no certificate in scope", ["geen", "", "€ 155.000,-"], "Voldoet niet: geen geldig PSO-certificaat, vereist trede 2", false],
  ];

  test.each(cases)("%s", (_name, [level, validUntil, spend], line, complies) => {
    expect(only(PSO.status(c(level), c(validUntil), c(spend), PEIL, ...BLANK_AWARD))).toBe(line);
    expect(only(PSO.voldoet(c(level), c(validUntil), c(spend), PEIL, ...BLANK_AWARD))).toBe(complies);
  });

  test("the growth path arguments lower the requirement while the path runs", () => {
    const args = [c("Aspirant"), c("1-5-2024"), c(415_000), c("30-6-2022"), c("15-1-2022"), c(48)] as const;
    expect(only(PSO.status(...args))).toBe("Voldoet");
    expect(only(PSO.voldoet(...args))).toBe(true);
  });

  /* Issue 23, item 6: a formula that lacks the award arguments cannot see the growth path the taskpane applies. */
  test("without the award arguments a failure the growth path could lift says so: STATUS adds why, VOLDOET is #N/A", () => {
    // the newcomer of the growth-path test above, asked without its award date and term
    const short = [c("Aspirant"), c("1-5-2024"), c(415_000), c("30-6-2022")] as const;
    expect(only(PSO.status(...short))).toBe("Voldoet niet: Aspirant-status, vereist trede 2 (groeipad niet getoetst: geef gunningsdatum en looptijd_maanden)");
    const e = err(only(PSO.voldoet(...short)));
    expect(e.code).toBe("#N/A");
    expect(e.message).toContain("gunningsdatum en looptijd_maanden");
    // with them, the pane's answer; a compliant or out-of-scope row needs no award arguments
    expect(only(PSO.status(...short, c("15-1-2022"), c(48)))).toBe("Voldoet");
    expect(only(PSO.voldoet(c("Trede 2"), c("31-12-2023"), c(400_000), PEIL))).toBe(true);
    expect(only(PSO.status(c(""), c(""), c(95_000), PEIL))).toBe("Buiten scope");
    // over a column: the caveat on the failing rows only
    const out = PSO.status(col("Trede 2", "Trede 1"), col("31-12-2023", "31-12-2023"), c(400_000), PEIL);
    expect(out[0][0]).toBe("Voldoet");
    expect(out[1][0]).toMatch(/^Voldoet niet: trede 1, vereist trede 2 \(groeipad niet getoetst/);
    expect((PSO.voldoet(col("Trede 2", "Trede 1"), col("31-12-2023", "31-12-2023"), c(400_000), PEIL)[1][0] as StandInError).code).toBe("#N/A");
  });

  test("a policy without a growth path needs no award arguments", () => {
    const noPath = policyFromJson({ growthPath: { enabled: false } });
    if (!noPath.ok) throw new Error("policy");
    setActivePolicy(noPath.value);
    expect(only(PSO.status(c("Trede 1"), c("31-12-2023"), c(400_000), PEIL))).toBe("Voldoet niet: trede 1, vereist trede 2");
    expect(only(PSO.voldoet(c("Trede 1"), c("31-12-2023"), c(400_000), PEIL))).toBe(false);
  });

  test("an unknown level is #VALUE!, a missing contract sum is #N/A, each with the core's Dutch message", () => {
    const unknown = err(only(PSO.status(c("trde 2"), c("31-5-2027"), c(180_000), PEIL)));
    expect(unknown.code).toBe("#VALUE!");
    expect(unknown.message).toBe('Kolom "PSO-trede": onbekende PSO-trede "trde 2"; gebruik bijvoorbeeld "Trede 2", "PSO-2", "Aspirant", "Basistrede", "30+" of "geen"');
    const missing = err(only(PSO.voldoet(c("Trede 2"), c("31-5-2027"), c(null), PEIL)));
    expect(missing.code).toBe("#N/A");
    expect(missing.message).toBe('Kolom "Opdrachtsom per jaar": leeg, maar verplicht');
    const impossible = err(only(PSO.status(c("Trede 3"), c("31-02-2027"), c(260_000), PEIL)));
    expect(impossible.message).toContain('"31-02-2027" is geen datum');
  });

  test("a cell holding a formula error is reported, not read as text", () => {
    const e = err(only(PSO.status(c("Trede 2"), c("#WAARDE!"), c(310_000), PEIL)));
    expect(e.message).toContain("formulefout #WAARDE!");
  });

  test("whole columns in, one status per row out; empty rows stay empty", () => {
    const out = PSO.status(col("Trede 2", "Trede 1", null), col("31-12-2023", "31-12-2023", null), col(400_000, 400_000, null), PEIL, ...BLANK_AWARD);
    expect(out).toEqual([["Voldoet"], ["Voldoet niet: trede 1, vereist trede 2"], [""]]);
    const ok = PSO.voldoet(col("Trede 2", "Trede 1"), col("31-12-2023", "31-12-2023"), c(400_000), PEIL, ...BLANK_AWARD);
    expect(ok).toEqual([[true], [false]]);
  });

  test("over a column, rows that fail alike share a line but each says its own why: no certificate, an expired 'Ja', warnings with their own dates", () => {
    const out = PSO.status(
      col("Geen", "Ja", "Geen", "Trede 2", "Trede 2", "Ja"),
      col(null, "31-12-2021", null, "15-07-2022", "20-08-2022", "31-12-2021"),
      c(400_000),
      PEIL,
      ...BLANK_AWARD,
    );
    expect(out).toEqual([
      ["Voldoet niet: geen geldig PSO-certificaat, vereist trede 2"],
      ["Voldoet niet: certificaat verlopen, vereist trede 2"],
      ["Voldoet niet: geen geldig PSO-certificaat, vereist trede 2"],
      ["Let op: certificaat verloopt 15-7-2022"],
      ["Let op: certificaat verloopt 20-8-2022"],
      ["Voldoet niet: certificaat verlopen, vereist trede 2"],
    ]);
  });

  test("with a policy that weighs sector levels, the category argument turns a failure into a warning", () => {
    const lenient = policyFromJson({ sectorLevels: { applyToStatus: true } });
    if (!lenient.ok) throw new Error("policy");
    setActivePolicy(lenient.value);
    const args = [c("Trede 1"), c("31-12-2023"), c(400_000), PEIL, ...BLANK_AWARD] as const;
    expect(only(PSO.voldoet(...args, c("ICT")))).toBe(true);
    expect(only(PSO.status(...args, c("ICT")))).toMatch(/^Let op: /);
    expect(only(PSO.voldoet(...args, c("Schoonmaak")))).toBe(false);
  });
});

describe("PSO.GELDIG(geldig_tot; [peildatum])", () => {
  test("valid up to and including the last day", () => {
    expect(only(PSO.geldig(c(serial("2022-06-30")), PEIL))).toBe(true);
    expect(only(PSO.geldig(c("29-6-2022"), PEIL))).toBe(false);
    expect(PSO.geldig(col("1 juli 2022", "2022-06-29"), c("30-6-2022"))).toEqual([[true], [false]]);
  });

  test("without a peildatum: today, so a date long past is not valid and one far ahead is", () => {
    expect(only(PSO.geldig(c("1-1-2000"), omitted))).toBe(false);
    expect(only(PSO.geldig(c("31-12-2099"), omitted))).toBe(true);
  });

  test("text that is no date is #VALUE!", () => {
    const e = err(only(PSO.geldig(c("binnenkort"), PEIL)));
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toContain("geldig_tot");
  });
});

describe("PSO.NIVEAU(categorie)", () => {
  test("the template letter's three levels with their meaning", () => {
    expect(PSO.niveau(col("Schoonmaak", "Telecom", "ICT"))).toEqual([
      ["Niveau 1: PSO is een voorwaarde"],
      ["Niveau 2: PSO is dringend advies"],
      ["Niveau 3: PSO wordt aangeraden"],
    ]);
  });

  /* Template letter (004): niveau 1 "schoonmaak, ... bouw", niveau 3 "verhuur van goederen"; lists hold compounds. */
  test("Dutch compound categories find their sector level (issue 15, item 5)", () => {
    expect(PSO.niveau(col("Kantoorschoonmaak", "Steigerverhuur", "Woningbouw", "Zonne-energie", "Glasbewassing en kantoorschoonmaak"))).toEqual([
      ["Niveau 1: PSO is een voorwaarde"],
      ["Niveau 3: PSO wordt aangeraden"],
      ["Niveau 1: PSO is een voorwaarde"],
      ["Niveau 2: PSO is dringend advies"],
      ["Niveau 1: PSO is een voorwaarde"],
    ]);
    // a word that merely starts like a keyword is no compound of it, and short keywords ("it") never end a word
    expect(err(only(PSO.niveau(c("Ruimtevaartkrediet")))).code).toBe("#N/A");
  });

  test("PSO.TREDE reads the seeds' own spellings", () => {
    expect(PSO.trede(col("PSO-2 niveau", "PSO-ladder trede 2", "trede 1 certificering", "PSO 30+ Certificaat"))).toEqual([
      ["Trede 2"], ["Trede 2"], ["Trede 1"], ["PSO 30+"],
    ]);
  });

  test("a category no level knows is #N/A naming the category", () => {
    const e = err(only(PSO.niveau(c("Ruimtevaart"))));
    expect(e.code).toBe("#N/A");
    expect(e.message).toContain('"Ruimtevaart"');
  });
});

describe("PSO.GROEIPAD(gunningsdatum; looptijd_maanden; [peildatum])", () => {
  test("the step due and the next deadline", () => {
    expect(only(PSO.groeipad(c("1-9-2021"), c(48), c("30-6-2022")))).toBe(
      "Groeipad (gegund 1-9-2021): nu nog geen eis, Aspirant-status uiterlijk 1-9-2022",
    );
    expect(only(PSO.groeipad(c("1-9-2021"), c(48), c("1-10-2023")))).toBe(
      "Groeipad (gegund 1-9-2021): nu trede 1 vereist, trede 2 uiterlijk 1-9-2024",
    );
  });

  test("a contract of a year or shorter has no growth path, and says why", () => {
    expect(only(PSO.groeipad(c("1-9-2021"), c(12), PEIL))).toBe(
      "Geen groeipad: looptijd 12 maanden; het groeipad geldt bij een looptijd langer dan 12 maanden",
    );
  });

  test("a missing term is #N/A", () => {
    expect(err(only(PSO.groeipad(c("1-9-2021"), c(null), PEIL))).code).toBe("#N/A");
  });
});

describe("PSO.SROI(opdrachtsom; [looptijd_maanden]; [arbeidsaandeel])", () => {
  test("5% of the contract sum by default, 2% with a low labour share", () => {
    expect(only(PSO.sroi(c(400_000), omitted, omitted))).toBe(20_000);
    expect(only(PSO.sroi(c("400.000"), c(24), c("30%")))).toBe(8_000);
    expect(only(PSO.sroi(c(400_000), c(24), c(0.6)))).toBe(20_000);
  });

  test("no obligation under the threshold or under six months", () => {
    expect(only(PSO.sroi(c(99_999), omitted, omitted))).toBe(0);
    expect(only(PSO.sroi(c(400_000), c(5), omitted))).toBe(0);
  });

  test("every number comes from the active policy", () => {
    setActivePolicy({ ...wonenLimburgPolicy, sroi: { ...wonenLimburgPolicy.sroi, percentage: 0.03 } } as Policy);
    expect(only(PSO.sroi(c(400_000), omitted, omitted))).toBe(12_000);
  });
});

describe("PSO.KPI(uitgaven_bereik; trede_bereik; [bijdrage_bereik]; [geldig_tot_bereik])", () => {
  const table = (grid: unknown[][]) => Object.fromEntries(grid.map(([label, value]) => [label, value]));
  /** PSO.KPI measures on today: a certificate valid for another year, and one that ended a month ago. */
  const now = new Date();
  const nextYear = dayToExcelSerial(dayFromYmd(now.getFullYear() + 1, now.getMonth() + 1, 1));
  const lastMonth = dayToExcelSerial(dayFromYmd(now.getFullYear(), now.getMonth() + 1, 1)) - 30;
  const CERTIFIED = "Met geldig PSO-certificaat (van de leveranciers binnen scope)";
  const HIGH = "Uitgaven bij trede 2 of hoger";
  const CONTRIBUTION = "PSO-bijdrage (uitgaven x sociale bijdrage)";
  const AS_GIVEN = " (trede zoals opgegeven; geldigheid niet getoetst: geef geldig_tot_bereik)";

  test("a two-column table with the labels of the taskpane and the Sociale bijdrage sheet", () => {
    const grid = PSO.kpi(col(600_000, 300_000, 100_000, null), col("Trede 2", "Trede 1", "", null), col("10%", 0.05, null, null),
      col(nextYear, nextYear, null, null));
    expect(grid.every((row) => row.length === 2)).toBe(true);
    const t = table(grid);
    expect(t["Leveranciers"]).toBe(3);
    expect(t[CERTIFIED]).toBe(2);
    expect(t["Uitgaven totaal"]).toBe(1_000_000);
    expect(t[HIGH]).toBe(600_000);
    const highShare = Object.keys(t).find((k) => k.startsWith(`${HIGH}: aandeel`));
    expect(highShare).toContain("(doel 75%)");
    expect(t[highShare!]).toBeCloseTo(0.6);
    expect(t[CONTRIBUTION]).toBe(75_000);
    expect(t["Rijen met fouten (niet meegeteld)"]).toBe(0);
  });

  /* Whitepaper (seed 000): the PSO-bijdrage multiplies spend by the audited contribution of certified partners. */
  test("an expired certificate contributes nothing and is not certified; so is one without a validity date", () => {
    const levels = col("Trede 2", "Trede 2", "Trede 2");
    const t = table(PSO.kpi(col(600_000, 300_000, 100_000), levels, col("10%", "20%", "30%"), col(nextYear, lastMonth, null)));
    expect(t[CERTIFIED]).toBe(1);
    expect(t[HIGH]).toBe(600_000);
    expect(t[CONTRIBUTION]).toBe(60_000);
    const e = err(only(PSO.kpi(col(1, 2), col("Trede 2", "Trede 1"), omitted, col(nextYear))));
    expect(e.message).toContain("geldig_tot_bereik");
  });

  /* Issue 23, item 5: the short form the help documents never shows an unknown count as 0. */
  test("the short form counts the levels as given and says on each such line that validity was not checked", () => {
    const t = table(PSO.kpi(col(600_000, 300_000), col("Trede 2", "Trede 1")));
    expect(t[CERTIFIED]).toBeUndefined();
    expect(t[CERTIFIED + AS_GIVEN]).toBe(2);
    expect(t[HIGH + AS_GIVEN]).toBe(600_000);
    expect(t["Uitgaven totaal"]).toBe(900_000);
    const withContribution = table(PSO.kpi(col(600_000), col("Trede 2"), col("10%")));
    expect(withContribution[CONTRIBUTION + AS_GIVEN]).toBe(60_000);
  });

  /* Issue 23, item 4: certified suppliers without a known contribution make the PSO-bijdrage unknown, not € 0. */
  test("a PSO-bijdrage that cannot be computed is onbekend", () => {
    const t = table(PSO.kpi(col(600_000, 300_000), col("Trede 2", "Trede 1"), col(null, ""), col(nextYear, nextYear)));
    expect(t[CERTIFIED]).toBe(2);
    expect(t[CONTRIBUTION]).toBe("onbekend");
    // no certified supplier at all: nothing can reach the target groups through them, a true zero
    const none = table(PSO.kpi(col(600_000), col("Geen"), col("10%"), col(null)));
    expect(none[CONTRIBUTION]).toBe(0);
  });

  test("without contributions the PSO-bijdrage rows are left out instead of showing 0", () => {
    const t = table(PSO.kpi(col(600_000), col("Trede 2")));
    expect(Object.keys(t).some((k) => k.startsWith("PSO-bijdrage"))).toBe(false);
  });

  test("unreadable rows are counted, ranges of unequal length are #VALUE!", () => {
    expect(table(PSO.kpi(col(600_000, "veel"), col("Trede 2", "Trede 2")))["Rijen met fouten (niet meegeteld)"]).toBe(1);
    const e = err(only(PSO.kpi(col(1, 2, 3), col("Trede 2"))));
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toContain("3 cellen");
  });
});

describe("PSO.TREDE and PSO.STATUS read level cells as the check does (issue 16, item 1)", () => {
  test.each([
    ["Prestatieladder trede 2", "Trede 2"],
    ["Koploper (trede 3)", "Trede 3"],
    ["Ja", "Gecertificeerd, trede onbekend"],
    ["in aanvraag", "Certificaat aangevraagd"],
    ["n.v.t.", "Geen"],
  ])("PSO.TREDE(%p) is %p", (input, label) => {
    expect(only(PSO.trede(c(input)))).toBe(label);
  });

  test('"Ja" and "in aanvraag" are "Let op" asking for the certificate, not #VALUE!', () => {
    expect(only(PSO.status(c("Ja"), c("31-12-2023"), c(400_000), PEIL))).toBe("Let op: trede onbekend, vereist trede 2");
    expect(only(PSO.status(c("audit gepland"), c(""), c(400_000), PEIL))).toBe("Let op: certificaat aangevraagd, vereist trede 2");
    expect(only(PSO.status(c("Nee"), c(""), c(400_000), PEIL, ...BLANK_AWARD))).toBe("Voldoet niet: geen geldig PSO-certificaat, vereist trede 2");
  });
});
