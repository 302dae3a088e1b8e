import { streamEntryText, ZipArchive, ZipEntry } from "./zip";

/** Where a worksheet's XML is split: what comes before the rows, each row, and what follows them. */
export interface SheetHandlers {
  /** Everything up to and including `<sheetData>` (or a self-closed `<sheetData/>`), in one call. */
  head(text: string, prefix: string): void;
  /** One complete `<row>` element and its 1-based row number. Return false to stop reading. */
  row(xml: string, rowNumber: number): boolean | void;
  /** Everything from `</sheetData>` on, in one call (small: merges, formats, validation, drawing links). */
  tail(text: string): void;
}

class Stop extends Error {}

/** A worksheet part whose rows are never closed: the file was cut off (a broken download or copy). */
export class SheetCutOffError extends Error {
  constructor(readonly part: string, readonly lastRow: number) {
    super(`${part} ends after row ${lastRow}`);
  }
}

/** The namespace prefix of the root element ("" or "x:"), as some generators write `<x:worksheet>`. */
function prefixOf(head: string): string {
  const m = /<([A-Za-z_][\w.-]*:)?worksheet[\s>]/.exec(head);
  return m?.[1] ?? "";
}

function rowNumberOf(tagText: string, previous: number): number {
  const m = /\sr="(\d+)"/.exec(tagText);
  return m ? Number(m[1]) : previous + 1;
}

/**
 * Streams a worksheet part and splits it into head, rows and tail without ever holding the whole sheet: memory is one
 * chunk plus one row, whatever the sheet's size.
 */
export function splitSheet(zip: ZipArchive, entry: ZipEntry, handlers: SheetHandlers, limit?: number): void {
  let buffer = "";
  let state = "head" as "head" | "rows" | "tail";
  let prefix = "";
  let rowOpen = "<row";
  let rowClose = "</row>";
  let dataClose = "</sheetData>";
  let rowNumber = 0;
  const tailParts: string[] = [];
  const feed = (text: string) => {
    if (state === "tail") {
      tailParts.push(text);
      return;
    }
    buffer += text;
    if (state === "head") {
      const m = /<([A-Za-z_][\w.-]*:)?sheetData\b[^>]*>/.exec(buffer);
      if (!m) return;
      prefix = prefixOf(buffer);
      rowOpen = `<${prefix}row`;
      rowClose = `</${prefix}row>`;
      dataClose = `</${prefix}sheetData>`;
      const end = m.index + m[0].length;
      handlers.head(buffer.slice(0, end), prefix);
      buffer = buffer.slice(end);
      if (m[0].endsWith("/>")) {
        state = "tail";
        tailParts.push(buffer);
        buffer = "";
        return;
      }
      state = "rows";
    }
    let from = 0;
    // Searched once per chunk, not once per row: a row never holds </sheetData>.
    const close = buffer.indexOf(dataClose);
    for (;;) {
      const start = buffer.indexOf(rowOpen, from);
      if (close >= 0 && (start < 0 || close < start)) {
        state = "tail";
        tailParts.push(buffer.slice(close));
        buffer = "";
        return;
      }
      if (start < 0) break;
      const tagEnd = buffer.indexOf(">", start);
      if (tagEnd < 0) break;
      let end: number;
      if (buffer.charCodeAt(tagEnd - 1) === 47) end = tagEnd + 1;
      else {
        const e = buffer.indexOf(rowClose, tagEnd);
        if (e < 0) break;
        end = e + rowClose.length;
      }
      rowNumber = rowNumberOf(buffer.slice(start, tagEnd), rowNumber);
      if (handlers.row(buffer.slice(start, end), rowNumber) === false) throw new Stop();
      from = end;
    }
    buffer = buffer.slice(from);
  };
  try {
    streamEntryText(zip, entry, feed, limit);
  } catch (error) {
    if (error instanceof Stop) return;
    throw error;
  }
  // Reading on would check the rows before the cut and silently drop the rest.
  if (state === "rows") throw new SheetCutOffError(entry.name, rowNumber);
  handlers.tail(tailParts.join(""));
}

/** The value of attribute `name` (given as ' r="') between from and to, or null; no regex, no tag string. */
function attrIn(xml: string, needle: string, from: number, to: number): string | null {
  const at = xml.indexOf(needle, from);
  if (at < 0 || at >= to) return null;
  const start = at + needle.length;
  return xml.slice(start, xml.indexOf('"', start));
}

/** 0-based column of the cell whose tag starts at `from`, from its r="AB12" attribute, or -1 without one. */
function columnAt(xml: string, from: number, to: number): number {
  const at = xml.indexOf(' r="', from);
  if (at < 0 || at >= to) return -1;
  let n = 0;
  for (let i = at + 4; ; i++) {
    const c = xml.charCodeAt(i);
    if (c < 65 || c > 90) break;
    n = n * 26 + c - 64;
  }
  return n - 1;
}

/** Calls `onCell` for each `<c>` of one row: its 0-based column, type, style index and inner XML (null when empty). */
export function forEachCell(
  rowXml: string,
  prefix: string,
  onCell: (col: number, type: string | null, style: number, inner: string | null) => void,
): void {
  const open = `<${prefix}c`;
  const close = `</${prefix}c>`;
  let col = -1;
  let from = rowXml.indexOf(">") + 1;
  for (;;) {
    let start = rowXml.indexOf(open, from);
    while (start >= 0) {
      const next = rowXml.charCodeAt(start + open.length);
      if (next === 32 || next === 62 || next === 47 || next === 9 || next === 10 || next === 13) break;
      start = rowXml.indexOf(open, start + 1);
    }
    if (start < 0) return;
    const tagEnd = rowXml.indexOf(">", start);
    const ref = columnAt(rowXml, start, tagEnd);
    col = ref >= 0 ? ref : col + 1;
    const type = attrIn(rowXml, ' t="', start, tagEnd);
    const style = attrIn(rowXml, ' s="', start, tagEnd);
    const s = style === null ? 0 : Number(style);
    if (rowXml.charCodeAt(tagEnd - 1) === 47) {
      onCell(col, type, s, null);
      from = tagEnd + 1;
      continue;
    }
    const end = rowXml.indexOf(close, tagEnd);
    onCell(col, type, s, rowXml.slice(tagEnd + 1, end));
    from = end + close.length;
  }
}
