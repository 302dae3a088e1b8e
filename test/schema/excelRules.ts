import { strFromU8 } from "fflate";

/*
 * The rules Excel enforces that no schema states (issue 22): each is checked on the parts of one file and returns
 * findings as "<part>: <what>". A finding the input file already had is not one PSO-toets made: compare.
 */

const text = (parts: Record<string, Uint8Array>, name: string) => (parts[name] ? strFromU8(parts[name]) : "");
const attr = (tag: string, name: string) => new RegExp(`\\s${name}\\s*=\\s*["']([^"']*)["']`).exec(tag)?.[1] ?? null;
const decode = (s: string) => s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, "&");

function worksheetRules(name: string, xml: string, findings: string[]): void {
  const priorities = [...xml.matchAll(/<(?:[\w]+:)?cfRule\b[^>]*>/g)].map((m) => attr(m[0], "priority")).filter((p) => p !== null);
  const seen = new Set<string>();
  for (const p of priorities) {
    if (seen.has(p!)) findings.push(`${name}: cfRule priority ${p} used twice`);
    seen.add(p!);
  }
  for (const m of xml.matchAll(/<(?:\w+:)?row\b[^>]*>/g)) {
    const ht = attr(m[0], "ht");
    if (ht !== null && Number(ht) > 409) findings.push(`${name}: row ${attr(m[0], "r")} height ${ht} above 409`);
  }
  const colsBlocks = xml.match(/<(?:\w+:)?cols\b/g) ?? [];
  if (colsBlocks.length > 1) findings.push(`${name}: ${colsBlocks.length} <cols> elements`);
  let covered = 0;
  for (const m of xml.matchAll(/<(?:\w+:)?col\b[^>]*>/g)) {
    const min = Number(attr(m[0], "min"));
    const max = Number(attr(m[0], "max"));
    if (!(min >= 1 && max >= min && max <= 16384)) findings.push(`${name}: column range ${min}-${max}`);
    if (min <= covered) findings.push(`${name}: column ranges not sorted and disjoint at ${min}`);
    covered = Math.max(covered, max);
  }
  for (const m of xml.matchAll(/<(?:\w+:)?t\b[^>]*>([^<]*)</g)) {
    if (decode(m[1]).length > 32767) findings.push(`${name}: cell text of ${decode(m[1]).length} characters`);
  }
  for (const m of xml.matchAll(/<(?:\w+:)?(odd|even|first)(Header|Footer)>([^<]*)</g)) {
    if (decode(m[3]).length > 255) findings.push(`${name}: ${m[1]}${m[2]} of ${decode(m[3]).length} characters`);
  }
}

function stylesRules(name: string, xml: string, findings: string[]): void {
  for (const [collection, child] of [["numFmts", "numFmt"], ["fonts", "font"], ["fills", "fill"], ["borders", "border"], ["cellStyleXfs", "xf"], ["cellXfs", "xf"], ["cellStyles", "cellStyle"], ["dxfs", "dxf"]]) {
    const m = new RegExp(`<(?:\\w+:)?${collection}\\b([^>]*?)(?:/>|>([\\s\\S]*?)</(?:\\w+:)?${collection}>)`).exec(xml);
    if (!m) continue;
    const count = attr(`<x ${m[1]}>`, "count");
    const actual = (m[2] ?? "").match(new RegExp(`<(?:\\w+:)?${child}(?=[\\s/>])`, "g"))?.length ?? 0;
    if (count !== null && Number(count) !== actual) findings.push(`${name}: ${collection} count="${count}" holds ${actual}`);
  }
}

