import * as fs from "fs";
import * as path from "path";
import { LETTERS_SHEET_NAME, OWN_SHEET_NAMES, POLICY_SHEET_NAME, REGISTER_SHEET_NAME, SOCIAL_SHEET_NAME } from "../../src/core";
import { ownSheetsOf } from "../../src/xlsx/sheetChoice";
import { OWN_SHEETS } from "../../src/core/ownSheets";

/* Issue 27 item 3: the names of the sheets PSO-toets writes live in src/core/sheetNames.ts and nowhere else. */

const SRC = path.join(__dirname, "../../src");

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? filesUnder(p) : /\.tsx?$/.test(e.name) ? [p] : [];
  });
}

/** Quoted the same way, but not a sheet: the contribution column's header and the letters button's label. */
const NOT_A_SHEET: Record<string, string[]> = {
  "core/read/columns.ts": ["Sociale bijdrage"],
  "core/letters/letterMessages.ts": ["Brieven"],
};

test("no file but src/core/sheetNames.ts spells out a sheet name of PSO-toets", () => {
  const found: string[] = [];
  for (const file of filesUnder(SRC)) {
    const rel = path.relative(SRC, file).split(path.sep).join("/");
    if (rel === "core/sheetNames.ts") continue;
    // Comments may name a sheet; code may not.
    const code = fs.readFileSync(file, "utf8").replace(/\/\*[\s\S]*?\*\//g, "").replace(/^\s*\/\/.*$/gm, "");
    for (const name of OWN_SHEET_NAMES) {
      if (NOT_A_SHEET[rel]?.includes(name)) continue;
      if (new RegExp(`["'\`]${name}["'\`]`).test(code)) found.push(`${rel}: ${name}`);
    }
  }
  expect(found).toEqual([]);
});

test("the four sheets, the same in Dutch and English Excel, are never taken for a supplier list when PSO-toets made them", () => {
  expect([POLICY_SHEET_NAME, SOCIAL_SHEET_NAME, REGISTER_SHEET_NAME, LETTERS_SHEET_NAME]).toEqual(["PSO-beleid", "Sociale bijdrage", "PSO-register", "Brieven"]);
  // Marks as the reader keys them: the defined name in lower case, its reference as written.
  const marks = new Map(Object.values(OWN_SHEETS).map((kind) => [kind.mark.toLowerCase(), `'${kind.name}'!$A$1`]));
  const sheets = [...OWN_SHEET_NAMES, "Leveranciers"].map((name) => ({ name }));
  const isOwn = ownSheetsOf({ sheets, marks } as never);
  expect(OWN_SHEET_NAMES.filter((name) => !isOwn({ name }))).toEqual([]);
  expect(isOwn({ name: "Leveranciers" })).toBe(false);
  // Without the marks only the register's paste sheet is known by its name; a user's list called "Brieven" is read.
  const unmarked = ownSheetsOf({ sheets, marks: new Map() } as never);
  expect(OWN_SHEET_NAMES.filter((name) => unmarked({ name }))).toEqual([SOCIAL_SHEET_NAME, REGISTER_SHEET_NAME]);
});
