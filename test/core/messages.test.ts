import {
  coded, coreTexts, dayFromYmd, FIELD_LABELS, formatCount, LEVELS, levelLabel, formatDate, formatEuro, formatPercent, Message, messages, Reason, reasonText,
  STATUSES, statusLabel,
} from "../../src/core";
import { cliMessages } from "../../src/cli/messages";
import { historyMessages } from "../../src/core/report/history";
import { ownMessages } from "../../src/core/report/ownFigures";
import { kpiLabels } from "../../src/core/report/kpiBlock";
import { reportMessages } from "../../src/core/read/messages";
import { registerMessages } from "../../src/core/register/registerMessages";
import { letterMessages } from "../../src/core/letters/letterMessages";
import { letterFileMessages } from "../../src/letters/messages";
import { reportAdapterMessages } from "../../src/excel/messages";
import { socialMessages } from "../../src/core/report/socialReport";
import { adapterMessages } from "../../src/excel/messages";
import { functionMessages } from "../../src/functions/messages";
import { strings } from "../../src/taskpane/strings";
import { fileMessages } from "../../src/xlsx/messages";
import { dutchWordIn } from "../support/dutchWords";

/*
 * The message catalogue: every table keyed by code, each code with a Dutch and an English text that carry the same
 * placeholders. Arguments are sentinels (‹1›, ‹2›, …); a sentinel that shows up in one language and not in the other is
 * a placeholder that one translation forgot.
 */
type Entry = ((...args: never[]) => Message) | Message | { [key: string]: Entry };
const TABLES: Record<string, Record<string, Entry>> = {
  core: messages,
  "core.text": coreTexts,
  functions: functionMessages,
  excel: adapterMessages,
  xlsx: fileMessages,
  cli: cliMessages,
  "core.history": historyMessages,
  "core.ownFigures": ownMessages,
  "core.social": socialMessages,
  "core.kpi": kpiLabels,
  "core.report": reportMessages,
  "core.register": registerMessages,
  "core.letters": letterMessages,
  letters: letterFileMessages,
  "excel.report": reportAdapterMessages,
};

/** Arguments that are not plain text: lists, numbers used in arithmetic, messages. */
const msg = (i: number): Message => ({ nl: `‹nl${i}›`, en: `‹en${i}›` });
const SPECIAL_ARGS: Record<string, unknown[]> = {
  "functions.shapeMismatch": [["‹1›", "‹2›"]],
  "core.letters.senderMissing": [["‹1›"], ["‹2›"]],
  "functions.argumentProblem": ["‹1›", msg(2)],
  "functions.noGrowthPath": [417, 863],
  "functions.sectorLevel": [2, "‹2›"],
  "excel.unmappedRequired": [msg(1)],
  "excel.mappingOtherSheet": ["‹1›", "‹2›", msg(3)],
  "excel.badMapping": ["‹1›", 416, 863],
  "excel.office": [msg(1), { code: "‹2›", message: "‹3›" }],
  "xlsx.tooManyRows": ["‹1›", "‹2›", 417, 863],
  "xlsx.duplicateColumn": ["‹1›", "‹2›", "‹3›", "‹4›", ["‹5›", "‹6›"]],
  "xlsx.extraFields": ["‹1›", [417, 863]],
  "xlsx.noSheet": ["‹1›", "‹2›", ["‹3›", "‹4›"]],
  "xlsx.tooLarge": ["‹1›", "‹2›", 417 * 1024 * 1024],
  "core.history.badRow": [417, "‹2›", msg(3)],
  "core.ownFigures.field": [msg(1), msg(2)],
  "core.ownFigures.totalMismatch": [0.155, 0.16],
  "core.ownFigures.ok": [{ direct: 0.016, indirect: 0.139, total: 0.155, level: "trede3", auditDate: null }],
  "core.social.unreadableHistory": [[msg(1), msg(2)]],
  "core.social.historyColumnTaken": [[msg(1), msg(2)]],
  "core.register.columnsMissing": ["‹1›", [msg(2), msg(3)]],
  "core.register.badCell": ["‹1›", 417, "‹3›", msg(4)],
  "core.register.found": ["kvk", 417],
  "core.register.differs": ["kvk", 417, msg(3)],
  "core.register.registerName": ["kvk", 417, "‹3›"],
  "core.register.namesShareNothing": ["kvk", 417, "‹3›"],
  "core.register.suggestion": ["‹1›", 417, msg(3)],
  "core.register.shared": [[417, 418], 419, "‹3›"],
  "core.register.absent": [msg(1)],
  "core.register.summary": ["‹1›", 412, 413, 414, 415, 416, 418],
  "core.letters.sectorParagraph": ["‹1›", 2, msg(3)],
  "letters.unknownFields": ["‹1›", ["‹2›"], "‹3›"],
  "letters.written": [417, "‹2›"],
};

/** Deliberate differences, with the reason. */
const ONE_LANGUAGE_ONLY: Record<string, string[]> = {
  // The Dutch meaning is the policy's own wording (user data, Dutch); English names the level's fixed meaning.
  "functions.sectorLevel": ["‹2›"],
};

