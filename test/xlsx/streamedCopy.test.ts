import { strToU8, unzipSync, zipSync } from "fflate";
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "fs";
import os from "os";
import path from "path";
import { writeAtomically } from "../../src/cli/writeOut";
import { nodeCodec } from "../../src/cli/nodeCodec";
import { entryText, findEntry, joinPieces, openZip, PartWriter, patchZip, patchZipTo } from "../../src/xlsx/zip";

/*
 * check --out writes the copy to the file as it is made: the bytes must be the same as the copy made in memory, the
 * zip's local headers (written before their sizes are known, rewritten afterwards) must agree with its directory,
 * and a failure halfway must leave the user's existing file as it was.
 */

const tmp = () => mkdtempSync(path.join(os.tmpdir(), "pso-stream-"));

/** Text with one-, two-, three- and four-byte UTF-8 characters, long enough for many pieces. */
function rowsText(rows: number): string[] {
  const out: string[] = [];
  for (let i = 1; i <= rows; i++) out.push(`<row r="${i}"><c r="A${i}" t="inlineStr"><is><t>Leverancier ${i} café € 😀 Zoë</t></is></c></row>`);
  return out;
}

const workbook = () =>
  openZip(
    zipSync({
      "[Content_Types].xml": strToU8("<Types/>"),
      "xl/worksheets/sheet1.xml": strToU8(`<worksheet><sheetData>${rowsText(10).join("")}</sheetData></worksheet>`),
      "xl/styles.xml": strToU8("<styleSheet/>"),
    }),
  );

const bigSheet: PartWriter = (write) => {
  write("<worksheet><sheetData>");
  for (const row of rowsText(40_000)) write(row);
  write("</sheetData></worksheet>");
};

const u32 = (b: Uint8Array, o: number) => (b[o] | (b[o + 1] << 8) | (b[o + 2] << 16) | (b[o + 3] << 24)) >>> 0;

test("a copy streamed to the file is byte for byte the copy made in memory, and every local header agrees with the directory", async () => {
  const zip = workbook();
  const replace = () => new Map([["xl/worksheets/sheet1.xml", bigSheet], ["xl/extra.xml", ((w) => w("<extra/>")) as PartWriter]]);
  const inMemory = joinPieces(patchZip(zip, replace(), nodeCodec));
  const file = path.join(tmp(), "kopie.xlsx");
  expect(await writeAtomically(file, (sink) => patchZipTo(zip, replace(), sink, nodeCodec))).toBeNull();
  const written = new Uint8Array(readFileSync(file));
  expect(written.length).toBe(inMemory.length);
  expect(Buffer.compare(written, inMemory)).toBe(0);

  const copy = openZip(written);
  for (const e of copy.entries) {
    const o = e.localHeaderOffset;
    expect([u32(written, o + 14), u32(written, o + 18), u32(written, o + 22)]).toEqual([e.crc, e.compressedSize, e.uncompressedSize]);
  }
  // Read back by another unzipper: the text comes back whole, the multi-byte characters too.
  const parts = unzipSync(written);
  const sheet = new TextDecoder().decode(parts["xl/worksheets/sheet1.xml"]);
  expect(sheet).toBe(`<worksheet><sheetData>${rowsText(40_000).join("")}</sheetData></worksheet>`);
  expect(new TextDecoder().decode(parts["xl/styles.xml"])).toBe("<styleSheet/>");
  expect(new TextDecoder().decode(parts["xl/extra.xml"])).toBe("<extra/>");
});

test("a copy that fails halfway leaves the existing file untouched and no temporary file beside it", async () => {
  const dir = tmp();
  const file = path.join(dir, "kopie.xlsx");
  writeFileSync(file, "de vorige kopie");
  const failing: PartWriter = (write) => {
    for (const row of rowsText(20_000)) write(row);
    throw new Error("kapot halverwege");
  };
  const message = await writeAtomically(file, (sink) => patchZipTo(workbook(), new Map([["xl/worksheets/sheet1.xml", failing]]), sink, nodeCodec));
  expect(message?.nl).toContain("kapot halverwege");
  expect(readFileSync(file, "utf8")).toBe("de vorige kopie");
  expect(readdirSync(dir)).toEqual(["kopie.xlsx"]);
});

test("a large part is read back whole, with multi-byte characters on every piece boundary", () => {
  // Highly compressible: each inflated chunk is many times its input and is handed on in pieces.
  const text = `<sst>${"ë€😀x".repeat(200_000)}</sst>`;
  for (const level of [0, 6] as const) {
    const zip = openZip(zipSync({ "xl/sharedStrings.xml": [strToU8(text), { level }] }));
    expect(entryText(zip, findEntry(zip, "xl/sharedStrings.xml")!)).toBe(text);
  }
});

test("a producer's copy is renamed into place only when complete: no file appears under the target's name on failure", async () => {
  const file = path.join(tmp(), "nieuw.xlsx");
  const message = await writeAtomically(file, (sink) => {
    sink.write(new Uint8Array(10));
    throw new Error("stop");
  });
  expect(message).not.toBeNull();
  expect(existsSync(file)).toBe(false);
});
