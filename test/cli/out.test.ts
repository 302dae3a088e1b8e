import ExcelJS from "exceljs";
import { strToU8, unzipSync, zipSync } from "fflate";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "fs";
import os from "os";
import path from "path";
import { runCli } from "../support/cli";
import { inflateEntry, openZip, ZipTooLargeError } from "../../src/xlsx/zip";

/* check --out: where the result columns land, what a bad target gets, and a zip bomb. */
const PEIL = ["--peildatum", "2026-12-01"];
const tmp = () => mkdtempSync(path.join(os.tmpdir(), "pso-out-"));

async function workbook(file: string, rows: ExcelJS.CellValue[][], build?: (ws: ExcelJS.Worksheet) => void): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Lijst");
  for (const row of rows) ws.addRow(row);
  build?.(ws);
  await wb.xlsx.writeFile(file);
  return file;
}

async function cells(file: string): Promise<(string | number | null)[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const out: (string | number | null)[][] = [];
  wb.worksheets[0].eachRow((row, r) => {
    out[r - 1] = (row.values as unknown[]).slice(1).map((v) => (v === undefined ? null : (v as string | number | null)));
  });
  return out;
}

test("a user's own PSO-status column in B is theirs: the explanation never overwrites the amounts in C", async () => {
  const dir = tmp();
  const input = await workbook(path.join(dir, "eigen-status.xlsx"), [
    ["Leverancier", "PSO-status", "Opdrachtsom per jaar", "PSO-trede"],
    ["Alfa", "eigen notitie", 200000, "Trede 1"],
    ["Beta", "", 300000, "Trede 2"],
  ]);
  const out = path.join(dir, "kopie.xlsx");
  const result = await runCli(["check", input, ...PEIL, "--out", out]);
  expect(result.code).toBe(1);
  const got = await cells(out);
  expect(got[0].slice(0, 6)).toEqual(["Leverancier", "PSO-status", "Opdrachtsom per jaar", "PSO-trede", "PSO-status", "PSO-toelichting"]);
  expect(got[1].slice(0, 3)).toEqual(["Alfa", "eigen notitie", 200000]);
  expect(got[2][2]).toBe(300000);
  expect(String(got[1][4])).toMatch(/^Voldoet niet/);
});

test("beside an empty merged block, the result columns go right of it and every row gets its own explanation", async () => {
  const dir = tmp();
  const input = await workbook(
    path.join(dir, "blok.xlsx"),
    [
      ["Leverancier", "Opdrachtsom per jaar", "PSO-trede"],
      ["Alfa", 200000, "Trede 1"],
      ["Beta", 300000, "Trede 3"],
      ["Gamma", 90000, ""],
    ],
    (ws) => ws.mergeCells("D2:E4"),
  );
  const out = path.join(dir, "kopie.xlsx");
  expect((await runCli(["check", input, ...PEIL, "--out", out])).code).toBe(1);
  const got = await cells(out);
  expect(got[0].slice(5, 7)).toEqual(["PSO-status", "PSO-toelichting"]);
  const explanations = got.slice(1).map((r) => r[6]);
  expect(new Set(explanations).size).toBe(3);
  expect(String(got[1][5])).toMatch(/^Voldoet niet/);
  expect(String(got[3][5])).toBe("Buiten scope");
});

describe("a bad --out is refused in Dutch before the report, and nothing is written", () => {
  const example = path.join(__dirname, "..", "..", "examples", "leveranciers.xlsx");
  test.each<[string, (dir: string) => string, string]>([
    ["a missing folder", (dir) => path.join(dir, "bestaat-niet", "kopie.xlsx"), "bestaat niet"],
    ["a folder", (dir) => { mkdirSync(path.join(dir, "map.xlsx")); return path.join(dir, "map.xlsx"); }, "is een map"],
    ["a read-only file", (dir) => { const f = path.join(dir, "alleen-lezen.xlsx"); writeFileSync(f, "oud"); chmodSync(f, 0o444); return f; }, "mag daar niet schrijven"],
  ])("%s", async (_what, target, message) => {
    const dir = tmp();
    const out = target(dir);
    const result = await runCli(["check", example, ...PEIL, "--out", out]);
    // root may write anywhere: the read-only case only means something for other users.
    if (message === "mag daar niet schrijven" && process.getuid?.() === 0) return;
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain(message);
    expect(result.stderr).not.toMatch(/ENOENT|EISDIR|EACCES|EPERM/);
  });

  test("an existing target is replaced only by a complete file, and no temporary file is left behind", async () => {
    const dir = tmp();
    const out = path.join(dir, "kopie.xlsx");
    writeFileSync(out, "oude inhoud");
    expect((await runCli(["check", example, ...PEIL, "--out", out])).code).toBe(1);
    expect(readFileSync(out).subarray(0, 2).toString()).toBe("PK");
    expect(readdirSync(dir)).toEqual(["kopie.xlsx"]);
  });
});

