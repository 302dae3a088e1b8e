/**
 * UTF-8 (with or without BOM) unless the bytes are not valid UTF-8; then Windows-1252, as Dutch Excel saves CSV.
 * UTF-16 with a BOM (Excel's "Unicode-tekst") is read too; UTF-16 without one is not recognised (see looksLikeUtf16).
 */
export function decodeCsv(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder("utf-8").decode(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return decodeWindows1252(bytes);
  }
}

/**
 * Text saved as UTF-16 without a BOM: a zero byte in every other place. Read as UTF-8 or Windows-1252 it would be
 * letters with NUL characters between them, so the header would never be found and the user would not know why.
 */
export function looksLikeUtf16(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return false;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  return Math.max(even, odd) > n / 2 / 3;
}

/** Windows-1252's own characters at 0x80-0x9F (€, ‘, ’, “, ”, ...); undefined bytes keep their Latin-1 code point. */
const CP1252_HIGH =
  "\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f" +
  "\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178";

/** Node's TextDecoder("windows-1252") decodes 0x80-0x9F as Latin-1 control characters, so "€" (0x80) would be lost. */
function decodeWindows1252(bytes: Uint8Array): string {
  return latin1(bytes).replace(/[\u0080-\u009f]/g, (ch) => CP1252_HIGH[ch.charCodeAt(0) - 0x80]);
}

/** Bytes as their Latin-1 code points, in pieces small enough for String.fromCharCode's argument list. */
function latin1(bytes: Uint8Array): string {
  const parts: string[] = [];
  for (let i = 0; i < bytes.length; i += 0x8000) parts.push(String.fromCharCode(...bytes.subarray(i, i + 0x8000)));
  return parts.join("");
}

/** The delimiter that splits the first non-empty lines most consistently: semicolon (Dutch Excel), comma or tab. */
export function detectDelimiter(text: string): string {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== "").slice(0, 20);
  let best = ",";
  let bestScore = -1;
  for (const d of [";", ",", "\t"]) {
    const counts = lines.map((l) => l.split(d).length - 1);
    const score = counts.filter((c) => c > 0 && c === counts[0]).length * 10 + (counts[0] ?? 0);
    if (counts[0] > 0 && score > bestScore) {
      best = d;
      bestScore = score;
    }
  }
  return best;
}

/**
 * CSV text as rows of fields (RFC 4180: quoted fields may hold the delimiter, doubled quotes and line breaks). Every
 * field stays text, so Dutch numbers are parsed by the core; a blank line is a row of one empty field, as Excel
 * numbers it. Linear in the text, no per-row object model. A quote that opens a field and is never closed takes the rest
 * of the text into that field; `problems.unclosedQuote` then tells where it opened (an offset into the text).
 */
export function parseCsv(text: string, delimiter: string, problems: { unclosedQuote?: number } = {}): string[][] {
  const rows: string[][] = [];
  const d = delimiter.charCodeAt(0);
  const n = text.length;
  let row: string[] = [];
  let i = 0;
  const plainEnd = (from: number) => {
    let k = from;
    for (; k < n; k++) {
      const c = text.charCodeAt(k);
      if (c === d || c === 10 || c === 13) break;
    }
    return k;
  };
  for (;;) {
    let field: string;
    if (text.charCodeAt(i) === 34) {
      let out = "";
      let j = i + 1;
      for (;;) {
        const q = text.indexOf('"', j);
        if (q < 0) {
          problems.unclosedQuote ??= i;
          out += text.slice(j);
          i = n;
          break;
        }
        out += text.slice(j, q);
        if (text.charCodeAt(q + 1) === 34) {
          out += '"';
          j = q + 2;
          continue;
        }
        i = q + 1;
        break;
      }
      // Text after the closing quote (a stray character) is kept, not lost.
      const k = plainEnd(i);
      field = out + text.slice(i, k);
      i = k;
    } else {
      const k = plainEnd(i);
      field = text.slice(i, k);
      i = k;
    }
    row.push(field);
    if (i >= n) {
      rows.push(row);
      break;
    }
    const c = text.charCodeAt(i);
    if (c === d) {
      i++;
      continue;
    }
    i += c === 13 && text.charCodeAt(i + 1) === 10 ? 2 : 1;
    rows.push(row);
    row = [];
    if (i >= n) break;
  }
  return rows;
}
