import { readFileSync } from "fs";
import path from "path";
import PizZip from "pizzip";
import { checkFindings, dayFromYmd, lettersFor, tableFromGrid, wonenLimburgPolicy } from "../../src/core";
import { DEFAULT_TEMPLATES } from "../../src/letters/defaultTemplates";
import { defaultLettersDocx } from "../../src/letters/download";

const root = path.join(__dirname, "..", "..");

test("the taskpane's embedded templates are the shipped templates/brief.docx and brief-en.docx", () => {
  expect(Buffer.from(DEFAULT_TEMPLATES.nl, "base64").equals(readFileSync(path.join(root, "templates", "brief.docx")))).toBe(true);
  expect(Buffer.from(DEFAULT_TEMPLATES.en, "base64").equals(readFileSync(path.join(root, "templates", "brief-en.docx")))).toBe(true);
});

test("the taskpane's .docx holds every letter, filled, with a page break between letters", () => {
  const peil = dayFromYmd(2026, 12, 1);
  const grid = [
    ["Leverancier", "Opdrachtsom per jaar", "PSO-trede", "Geldig tot"],
    ["Te Laag", 300000, "Trede 1", "31-12-2027"],
    ["Ook Te Laag", 300000, "geen", ""],
  ];
  const table = tableFromGrid(grid as never)!;
  const letters = lettersFor(table.rows, checkFindings(table, wonenLimburgPolicy, peil), wonenLimburgPolicy, peil, "nl");
  const docx = defaultLettersDocx(letters, "nl");
  if (!docx.ok) throw new Error(docx.message.nl);
  const xml = new PizZip(docx.value).file("word/document.xml")!.asText();
  expect(xml.split('w:type="page"')).toHaveLength(2);
  const text = xml.replace(/<[^>]+>/g, "");
  expect(text).toContain("Te Laag");
  expect(text).toContain("Ook Te Laag");
  expect(text).not.toMatch(/[{}]/);
});
