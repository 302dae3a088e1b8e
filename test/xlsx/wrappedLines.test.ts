import { wrappedLines } from "../../src/xlsx/patch";

// The copy makes a row taller for an explanation that wraps: lines counted word by word as a column of `width`
// characters wraps them, every kind of whitespace (a non-breaking space, a tab, a line end) between words.
test("lines of a wrapped explanation: words kept whole where they fit, a word longer than the column cut", () => {
  expect(wrappedLines("", 10)).toBe(1);
  expect(wrappedLines("   ", 10)).toBe(1);
  expect(wrappedLines("a b c", 3)).toBe(2);
  expect(wrappedLines("  a   b  ", 3)).toBe(1);
  expect(wrappedLines("abcdefgh", 3)).toBe(3);
  expect(wrappedLines("ab abcdefgh", 3)).toBe(4);
  expect(wrappedLines("a\u00a0b\tc\nd\u2003e", 1)).toBe(5);
  expect(wrappedLines("Trede 2 vereist, trede 1 aanwezig: verhogen vóór 1-12-2026.", 20)).toBe(4);
});