function sentinels(args: unknown[], lang: "nl" | "en"): string[] {
  return args.flatMap((a): string[] => {
    if (Array.isArray(a)) return sentinels(a, lang);
    if (typeof a === "number") return [String(a)];
    if (typeof a === "string") return [a];
    if (a && typeof a === "object" && "nl" in a) return [(a as Message)[lang]];
    if (a && typeof a === "object") return sentinels(Object.values(a), lang);
    return [];
  });
}

interface Rendered {
  code: string;
  nl: string;
  en: string;
  args: unknown[];
  error?: string;
}

function render(namespace: string, table: Record<string, Entry>): Rendered[] {
  return Object.entries(table).flatMap(([key, entry]): Rendered[] => {
    const code = `${namespace}.${key}`;
    if (typeof entry === "function") {
      const args = SPECIAL_ARGS[code] ?? Array.from({ length: entry.length }, (_, i) => `‹${i + 1}›`);
      try {
        const m = (entry as (...a: unknown[]) => Message)(...args);
        return [{ code, nl: m.nl, en: m.en, args }];
      } catch (e) {
        // A new entry whose arguments are not plain text: its test below fails and says what to add.
        return [{ code, nl: "", en: "", args, error: `add sample arguments for ${code} to SPECIAL_ARGS (${String(e)})` }];
      }
    }
    if ("nl" in entry && typeof entry.nl === "string") return [{ code, nl: entry.nl, en: (entry as Message).en, args: [] }];
    return render(code, entry as Record<string, Entry>);
  });
}

const day = (y: number) => dayFromYmd(y, 3, 1);
const REASONS: Record<Reason["code"], Reason> = {
  invalid: { code: "invalid", field: "spend", problem: msg(1) },
  outOfScope: { code: "outOfScope", spend: 417, threshold: 863 },
  contractEnded: { code: "contractEnded", endDate: day(2040) },
  noRequirementYet: { code: "noRequirementYet" },
  meets: { code: "meets", held: "trede2", required: "trede1", since: day(2031) },
  below: { code: "below", held: "trede1", required: "trede2", since: day(2032) },
  levelNotGiven: { code: "levelNotGiven", claim: "requested", required: "trede2", since: day(2039), expiredOn: null },
  expired: { code: "expired", level: "trede2", validUntil: day(2033) },
  expiresSoon: { code: "expiresSoon", level: "trede2", validUntil: day(2034) },
  validUntilMissing: { code: "validUntilMissing", level: "trede3" },
  growthPath: { code: "growthPath", award: day(2035), due: "aspirant", next: { level: "trede1", deadline: day(2036) } },
  requirementRises: { code: "requirementRises", level: "trede2", from: day(2037) },
  sectorAdvice: { code: "sectorAdvice", niveau: 2 },
  validUntilImplausible: { code: "validUntilImplausible", level: "trede2", validUntil: day(2038) },
  percentRead: { code: "percentRead", field: "contribution", input: "‹1›", fraction: 0.5 },
  spendDerived: { code: "spendDerived", total: "‹1›", termMonths: 37, annual: 419 },
  pso30PlusShare: { code: "pso30PlusShare", contribution: 0.123 },
  aspirantLapsed: { code: "aspirantLapsed", since: day(2041), lapsed: day(2043) },
  swMeets: { code: "swMeets" },
  swNote: { code: "swNote" },
  register: { code: "register", note: msg(1) },
  registerWarning: { code: "registerWarning", note: msg(1) },
};

/** A reason's placeholders: amounts, the problem message, and for each date its year (the format differs by language). */
function reasonArgs(value: unknown): unknown[] {
  if (typeof value === "number") return [value > 10_000 ? String(new Date(value * 864e5).getUTCFullYear()) : value];
  if (value && typeof value === "object" && "nl" in value) return [value];
  if (value && typeof value === "object") return Object.values(value).flatMap(reasonArgs);
  return [];
}

function renderedReasons(): Rendered[] {
  return Object.values(REASONS).map((r) => ({ code: `reason.${r.code}`, nl: reasonText(r, "nl"), en: reasonText(r, "en"), args: reasonArgs(r) }));
}

function renderedTaskpane(): Rendered[] {
  return Object.keys(strings.nl).flatMap((key): Rendered[] => {
    const nl = strings.nl[key as keyof typeof strings.nl] as unknown;
    const en = strings.en[key as keyof typeof strings.en] as unknown;
    const code = `taskpane.${key}`;
    if (typeof nl === "function") {
      const args = Array.from({ length: nl.length }, (_, i) => `‹${i + 1}›`);
      return [{ code, nl: nl(...args), en: (en as (...a: unknown[]) => string)(...args), args }];
    }
    if (typeof nl === "string") return [{ code, nl, en: en as string, args: [] }];
    return Object.keys(nl as object).map((k) => ({
      code: `${code}.${k}`,
      nl: (nl as Record<string, string>)[k],
      en: (en as Record<string, string>)[k],
      args: [],
    }));
  });
}

