/**
 * The workbench's formula engine plays Excel for the PSO.* functions, so it must be as strict as Excel about error
 * cells: without allowErrorForDataTypeAny in functions.json the function is not called and the whole result is the
 * error (one #N/B in E2:E6 turns the whole PSO.STATUS spill into #N/B); with the flag, which our build sets, the
 * error cells are passed in and only their own rows show an error.
 */
import * as fs from "fs";
import * as path from "path";
import { dayFromYmd, dayToExcelSerial } from "../../src/core";
import * as PSO from "../../src/functions/functions";
import { createWorkbook, StandinWorkbook } from "../../src/excel-standin";
import { createCustomFunctions, CustomFunctionsStandIn } from "../../src/workbench/customFunctions";
import { cellError, recalculate, shapesFrom } from "../../src/workbench/sheetView";
import { builtFunctionsDir } from "./support/buildFunctions";

jest.setTimeout(180_000);

type Metadata = Parameters<typeof shapesFrom>[0];
let metadata: Metadata;
let cf: CustomFunctionsStandIn;

beforeAll(async () => {
  metadata = JSON.parse(fs.readFileSync(path.join(await builtFunctionsDir(), "functions.json"), "utf8"));
  cf = createCustomFunctions();
  (globalThis as { CustomFunctions?: unknown }).CustomFunctions = cf;
  // What the build's loader appends to functions.ts: one associate call per declared function.
  const exported = PSO as unknown as Record<string, (...args: unknown[]) => unknown>;
  for (const f of metadata.functions) cf.associate(f.id, exported[f.id.toLowerCase()]);
});

const VALID = dayToExcelSerial(dayFromYmd(2023, 12, 31));
const PEIL = dayToExcelSerial(dayFromYmd(2022, 6, 30));

/** Leveranciers!A1:D6 with an #N/A in the level of row 4, and =PSO.STATUS(B2:B6,C2:C6,D2:D6,<peil>) in E2. */
function sheetWithErrorCell(): StandinWorkbook {
  const book = createWorkbook({
    Leveranciers: [
      ["Leverancier", "PSO-trede", "Geldig tot", "Opdrachtsom per jaar", "Status"],
      ["A", "Trede 2", VALID, 200_000],
      ["B", "Trede 1", VALID, 200_000],
      ["C", "#N/A", VALID, 200_000],
      ["D", "geen", "", 200_000],
      ["E", "Trede 2", VALID, 100_000],
    ],
  });
  book.sheet("Leveranciers").formulas.set("1,4", `=PSO.STATUS(B2:B6,C2:C6,D2:D6,${PEIL})`);
  return book;
}

const statusColumn = (book: StandinWorkbook) => book.values("Leveranciers").slice(1, 6).map((row) => row[4]);

test("the build's functions.json lets errors in: one #N/A row gives #N/A in its own cell, the other rows are computed", () => {
  expect(metadata.allowErrorForDataTypeAny).toBe(true);
  const book = sheetWithErrorCell();
  recalculate(book, cf, shapesFrom(metadata));
  const status = statusColumn(book);
  expect(status[0]).toBe("Voldoet");
  expect(String(status[1])).toMatch(/^Voldoet niet/);
  expect(status[2]).toBe("#N/A");
  expect(cellError(book.sheet("Leveranciers"), 3, 4)?.message).toMatch(/#N\/A/);
  expect(String(status[3])).toMatch(/^Voldoet niet/);
  expect(status[4]).toBe("Buiten scope");
});

test("without the flag the engine behaves as Excel does: the function is not called and the formula is that error", () => {
  const { allowErrorForDataTypeAny: _dropped, ...withoutFlag } = metadata;
  let calls = 0;
  const status = cf.registry.get("STATUS")!;
  cf.registry.set("STATUS", (...args) => (calls++, status(...args)));
  try {
    const book = sheetWithErrorCell();
    recalculate(book, cf, shapesFrom(withoutFlag));
    expect(calls).toBe(0);
    // No spill: E2 holds the error, E3:E6 stay empty.
    expect(statusColumn(book)).toEqual(["#N/A", "", "", "", ""]);
  } finally {
    cf.registry.set("STATUS", status);
  }
});
