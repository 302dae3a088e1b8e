import { strToU8, zipSync } from "fflate";
import { SaxesParser } from "saxes";
import { OpenedBook, storedSheet } from "../../src/xlsx/bookPatch";
import { CellContent, SheetPatch, sheetPatchWriter } from "../../src/xlsx/sheetPatch";
import { scanSheet } from "../../src/xlsx/sheetReader";
import type { WorkbookParts } from "../../src/xlsx/workbookParts";
import { findEntry, openZip, ZipArchive } from "../../src/xlsx/zip";
import { nodeInflateWhole } from "../../src/cli/nodeCodec";
import type { SheetLayout } from "../../src/xlsx/rowCells";

/*
 * Issue 22: the copy's row writer finds a row's cells the way the tokenizer sees the row, once, never by a pattern
 * over its text. A comment, a CDATA section or a quoted ">" can hold what looks like a cell or a tag's end; the
 * user's cells around them stay as they were, ours go where Excel expects them, and the sheet stays well-formed.
 */

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';

/**
 * The sheet part written by the patch: `cells` rows -> columns -> new content. Written twice, and the same both ways:
 * with the sheet tokenized again by the writer, and as the CLI writes it, the rows cut from the text the reader
 * tokenized (the layout its scan learnt, on the bytes the archive kept).
 */
function patched(sheet: string, cells: Record<number, Record<number, CellContent>>, extra: Partial<SheetPatch> = {}): string {
  const bytes = zipSync({ "xl/worksheets/sheet1.xml": strToU8(sheet) });
  const rows = Object.keys(cells).map(Number).sort((a, b) => a - b);
  const patch: SheetPatch = {
    rows,
    cellsAt: (row) => (cells[row] ? new Map(Object.entries(cells[row]).map(([c, v]) => [Number(c), v])) : undefined),
    lastColumn: Math.max(...rows.flatMap((r) => Object.keys(cells[r]).map(Number))),
    widths: [],
    formats: [],
    ...extra,
  };
  const write = (zip: ZipArchive, layout?: SheetLayout) => {
    let out = "";
    sheetPatchWriter(zip, findEntry(zip, "xl/worksheets/sheet1.xml")!, { ...patch, layout })((text) => {
      out += text;
    });
    return out;
  };
  const tokenized = write(openZip(bytes));
  const zip = openZip(bytes, nodeInflateWhole);
  const scan = scanSheet(zip, findEntry(zip, "xl/worksheets/sheet1.xml")!, { strings: [], dateStyles: new Uint8Array(0), date1904: false }, 1, new Set([0]));
  expect(scan.layout).toBeDefined();
  expect(write(zip, scan.layout)).toBe(tokenized);
  expect(zip.kept).toBeUndefined(); // the rows were cut from the kept bytes (which the writer then let go)
  return tokenized;
}

/** The cells of each row as a strict XML parser sees them: "A1=…" with the cell's text, in document order. */
function cellsSeen(xml: string): string[] {
  const parser = new SaxesParser({ xmlns: true });
  const seen: string[] = [];
  let ref: string | null = null;
  let text = "";
  parser.on("error", (e) => {
    throw e;
  });
  parser.on("opentag", (t) => {
    if (t.local === "c") {
      ref = String(t.attributes.r && typeof t.attributes.r === "object" ? t.attributes.r.value : t.attributes.r);
      text = "";
    }
  });
  parser.on("text", (t) => {
    if (ref) text += t;
  });
  parser.on("cdata", (t) => {
    if (ref) text += t;
  });
  parser.on("closetag", (t) => {
    if (t.local === "c" && ref) {
      seen.push(`${ref}=${text}`);
      ref = null;
    }
  });
  parser.write(xml).close();
  return seen;
}

const text = (t: string): CellContent => ({ kind: "text", text: t });