const ALL: Rendered[] = [
  ...Object.entries(TABLES).flatMap(([ns, table]) => render(ns, table)),
  ...renderedReasons(),
  ...STATUSES.map((s) => ({ code: `status.${s}`, nl: statusLabel(s, "nl"), en: statusLabel(s, "en"), args: [] })),
  ...renderedTaskpane(),
  ...Object.entries(FIELD_LABELS).map(([field, label]) => ({ code: `field.${field}`, nl: label.nl, en: label.en, args: [] })),
  ...LEVELS.map((level) => ({ code: `level.${level}`, nl: levelLabel(level, "nl"), en: levelLabel(level, "en"), args: [] })),
];

describe("the message catalogue", () => {
  test("covers every table (a sanity check on the loop below)", () => {
    expect(ALL.length).toBeGreaterThan(150);
    expect(ALL.map((r) => r.code)).toEqual(expect.arrayContaining(["core.missing", "excel.notices.table", "xlsx.noHeader", "reason.below"]));
  });

  test("codes are unique", () => {
    const codes = ALL.map((r) => r.code);
    expect(codes.filter((c, i) => codes.indexOf(c) !== i)).toEqual([]);
  });

  test.each(ALL.map((r) => [r.code, r] as const))("%s has a Dutch and an English text with the same placeholders", (code, r) => {
    expect(r.error).toBeUndefined();
    expect(r.nl.trim()).not.toBe("");
    expect(r.en.trim()).not.toBe("");
    const exempt = new Set(ONE_LANGUAGE_ONLY[code] ?? []);
    const nl = sentinels(r.args, "nl");
    const en = sentinels(r.args, "en");
    const oneLanguageOnly = nl.filter((s, i) => !exempt.has(s) && r.nl.includes(s) !== r.en.includes(en[i]));
    expect({ code, oneLanguageOnly }).toEqual({ code, oneLanguageOnly: [] });
  });

  test("a message carries its code, and still compares, spreads and serialises as its two texts", () => {
    const m = messages.notMoney("veel");
    expect(m.code).toBe("core.notMoney");
    expect(messages.formulaError("#N/A").code).toBe("core.notAvailable");
    expect(messages.formulaError("#DIV/0!").code).toBe("core.formulaError");
    expect(m).toEqual({ nl: m.nl, en: m.en });
    expect({ ...m }).toEqual({ nl: m.nl, en: m.en });
    expect(JSON.parse(JSON.stringify(m))).toEqual({ nl: m.nl, en: m.en });
    expect(coded("x", { a: { b: (): Message => ({ nl: "n", en: "e" }) } }).a.b().code).toBe("x.a.b");
  });
});

describe("no Dutch in English output", () => {
  test.each(ALL.map((r) => [r.code, r.en] as const))("%s", (code, en) => {
    expect({ code, dutch: dutchWordIn(en) }).toEqual({ code, dutch: null });
  });

  test("an unnamed supplier is '(no name)' in English", () => {
    expect(coreTexts.unnamedSupplier().en).toBe("(no name)");
  });
});

describe("numbers and dates are formatted for the language", () => {
  test("euros", () => {
    expect(formatEuro(16_487_000, "en")).toBe("€16,487,000.00");
    expect(formatEuro(16_487_000, "nl")).toBe("€ 16.487.000,00");
    expect(formatEuro(-1234.5, "en")).toBe("-€1,234.50");
  });
  test("counts", () => {
    expect(formatCount(1_048_576, "nl")).toBe("1.048.576");
    expect(formatCount(1_048_576, "en")).toBe("1,048,576");
    expect(fileMessages.tooManyRows("a.xlsx", "Blad1", 1_200_000, 1_048_576).en).toContain("1,200,000 rows");
  });
  test("percentages", () => {
    expect(formatPercent(0.694, 1, "en")).toBe("69.4%");
    expect(formatPercent(0.694, 1, "nl")).toBe("69,4%");
  });
  test("dates: Dutch day-month-year, English with the month's name so no reader swaps day and month", () => {
    expect(formatDate(dayFromYmd(2022, 3, 1), "nl")).toBe("1-3-2022");
    expect(formatDate(dayFromYmd(2022, 3, 1), "en")).toBe("1 March 2022");
  });
  test("reasons use them: the threshold in English money, the date in English", () => {
    expect(reasonText(REASONS.outOfScope, "en")).toContain("€417.00");
    expect(reasonText(REASONS.outOfScope, "nl")).toContain("€ 417,00");
    expect(reasonText(REASONS.expired, "en")).toContain("1 March 2033");
  });
  test("own figures: the same sum, each in its own notation", () => {
    const figures = { direct: 0.016, indirect: 0.139, total: 0.155, level: "trede3" as const, auditDate: null };
    expect(ownMessages.ok(figures).nl).toBe("1,6% + 13,9% = 15,5%, trede 3");
    expect(ownMessages.ok(figures).en).toBe("1.6% + 13.9% = 15.5%, Level 3");
  });
});
