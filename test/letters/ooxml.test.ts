import { execFileSync, spawnSync } from "child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "fs";
import os from "os";
import path from "path";
import { unzipSync } from "fflate";
import { checkFindings, dayFromYmd, Lang, lettersFor, policyFromJson, tableFromGrid } from "../../src/core";
import { renderLetter, renderLetters } from "../../src/letters/render";

/*
 * Issue 22 ("What to build" 2, item 10): every XML part of the letters PSO-toets writes is valid against the ECMA-376
 * transitional schemas (/work/shared/ooxml-schemas, wml.xsd and the OPC schemas), as Word reads it: what a part marks
 * mc:Ignorable is dropped first. A finding the template already had is not ours; everything else fails the test.
 * The JDK's validator does the work (ooxml/ValidateParts.java).
 */

const root = path.join(__dirname, "..", "..");
const SCHEMA_DIR = [process.env.OOXML_SCHEMAS ?? "", path.join(root, "..", "shared", "ooxml-schemas"), "/work/shared/ooxml-schemas"].find(
  (d) => d !== "" && existsSync(path.join(d, "wml.xsd")),
);
const hasJava = spawnSync("java", ["-version"]).status === 0;

const peil = dayFromYmd(2026, 12, 1);
const policy = (() => {
  const p = policyFromJson({ buyer: { name: "Woningstichting <Maasdal> & Co", contact: "Petra \"PJ\" Janssen", phone: "077 123 45 67", email: "inkoop@maasdal.example" } });
  if (!p.ok) throw new Error(p.message.nl);
  return p.value;
})();

function letters(lang: Lang) {
  const grid = [
    ["Leverancier", "KvK-nummer", "Adres", "Postcode", "Plaats", "Categorie", "Opdrachtsom per jaar", "PSO-trede", "Geldig tot", "Gunningsdatum", "Looptijd (maanden)"],
    ["Groen & Zo <b>", "14034567", "Markt 1", "5911 AA", "Venlo", "Groenvoorziening", 320000, "trede1", "30-6-2027", null, null],
    ["Stuur\u0001teken\u001b BV\r\nTweede regel", "", "", "", "", "", 300000, "Ja", "31-12-2027", null, null],
    ["Groeier ]]> </w:t>", "66666666", "", "", "", "IT", 300000, "geen", null, "1-2-2026", 48],
    ["Verloopt Gauw", "33333333", "", "", "", "Telecom", 300000, "Trede 2", "15-1-2027", null, null],
  ];
  const table = tableFromGrid(grid as never)!;
  return lettersFor(table.rows, checkFindings(table, policy, peil), policy, peil, lang);
}

/** Writes the XML parts of each .docx under its own folder; returns the part paths, by document. */
function unpack(dir: string, docs: Record<string, Uint8Array>): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [name, bytes] of Object.entries(docs)) {
    out[name] = [];
    for (const [part, data] of Object.entries(unzipSync(bytes))) {
      if (!/\.(xml|rels)$/.test(part)) continue;
      const file = path.join(dir, name, part);
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, data);
      out[name].push(file);
    }
  }
  return out;
}

/** Findings per document, the part named relative to its document ("word/document.xml: cvc-..."). */
function validate(dir: string, parts: Record<string, string[]>): Record<string, string[]> {
  const files = Object.values(parts).flat();
  const output = execFileSync("java", [path.join(__dirname, "ooxml", "ValidateParts.java"), SCHEMA_DIR!, path.join(__dirname, "ooxml", "xml.xsd"), ...files], {
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
    timeout: 170_000,
  });
  const found: Record<string, string[]> = {};
  for (const name of Object.keys(parts)) found[name] = [];
  for (const line of output.split("\n").filter(Boolean)) {
    const rel = path.relative(dir, line.slice(0, line.indexOf(": ")));
    const [doc, ...rest] = rel.split(path.sep);
    found[doc].push(`${rest.join("/")}: ${line.slice(line.indexOf(": ") + 2)}`);
  }
  return found;
}

(hasJava && SCHEMA_DIR ? test : test.skip)("every XML part of the letters is valid WordprocessingML and OPC, as the template was (needs java)", () => {
  const docs: Record<string, Uint8Array> = {};
  for (const lang of ["nl", "en"] as const) {
    const template = readFileSync(path.join(root, "templates", lang === "en" ? "brief-en.docx" : "brief.docx"));
    docs[`template-${lang}`] = template;
    const l = letters(lang);
    expect(l.length).toBeGreaterThanOrEqual(4);
    const all = renderLetters(template, "brief.docx", l);
    if (!all.ok) throw new Error(all.message.nl);
    docs[`all-${lang}`] = all.value.docx;
    const one = renderLetter(template, "brief.docx", l[1]);
    if (!one.ok) throw new Error(one.message.nl);
    docs[`one-${lang}`] = one.value.docx;
  }
  const dir = mkdtempSync(path.join(os.tmpdir(), "pso-letters-ooxml-"));
  const found = validate(dir, unpack(dir, docs));
  for (const lang of ["nl", "en"]) {
    const before = new Set(found[`template-${lang}`]);
    expect(found[`all-${lang}`].filter((f) => !before.has(f))).toEqual([]);
    expect(found[`one-${lang}`].filter((f) => !before.has(f))).toEqual([]);
  }
}, 180_000);
