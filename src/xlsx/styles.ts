import { entryText, findEntry, ZipArchive } from "./zip";
import { attr, tags } from "./xml";

/** Built-in number formats that show a date or time (ECMA-376 18.8.30). */
const DATE_FORMAT_IDS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]);

/** A format code shows a date when, outside quoted text, escapes and [colour]/[condition] blocks, it uses d, m, y, h or s. */
export function isDateFormatCode(code: string): boolean {
  const bare = code.replace(/"[^"]*"/g, "").replace(/\\./g, "").replace(/\[[^\]]*\]/g, "").replace(/_.|\*./g, "");
  return /[dmyhsjDMYHSJ]/.test(bare) && !/^general$/i.test(bare.trim());
}

/**
 * Which cell style indexes (the `s` attribute) show dates: styles are read only to tell a date serial from a number.
 * Index i is 1 when cellXfs[i] has a date format.
 */
export function readDateStyles(zip: ZipArchive, path: string | null): Uint8Array {
  const entry = path ? findEntry(zip, path) : undefined;
  if (!entry) return new Uint8Array(0);
  const xml = entryText(zip, entry);
  const custom = new Map<number, string>();
  for (const tag of tags(xml, "numFmt")) custom.set(Number(attr(tag, "numFmtId")), attr(tag, "formatCode") ?? "");
  const cellXfs = /<(?:\w+:)?cellXfs\b[^>]*>([\s\S]*?)<\/(?:\w+:)?cellXfs>/.exec(xml)?.[1] ?? "";
  const xfs = tags(cellXfs, "xf");
  const dates = new Uint8Array(xfs.length);
  xfs.forEach((tag, i) => {
    const id = Number(attr(tag, "numFmtId") ?? 0);
    const code = custom.get(id);
    dates[i] = (code !== undefined ? isDateFormatCode(code) : DATE_FORMAT_IDS.has(id)) ? 1 : 0;
  });
  return dates;
}
