import ExcelJS from "exceljs";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { SaxesParser } from "saxes";
import { dayFromYmd, wonenLimburgPolicy } from "../../src/core";
import { openBook } from "../../src/xlsx/bookPatch";
import { socialSheetCopy } from "../../src/xlsx/socialPatch";
import { joinPieces } from "../../src/xlsx/zip";
import { findingsFor } from "../core/report.fixture";

/*
 * Issue 22 and 27: what `rapport --out` adds to a package is placed and found as elements, whatever another writer
 * made of the parts. A new part's content type and relationship go in through src/xlsx/partEdits.ts, never by replacing
 * the first "</Types>" in the text (a comment may hold that too, and an override inside a comment leaves the part
 * without a content type: Excel "repairs" the file); the report's charts and its mark are found by the tokenizer.
 */

/** The named attribute of every element called `local`, comments and all other text ignored (saxes, strict). */
function attributes(xml: string, local: string, name: string): string[] {
  const out: string[] = [];
  const parser = new SaxesParser({ xmlns: true });
  parser.on("error", (e) => {
    throw e;
  });
  parser.on("opentag", (t) => {
    if (t.local === local) out.push(String(t.attributes[name] && (t.attributes[name] as { value: string }).value));
  });
  parser.write(xml).close();
  return out;
}

async function supplierBook(edit: (parts: Record<string, Uint8Array>) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Leveranciers").addRow(["Leverancier"]);
  const parts = unzipSync(new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
  edit(parts);
  return zipSync(parts);
}

const withComment = (parts: Record<string, Uint8Array>, part: string, root: string, comment: string) => {
  const xml = strFromU8(parts[part]);
  const at = xml.indexOf(">", xml.indexOf(`<${root}`)) + 1;
  parts[part] = strToU8(xml.slice(0, at) + `<!--${comment}-->` + xml.slice(at));
};

function report(bytes: Uint8Array): Record<string, Uint8Array> {
  const result = socialSheetCopy(openBook(bytes)!, {
    findings: findingsFor(),
    policy: wonenLimburgPolicy,
    peildatum: dayFromYmd(2026, 12, 1),
    lang: "nl",
    sourceSheet: "Leveranciers",
  });
  if (!result.ok) throw new Error(result.message.nl);
  return unzipSync(joinPieces(result.value.pieces()));
}

test("a comment holding </Types> in [Content_Types].xml: every new part of the report (sheet, drawing, charts) still gets its content type", async () => {
  const out = report(await supplierBook((parts) => withComment(parts, "[Content_Types].xml", "Types", " oud: </Types> ")));
  const overrides = attributes(strFromU8(out["[Content_Types].xml"]), "Override", "PartName");
  const newParts = Object.keys(out).filter((p) => /^xl\/(drawings|charts|worksheets)\/[^/]+\.xml$/.test(p));
  expect(newParts.filter((p) => p.startsWith("xl/charts/")).length).toBeGreaterThan(0);
  // A Default for .xml (application/xml) is no content type for a chart or drawing: each needs its Override.
  for (const part of newParts) expect([part, overrides.includes(`/${part}`)]).toEqual([part, true]);
});

test("a workbook without styles and a comment holding </Relationships> in its .rels: the styles part PSO-toets adds gets its relationship and content type as elements", async () => {
  const out = report(
    await supplierBook((parts) => {
      delete parts["xl/styles.xml"];
      const rels = strFromU8(parts["xl/_rels/workbook.xml.rels"]).replace(/<Relationship [^>]*Target="styles.xml"\/>/, "");
      const types = strFromU8(parts["[Content_Types].xml"]).replace(/<Override PartName="\/xl\/styles.xml"[^>]*\/>/, "");
      expect([rels.includes("styles.xml"), types.includes("styles.xml")]).toEqual([false, false]);
      parts["xl/_rels/workbook.xml.rels"] = strToU8(rels);
      parts["[Content_Types].xml"] = strToU8(types);
      withComment(parts, "xl/_rels/workbook.xml.rels", "Relationships", " </Relationships> ");
      withComment(parts, "[Content_Types].xml", "Types", " </Types> ");
    }),
  );
  expect(Object.keys(out)).toContain("xl/styles.xml");
  expect(attributes(strFromU8(out["xl/_rels/workbook.xml.rels"]), "Relationship", "Target")).toContain("styles.xml");
  expect(attributes(strFromU8(out["[Content_Types].xml"]), "Override", "PartName")).toContain("/xl/styles.xml");
});

test("a refresh finds the charts it drew in a drawing another writer saved with single quotes and x: prefixes: it rewrites them, it does not add three more", async () => {
  const first = report(await supplierBook(() => undefined));
  const drawingPath = Object.keys(first).find((p) => /^xl\/drawings\/drawing\d+\.xml$/.test(p))!;
  const charts = (parts: Record<string, Uint8Array>) => Object.keys(parts).filter((p) => /^xl\/charts\/chart\d+\.xml$/.test(p)).sort();
  // As a writer that quotes with ' and names the spreadsheetDrawing namespace "x" would save it.
  const resaved = strFromU8(first[drawingPath]).replace(/="([^"]*)"/g, "='$1'").replace(/<(\/?)xdr:/g, "<$1x:").replace(/xmlns:xdr=/g, "xmlns:x=");
  expect(resaved).not.toContain('"');
  const second = report(zipSync({ ...first, [drawingPath]: strToU8(resaved) }));
  expect(charts(second)).toEqual(charts(first));
  expect(attributes(strFromU8(second[drawingPath]), "cNvPr", "name").length).toBe(attributes(strFromU8(first[drawingPath]), "cNvPr", "name").length);
});

test("a refresh knows its report sheet, renamed by the user, by a mark another writer stored as CDATA: that sheet is refreshed, no second one added", async () => {
  const first = report(await supplierBook(() => undefined));
  // The user renamed the report sheet; Excel renames it in the defined names too.
  const workbook = strFromU8(first["xl/workbook.xml"]).replace(/Sociale bijdrage/g, "Bijdrage 2026");
  const mark = /(<definedName name="PSOtoets_[^"]*"[^>]*>)([^<]*)(<\/definedName>)/.exec(workbook)!;
  const resaved = workbook.replace(mark[0], `${mark[1]}<![CDATA[${mark[2].replace(/&apos;/g, "'")}]]>${mark[3]}`);
  expect(resaved).toContain("<![CDATA[");
  const second = report(zipSync({ ...first, "xl/workbook.xml": strToU8(resaved) }));
  const sheets = (parts: Record<string, Uint8Array>) => attributes(strFromU8(parts["xl/workbook.xml"]), "sheet", "name");
  expect(sheets(second)).toEqual(sheets(first).map((name) => name.replace("Sociale bijdrage", "Bijdrage 2026")));
});
