import { strToU8, unzipSync, zipSync } from "fflate";
import { mkdtempSync, readFileSync } from "fs";
import os from "os";
import path from "path";
import { generateCleanCells, CLEAN_HEADERS } from "../../bench/generate";
import { writeSheet } from "../../bench/xlsxFiles";
import { crc32, openZip } from "../../src/xlsx/zip";

// The floor of bench section 3 must do all the work it is credited with: find every row, and hand back a copy that
// holds the input's parts unchanged (the sheet inflated, scanned and deflated again).
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the floor is a plain CommonJS script the bench spawns as its own process
const { floorCopy } = require("../../bench/floor") as { floorCopy: (zip: Buffer) => { rows: number; bytes: Buffer } };

const sheet = (rows: number) =>
  `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${Array.from({ length: rows }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${i}</v></c></row>`).join("")}</sheetData></worksheet>`;

function expectSameParts(input: Uint8Array, copy: Uint8Array): void {
  const a = unzipSync(input);
  const b = unzipSync(copy);
  expect(Object.keys(b).sort()).toEqual(Object.keys(a).sort());
  for (const name of Object.keys(a)) expect(Buffer.from(b[name]).equals(Buffer.from(a[name]))).toBe(true);
  // Every entry's stored checksum and size match its bytes, so a reader that verifies them accepts the copy.
  for (const entry of openZip(copy).entries) {
    expect([entry.name, entry.crc, entry.uncompressedSize]).toEqual([entry.name, crc32(b[entry.name]), b[entry.name].length]);
  }
}

test("the floor counts every row of the largest sheet and its copy holds the same parts", () => {
  const input = zipSync(
    {
      "[Content_Types].xml": strToU8("<Types/>"),
      "xl/workbook.xml": strToU8("<workbook/>"),
      "xl/worksheets/sheet1.xml": strToU8(sheet(3)),
      "xl/worksheets/sheet2.xml": strToU8(sheet(250)),
    },
    { level: 0 },
  );
  const { rows, bytes } = floorCopy(Buffer.from(input));
  expect(rows).toBe(250);
  expectSameParts(input, bytes);
  expect(bytes.length).toBeLessThan(input.length); // the stored sheet went out deflated
});

test("the floor reads a streamed .xlsx (sizes in data descriptors) as the bench writes it", async () => {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), "pso-floor-")), "schoon.xlsx");
  await writeSheet(file, "Leveranciers", CLEAN_HEADERS, generateCleanCells(400));
  const input = readFileSync(file);
  const { rows, bytes } = floorCopy(input);
  expect(rows).toBe(401);
  expectSameParts(input, bytes);
});
