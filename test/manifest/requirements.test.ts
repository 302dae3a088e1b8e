/**
 * The manifest declares the Excel API set the code needs, and the taskpane says what an older Excel lacks.
 * The API set of each Excel member the adapter calls comes from @types/office-js ("[Api set: ExcelApi 1.x]").
 */
import * as fs from "fs";
import * as path from "path";
import * as ts from "typescript";
import { LATER_MEMBERS } from "../../src/excel-standin";
import { missing, OPTIONAL, REQUIRED, requirementNotice } from "../../src/taskpane/requirements";

const ROOT = path.resolve(__dirname, "../..");
const manifest = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");

const declared = (set: string) => new RegExp(`<Set Name="${set}" MinVersion="([\\d.]+)"/>`).exec(manifest)?.[1];
const asNumber = (v: string) => v.split(".").reduce((n, part, i) => n + Number(part) / 1000 ** i, 0);

/**
 * Every Excel member the adapter (src/excel) reaches, as "Class.member" with its API set, found by TypeScript itself
 * (each property access resolved to its declaration in @types/office-js and that declaration's "[Api set: …]"), so
 * a call is caught whatever its name and however it is reached.
 */
function excelMembersUsed(): Map<string, { set: string; version: string; where: string }> {
  const config = ts.getParsedCommandLineOfConfigFile(path.join(ROOT, "tsconfig.json"), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined })!;
  const files = ts.sys.readDirectory(path.join(ROOT, "src/excel"), [".ts"]);
  const program = ts.createProgram(files, { ...config.options, noEmit: true });
  const checker = program.getTypeChecker();
  const used = new Map<string, { set: string; version: string; where: string }>();
  for (const file of files) {
    const source = program.getSourceFile(file)!;
    const visit = (node: ts.Node): void => {
      if (ts.isPropertyAccessExpression(node)) {
        for (const decl of checker.getSymbolAtLocation(node.name)?.declarations ?? []) {
          if (!decl.getSourceFile().fileName.includes("@types/office-js/")) continue;
          const set = /\[Api set: (\w+) ([\d.]+)/.exec(decl.getFullText());
          const owner = (decl.parent as ts.ClassDeclaration).name?.getText() ?? "";
          const where = `${path.basename(file)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
          if (set) used.set(`${owner}.${node.name.text}`, { set: set[1], version: set[2], where });
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return used;
}

describe("the API sets", () => {
  test("manifest.xml declares exactly the sets the taskpane treats as required", () => {
    for (const r of REQUIRED) expect([r.set, declared(r.set)]).toEqual([r.set, r.version]);
    const sets = [...manifest.matchAll(/<Set Name="(\w+)"/g)].map((m) => m[1]).sort();
    expect(sets).toEqual(REQUIRED.map((r) => r.set).sort());
  });

  const used = excelMembersUsed();
  const minimum = asNumber(declared("ExcelApi")!);
  const beyond = [...used].filter(([, u]) => u.set !== "ExcelApi" || asNumber(u.version) > minimum);

  test("the scan sees the adapter's Excel calls, their API sets included", () => {
    expect(used.get("Worksheet.getRangeByIndexes")?.version).toBe("1.7");
    expect(used.get("Range.getMergedAreasOrNullObject")?.version).toBe("1.13");
    expect(used.get("Table.resize")?.version).toBe("1.13");
    expect(used.size).toBeGreaterThan(40);
  });

  test("every Excel member above the manifest's ExcelApi is an optional feature the taskpane names, under its own set or a later one", () => {
    const optional = new Map(OPTIONAL.flatMap((r) => (r.members ?? []).map((m) => [m, r] as const)));
    for (const [member, u] of beyond) {
      const feature = optional.get(member);
      // RangeAreas.address (1.9) is reached only through getMergedAreasOrNullObject (1.13), so it sits under 1.13.
      const covered = feature !== undefined && feature.set === u.set && asNumber(feature.version) >= asNumber(u.version);
      expect([member, u.where, u.set, u.version, covered]).toEqual([member, u.where, u.set, u.version, true]);
    }
    // And nothing listed as optional that the adapter no longer calls.
    expect([...optional.keys()].filter((m) => !used.has(m))).toEqual([]);
  });

  test("the stand-in refuses each of them when it plays an older Excel, so the adapter tests on ExcelApi 1.7 prove each call is guarded", () => {
    for (const [member, u] of beyond) expect([member, LATER_MEMBERS[member]]).toEqual([member, u.version]);
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
