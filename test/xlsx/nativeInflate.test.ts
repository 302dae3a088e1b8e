import fs from "fs";
import path from "path";
import { nodeCodec, nodeInflateWhole } from "../../src/cli/nodeCodec";
import { readSupplierBytes } from "../../src/xlsx/readSupplierFile";
import { buildCheckReport, dayFromYmd, wonenLimburgPolicy } from "../../src/core";
import { annotatedCopy, columnUseOfScan } from "../../src/xlsx/patch";
import { inflateEntry, joinPieces, openZip, WholeInflate } from "../../src/xlsx/zip";

// The CLI inflates a part of up to 64 MB with Node's zlib (three times fflate's speed); the result must be the very
// same table, and a part whose archive lies about its size must still be read by the stream, never cut or padded.
const examples = path.join(__dirname, "../../examples");

test("a list read with Node's inflater is the same table as one read by the streaming inflater", () => {
  for (const name of ["leveranciers.xlsx", "leveranciers-praktijk.xlsx"]) {
    const bytes = fs.readFileSync(path.join(examples, name));
    const streamed = readSupplierBytes(name, bytes);
    const native = readSupplierBytes(name, bytes, { inflateWhole: nodeInflateWhole });
    expect(native.ok && streamed.ok).toBe(true);
    if (native.ok && streamed.ok) {
      expect(native.value.table.headers).toEqual(streamed.value.table.headers);
      expect(native.value.table.rows).toEqual(streamed.value.table.rows);
    }
  }
});

test("a part inflated natively is used; one declaring a wrong size goes through the stream instead", () => {
  const bytes = fs.readFileSync(path.join(examples, "leveranciers.xlsx"));
  const calls: number[] = [];
  const counting: WholeInflate = (data, max, size) => {
    calls.push(size);
    return nodeInflateWhole(data, max, size);
  };
  const zip = openZip(bytes, counting);
  const sheet = zip.entries.find((e) => e.name === "xl/worksheets/sheet1.xml")!;
  const whole = (z: typeof zip) => {
    const parts: Uint8Array[] = [];
    inflateEntry(z, sheet, (c) => parts.push(c.slice()));
    return Buffer.concat(parts).toString("utf8");
  };
  const expected = whole(openZip(bytes));
  expect(whole(zip)).toBe(expected);
  expect(calls).toEqual([sheet.uncompressedSize]);
  const lying = { ...sheet, uncompressedSize: sheet.uncompressedSize - 10 };
  const parts: Uint8Array[] = [];
  inflateEntry(zip, lying, (c) => parts.push(c.slice()));
  expect(Buffer.concat(parts).toString("utf8")).toBe(expected);
});

test("check --out inflates the checked sheet once: its first rows, all its rows and the copy's patch read the same bytes", () => {
  const bytes = fs.readFileSync(path.join(examples, "leveranciers-praktijk.xlsx"));
  const sizes: number[] = [];
  const counting: WholeInflate = (data, max, size) => {
    sizes.push(size);
    return nodeInflateWhole(data, max, size);
  };
  const copyOf = (inflate?: WholeInflate) => {
    const loaded = readSupplierBytes("leveranciers-praktijk.xlsx", bytes, { inflateWhole: inflate });
    if (!loaded.ok) throw new Error("not read");
    const source = loaded.value.xlsx!;
    const report = buildCheckReport(loaded.value.table, columnUseOfScan(source.scan, loaded.value.table), { policy: wonenLimburgPolicy, peildatum: dayFromYmd(2026, 12, 1), lang: "nl" })!;
    return { copy: joinPieces(annotatedCopy(source, report, nodeCodec)), sheet: source.zip.entries.find((e) => e.name === source.sheet.path)! };
  };
  const { copy, sheet } = copyOf(counting);
  expect(sizes.filter((size) => size === sheet.uncompressedSize)).toHaveLength(1);
  // The same copy as one whose every read inflated the sheet anew.
  expect(Buffer.compare(copy, copyOf(undefined).copy)).toBe(0);
});