/** Every part has a content type; every override names a part; relationship ids unique, internal targets present. */
function packageRules(parts: Record<string, Uint8Array>, findings: string[]): void {
  const types = text(parts, "[Content_Types].xml");
  const defaults = new Set([...types.matchAll(/<Default\b[^>]*>/g)].map((m) => (attr(m[0], "Extension") ?? "").toLowerCase()));
  const overrides = new Set([...types.matchAll(/<Override\b[^>]*>/g)].map((m) => (attr(m[0], "PartName") ?? "").replace(/^\//, "")));
  for (const name of Object.keys(parts)) {
    if (name === "[Content_Types].xml" || name.endsWith("/")) continue;
    const ext = name.slice(name.lastIndexOf(".") + 1).toLowerCase();
    if (!overrides.has(name) && !defaults.has(ext)) findings.push(`[Content_Types].xml: no content type for ${name}`);
  }
  for (const o of overrides) if (!parts[o]) findings.push(`[Content_Types].xml: override for missing part ${o}`);
  for (const name of Object.keys(parts).filter((n) => n.endsWith(".rels"))) {
    const xml = text(parts, name);
    const base = name.replace(/_rels\/[^/]*\.rels$/, "");
    const ids = new Set<string>();
    for (const m of xml.matchAll(/<(?:\w+:)?Relationship\b[^>]*>/g)) {
      const id = attr(m[0], "Id") ?? "";
      if (ids.has(id)) findings.push(`${name}: relationship id ${id} used twice`);
      ids.add(id);
      if (attr(m[0], "TargetMode") === "External") continue;
      const target = decodeURI(attr(m[0], "Target") ?? "");
      const resolved = target.startsWith("/") ? target.slice(1) : resolve(base, target);
      if (!parts[resolved]) findings.push(`${name}: ${id} points at missing part ${resolved}`);
    }
  }
}

function resolve(base: string, target: string): string {
  const out = base.split("/").filter(Boolean);
  for (const seg of target.split("/")) {
    if (seg === "..") out.pop();
    else if (seg !== "." && seg !== "") out.push(seg);
  }
  return out.join("/");
}

/** calcChain names only cells that hold a formula (sheet by the workbook's sheetId). */
function calcChainRules(parts: Record<string, Uint8Array>, findings: string[]): void {
  const chain = text(parts, "xl/calcChain.xml");
  if (!chain) return;
  const workbook = text(parts, "xl/workbook.xml");
  const rels = text(parts, "xl/_rels/workbook.xml.rels");
  const target = new Map([...rels.matchAll(/<Relationship\b[^>]*>/g)].map((m) => [attr(m[0], "Id"), resolve("xl", attr(m[0], "Target") ?? "")]));
  const sheetOf = new Map([...workbook.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)].map((m) => [attr(m[0], "sheetId"), target.get(attr(m[0], "r:id") ?? attr(m[0], "id"))]));
  let sheet: string | null = null;
  for (const m of chain.matchAll(/<(?:\w+:)?c\b[^>]*>/g)) {
    sheet = attr(m[0], "i") ?? sheet;
    const part = sheetOf.get(sheet);
    const ref = attr(m[0], "r");
    if (!part || !ref) continue;
    const cell = new RegExp(`<(?:\\w+:)?c\\b[^>]*\\sr=["']${ref}["'][^>]*?(?:/>|>([\\s\\S]*?)</(?:\\w+:)?c>)`).exec(text(parts, part));
    if (!cell || !/<(?:\w+:)?f\b/.test(cell[1] ?? "")) findings.push(`xl/calcChain.xml: ${ref} on sheet ${sheet} holds no formula`);
  }
}

export function excelRuleFindings(parts: Record<string, Uint8Array>): string[] {
  const findings: string[] = [];
  for (const name of Object.keys(parts)) {
    if (/^xl\/worksheets\/[^/]+\.xml$/.test(name)) worksheetRules(name, text(parts, name), findings);
    if (name === "xl/styles.xml") stylesRules(name, text(parts, name), findings);
  }
  packageRules(parts, findings);
  calcChainRules(parts, findings);
  return findings;
}

/**
 * The findings a produced file has that its input did not already have: schema messages per part (each message of
 * the input excuses one of the same in the output), then Excel's own rules. A finding the input had is not ours.
 */
export function findingsAdded(
  before: ReadonlyMap<string, string[]>,
  after: ReadonlyMap<string, string[]>,
  input: Record<string, Uint8Array> | null | undefined,
  output: Record<string, Uint8Array>,
): string[] {
  const out: string[] = [];
  for (const [part, messages] of after) {
    const had = [...(before.get(part) ?? [])];
    for (const m of messages) {
      const at = had.indexOf(m);
      if (at >= 0) had.splice(at, 1);
      else out.push(`${part}: ${m}`);
    }
  }
  const hadRules = input ? excelRuleFindings(input) : [];
  for (const f of excelRuleFindings(output)) if (!hadRules.includes(f)) out.push(f);
  return out;
}
