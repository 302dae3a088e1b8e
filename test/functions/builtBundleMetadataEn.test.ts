import * as fs from "fs";
import * as path from "path";
import { dutchWordIn } from "../support/dutchWords";
import { builtFunctionsDir } from "./support/buildFunctions";

/*
 * The metadata Excel reads in an English Office (functions.en.json, from the build): what autocomplete and the Insert
 * Function dialog show. The same functions as the Dutch functions.json, so a formula typed in one Excel works in the
 * other; only the descriptions differ, and they are English.
 */
interface Metadata {
  allowErrorForDataTypeAny?: boolean;
  functions: { id: string; name: string; description: string; parameters: { name: string; description: string }[] }[];
}

const IDS = ["BIJDRAGE", "TREDE", "EIS", "VOLDOET", "STATUS", "GELDIG", "NIVEAU", "GROEIPAD", "SROI", "KPI", "REGISTER"];

let nl: Metadata;
let en: Metadata;

beforeAll(async () => {
  const dir = await builtFunctionsDir();
  nl = JSON.parse(fs.readFileSync(path.join(dir, "functions.json"), "utf8"));
  en = JSON.parse(fs.readFileSync(path.join(dir, "functions.en.json"), "utf8"));
}, 180_000);

/** Each function and parameter description, keyed "ID" and "ID(param)". */
const descriptions = (m: Metadata) =>
  m.functions.flatMap((f) => [[f.id, f.description], ...f.parameters.map((p) => [`${f.id}(${p.name})`, p.description])] as [string, string][]);

test("the same eleven functions, with the same names, parameters, types and options as the Dutch metadata, and the English help page", () => {
  const withoutTexts = (m: Metadata) => JSON.parse(JSON.stringify(m, (key, value) => (key === "description" || key === "helpUrl" ? undefined : value)));
  expect(en.functions.map((f) => f.name)).toEqual(IDS);
  expect(withoutTexts(en)).toEqual(withoutTexts(nl));
  const helpUrls = (m: Metadata) => m.functions.map((f) => (f as { helpUrl?: string }).helpUrl);
  expect(helpUrls(en)).toEqual(helpUrls(nl).map((u) => u?.replace("/functions.html#", "/functions.en.html#")));
});

test("every function and parameter has an English description, different from the Dutch one", () => {
  const dutch = new Map(descriptions(nl));
  const english = descriptions(en);
  expect(english).toHaveLength(dutch.size);
  expect(english.length).toBeGreaterThan(30);
  for (const [key, text] of english) {
    expect({ key, text: text.trim().length > 10, differs: text !== dutch.get(key) }).toEqual({ key, text: true, differs: true });
  }
});

test.each(IDS)("PSO.%s: no Dutch word in its English descriptions", (id) => {
  const f = en.functions.find((g) => g.id === id)!;
  for (const [key, text] of descriptions({ functions: [f] })) expect({ key, dutchWord: dutchWordIn(text) }).toEqual({ key, dutchWord: null });
});

test("the Dutch metadata stays Dutch (the JSDoc), so a Dutch Excel is unchanged", () => {
  const status = nl.functions.find((f) => f.id === "STATUS")!;
  expect(status.description).toBe("De PSO-status met korte reden, gelijk aan de kolom PSO-status van het taakvenster.");
  expect(dutchWordIn(status.description)).not.toBeNull();
});
