import { BUILTIN_FORMATS, builtinFormat, builtinIdOf } from "../../src/xlsx/numberFormats";
import { isPercentFormat } from "../../src/core";

/* Issue 27 item 3: one table of Excel's built-in number formats, for reading styles, showing cells and writing them. */

test("a style that names a built-in date or time format is read as a date, a built-in percent format as a percentage", () => {
  for (const id of [14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]) expect(builtinFormat(id)?.shows).toBe("date");
  for (const id of [9, 10]) expect(builtinFormat(id)?.shows).toBe("percent");
  for (const id of [0, 1, 2, 3, 4, 11, 49]) expect(builtinFormat(id)?.shows).toBe("number");
  expect(builtinFormat(164)).toBeUndefined();
});

test("a percent code in the table is also a percent code to the core's reader of custom codes", () => {
  for (const f of BUILTIN_FORMATS) expect([f.code, isPercentFormat(f.code)]).toEqual([f.code, f.shows === "percent"]);
});

test("the writer names a code by id only when Excel shows it the same everywhere; dates get their own element", () => {
  expect(builtinIdOf("General")).toBe(0);
  expect(builtinIdOf("#,##0")).toBe(3);
  expect(builtinIdOf("0%")).toBe(9);
  expect(builtinIdOf("@")).toBe(49);
  // Id 14 shows in the reader's regional date format: the Dutch d-m-yyyy of the report must be written out.
  expect(builtinIdOf("d-m-yyyy")).toBeUndefined();
  expect(builtinIdOf('"€" #,##0')).toBeUndefined();
  expect(builtinIdOf("0.0%")).toBeUndefined();
});

test("ids are unique", () => {
  expect(new Set(BUILTIN_FORMATS.map((f) => f.id)).size).toBe(BUILTIN_FORMATS.length);
});
