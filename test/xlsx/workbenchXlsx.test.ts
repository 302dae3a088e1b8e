import { unzipSync } from "fflate";
import { readFileSync } from "fs";
import path from "path";
import { bookFromXlsx, xlsxFromBook } from "../../src/workbench/xlsx";

/* The workbench's download patches the dropped file like `check --out`: a chart, a pivot table or a macro survives. */
const DIR = path.join(__dirname, "..", "fixtures", "real-world");
const bytesOf = (name: string) => {
  const b = readFileSync(path.join(DIR, name));
  return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
};
const text = (b: Uint8Array) => new TextDecoder().decode(b);

test.each(["openpyxl-grafiek.xlsx", "libreoffice-draaitabel.xlsx", "macro.xlsm"])(
  "%s: the download keeps every other part byte for byte and holds the cells the page wrote",
  async (name) => {
    const original = bytesOf(name);
    const book = await bookFromXlsx(original.slice(0));
    const sheet = book.model.sheets[0];
    sheet.set(0, 7, "PSO-status");
    sheet.set(1, 7, "Voldoet niet: trede 1, vereist trede 2");
    sheet.conditionalFormats.push({ id: "1", rect: { row: 1, col: 0, rows: 6, cols: 9 }, type: "Custom", formula: '=LEFT($H2,12)="Voldoet niet"', fill: "#FFC7CE", fontColor: null });
    const before = unzipSync(new Uint8Array(original));
    const after = unzipSync(new Uint8Array(await xlsxFromBook(book, original)));
    expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
    const changed = Object.keys(before).filter((p) => !Buffer.from(before[p]).equals(Buffer.from(after[p])));
    expect(changed.sort()).toEqual(["xl/styles.xml", "xl/worksheets/sheet1.xml"]);
    const xml = text(after["xl/worksheets/sheet1.xml"]);
    expect(xml).toContain('<c r="H1" t="inlineStr"><is><t xml:space="preserve">PSO-status</t></is></c>');
    expect(xml).toContain("Voldoet niet: trede 1, vereist trede 2");
    expect(xml).toContain("<conditionalFormatting sqref=\"A2:I7\">");
  },
);

test("a page that changed nothing downloads a file whose parts all equal the original's, bar the styles it may extend", async () => {
  const original = bytesOf("excel-vorm.xlsx");
  const book = await bookFromXlsx(original.slice(0));
  const before = unzipSync(new Uint8Array(original));
  const after = unzipSync(new Uint8Array(await xlsxFromBook(book, original)));
  for (const part of Object.keys(before)) {
    if (part === "xl/styles.xml") continue;
    expect([part, Buffer.from(before[part]).equals(Buffer.from(after[part]))]).toEqual([part, true]);
  }
});

test("a sheet the page added (the policy sheet) becomes a new part, registered in the workbook", async () => {
  const original = bytesOf("openpyxl-tabel.xlsx");
  const book = await bookFromXlsx(original.slice(0));
  book.model.sheets.push(Object.assign(Object.create(Object.getPrototypeOf(book.model.sheets[0])), { ...new (Object.getPrototypeOf(book.model.sheets[0]).constructor)("PSO-beleid") }));
  book.model.sheets[book.model.sheets.length - 1].set(0, 0, "Drempel");
  book.model.sheets[book.model.sheets.length - 1].set(0, 1, 150000);
  const after = unzipSync(new Uint8Array(await xlsxFromBook(book, original)));
  const workbook = text(after["xl/workbook.xml"]);
  // exceljs declares the r: prefix on each <sheet>, not on the root: the new one declares it too.
  expect(workbook).toMatch(/<sheet name="PSO-beleid" sheetId="\d+" xmlns:r="[^"]+" r:id="rIdPso1"\/>/);
  const added = Object.keys(after).find((p) => /worksheets\/sheet\d+\.xml$/.test(p) && text(after[p]).includes("Drempel"))!;
  expect(text(after[added])).toContain("<v>150000</v>");
  expect(text(after["[Content_Types].xml"])).toContain(`PartName="/${added}"`);
});
