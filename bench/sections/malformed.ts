import { strToU8, zipSync } from "fflate";
import { readXlsxBytes } from "../../src/xlsx/readXlsx";
import { Figure, fmtBytes, fmtMs, nowMs, Section } from "../lib";

/*
 * Issue 22 target: any input under 1 MB, however malformed, gets an answer in under 5 s. Each case is one the issue
 * measured as quadratic before the XML tokenizer (100 s, 10 s, 12 s, 10-14 s), plus tags without quotes and a DTD.
 */
const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

function book(sheet: string, strings?: string): Uint8Array {
  const parts: Record<string, Uint8Array> = {
    "[Content_Types].xml": strToU8("<Types/>"),
    "_rels/.rels": strToU8(`<Relationships><Relationship Id="r1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`),
    "xl/workbook.xml": strToU8(`<workbook ${NS} xmlns:r="${REL}"><sheets><sheet name="A" sheetId="1" r:id="rId1"/></sheets></workbook>`),
    "xl/_rels/workbook.xml.rels": strToU8(
      `<Relationships><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
    ),
    "xl/worksheets/sheet1.xml": strToU8(sheet),
  };
  if (strings !== undefined) parts["xl/sharedStrings.xml"] = strToU8(strings);
  return zipSync(parts, { level: 9 });
}

const HEADER =
  '<row r="1"><c r="A1" t="inlineStr"><is><t>Leverancier</t></is></c><c r="B1" t="inlineStr"><is><t>Opdrachtsom per jaar</t></is></c><c r="C1" t="inlineStr"><is><t>PSO-trede</t></is></c></row>';

export function malformedCases(): [string, Uint8Array][] {
  return [
    ["a row that never closes", book(`<worksheet ${NS}><sheetData>${HEADER}<row r="2">${'<c r="A2"><v>1</v></c>'.repeat(400_000)}`)],
    ["8 MB of XML before <sheetData>", book(`<worksheet ${NS}><sheetPr>${"<!-- x -->".repeat(800_000)}</sheetPr><sheetData>${HEADER}</sheetData></worksheet>`)],
    ["a shared string that never closes", book(`<worksheet ${NS}><sheetData>${HEADER}</sheetData></worksheet>`, `<sst ${NS}><si><t>${"a".repeat(30_000_000)}`)],
    ["750,000 shared strings", book(`<worksheet ${NS}><sheetData>${HEADER}</sheetData></worksheet>`, `<sst ${NS}>${"<si><t>Leverancier BV</t></si>".repeat(750_000)}</sst>`)],
    ["a comment that never closes", book(`<worksheet ${NS}><sheetData>${HEADER}<!--${"-".repeat(30_000_000)}`)],
    ["300,000 cells without r or quotes", book(`<worksheet ${NS}><sheetData>${HEADER}<row>${"<c><v>1</v></c>".repeat(300_000)}</row></sheetData></worksheet>`)],
    ["row number 99999999999999999999", book(`<worksheet ${NS}><sheetData>${HEADER}<row r="99999999999999999999"><c><v>1</v></c></row></sheetData></worksheet>`)],
  ];
}

export async function malformedSection(): Promise<Section> {
  const figures: Figure[] = [];
  for (const [name, bytes] of malformedCases()) {
    const t = nowMs();
    const result = readXlsxBytes("bench.xlsx", bytes);
    const ms = nowMs() - t;
    figures.push({
      name: `${name} (${fmtBytes(bytes.length)} file)`,
      value: fmtMs(ms),
      baseline: result.ok ? "read" : "refused with a message",
      ratio: "",
      target: "answer in under 5 s",
      met: ms < 5000 && bytes.length < 1024 * 1024,
    });
  }
  return {
    title: "7. Malformed input under 1 MB",
    figures,
    notes: ["In-process readXlsxBytes on each file (what `check` and the workbench read first); each file is under 1 MB zipped and inflates to up to 30 MB of XML."],
  };
}