describe("the copy's row writer", () => {
  test("a comment in a row that looks like a cell is no cell: the new cell goes after the user's last cell, outside the comment", () => {
    const sheet = `<worksheet ${NS}><sheetData><row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c><!-- <c r="Z1"/> --></row></sheetData></worksheet>`;
    const out = patched(sheet, { 1: { 3: text("OK") } });
    expect(cellsSeen(out)).toEqual(["A1=1", "B1=2", "D1=OK"]);
    expect(out).toContain('<!-- <c r="Z1"/> -->');
  });

  test("a cell whose CDATA text holds </c> is replaced whole, and the sheet stays well-formed", () => {
    const sheet = `<worksheet ${NS}><sheetData><row r="1"><c r="A1" t="inlineStr" s="4"><is><t><![CDATA[oud</c>tekst]]></t></is></c><c r="D1"><v>9</v></c></row></sheetData></worksheet>`;
    const out = patched(sheet, { 1: { 0: text("nieuw") } });
    expect(cellsSeen(out)).toEqual(["A1=nieuw", "D1=9"]);
    // The user's style on the replaced cell is kept.
    expect(out).toContain('<c r="A1" s="4" t="inlineStr">');
  });

  test("a cell between the user's cells is put in column order, past a CDATA section that holds a cell's tags", () => {
    const sheet = `<worksheet ${NS}><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t><![CDATA[<c r="C1"><v>0</v></c>]]></t></is></c><c r="E1"><v>5</v></c></row></sheetData></worksheet>`;
    const out = patched(sheet, { 1: { 2: text("midden") } });
    expect(cellsSeen(out)).toEqual(['A1=<c r="C1"><v>0</v></c>', "C1=midden", "E1=5"]);
  });

  test("a '>' inside a quoted value of the row's start tag ends nothing: the row keeps its attributes", () => {
    const sheet = `<worksheet ${NS} xmlns:u="urn:u"><sheetData><row r="1" u:note="a>b" spans="1:1"><c r="A1"><v>1</v></c></row></sheetData></worksheet>`;
    const out = patched(sheet, { 1: { 1: text("OK") } });
    expect(out).toContain('<row r="1" u:note="a>b" spans="1:2">');
    expect(cellsSeen(out)).toEqual(["A1=1", "B1=OK"]);
  });

  test("x: prefixes, single quotes and attributes on new lines: the user's cell is replaced in place with its style", () => {
    const X = 'xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
    const sheet = `<x:worksheet ${X}><x:sheetData><x:row r='1'\n  spans='1:3'><x:c\n r='A1'><x:v>1</x:v></x:c><x:c r='B1'\n\ts='7'\n/><x:c r='C1'><x:v>3</x:v></x:c></x:row></x:sheetData></x:worksheet>`;
    const out = patched(sheet, { 1: { 1: text("OK") } });
    expect(cellsSeen(out)).toEqual(["A1=1", "B1=OK", "C1=3"]);
    expect(out).toContain('<x:c r="B1" s="7" t="inlineStr">');
  });

  test("a re-run's cleared columns drop only the cells in them, comments and the user's cells kept", () => {
    const sheet = `<worksheet ${NS}><sheetData><row r="2"><c r="A2"><v>1</v></c><!-- <c r="B2"><v>x</v></c> --><c r="B2"><v>2</v></c><c r="C2"><v>3</v></c></row></sheetData></worksheet>`;
    const out = patched(sheet, { 1: { 0: text("kop") } }, { clearColumns: new Set([1]), clearFromRow: 2 });
    expect(cellsSeen(out)).toEqual(["A1=kop", "A2=1", "C2=3"]);
    expect(out).toContain('<!-- <c r="B2"><v>x</v></c> -->');
  });

  test("a cell reference beyond XFD in a row the copy edits is refused, not written on", () => {
    const sheet = `<worksheet ${NS}><sheetData><row r="1"><c r="XFE1"><v>1</v></c></row></sheetData></worksheet>`;
    expect(() => patched(sheet, { 1: { 0: text("OK") } })).toThrow(/columnLimit/);
  });

  test("the new highlight rule's priority is above the user's rules, not above a number written in a comment", () => {
    const sheet = `<worksheet ${NS}><sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData><conditionalFormatting sqref="A1"><cfRule type="expression" dxfId="0" priority='3'><formula>TRUE</formula></cfRule></conditionalFormatting><!-- priority="99" --></worksheet>`;
    const out = patched(sheet, { 1: { 1: text("OK") } }, { formats: [{ sqref: "B1", rules: [{ formula: "FALSE", dxf: 1 }] }] });
    expect(out).toContain('<cfRule type="expression" dxfId="1" priority="4">');
  });
});

