import { readFileSync } from "fs";
import path from "path";
import { unzipSync } from "fflate";
import { checkFindings, dayFromYmd, Lang, lettersFor, policyFromJson, tableFromGrid } from "../../src/core";
import { renderLetter, renderLetters } from "../../src/letters/render";
import { schemaFindings } from "../schema/validate";

/*
 * Issue 22 ("What to build" 2, item 10): every XML part of the letters PSO-toets writes is valid against the ECMA-376
 * transitional schemas (../shared/ooxml-schemas, wml.xsd and the OPC schemas), as Word reads it: what a part marks
 * mc:Ignorable is dropped first. A finding the template already had is not ours; everything else fails the test.
 * The JDK's validator does the work, the same one as for the workbooks (test/schema/validate.ts).
 */

const root = path.join(__dirname, "..", "..");
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

test("every XML part of the letters is valid WordprocessingML and OPC, as the template was", () => {
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
  const found = schemaFindings(Object.fromEntries(Object.entries(docs).map(([name, bytes]) => [name, unzipSync(bytes)])));
  const lines = (doc: string) => [...found.get(doc)!].flatMap(([part, messages]) => messages.map((m) => `${part}: ${m}`));
  for (const lang of ["nl", "en"]) {
    const before = new Set(lines(`template-${lang}`));
    expect(lines(`all-${lang}`).filter((f) => !before.has(f))).toEqual([]);
    expect(lines(`one-${lang}`).filter((f) => !before.has(f))).toEqual([]);
  }
}, 180_000);
