import {
  dayFromYmd, evaluate, explanation, formatDate, Lang, policyFromJson, reasonText, statusLine, SupplierRow, wonenLimburgPolicy,
} from "../../src/core";
import type { Day, Reason } from "../../src/core";
import { actionList } from "../../src/core/report/actionList";

/*
 * Issue 16, item 5: reasons a person reads once. Walks every reason code over a set of rows on several peildatums, in
 * both languages, and checks what a reader would trip over: a date told twice, a capital after "; ", a stale "vanaf"
 * date before the peildatum, a negative day count in the action list.
 */

const lenient = policyFromJson({ sectorLevels: { applyToStatus: true }, swCompanies: { meetRequirement: true } });
if (!lenient.ok) throw new Error(lenient.message.nl);
const POLICIES = [wonenLimburgPolicy, lenient.value];

const ROWS: Omit<SupplierRow, "row">[] = [
  { supplier: "Onder drempel", spend: 90_000, level: "geen" },
  { supplier: "Geen certificaat", spend: 400_000, level: "geen" },
  { supplier: "Te laag", spend: 400_000, level: "Trede 1", validUntil: "31-12-2026" },
  { supplier: "Voldoet", spend: 400_000, level: "Trede 3", validUntil: "30-9-2027" },
  { supplier: "Verlopen", spend: 400_000, level: "Trede 2", validUntil: "31-8-2025" },
  { supplier: "Verlopen maar hoog genoeg", spend: 400_000, level: "Trede 3", validUntil: "1-1-2021" },
  { supplier: "Verloopt binnenkort", spend: 400_000, level: "Trede 2", validUntil: "15-3-2026" },
  { supplier: "Zonder datum", spend: 400_000, level: "Trede 2" },
  { supplier: "Datum te ver", spend: 400_000, level: "Trede 3", validUntil: "1-1-2031" },
  { supplier: "Ja", spend: 400_000, level: "Ja", validUntil: "31-12-2026" },
  { supplier: "Ja verlopen", spend: 400_000, level: "Ja", validUntil: "31-12-2024" },
  { supplier: "Aangevraagd", spend: 400_000, level: "in aanvraag" },
  { supplier: "Groeipad start", spend: 400_000, level: "geen", awardDate: "1-2-2026", termMonths: 48 },
  { supplier: "Groeipad aspirant", spend: 400_000, level: "Aspirant", validUntil: "1-6-2027", awardDate: "1-9-2024", termMonths: 48 },
  { supplier: "Groeipad achter", spend: 400_000, level: "Aspirant", validUntil: "1-6-2027", awardDate: "15-1-2024", termMonths: 48 },
  { supplier: "Advies", spend: 400_000, level: "geen", category: "Advies" },
  { supplier: "Percentage", spend: 400_000, level: "Trede 2", validUntil: "31-12-2026", contribution: 1 },
  { supplier: "Totaal", contractSum: 1_200_000, termMonths: 48, level: "Trede 2", validUntil: "31-12-2026" },
  { supplier: "Tikfout", spend: "veel", level: "trde 2" },
  { supplier: "Beëindigd", spend: 400_000, level: "geen", awardDate: "1-3-2019", endDate: "1-3-2021" },
  { supplier: "Dertig plus", spend: 400_000, level: "PSO 30+", validUntil: "30-6-2027", contribution: "12%" },
  { supplier: "Aspirant te lang", spend: 400_000, level: "Aspirant", validUntil: "1-6-2027", aspirantSince: "1-3-2019" },
  { supplier: "SW zonder certificaat", spend: 400_000, level: "geen", category: "SW-bedrijf", contribution: "80%" },
];
const PEILDATUMS = [dayFromYmd(2020, 6, 30), dayFromYmd(2021, 12, 15), dayFromYmd(2022, 3, 1), dayFromYmd(2026, 3, 1)];

// The register's two codes need a register beside the list; test/register checks their texts.
const ALL_CODES: Record<Exclude<Reason["code"], "register" | "registerWarning">, true> = {
  invalid: true, outOfScope: true, contractEnded: true, noRequirementYet: true, meets: true, below: true, levelNotGiven: true, expired: true,
  expiresSoon: true, validUntilMissing: true, growthPath: true, requirementRises: true, sectorAdvice: true,
  validUntilImplausible: true, percentRead: true, spendDerived: true, pso30PlusShare: true, aspirantLapsed: true,
  swMeets: true, swNote: true,
};

const MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December";
const DATE: Record<Lang, RegExp> = { nl: /\b\d{1,2}-\d{1,2}-\d{4}\b/g, en: new RegExp(`\\b\\d{1,2} (?:${MONTHS}) \\d{4}\\b`, "g") };
const datesIn = (text: string, lang: Lang) => text.match(DATE[lang]) ?? [];
const repeated = (list: string[]) => list.filter((x, i) => list.indexOf(x) !== i);

interface Told {
  peil: Day;
  lang: Lang;
  supplier: string;
  texts: string[];
}

function walk(): { told: Told[]; codes: Set<string>; days: (number | string)[] } {
  const told: Told[] = [];
  const codes = new Set<string>();
  const days: (number | string)[] = [];
  for (const policy of POLICIES) {
    for (const peil of PEILDATUMS) {
      const findings = evaluate(ROWS.map((r, i) => ({ row: i + 2, ...r })), policy, peil);
      for (const lang of ["nl", "en"] as const) {
        for (const f of findings) {
          f.reasons.forEach((r) => codes.add(r.code));
          told.push({ peil, lang, supplier: f.supplier, texts: [explanation(f, lang), statusLine(f, lang), ...f.reasons.map((r) => reasonText(r, lang))] });
        }
        for (const a of actionList(findings, peil, lang)) {
          days.push(a.daysShown);
          told.push({ peil, lang, supplier: a.supplier, texts: [a.text] });
        }
      }
    }
  }
  return { told, codes, days };
}

const { told, codes, days } = walk();
const every = told.flatMap((t) => t.texts.map((text) => ({ ...t, text })));

test("the rows reach every reason code (so the checks below cover the whole catalogue)", () => {
  expect([...codes].sort()).toEqual(Object.keys(ALL_CODES).sort());
});

test("no reason and no explanation tells the same date twice", () => {
  const twice = every.filter(({ text, lang }) => repeated(datesIn(text, lang)).length > 0).map(({ text }) => text);
  expect(twice).toEqual([]);
});

test('after "; " a reason goes on in sentence case (only proper names such as PSO, Aspirant-status and SW-bedrijf keep a capital)', () => {
  const capitals = every
    .flatMap(({ text }) => [...text.matchAll(/; (\S+)/g)].map((m) => m[1]))
    .filter((word) => /^[A-Z]/.test(word) && !/^(?:PSO|Aspirant|SW-)/.test(word));
  expect([...new Set(capitals)]).toEqual([]);
});

test('a date before the peildatum is never "vanaf" / "from": a requirement in force is "sinds" / "since"', () => {
  const stale = every.filter(({ text, lang, peil }) => {
    const after = lang === "nl" ? /vanaf (\S+(?: \S+ \d{4})?)/gi : new RegExp(`from (\\d{1,2} (?:${MONTHS}) \\d{4})`, "gi");
    return [...text.matchAll(after)].some((m) => {
      const shown = datesIn(m[1], lang)[0];
      return shown !== undefined && PEILDATUMS.some((p) => p === peil) && isBefore(shown, peil, lang);
    });
  });
  expect(stale.map((s) => `${formatDate(s.peil, "nl")}: ${s.text}`)).toEqual([]);
});

test('the action list never shows a negative day count: a deadline passed is "nu" / "now"', () => {
  expect(days.filter((d) => typeof d === "number" && d < 0)).toEqual([]);
  expect(days).toEqual(expect.arrayContaining(["nu", "now"]));
  expect(every.filter(({ text }) => /-\d[\d.,]* (?:dagen|days)/.test(text))).toEqual([]);
});

test("the first sentence says what is wrong and what to ask for", () => {
  const f = evaluate([{ row: 2, ...ROWS[4] }], wonenLimburgPolicy, dayFromYmd(2026, 3, 1))[0];
  expect(explanation(f)).toBe("Certificaat trede 2 verlopen op 31-8-2025: vraag een geldig certificaat van minimaal trede 2 (vereist sinds 1-1-2022)");
  expect(explanation(f, "en")).toBe("Certificate level 2 expired on 31 August 2025: ask for a valid certificate of at least level 2 (required since 1 January 2022)");
  const none = evaluate([{ row: 2, ...ROWS[1] }], wonenLimburgPolicy, dayFromYmd(2026, 3, 1))[0];
  expect(explanation(none)).toBe("Geen geldig PSO-certificaat: vraag een certificaat van minimaal trede 2 (vereist sinds 1-1-2022)");
});

/** Whether a shown date lies before the peildatum. */
function isBefore(shown: string, peil: Day, lang: Lang): boolean {
  for (let day = peil - 40 * 366; day < peil; day++) if (formatDate(day, lang) === shown) return true;
  return false;
}
