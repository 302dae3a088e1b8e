import { strToU8, zipSync } from "fflate";
import { readXlsxBytes } from "../../src/xlsx/readXlsx";

/*
 * Issue 22 item 5: a cell's text is the character data of its <t> elements as an XML reader sees them. A comment or a
 * CDATA section holding "<t>…</t>" is no run of text, a phonetic run (<rPh>) is left out, and a run's comment is
 * no text either: a supplier's name reads the way Excel shows it.
 */

const NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

function workbook(sharedItems: string[], inlineNames: string[]): Uint8Array {
  const rows = [
    `<row r="1"><c r="A1" t="inlineStr"><is><t>Leverancier</t></is></c><c r="B1" t="inlineStr"><is><t>Opdrachtsom per jaar</t></is></c><c r="C1" t="inlineStr"><is><t>PSO-trede</t></is></c></row>`,
    ...sharedItems.map((_, i) => `<row r="${i + 2}"><c r="A${i + 2}" t="s"><v>${i}</v></c><c r="B${i + 2}"><v>1000</v></c><c r="C${i + 2}"><v>2</v></c></row>`),
    ...inlineNames.map((is, i) => {
      const r = sharedItems.length + i + 2;
      return `<row r="${r}"><c r="A${r}" t="inlineStr"><is>${is}</is></c><c r="B${r}"><v>1000</v></c><c r="C${r}"><v>2</v></c></row>`;
    }),
  ];
  return zipSync({
    "xl/workbook.xml": strToU8(`<workbook xmlns="${NS}" xmlns:r="${REL}"><sheets><sheet name="Lijst" sheetId="1" r:id="rId1"/></sheets></workbook>`),
    "xl/_rels/workbook.xml.rels": strToU8(
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
        `<Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/>` +
        `<Relationship Id="rId2" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
    ),
    "xl/sharedStrings.xml": strToU8(`<sst xmlns="${NS}">${sharedItems.map((si) => `<si>${si}</si>`).join("")}</sst>`),
    "xl/worksheets/sheet1.xml": strToU8(`<worksheet xmlns="${NS}"><sheetData>${rows.join("")}</sheetData></worksheet>`),
  });
}

function names(bytes: Uint8Array): unknown[] {
  const read = readXlsxBytes("lijst.xlsx", bytes);
  if (!read.ok) throw new Error(read.message.nl);
  return read.value.table.rows.map((row) => row.supplier);
}

const cases: [string, string][] = [
  ["a comment holding a run", `<t>Bouw BV</t><!-- <t> (oud: Sloop)</t> -->`],
  ["a comment holding a run, in a rich run", `<r><t>Bouw</t></r><!--<r><t>nep</t></r>--><r><t xml:space="preserve"> BV</t></r>`],
  ["a comment inside the run", `<t>Bouw<!-- </t><t>x --> BV</t>`],
  ["a CDATA section holding tags", `<t><![CDATA[Bouw <t>&amp;</t> BV]]></t>`],
  ["a phonetic run", `<r><t>Bouw BV</t></r><rPh sb="0" eb="1"><t>ボウ</t></rPh>`],
  ["a prefixed run with single quotes", `<x:r xmlns:x='${NS}'><x:t xml:space='preserve'>Bouw BV</x:t></x:r>`],
];

test.each(cases)("a shared string with %s reads as its text", (_what, si) => {
  const expected = si.includes("CDATA") ? "Bouw <t>&amp;</t> BV" : "Bouw BV";
  expect(names(workbook([si], []))).toEqual([expected]);
});

test.each(cases)("an inline string with %s reads as its text", (_what, is) => {
  const expected = is.includes("CDATA") ? "Bouw <t>&amp;</t> BV" : "Bouw BV";
  expect(names(workbook([], [is]))).toEqual([expected]);
});
