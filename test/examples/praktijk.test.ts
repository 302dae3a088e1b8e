/**
 * examples/leveranciers-praktijk.xlsx: the list as a housing corporation keeps it (issue 16). The committed file is
 * what the script makes, and PSO-toets reads it as a person would: 60 suppliers, the totals row ends the table,
 * "Inkoopvolume 2024" is one year's spend (not a contract total), amounts typed as "€ 175.000" count.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { checkFindings, dayFromYmd, wonenLimburgPolicy } from "../../src/core";
import { readXlsxBytes } from "../../src/xlsx/readXlsx";
import { PRAKTIJK_ROWS, writePraktijkExample } from "../../scripts/make-example-praktijk";

const FILE = path.join(__dirname, "../../examples/leveranciers-praktijk.xlsx");

test("the committed example is exactly what scripts/make-example-praktijk.ts writes (deterministic)", async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pso-praktijk-"));
  try {
    const made = await writePraktijkExample(dir);
    expect(fs.readFileSync(made).equals(fs.readFileSync(FILE))).toBe(true);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test("60 suppliers under title rows, blank rows kept out, the totals row not a supplier", () => {
  const loaded = readXlsxBytes(FILE, fs.readFileSync(FILE));
  if (!loaded.ok) throw new Error(loaded.message.nl);
  const { table } = loaded.value;
  expect(PRAKTIJK_ROWS).toHaveLength(60);
  expect(table.headerRow).toBe(4);
  expect(table.rows).toHaveLength(60);
  expect(table.rows.map((r) => r.supplier)).not.toContain("Totaal");
  expect(table.nextBlockRow).not.toBeNull();
  // The year in "Inkoopvolume 2024" makes it annual spend beside "Looptijd (mnd)", not a contract total.
  expect(table.headers[table.mapping.spend!]).toBe("Inkoopvolume 2024");
  expect(table.mapping.contractSum).toBeUndefined();
});

test("amounts typed as text count like numbers: '€ 175.000' is € 175.000 a year", () => {
  const loaded = readXlsxBytes(FILE, fs.readFileSync(FILE));
  if (!loaded.ok) throw new Error(loaded.message.nl);
  const findings = checkFindings(loaded.value.table, wonenLimburgPolicy, dayFromYmd(2026, 12, 1));
  const hovenier = findings.find((f) => f.supplier === "Hoveniersbedrijf Groen & Co");
  expect(hovenier?.spend).toBe(175_000);
  expect(hovenier?.status).toBe("non_compliant");
});
