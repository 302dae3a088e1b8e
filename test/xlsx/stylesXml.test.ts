import { strToU8, zipSync } from "fflate";
import { DATE_STYLE, NUMBER_STYLE, PERCENT_STYLE, readCellFormats, readNumberStyles } from "../../src/xlsx/styles";
import { patchStyles } from "../../src/xlsx/stylesPatch";
import type { WorkbookParts } from "../../src/xlsx/workbookParts";
import { openZip } from "../../src/xlsx/zip";

/*
 * Issue 22: styles.xml is read through the tokenizer, as other writers store it. A cell's `s` indexes the `<xf>`s of
 * `<cellXfs>`: one written inside a comment is none (else every style after it shifts, and a date reads as a number),
 * and `x:` prefixes, single quotes and attributes on new lines read as Excel reads them.
 */

const X = 'xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';

function zipOf(styles: string) {
  return openZip(zipSync({ "xl/styles.xml": strToU8(styles) }));
}

test("a commented-out <xf> shifts no style: style 1 is the date format, style 2 the percentage", () => {
  const styles =
    `<x:styleSheet ${X}><x:numFmts count='1'><x:numFmt numFmtId='164'\n formatCode='dd/mm/yyyy'/></x:numFmts>` +
    `<x:cellXfs count='3'><x:xf numFmtId='0'/><!-- <x:xf numFmtId="10"/> --><x:xf\n\tnumFmtId='164'/><x:xf numFmtId='10'/></x:cellXfs></x:styleSheet>`;
  expect([...readNumberStyles(zipOf(styles), "xl/styles.xml")]).toEqual([NUMBER_STYLE, DATE_STYLE, PERCENT_STYLE]);
});

test("a differential style's own number format is no cell style's: the cell's format is the one in <numFmts>", () => {
  const styles =
    `<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="0.0"/></numFmts>` +
    `<cellXfs count="1"><xf numFmtId="164"/></cellXfs><dxfs count="1"><dxf><numFmt numFmtId="164" formatCode="d-m-yyyy"/></dxf></dxfs></styleSheet>`;
  expect([...readNumberStyles(zipOf(styles), "xl/styles.xml")]).toEqual([NUMBER_STYLE]);
});

test("the workbench shows a solid fill written with single quotes and a prefix, and no fill from a comment", () => {
  const styles =
    `<x:styleSheet ${X}><x:fills count='3'><x:fill><x:patternFill patternType='none'/></x:fill><!-- <x:fill><x:patternFill patternType="solid"><x:fgColor rgb="FF00FF00"/></x:patternFill></x:fill> -->` +
    `<x:fill><x:patternFill patternType='gray125'/></x:fill><x:fill><x:patternFill\n patternType='solid'><x:fgColor rgb='FFFFC7CE'/></x:patternFill></x:fill></x:fills>` +
    `<x:cellXfs count='2'><x:xf numFmtId='0' fillId='0'/><x:xf numFmtId='14' fillId='2'/></x:cellXfs></x:styleSheet>`;
  expect(readCellFormats(zipOf(styles), "xl/styles.xml")).toEqual({ numFmt: [null, "d-m-yyyy"], fill: [null, "#FFC7CE"] });
});

/** The styles part as patchStyles leaves it, with the extra cell styles asked for. */
function patched(styles: string, extra: Parameters<typeof patchStyles>[3] = []) {
  const parts = { workbookPath: "xl/workbook.xml", sheets: [], sharedStringsPath: null, stylesPath: "xl/styles.xml", date1904: false, activeTab: 0 } as WorkbookParts;
  const patch = patchStyles(zipOf(styles), parts, [], extra);
  return { patch, xml: patch.edits.get("xl/styles.xml")!(styles) };
}

describe("the copy's styles, added to styles.xml as other writers store it", () => {
  const opening = `<x:styleSheet ${X}><x:fonts count='1'><!-- de standaardletter --><x:font><x:sz\n val='10'/><x:name val='Arial'></x:name></x:font></x:fonts>`;
  const rest = `<x:fills count='1'><x:fill/></x:fills><x:cellXfs\n count='1'><x:xf numFmtId='0'/></x:cellXfs></x:styleSheet>`;

  test("a comment before the default font still gives the header a bold style, in the default font's size and name", () => {
    const { patch, xml } = patched(opening + rest);
    expect(patch.boldXf).toBe(1);
    expect(xml).toContain(`<x:font><x:b/><x:sz\n val='10'/><x:name val='Arial'></x:name></x:font>`);
    expect(xml).toMatch(/<x:fonts count="2">/);
    expect(xml).toMatch(/<x:cellXfs count="3">/);
  });

  test("an extra style's font keeps the default font's name written open and closed, not Calibri", () => {
    const { xml } = patched(opening + rest, [{ numFmt: "0.0", italic: true }]);
    expect(xml).toContain(`<x:font><x:i/><x:sz val="10"/><x:name val='Arial'></x:name></x:font>`);
    expect(xml).not.toContain("Calibri");
  });
});
