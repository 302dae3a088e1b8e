import { strFromU8, unzipSync } from "fflate";
import { mkdtempSync, readFileSync } from "fs";
import os from "os";
import path from "path";
import { SaxesParser } from "saxes";
import { runCli } from "../support/cli";

/*
 * Issue 22: workbooks shaped the way other writers save them (test/fixtures/other-writers/, made by
 * scripts/fixtures/make_other_writers.py). Reading must see every row as Excel does; `check --out` must keep what the
 * user had and write a sheet Excel opens without repairing it.
 */
const DIR = path.join(__dirname, "..", "fixtures", "other-writers");
const PEIL = ["--peildatum", "2026-12-01"];
const tmp = () => mkdtempSync(path.join(os.tmpdir(), "pso-other-"));

async function copyOf(input: string, name = "kopie.xlsx") {
  const out = path.join(tmp(), name);
  const result = await runCli(["check", input, ...PEIL, "--out", out]);
  const parts = unzipSync(readFileSync(out));
  return { result, out, sheet: strFromU8(parts["xl/worksheets/sheet1.xml"]), parts };
}

/** Throws on XML that is not well-formed (saxes: a strict, namespace-aware parser). */
function wellFormed(xml: string): void {
  const parser = new SaxesParser({ xmlns: true });
  parser.on("error", (e) => {
    throw e;
  });
  parser.write(xml).close();
}

/** The worksheet's own children by local name, in document order. */
function topLevel(xml: string): string[] {
  const names: string[] = [];
  const parser = new SaxesParser({ xmlns: true });
  let depth = 0;
  parser.on("opentag", (t) => {
    if (depth === 1) names.push(t.local);
    if (!t.isSelfClosing) depth++;
  });
  parser.on("closetag", (t) => {
    if (!t.isSelfClosing) depth--;
  });
  parser.write(xml).close();
  return names;
}

/** The findings part of `check`'s output, file name taken out. */
async function findings(file: string): Promise<string> {
  const r = await runCli(["check", file, ...PEIL]);
  return r.stdout.split(path.basename(file)).join("<bestand>");
}

describe("a data bar (LibreOffice and Excel write it as a cfRule with its own extLst)", () => {
  const input = path.join(DIR, "databalk-libreoffice.xlsx");

  test("the copy keeps the user's data bar whole and puts the highlight rule among the worksheet's children", async () => {
    const { result, sheet } = await copyOf(input);
    expect(result.code).toBe(1);
    wellFormed(sheet);
    const children = topLevel(sheet);
    // Ours after the user's block, before printOptions; the worksheet's own extLst stays last.
    expect(children.filter((n) => n === "conditionalFormatting")).toHaveLength(2);
    expect(children.indexOf("conditionalFormatting")).toBeLessThan(children.indexOf("printOptions"));
    expect(children.lastIndexOf("conditionalFormatting")).toBeLessThan(children.indexOf("printOptions"));
    expect(children[children.length - 1]).toBe("extLst");
    const userBlock = /<conditionalFormatting sqref="C2:C6">[\s\S]*?<\/conditionalFormatting>/.exec(sheet)?.[0] ?? "";
    expect(userBlock).toContain("<dataBar");
    expect(userBlock).toContain("<x14:id>");
    expect(userBlock).not.toContain("LEFT(");
  });

  test("checking the copy again replaces only PSO-toets's rule: the data bar stays and the sheet stays well-formed", async () => {
    const first = await copyOf(input);
    const second = await copyOf(first.out, "opnieuw.xlsx");
    wellFormed(second.sheet);
    expect(second.sheet.match(/<dataBar\b/g)).toHaveLength(1);
    expect(second.sheet.match(/<x14:dataBar\b/g)).toHaveLength(1);
    expect(topLevel(second.sheet).filter((n) => n === "conditionalFormatting")).toHaveLength(2);
    // Priorities stay unique over both the sheet's rules and the x14 rules.
    const priorities = [...second.sheet.matchAll(/\spriority="(\d+)"/g)].map((m) => m[1]);
    expect(new Set(priorities).size).toBe(priorities.length);
  });
});

