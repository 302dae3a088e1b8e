import { columnLetter } from "../core";
import type { XlsxSheetSource } from "./readXlsx";
import { workbookParts } from "./workbookParts";
import { joinPieces, openZip, patchZip, PartWriter, ZipArchive } from "./zip";
import { escapeXml } from "./xml";

const EMPTY: ZipArchive = { bytes: new Uint8Array(0), entries: [], centralOffset: 0, comment: new Uint8Array(0) };

const PARTS: Record<string, string> = {
  "[Content_Types].xml":
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
  "_rels/.rels":
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
  "xl/_rels/workbook.xml.rels":
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
};

/**
 * A CSV's rows as a new one-sheet workbook (every field a text cell, as PSO-toets read it), opened as the source of
 * `check --out`: the same patch writer then adds the result columns, so a CSV and an .xlsx are annotated alike.
 */
export function xlsxSourceFromCsv(sheetName: string, grid: readonly (readonly string[])[]): XlsxSheetSource {
  const usedColumns = new Set<number>();
  let maxColumn = -1;
  const sheet: PartWriter = (write) => {
    write('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>');
    grid.forEach((fields, r) => {
      let xml = `<row r="${r + 1}">`;
      fields.forEach((field, c) => {
        // An empty field is an empty cell.
        if (field === "") return;
        xml += `<c r="${columnLetter(c)}${r + 1}" t="inlineStr"><is><t xml:space="preserve">${escapeXml(field)}</t></is></c>`;
        usedColumns.add(c);
        if (c > maxColumn) maxColumn = c;
      });
      write(`${xml}</row>`);
    });
    write("</sheetData></worksheet>");
  };
  const parts = new Map<string, PartWriter>(Object.entries(PARTS).map(([name, xml]) => [name, (write) => write(xml)]));
  parts.set("xl/workbook.xml", (write) =>
    write(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="${escapeXml(sheetName)}" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    ),
  );
  parts.set("xl/worksheets/sheet1.xml", sheet);
  const zip = openZip(joinPieces(patchZip(EMPTY, parts)));
  const wb = workbookParts(zip)!;
  return { zip, parts: wb, sheet: wb.sheets[0], scan: { grid: [], maxColumn, usedColumns, merges: [], prefix: "" } };
}