/** A book of one sheet for the readers, no shared strings or styles. */
function bookWith(sheet: string): OpenedBook {
  const zip = openZip(zipSync({ "xl/worksheets/sheet1.xml": strToU8(sheet) }));
  return { zip, parts: {} as WorkbookParts, ctx: { strings: [], dateStyles: new Uint8Array(0), date1904: false } };
}

describe("reading merged cells, hidden rows and formulas as other writers store them", () => {
  const X = 'xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
  const sheet =
    `<x:worksheet ${X}><x:sheetData>` +
    `<x:row r='1'\n hidden='1'><x:c r='A1' t='inlineStr'><x:is><x:t><![CDATA[<x:f>OUD()</x:f>]]></x:t></x:is></x:c><x:c r='B1'><x:f\n t='normal'>A1&amp;"x"</x:f><x:v>2</x:v></x:c></x:row>` +
    `<x:row r='2'><x:c r='A2'><x:v>3</x:v></x:c></x:row>` +
    `</x:sheetData><!-- <x:mergeCells><x:mergeCell ref="F1:G9"/></x:mergeCells> -->` +
    `<x:mergeCells count='1'><x:mergeCell\n ref='C1:D2'/></x:mergeCells></x:worksheet>`;

  test("the streaming reader takes a merge written with single quotes on a new line, and none written in a comment", () => {
    const book = bookWith(sheet);
    const scan = scanSheet(book.zip, findEntry(book.zip, "xl/worksheets/sheet1.xml")!, book.ctx, 10, null);
    expect(scan.merges).toEqual([{ r1: 0, c1: 2, r2: 1, c2: 3 }]);
  });

  test("the workbench's stored sheet sees the hidden row, a formula only where a cell has one (not in its text), and the real merge only", () => {
    const stored = storedSheet(bookWith(sheet), "xl/worksheets/sheet1.xml");
    expect(stored.hiddenRows).toEqual([1]);
    expect(stored.merges).toEqual(["C1:D2"]);
    const row1 = stored.cells.get(1)!;
    expect(row1.get(0)).toMatchObject({ value: "<x:f>OUD()</x:f>", formula: false, formulaText: null });
    expect(row1.get(1)).toMatchObject({ value: 2, formula: true, formulaText: 'A1&"x"' });
  });

  test("the reader takes a cell whose CDATA holds </c> whole, and the cell after it too", () => {
    const book = bookWith(
      `<worksheet ${NS}><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t><![CDATA[oud</c><c r="B1"><v>7</v></c>]]></t></is></c><c r="C1"><v>2</v></c></row></sheetData></worksheet>`,
    );
    const scan = scanSheet(book.zip, findEntry(book.zip, "xl/worksheets/sheet1.xml")!, book.ctx, 10, null);
    expect(scan.grid[0]).toEqual(['oud</c><c r="B1"><v>7</v></c>', null, 2]);
  });

  test("a comment inside a cell hides no value, and text in CDATA that looks like a comment stays text, in the reader and the workbench alike", () => {
    const sheet =
      `<worksheet ${NS}><sheetData><row r="1"><c r="A1"><!-- <v>1</v> --><v>2</v></c><c r="B1"><?pi <v>3</v>?><v>4</v></c>` +
      `<c r="C1" t="inlineStr"><is><t><![CDATA[a<!-- b -->c]]></t></is></c></row></sheetData></worksheet>`;
    const book = bookWith(sheet);
    const scan = scanSheet(book.zip, findEntry(book.zip, "xl/worksheets/sheet1.xml")!, book.ctx, 10, null);
    expect(scan.grid[0]).toEqual([2, 4, "a<!-- b -->c"]);
    expect([...storedSheet(book, "xl/worksheets/sheet1.xml").cells.get(1)!.values()].map((c) => c.value)).toEqual([2, 4, "a<!-- b -->c"]);
  });
});
