import { strFromU8, unzipSync } from "fflate";
import { readFileSync } from "fs";
import path from "path";
import { bookFromXlsx, xlsxFromBook } from "../../src/workbench/xlsx";

/*
 * Issue 22 item 7: a formula cell the workbench replaced by a value must leave the calculation chain, or Excel repairs
 * the file ("removed records: formula"). excel-vorm.xlsx has a chain over E2:E5 (shared formulas) on sheet 1.
 */
const FILE = path.join(__dirname, "..", "fixtures", "real-world", "excel-vorm.xlsx");
const original = () => {
  const b = readFileSync(FILE);
  return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
};

async function download(edit: (sheet: { set(row: number, col: number, value: unknown): void }) => void) {
  const book = await bookFromXlsx(original());
  edit(book.model.sheets[0] as never);
  return unzipSync(new Uint8Array(await xlsxFromBook(book, original())));
}

test("a formula cell replaced by a value leaves the chain; the other formula cells stay in it, on their sheet", async () => {
  const after = await download((s) => s.set(1, 4, 123));
  const chain = strFromU8(after["xl/calcChain.xml"]);
  expect(chain).not.toMatch(/r="E2"/);
  expect(chain).toMatch(/<c r="E3" i="1"\/><c r="E4"\/><c r="E5"\/>/);
  expect(strFromU8(after["xl/worksheets/sheet1.xml"])).toMatch(/<c r="E2"[^>]*><v>123<\/v><\/c>/);
});

test("when no formula cell is left in the chain, the chain goes with its relationship and content type", async () => {
  const after = await download((s) => {
    for (let r = 1; r <= 4; r++) s.set(r, 4, r);
  });
  expect(after["xl/calcChain.xml"]).toBeUndefined();
  expect(strFromU8(after["[Content_Types].xml"])).not.toContain("calcChain");
  expect(strFromU8(after["xl/_rels/workbook.xml.rels"])).not.toContain("calcChain");
  expect(strFromU8(after["xl/_rels/workbook.xml.rels"])).toContain('Target="worksheets/sheet1.xml"');
});

test("a change to a cell without a formula leaves the chain byte for byte", async () => {
  const before = unzipSync(new Uint8Array(original()));
  const after = await download((s) => s.set(1, 0, "Andere naam BV"));
  expect(Buffer.from(after["xl/calcChain.xml"]).equals(Buffer.from(before["xl/calcChain.xml"]))).toBe(true);
});