describe("column definitions as other writers store them", () => {
  test("an open/close <col>, single quotes and a second <cols> become one sorted, disjoint <cols>; widths and hidden kept", async () => {
    const { result, sheet } = await copyOf(path.join(DIR, "kolommen.xlsx"));
    expect(result.code).toBe(1);
    wellFormed(sheet);
    expect(sheet.match(/<cols>/g)).toHaveLength(1);
    const cols = [...sheet.matchAll(/<col\b[^>]*>/g)].map((m) => m[0]);
    const range = (tag: string) => [Number(/min=["'](\d+)/.exec(tag)![1]), Number(/max=["'](\d+)/.exec(tag)![1])];
    const ranges = cols.map(range);
    for (let i = 1; i < ranges.length; i++) expect(ranges[i][0]).toBeGreaterThan(ranges[i - 1][1]);
    expect(cols.find((c) => range(c)[0] === 1)).toContain('width="30.5"');
    expect(cols.find((c) => range(c)[0] === 2)).toMatch(/hidden=['"]1['"]/);
    // The range to XFD is split around the two result columns (F and G) and still reaches the sheet's edge.
    expect(ranges.some(([a, b]) => a === 5 && b === 5)).toBe(true);
    expect(ranges.some(([a, b]) => a === 8 && b === 16384)).toBe(true);
    expect(cols.filter((c) => /min="[67]"/.test(c)).every((c) => /customWidth="1"/.test(c))).toBe(true);
  });
});

describe("rows stored out of order", () => {
  test("every row is checked once and the copy has each row number once, with its result", async () => {
    const input = path.join(DIR, "rijen-door-elkaar.xlsx");
    const { result, sheet } = await copyOf(input);
    expect(result.code).toBe(1);
    const numbers = [...sheet.matchAll(/<row r="(\d+)"/g)].map((m) => m[1]);
    expect(new Set(numbers).size).toBe(numbers.length);
    expect(numbers.sort()).toEqual(["1", "2", "3", "4", "5", "6"]);
    for (let r = 2; r <= 6; r++) expect(sheet).toMatch(new RegExp(`<c r="F${r}"[^>]*t="inlineStr">`));
    expect(await findings(input)).toBe(await findings(path.join(DIR, "kolommen.xlsx")));
  });
});

describe("comments, processing instructions and CDATA", () => {
  const input = path.join(DIR, "commentaar.xlsx");

  test("a comment holding </sheetData> between rows ends nothing: every row after it is checked", async () => {
    const r = await runCli(["check", input, ...PEIL]);
    expect(r.code).toBe(1);
    expect(await findings(input)).toBe(await findings(path.join(DIR, "kolommen.xlsx")));
  });

  test("CDATA and a rich run with an empty <t/> are read as their text, not as markup", async () => {
    // Row 2 holds its level as CDATA (before the comment), row 4 as rich text with an empty run.
    const r = await runCli(["check", input, ...PEIL]);
    expect(r.stdout).not.toContain("CDATA");
    expect(r.stdout).toMatch(/Fout +0\n/);
    expect(r.stdout).toMatch(/Voldoet +1\n/);
    expect(r.stdout).toContain("Rij 4  Groen Delta: Voldoet niet: geen geldig PSO-certificaat");
  });

  test("the copy has a result for every row after the comment", async () => {
    const { sheet } = await copyOf(input);
    wellFormed(sheet);
    for (let r = 2; r <= 6; r++) expect(sheet).toMatch(new RegExp(`<c r="F${r}"`));
  });
});

describe("x: prefixes on every tag, single quotes, attributes on new lines (Open XML SDK exporters)", () => {
  const input = path.join(DIR, "x-voorvoegsel.xlsx");

  test("the list is read as the same list without prefixes", async () => {
    expect(await findings(input)).toBe(await findings(path.join(DIR, "kolommen.xlsx")));
  });

  test("the copy writes its cells, widths and rule with the sheet's prefix", async () => {
    const { result, sheet, parts } = await copyOf(input);
    expect(result.code).toBe(1);
    wellFormed(sheet);
    wellFormed(strFromU8(parts["xl/styles.xml"]));
    expect(sheet).toMatch(/<x:c r="F2"[^>]*t="inlineStr"><x:is><x:t/);
    expect(sheet).toContain("<x:conditionalFormatting");
    expect(sheet).not.toMatch(/<(?:c|row|col|cols|conditionalFormatting)\b/);
  });
});

describe("a long explanation", () => {
  test("its row is made taller, but never above Excel's maximum of 409 points", async () => {
    const { sheet } = await copyOf(path.join(DIR, "lange-toelichting.xlsx"));
    const heights = [...sheet.matchAll(/\sht="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(heights.length).toBeGreaterThan(0);
    expect(Math.max(...heights)).toBe(409);
  });
});
