import * as fs from "fs";
import * as path from "path";
import { builtFunctionsDir, ROOT } from "./support/buildFunctions";
import { bundleIn } from "./support/bundle";
import { StandIn, StandInError } from "./support/customFunctionsStandIn";
import { helpDocument, sectionText } from "./support/helpPage";

/*
 * Issue 23, item 8 and issue 25, item 7: one help source. Every example of src/functions/help.json runs against the
 * built bundle, in Dutch and in English Office, and gives the result the help pages and the README promise; the
 * pages the build makes name every registered function and every argument; the README's table is the one the help
 * source makes.
 */
/* eslint-disable @typescript-eslint/no-require-imports -- a CommonJS script of the build, without types of its own */
const pages = require("../../scripts/help-pages.js");
const { BEGIN, END } = require("../../scripts/readme-formulas.js");
/* eslint-enable @typescript-eslint/no-require-imports */

type Value = number | string | boolean | { error: string } | { line: Record<Lang, string>; value: number } | Record<Lang, string>;
type Lang = "nl" | "en";
interface Example {
  args: unknown[];
  result: Value;
}
interface Metadata {
  functions: { id: string; helpUrl?: string; parameters: { name: string; description?: string; optional?: boolean }[] }[];
}

const help = JSON.parse(fs.readFileSync(path.join(ROOT, "src/functions/help.json"), "utf8")) as {
  functions: Record<string, { examples: Example[] }>;
};
const examples = Object.entries(help.functions).flatMap(([id, entry]) => entry.examples.map((ex) => [id, ex] as const));

let dir: string;
let nl: Metadata, en: Metadata;
const bundles: Partial<Record<Lang, StandIn>> = {};

beforeAll(async () => {
  dir = await builtFunctionsDir();
  nl = JSON.parse(fs.readFileSync(path.join(dir, "functions.json"), "utf8"));
  en = JSON.parse(fs.readFileSync(path.join(dir, "functions.en.json"), "utf8"));
  bundles.nl = await bundleIn("nl-NL");
  bundles.en = await bundleIn("en-US");
}, 180_000);

function run(lang: Lang, id: string, ex: Example): unknown[][] {
  const fn = bundles[lang]!.associated.get(id) as (...a: unknown[]) => unknown[][];
  return fn(...ex.args.map(pages.argumentValue));
}

describe.each(["nl", "en"] as const)("every help example gives its stated result in %s Office", (lang) => {
  test.each(examples.map(([id, ex]) => [pages.formulaText(id, ex.args, lang), id, ex] as const))("%s", (_formula, id, ex) => {
    const out = run(lang, id, ex);
    const expected = ex.result as Exclude<Value, string>;
    if (typeof expected === "number") return expect(out[0][0]).toBeCloseTo(expected, 6);
    if (typeof expected === "boolean") return expect(out[0][0]).toBe(expected);
    if ("error" in expected) {
      expect(out[0][0]).toBeInstanceOf(StandInError);
      return expect((out[0][0] as StandInError).code).toBe(expected.error);
    }
    if ("line" in expected) {
      const line = out.find((row) => row[0] === (expected.line as Record<Lang, string>)[lang]);
      expect(line).toBeDefined();
      return expect(line![1]).toBeCloseTo(expected.value as number, 2);
    }
    expect(out[0][0]).toBe((expected as Record<Lang, string>)[lang]);
  });
});

describe("the help pages the build makes", () => {
  test.each([
    ["functions.html", "nl"],
    ["functions.en.html", "en"],
  ] as const)("%s documents every registered function with every argument and its examples", (file, lang) => {
    const html = fs.readFileSync(path.join(dir, file), "utf8");
    const doc = helpDocument(html);
    expect(doc.documentElement.lang).toBe(lang);
    const metadata = lang === "nl" ? nl : en;
    expect(pages.problems(help, metadata)).toEqual([]);
    for (const f of metadata.functions) {
      const section = sectionText(doc, f.id.toLowerCase());
      for (const p of f.parameters) expect(section).toContain(p.name);
      for (const ex of help.functions[f.id].examples) expect(section).toContain(pages.formulaText(f.id, ex.args, lang));
    }
    expect(html).not.toMatch(/(src|href)=["']?https?:/);
  });

  test("the English page uses English notation and words, the Dutch page Dutch", () => {
    const english = fs.readFileSync(path.join(dir, "functions.en.html"), "utf8");
    expect(english).toContain("=PSO.SROI(400000,24,30%)");
    expect(english).toContain("DATE(2022,6,30)");
    expect(english).not.toMatch(/\bWAAR\b|\bONWAAR\b|#N\/B|#WAARDE!|DATUM\(/);
    const dutch = fs.readFileSync(path.join(dir, "functions.html"), "utf8");
    expect(dutch).toContain("=PSO.SROI(400000;24;30%)");
    expect(dutch).toContain("DATUM(2022;6;30)");
  });

  test("English Office opens the English page from Insert Function, Dutch Office the Dutch one", () => {
    for (const f of en.functions) expect(f.helpUrl).toMatch(new RegExp(`/functions\\.en\\.html#${f.id.toLowerCase()}$`));
    for (const f of nl.functions) expect(f.helpUrl).toMatch(new RegExp(`/functions\\.html#${f.id.toLowerCase()}$`));
  });

  test("a function without help or an example fails the build's check, naming it", () => {
    const withNew = { functions: [...nl.functions, { id: "NIEUW", parameters: [] }] };
    expect(pages.problems(help, withNew)).toEqual(['PSO.NIEUW has no help: add "NIEUW" to src/functions/help.json']);
  });
});

test("the README's formula table is the one the help source makes (node scripts/readme-formulas.js writes it)", () => {
  const readme = fs.readFileSync(path.join(ROOT, "README.md"), "utf8");
  const start = readme.indexOf(BEGIN);
  const end = readme.indexOf(END);
  expect(start).toBeGreaterThan(0);
  expect(readme.slice(start + BEGIN.length, end).trim()).toBe(pages.readmeTable(help, nl));
  // every function, its full signature included (trede_bij_gunning was missing from VOLDOET and STATUS)
  for (const f of nl.functions) expect(readme.slice(start, end)).toContain(`PSO.${f.id}(`);
  expect(readme.slice(start, end)).toContain("[trede_bij_gunning]");
});
