import { readFileSync } from "fs";
import path from "path";
import { zipSync } from "fflate";
import { JSDOM } from "jsdom";
import PizZip from "pizzip";
import { checkFindings, dayFromYmd, lettersFor, policyFromJson, tableFromGrid } from "../../src/core";
import { renderLetters, TEMPLATE_MAX_BYTES } from "../../src/letters/render";

/*
 * Issue 22 item 10: a letter template or a supplier list can never produce a .docx Word cannot open, and a template
 * that unpacks to hundreds of MB is refused in seconds without unpacking it whole.
 */

const root = path.join(__dirname, "..", "..");
const template = readFileSync(path.join(root, "templates", "brief.docx"));
const peil = dayFromYmd(2026, 12, 1);
const policy = (() => {
  const p = policyFromJson({ buyer: { name: "Woningstichting Maasdal", contact: "Petra Janssen", phone: "", email: "" } });
  if (!p.ok) throw new Error(p.message.nl);
  return p.value;
})();

function lettersOf(names: string[]) {
  const grid = [["Leverancier", "Opdrachtsom per jaar", "PSO-trede"], ...names.map((n) => [n, 300000, "geen"])];
  const table = tableFromGrid(grid as never)!;
  return lettersFor(table.rows, checkFindings(table, policy, peil), policy, peil, "nl");
}

function withDocument(edit: (xml: string) => string): Uint8Array {
  const zip = new PizZip(template);
  zip.file("word/document.xml", edit(zip.file("word/document.xml")!.asText()));
  return zip.generate({ type: "uint8array", compression: "DEFLATE" });
}

/** Every byte of a letter's document.xml is well-formed XML 1.0: no control characters, every tag closed. */
function expectWellFormed(docx: Uint8Array) {
  const xml = new PizZip(docx).file("word/document.xml")!.asText();
  expect(xml).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/);
  const doc = new new JSDOM("").window.DOMParser().parseFromString(xml, "application/xml");
  expect(doc.getElementsByTagName("parsererror")).toHaveLength(0);
}

test("a supplier name with control characters no longer sinks every letter: the characters are left out", () => {
  const letters = lettersOf(["Gewoon BV", "Stuur\u0001teken\u001b BV", "Nog Een\u0007 BV"]);
  const rendered = renderLetters(template, "brief.docx", letters);
  if (!rendered.ok) throw new Error(rendered.message.nl);
  expectWellFormed(rendered.value.docx);
  const text = new PizZip(rendered.value.docx).file("word/document.xml")!.asText().replace(/<[^>]+>/g, "");
  expect(text).toContain("Stuurteken BV");
  expect(text).toContain("Nog Een BV");
});

test("a raw-XML tag {@leverancier} in the user's template is refused, in Dutch, naming the tag", () => {
  const own = withDocument((xml) => xml.replace("{bevinding}", "{@leverancier}"));
  const rendered = renderLetters(own, "eigen.docx", lettersOf(['<w:p>Kapot "&</w:t>']));
  expect(rendered.ok).toBe(false);
  if (rendered.ok) return;
  expect(rendered.message.nl).toBe(
    'Sjabloon "eigen.docx" gebruikt {@leverancier}: een veld met @ zet tekst uit de leverancierslijst als Word-opmaakcode in de brief, en dat kan het document onbruikbaar maken. Schrijf {leverancier} zonder @.',
  );
});

test("list text with markup in an ordinary field stays text: the letter is well-formed", () => {
  const rendered = renderLetters(template, "brief.docx", lettersOf(['</w:t></w:r><w:p>Kapot & "zo" <b>']));
  if (!rendered.ok) throw new Error(rendered.message.nl);
  expectWellFormed(rendered.value.docx);
});

/** A template whose document.xml unpacks to `bytes` bytes; `declared` overrides the size the zip states. */
function bomb(bytes: number, declared?: number): Uint8Array {
  const parts = new PizZip(template);
  const files: Record<string, Uint8Array> = {};
  for (const name of Object.keys(parts.files)) if (!parts.files[name].dir) files[name] = parts.file(name)!.asUint8Array();
  const xml = parts.file("word/document.xml")!.asText();
  const filler = new Uint8Array(bytes).fill(0x20);
  const at = xml.indexOf("<w:body>") + 8;
  const head = new TextEncoder().encode(xml.slice(0, at));
  const tail = new TextEncoder().encode(xml.slice(at));
  const doc = new Uint8Array(head.length + bytes + tail.length);
  doc.set(head);
  doc.set(filler, head.length);
  doc.set(tail, head.length + bytes);
  files["word/document.xml"] = doc;
  const zip = zipSync(files, { level: 1 });
  if (declared !== undefined) {
    // Rewrite the sizes the zip states for document.xml, in its local header and in the central directory.
    const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
    const name = new TextEncoder().encode("word/document.xml");
    for (let i = 0; i + 46 < zip.length; i++) {
      const sig = view.getUint32(i, true);
      const at = sig === 0x04034b50 ? 30 : sig === 0x02014b50 ? 46 : -1;
      if (at < 0 || view.getUint16(i + (sig === 0x04034b50 ? 26 : 28), true) !== name.length) continue;
      if (!name.every((b, k) => zip[i + at + k] === b)) continue;
      view.setUint32(i + (sig === 0x04034b50 ? 22 : 24), declared, true);
    }
  }
  return zip;
}

test(`a template larger than ${TEMPLATE_MAX_BYTES / 1024 / 1024} MB unpacked is refused, naming the limit, whether its zip says so or hides it`, () => {
  const honest = renderLetters(bomb(24 * 1024 * 1024), "groot.docx", lettersOf(["A BV"]));
  expect(honest.ok).toBe(false);
  if (!honest.ok) expect(honest.message.nl).toContain('Sjabloon "groot.docx" is uitgepakt groter dan 20 MB');
  const hidden = renderLetters(bomb(24 * 1024 * 1024, 1000), "verstopt.docx", lettersOf(["A BV"]));
  expect(hidden.ok).toBe(false);
  if (!hidden.ok) expect(hidden.message.nl).toContain('Sjabloon "verstopt.docx" is uitgepakt groter dan 20 MB');
});

test("a template just under the limit is still read", () => {
  const rendered = renderLetters(bomb(2 * 1024 * 1024), "ruim.docx", lettersOf(["A BV"]));
  expect(rendered.ok ? "" : rendered.message.nl).toBe("");
});
