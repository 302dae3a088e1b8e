import { isPercentFormat } from "../core";
import { builtinFormat } from "./numberFormats";
import { entryText, findEntry, ZipArchive } from "./zip";
import { attr, tags } from "./xml";


/** A format code shows a date when, outside quoted text, escapes and [colour]/[condition] blocks, it uses d, m, y, h or s. */
function isDateFormatCode(code: string): boolean {
  const bare = code.replace(/"[^"]*"/g, "").replace(/\\./g, "").replace(/\[[^\]]*\]/g, "").replace(/_.|\*./g, "");
  return /[dmyhsjDMYHSJ]/.test(bare) && !/^general$/i.test(bare.trim());
}

/** What a cell style's number format shows, per style index: a plain number, a date or a percentage. */
export const NUMBER_STYLE = 0;
export const DATE_STYLE = 1;
export const PERCENT_STYLE = 2;


/**
 * What each cell style index (the `s` attribute) shows: DATE_STYLE, PERCENT_STYLE or NUMBER_STYLE. Styles are read
 * only to tell a date serial or a percent cell's fraction from a plain number.
 */
export function readNumberStyles(zip: ZipArchive, path: string | null): Uint8Array {
  const entry = path ? findEntry(zip, path) : undefined;
  if (!entry) return new Uint8Array(0);
  const xml = entryText(zip, entry);
  const custom = new Map<number, string>();
  for (const tag of tags(xml, "numFmt")) custom.set(Number(attr(tag, "numFmtId")), attr(tag, "formatCode") ?? "");
  const cellXfs = /<(?:\w+:)?cellXfs\b[^>]*>([\s\S]*?)<\/(?:\w+:)?cellXfs>/.exec(xml)?.[1] ?? "";
  const xfs = tags(cellXfs, "xf");
  const kinds = new Uint8Array(xfs.length);
  xfs.forEach((tag, i) => {
    const id = Number(attr(tag, "numFmtId") ?? 0);
    const code = custom.get(id);
    if (code !== undefined ? isDateFormatCode(code) : builtinFormat(id)?.shows === "date") kinds[i] = DATE_STYLE;
    else if (code !== undefined ? isPercentFormat(code) : builtinFormat(id)?.shows === "percent") kinds[i] = PERCENT_STYLE;
  });
  return kinds;
}

/** Which cell style indexes show dates (1), for showing a workbook as Excel holds it (percent cells stay numbers). */
export function readDateStyles(zip: ZipArchive, path: string | null): Uint8Array {
  return readNumberStyles(zip, path).map((kind) => (kind === DATE_STYLE ? DATE_STYLE : NUMBER_STYLE));
}

export interface CellFormats {
  /** Number format code per cell style index, null for General. */
  numFmt: (string | null)[];
  /** Solid fill colour ("#RRGGBB") per cell style index, or null. */
  fill: (string | null)[];
}

/** Number formats and solid fills per cell style, for showing a workbook (the workbench), not for checking it. */
export function readCellFormats(zip: ZipArchive, path: string | null): CellFormats {
  const entry = path ? findEntry(zip, path) : undefined;
  if (!entry) return { numFmt: [], fill: [] };
  const xml = entryText(zip, entry);
  const custom = new Map<number, string>();
  for (const tag of tags(xml, "numFmt")) custom.set(Number(attr(tag, "numFmtId")), attr(tag, "formatCode") ?? "");
  const fillsXml = /<(?:\w+:)?fills\b[^>]*>([\s\S]*?)<\/(?:\w+:)?fills>/.exec(xml)?.[1] ?? "";
  const fills = (fillsXml.match(/<(?:\w+:)?fill\b[\s\S]*?<\/(?:\w+:)?fill>|<(?:\w+:)?fill\s*\/>/g) ?? []).map((fill) => {
    if (!/patternType="solid"/.test(fill)) return null;
    const rgb = /<(?:\w+:)?fgColor\b[^>]*\srgb="([0-9A-Fa-f]{8})"/.exec(fill)?.[1];
    return rgb ? `#${rgb.slice(2).toUpperCase()}` : null;
  });
  const cellXfs = /<(?:\w+:)?cellXfs\b[^>]*>([\s\S]*?)<\/(?:\w+:)?cellXfs>/.exec(xml)?.[1] ?? "";
  const xfs = tags(cellXfs, "xf");
  return {
    numFmt: xfs.map((tag) => {
      const id = Number(attr(tag, "numFmtId") ?? 0);
      return custom.get(id) ?? (id === 0 ? null : builtinFormat(id)?.code) ?? null;
    }),
    fill: xfs.map((tag) => fills[Number(attr(tag, "fillId") ?? 0)] ?? null),
  };
}
