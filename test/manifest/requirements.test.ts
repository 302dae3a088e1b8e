/**
 * The manifest declares the Excel API set the code needs, and the taskpane says what an older Excel lacks.
 * The API set of each Excel member the adapter calls comes from @types/office-js ("[Api set: ExcelApi 1.x]").
 */
import * as fs from "fs";
import * as path from "path";
import { missing, OPTIONAL, REQUIRED, requirementNotice } from "../../src/taskpane/requirements";

const ROOT = path.resolve(__dirname, "../..");
const manifest = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");

const declared = (set: string) => new RegExp(`<Set Name="${set}" MinVersion="([\\d.]+)"/>`).exec(manifest)?.[1];
const asNumber = (v: string) => v.split(".").reduce((n, part, i) => n + Number(part) / 1000 ** i, 0);

/** Member name → the lowest ExcelApi version any Excel class declares it in. */
function excelApiVersions(): Map<string, string> {
  const lines = fs.readFileSync(require.resolve("@types/office-js/index.d.ts"), "utf8").split("\n");
  const versions = new Map<string, string>();
  let pending: string | null = null;
  for (const line of lines) {
    const set = /\[Api set: ExcelApi (\d+\.\d+)\]/.exec(line);
    if (set) pending = set[1];
    else if (/^\s*\/\*\*/.test(line)) pending = null;
    else if (pending && !/^\s*\*/.test(line)) {
      const member = /^\s+(?:readonly\s+)?(\w+)\??\s*[(:<]/.exec(line);
      if (member) {
        const known = versions.get(member[1]);
        if (!known || asNumber(pending) < asNumber(known)) versions.set(member[1], pending);
      }
      pending = null;
    }
  }
  return versions;
}

/** Excel members the adapter uses whose names say they are Excel's: get…(), …OrNullObject, on… events, collections. */
function membersUsed(): Set<string> {
  const dir = path.join(ROOT, "src/excel");
  const names = new Set<string>();
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith(".ts"))) {
    const code = fs.readFileSync(path.join(dir, file), "utf8").replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, "");
    for (const m of code.matchAll(/\.(get\w+|\w+OrNullObject|on[A-Z]\w+|conditionalFormats|settings|charts|tables|customOrNullObject)\b/g)) names.add(m[1]);
  }
  return names;
}

describe("the API sets", () => {
  test("manifest.xml declares exactly the sets the taskpane treats as required", () => {
    for (const r of REQUIRED) expect([r.set, declared(r.set)]).toEqual([r.set, r.version]);
    const sets = [...manifest.matchAll(/<Set Name="(\w+)"/g)].map((m) => m[1]).sort();
    expect(sets).toEqual(REQUIRED.map((r) => r.set).sort());
  });

  test("every Excel member the adapter calls is in the declared ExcelApi set, or is an optional feature checked at start", () => {
    const versions = excelApiVersions();
    expect(versions.get("getMergedAreasOrNullObject")).toBe("1.13");
    expect(versions.get("getRangeByIndexes")).toBe("1.7");
    const minimum = asNumber(declared("ExcelApi")!);
    const optional = new Set(OPTIONAL.filter((r) => r.set === "ExcelApi").map((r) => r.version));
    const used = [...membersUsed()].filter((name) => versions.has(name));
    expect(used.length).toBeGreaterThan(5);
    const beyond = used.filter((name) => asNumber(versions.get(name)!) > minimum);
    for (const name of beyond) expect([name, optional.has(versions.get(name)!)]).toEqual([name, true]);
  });
});

describe("what the taskpane says at start", () => {
  const upTo = (excelApi: string) => (set: string, version: string) =>
    set === "SharedRuntime" ? version === "1.1" : set === "ExcelApi" && asNumber(version) <= asNumber(excelApi);

  test("nothing when Excel has every set", () => {
    expect(requirementNotice(upTo("1.17"), "nl")).toBeNull();
  });

  test("Excel with ExcelApi 1.12: a Dutch warning naming merged cells and the missing set; English in English Office", () => {
    const nl = requirementNotice(upTo("1.12"), "nl")!;
    expect(nl.intent).toBe("warning");
    expect(nl.text).toContain("samengevoegde cellen");
    expect(nl.text).toContain("ExcelApi 1.13");
    expect(nl.text).toContain("De rest werkt");
    const en = requirementNotice(upTo("1.12"), "en")!;
    expect(en.text).toContain("merged cells");
    expect(en.text).not.toContain("samengevoegde");
  });

  test("Excel below the manifest's set: an error naming what does not work", () => {
    const notice = requirementNotice(upTo("1.5"), "nl")!;
    expect(notice.intent).toBe("error");
    expect(notice.text).toContain("ExcelApi 1.7");
    expect(notice.text).toContain("Werk Excel bij");
  });

  test("a check that throws counts as not supported, never as a crash", () => {
    expect(missing(() => { throw new Error("no requirements API"); }, OPTIONAL)).toEqual(OPTIONAL);
  });
});
