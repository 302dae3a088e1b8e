import fs from "fs";
import path from "path";
import { readRegisterBytes } from "../../src/xlsx/readRegister";
import { readSupplierBytes } from "../../src/xlsx/readSupplierFile";

// Issue 27.1: src/xlsx is bundled for the browser too, so it reads bytes handed in and never the file system. The
// names below exist nowhere on disk: only the bytes count, the name gives the kind and the words of a message.
const examples = path.join(__dirname, "../../examples");

test("a supplier list is read from its bytes alone, named by a path that does not exist", () => {
  for (const name of ["leveranciers.xlsx", "leveranciers.csv"]) {
    const read = readSupplierBytes(`/nergens/op/schijf/${name}`, fs.readFileSync(path.join(examples, name)));
    expect(read.ok).toBe(true);
    if (read.ok) expect(read.value.table.columns.count).toBeGreaterThan(0);
  }
});

test("a CSV in Windows-1252 keeps its euro sign and accents when read from plain bytes", () => {
  const text = "Leverancier;Opdrachtsom per jaar;PSO-trede\nCafé €uro;1000;Trede 2\n";
  const bytes = Uint8Array.from([...text].map((ch) => (ch === "€" ? 0x80 : ch.charCodeAt(0))));
  const read = readSupplierBytes("C:\\Users\\inkoop\\lijst.csv", bytes);
  expect(read.ok).toBe(true);
  if (read.ok) {
    expect(read.value.sheetName).toBe("lijst");
    expect(read.value.csv?.[1][0]).toBe("Café €uro");
  }
});

test("a register export is read from its bytes; an unsupported name is refused without touching a disk", () => {
  const read = readRegisterBytes("/nergens/register.csv", fs.readFileSync(path.join(examples, "register.csv")));
  expect(read.ok).toBe(true);
  if (read.ok) expect(read.value.register.entries.length).toBeGreaterThan(0);
  const refused = readRegisterBytes("/nergens/register.pdf", new Uint8Array(10));
  expect(refused.ok).toBe(false);
});
