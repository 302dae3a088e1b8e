import { isPercentFormat } from "../core";
import { builtinFormat } from "./numberFormats";
import { entryText, findEntry, ZipArchive } from "./zip";
import { decodedAttr, forEachStartTag, tagAttr } from "./xmlScan";


/** A format code shows a date when, outside quoted text, escapes and [colour]/[condition] blocks, it uses d, m, y, h or s. */
function isDateFormatCode(code: string): boolean {
  const bare = code.replace(/"[^"]*"/g, "").replace(/\\./g, "").replace(/\[[^\]]*\]/g, "").replace(/_.|\*./g, "");
  return /[dmyhsjDMYHSJ]/.test(bare) && !/^general$/i.test(bare.trim());
}

/** What a cell style's number format shows, per style index: a plain number, a date or a percentage. */
export const NUMBER_STYLE = 0;
export const DATE_STYLE = 1;
export const PERCENT_STYLE = 2;


/** What PSO-toets reads of styles.xml: the custom number formats, the cell styles' start tags, the fills. */
interface StyleTags {
  /** numFmtId -> format code, from `<numFmts>` (a differential style's own `<numFmt>` is no cell style's). */
  custom: Map<number, string>;
  /** The start tag of each `<xf>` in `<cellXfs>`, in order: the `s` of a cell indexes them. */
  cellXfs: string[];
  /** Per `<fill>` in `<fills>`: its colour ("#RRGGBB") when it is a solid fill with an ARGB foreground, else null. */
  fills: (string | null)[];
}

/**
 * styles.xml read through the tokenizer: any prefix, either quote style, attributes on new lines; a comment or CDATA
 * holds no style (a commented-out `<xf>` would shift every index after it).
 */
function styleTags(xml: string): StyleTags {
  const custom = new Map<number, string>();
  const cellXfs: string[] = [];
  const fills: (string | null)[] = [];
  const path: string[] = [];
  let solid = false;
  forEachStartTag(xml, (tag) => {
    path[tag.depth] = tag.local;
    const parent = tag.depth > 0 ? path[tag.depth - 1] : "";
    if (tag.local === "numFmt" && parent === "numFmts") custom.set(Number(decodedAttr(tag.text, "numFmtId")), decodedAttr(tag.text, "formatCode") ?? "");
    else if (tag.local === "xf" && parent === "cellXfs" && tag.depth === 2) cellXfs.push(tag.text);
    else if (tag.local === "fill" && parent === "fills" && tag.depth === 2) {
      fills.push(null);
      solid = false;
    } else if (tag.local === "patternFill" && parent === "fill" && tag.depth === 3) solid = tagAttr(tag.text, "patternType") === "solid";
    else if (tag.local === "fgColor" && parent === "patternFill" && tag.depth === 4 && solid) {
      const rgb = tagAttr(tag.text, "rgb");
      if (rgb !== null && /^[0-9A-Fa-f]{8}$/.test(rgb)) fills[fills.length - 1] = `#${rgb.slice(2).toUpperCase()}`;
    }
  });
  return { custom, cellXfs, fills };
}

/**
 * What each cell style index (the `s` attribute) shows: DATE_STYLE, PERCENT_STYLE or NUMBER_STYLE. Styles are read
 * only to tell a date serial or a percent cell's fraction from a plain number.
 */
export function readNumberStyles(zip: ZipArchive, path: string | null): Uint8Array {
  const entry = path ? findEntry(zip, path) : undefined;
  if (!entry) return new Uint8Array(0);
  const { custom, cellXfs: xfs } = styleTags(entryText(zip, entry));
  const kinds = new Uint8Array(xfs.length);
  xfs.forEach((tag, i) => {
    const id = Number(decodedAttr(tag, "numFmtId") ?? 0);
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
  const { custom, cellXfs: xfs, fills } = styleTags(entryText(zip, entry));
  return {
    numFmt: xfs.map((tag) => {
      const id = Number(decodedAttr(tag, "numFmtId") ?? 0);
      return custom.get(id) ?? (id === 0 ? null : builtinFormat(id)?.code) ?? null;
    }),
    fill: xfs.map((tag) => fills[Number(decodedAttr(tag, "fillId") ?? 0)] ?? null),
  };
}