/** A minimal workbook whose sheet says (in the zip directory) that it unpacks to `declared` bytes. */
function workbookClaiming(declared: number, sheetXml: string): Uint8Array {
  const files = {
    "[Content_Types].xml": strToU8('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    "xl/workbook.xml": strToU8('<workbook xmlns:r="r"><sheets><sheet name="Blad1" sheetId="1" r:id="rId1"/></sheets></workbook>'),
    "xl/_rels/workbook.xml.rels": strToU8('<Relationships><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>'),
    "xl/worksheets/sheet1.xml": strToU8(sheetXml),
  };
  const zip = zipSync(files);
  const view = new DataView(zip.buffer);
  // Patch the central directory record of the sheet: uncompressed size at offset 24.
  for (let p = zip.length - 22; p >= 0; p--) {
    if (view.getUint32(p, true) !== 0x02014b50) continue;
    const nameLength = view.getUint16(p + 28, true);
    const name = new TextDecoder().decode(zip.subarray(p + 46, p + 46 + nameLength));
    if (name === "xl/worksheets/sheet1.xml") view.setUint32(p + 24, declared, true);
  }
  return zip;
}

const SHEET = '<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Leverancier</t></is></c><c r="B1" t="inlineStr"><is><t>Opdrachtsom per jaar</t></is></c><c r="C1" t="inlineStr"><is><t>PSO-trede</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>Alfa</t></is></c><c r="B2"><v>200000</v></c><c r="C2" t="inlineStr"><is><t>Trede 2</t></is></c></row></sheetData></worksheet>';

test("a sheet that claims to unpack to 1.5 GB (a zip bomb) is refused at once, with a message that names the limit", async () => {
  const file = path.join(tmp(), "bom.xlsx");
  writeFileSync(file, workbookClaiming(1_500_000_000, SHEET));
  const result = await runCli(["check", file, ...PEIL]);
  expect(result.code).toBe(2);
  expect(result.stderr).toContain('Bestand "bom.xlsx": onderdeel xl/worksheets/sheet1.xml is uitgepakt groter dan 1.024 MB');
  expect(result.stderr).toContain("zip-bom");
});

test("a part that lies about its size is stopped while inflating, as soon as it passes the limit", () => {
  const big = "<row/>".repeat(200_000);
  const zip = openZip(zipSync({ "x.xml": strToU8(big) }));
  const entry = { ...zip.entries[0], uncompressedSize: 10 };
  let seen = 0;
  expect(() => inflateEntry(zip, entry, (chunk) => (seen += chunk.length), 100_000)).toThrow(ZipTooLargeError);
  expect(seen).toBeLessThanOrEqual(100_000);
});

test("the reader keeps working on a sheet that is well-formed but not from Excel (the same file, honest sizes)", async () => {
  const file = path.join(tmp(), "klein.xlsx");
  writeFileSync(file, workbookClaiming(SHEET.length, SHEET));
  const result = await runCli(["check", file, ...PEIL, "--json"]);
  expect(result.code).toBe(0);
  expect(JSON.parse(result.stdout).rows).toHaveLength(1);
  expect(existsSync(file)).toBe(true);
  expect(Object.keys(unzipSync(readFileSync(file)))).toContain("xl/worksheets/sheet1.xml");
});

test("a merge over two whole columns and validation over the whole sheet cost nothing, and the results avoid the merge", async () => {
  const sheet = SHEET.replace(
    "</sheetData>",
    '</sheetData><mergeCells count="1"><mergeCell ref="D1:E1048576"/></mergeCells><dataValidations count="1"><dataValidation type="textLength" operator="lessThan" allowBlank="1" sqref="A1:XFD1048576"><formula1>1000</formula1></dataValidation></dataValidations>',
  );
  const dir = tmp();
  const file = path.join(dir, "heel-blad.xlsx");
  writeFileSync(file, workbookClaiming(sheet.length, sheet));
  const out = path.join(dir, "kopie.xlsx");
  const result = await runCli(["check", file, ...PEIL, "--out", out]);
  expect(result.code).toBe(0);
  const xml = new TextDecoder().decode(unzipSync(readFileSync(out))["xl/worksheets/sheet1.xml"]);
  expect(xml).toContain('<c r="F1" s="1" t="inlineStr"><is><t xml:space="preserve">PSO-status</t></is></c>');
  expect(xml).toContain('<mergeCell ref="D1:E1048576"/>');
  expect(xml).toContain('sqref="A1:XFD1048576"');
});
