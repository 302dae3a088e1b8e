/*
 * One small streaming XML tokenizer under the reader and the patch writer. Text arrives in chunks; each character is
 * looked at a bounded number of times (every search position only moves forward), so time is linear in the part
 * whatever its shape: a row that never closes, a comment of megabytes, a tag without quotes. It knows namespace
 * prefixes, comments, CDATA, processing instructions, both quote styles and any whitespace, and it checks what Excel
 * checks before it opens a part: tags balanced and named alike, attributes well formed, entities known, one root, no
 * DTD. A part that is not well-formed XML stops with XmlDamagedError, naming where it breaks.
 */

import { decodeXml } from "./xml";

export type XmlFault =
  | "mismatch" // an end tag that closes another element than the one open
  | "unclosed" // the part ends with elements still open
  | "badTag" // a tag that is no tag: no name, a broken attribute, a stray "<"
  | "badEntity" // "&" not starting a known entity or character reference
  | "textOutside" // text before or after the root element, or a second root
  | "doctype" // a DTD: Excel refuses them, and they can make a reader fetch or expand anything
  | "tooLong" // one tag, comment or CDATA section longer than MAX_TOKEN
  | "rowLimit" // a row number beyond Excel's 1,048,576
  | "columnLimit"; // a column beyond XFD (16,384)

export class XmlDamagedError extends Error {
  constructor(
    readonly fault: XmlFault,
    /** 1-based line and column in the part's text. */
    readonly line: number,
    readonly column: number,
    readonly detail = "",
    /** The part's name in the archive, set by whoever knows it. */
    public part = "",
    /** The last complete row before the break, for a worksheet (0: none). */
    public lastRow = 0,
  ) {
    super(`${fault} at ${line}:${column}${detail ? ` (${detail})` : ""}`);
  }
}

/** The longest single tag, comment, CDATA section or PI accepted (characters): a sheet's are a few hundred. */
export const MAX_TOKEN = 4 * 1024 * 1024;

/** The longest captured span (one row of a worksheet): 64 million characters, far beyond a full row of long texts. */
export const MAX_CAPTURE = 64 * 1024 * 1024;

/** A start tag as the tokenizer hands it over. */
export interface StartTag {
  /** The qualified name ("x:row") and its local part ("row"). */
  name: string;
  local: string;
  prefix: string;
  /** The raw tag text, "<" to ">". */
  text: string;
  selfClosing: boolean;
  /** Elements open around this one (the root has depth 0). */
  depth: number;
}

export interface XmlHandler {
  /** `at` is the tag's offset in the scanner's current buffer (see XmlScanner.slice). */
  start(tag: StartTag, at: number): void;
  /** `at` is the end tag's offset, `after` the offset just past its ">". */
  end(name: string, local: string, depth: number, at: number, after: number): void;
  /**
   * Elements one deeper than `reportDepth`, by offsets only (no strings: a worksheet's cells): a start tag from `at`
   * to just before `after` with its qualified name, and an end tag ending just before `after`.
   */
  deeper?: { start(at: number, after: number, selfClosing: boolean, name: string): void; end(after: number): void };
}

const LT = 60; // <
const GT = 62; // >
const SLASH = 47;
const QUOT = 34;
const APOS = 39;
const EQ = 61;

const isSpace = (c: number) => c === 32 || c === 10 || c === 13 || c === 9;
const NAME_STOPS = new Uint8Array(128);
for (const c of [32, 10, 13, 9, SLASH, GT, LT, EQ, QUOT, APOS, 38]) NAME_STOPS[c] = 1;
/**
 * A character that cannot be in an XML name (an approximation of the Name production, strict where it matters): a
 * space, "/", ">", "<", "=", a quote or "&", looked up in a table (every character of every tag name comes here).
 */
const nameStop = (c: number) => c < 128 && NAME_STOPS[c] === 1;
const nameStart = (c: number) => !(c >= 48 && c <= 57) && c !== 45 && c !== 46 && !nameStop(c) && c !== 58;

/** Where a tag's attribute names stand, for the duplicate check (a tag with more is checked against its first 64). */
const ATTR_SLOTS = 64;
const attrStart = new Int32Array(ATTR_SLOTS);
const attrEnd = new Int32Array(ATTR_SLOTS);

const ENTITY = /^(?:amp|lt|gt|quot|apos|#[0-9]{1,7}|#x[0-9a-fA-F]{1,6})$/;

/** Cached forward search: the next position of `needle` at or after `from`, each character searched once per buffer. */
class Finder {
  private at = -2;
  constructor(private readonly needle: string) {}
  reset(): void {
    this.at = -2;
  }
  next(buf: string, from: number): number {
    if (this.at === -1) return -1;
    if (this.at < from) this.at = buf.indexOf(this.needle, from);
    return this.at;
  }
}

/**
 * The tokenizer. `feed` text in order, then `end()`. Offsets handed to the handler are valid in the buffer until the
 * handler returns; `capture` keeps text across chunks for a consumer that needs the raw XML of a span.
 */
export class XmlScanner {
  private buf = "";
  private pos = 0;
  /** Lines and characters in text already dropped from the buffer, for the position of a break. */
  private doneLines = 0;
  private lastLineStart = 0; // offset in buf of the current line's start, may be negative (line began earlier)
  private readonly stack: string[] = [];
  /** The last element name opened at each depth, reused by the next tag of the same name. */
  private readonly names: string[] = [];
  /** Comments and processing instructions scanned so far: a consumer re-reading a captured span skips looking for them when none came. */
  markupCount = 0;
  private rootSeen = false;
  private rootClosed = false;
  private readonly lt = new Finder("<");
  private readonly amp = new Finder("&");
  private readonly gt = new Finder(">");
  private capStart = -1;
  private capParts: string[] = [];
  private capLength = 0;
  /** The longest span a capture may keep (characters): one row of a sheet. */
  maxCapture = MAX_CAPTURE;
  /** Where the scan of an unfinished token resumes, so it is never searched twice. */
  private resume = -1;
  /** Characters of the part dropped from the front of the buffer so far. */
  private done = 0;

  /**
   * `reportDepth`: the handler hears of elements at most this deep (the root is 0); deeper ones are checked but cost
   * no strings (a worksheet's cells are read from the row's text).
   */
  constructor(
    private readonly handler: XmlHandler,
    private readonly lenient = false,
    private readonly reportDepth = Number.MAX_SAFE_INTEGER,
  ) {}

  get depth(): number {
    return this.stack.length;
  }

  /** Starts keeping the raw text from offset `at` of the current buffer. */
  capture(at: number): void {
    this.capStart = at;
    this.capParts = [];
    this.capLength = 0;
  }

  /** The text kept since `capture`, up to offset `to` of the current buffer; capturing stops. */
  take(to: number): string {
    const last = this.buf.slice(this.capStart, to);
    const text = this.capParts.length === 0 ? last : this.capParts.join("") + last;
    this.capStart = -1;
    this.capParts = [];
    return text;
  }

  get capturing(): boolean {
    return this.capStart >= 0;
  }

  /** For a lenient scan of a fragment: the depth the fragment starts at (the head or tail of a worksheet). */
  startAt(open: string[]): void {
    this.stack.push(...open);
    this.rootSeen = true;
  }

  private fail(fault: XmlFault, at: number, detail = ""): never {
    throw this.damage(fault, at, detail);
  }

  /** The error for a break at offset `at` of the current buffer, with its line and column in the whole part. */
  damage(fault: XmlFault, at: number, detail = ""): XmlDamagedError {
    let line = this.doneLines + 1;
    let lineStart = this.lastLineStart;
    for (let i = this.buf.indexOf("\n", Math.max(0, lineStart)); i >= 0 && i < at; i = this.buf.indexOf("\n", i + 1)) {
      line++;
      lineStart = i + 1;
    }
    return new XmlDamagedError(fault, line, at - lineStart + 1, detail);
  }

  feed(text: string): void {
    if (text.length === 0) return;
    this.buf = this.buf.length === 0 ? text : this.buf + text;
    this.lt.reset();
    this.amp.reset();
    this.gt.reset();
    this.scan(false);
  }

  /** A whole text at once (a small part, or a fragment in lenient mode). */
  whole(text: string): void {
    this.buf = text;
    this.pos = 0;
    this.end();
  }

  end(): void {
    this.scan(true);
    if (this.lenient) return;
    if (this.stack.length > 0) this.fail("unclosed", this.buf.length, this.stack[this.stack.length - 1]);
    if (!this.rootSeen) this.fail("unclosed", this.buf.length, "no root element");
  }

  private text(from: number, to: number): void {
    if (from >= to) return;
    const buf = this.buf;
    if (this.stack.length === 0 && !this.lenient) {
      for (let i = from; i < to; i++) if (!isSpace(buf.charCodeAt(i))) this.fail("textOutside", i);
    }
    for (let a = this.amp.next(buf, from); a >= 0 && a < to; a = this.amp.next(buf, a + 1)) this.entity(a, to);
  }

  private entity(a: number, to: number): void {
    const semi = this.buf.indexOf(";", a);
    if (semi < 0 || semi >= to || semi - a > 10 || !ENTITY.test(this.buf.slice(a + 1, semi))) this.fail("badEntity", a);
  }

  /** Scans complete tokens; at a chunk's end keeps only the unfinished token (and what a capture still needs). */
  private scan(final: boolean): void {
    const buf = this.buf;
    let pos = this.pos;
    let keepFrom = -1;
    for (;;) {
      // A tag right after the last one (most are) is found without a search.
      const lt = buf.charCodeAt(pos) === LT ? pos : this.lt.next(buf, pos);
      if (lt < 0) {
        // An entity cut by the chunk's end waits for the next chunk.
        const amp = final ? -1 : buf.lastIndexOf("&");
        if (amp >= pos && buf.indexOf(";", amp) < 0 && buf.length - amp <= 12) {
          this.text(pos, amp);
          keepFrom = amp;
        } else this.text(pos, buf.length);
        pos = buf.length;
        break;
      }
      this.text(pos, lt);
      const next = lt + 1 < buf.length ? buf.charCodeAt(lt + 1) : -1;
      let end: number;
      if (next === -1) end = -1;
      else if (next === 33 /* ! */) end = this.markup(lt, final);
      else if (next === 63 /* ? */) end = this.until(lt, "?>", final);
      else if (next === SLASH) end = this.endTag(lt);
      else end = this.startTag(lt);
      if (end >= 0 && (next === 63 || (next === 33 && buf.charCodeAt(lt + 2) === 45))) this.markupCount++;
      if (end < 0) {
        if (final) this.fail(this.lenient ? "badTag" : "unclosed", lt);
        if (buf.length - lt > MAX_TOKEN) this.fail("tooLong", lt);
        keepFrom = lt;
        break;
      }
      pos = end;
      this.resume = -1;
    }
    if (final) {
      this.pos = pos;
      return;
    }
    // Drop what is done: the buffer keeps the unfinished token only, the capture keeps its part.
    const cut = keepFrom < 0 ? buf.length : keepFrom;
    if (this.capStart >= 0) {
      if (cut > this.capStart) {
        this.capParts.push(buf.slice(this.capStart, cut));
        this.capLength += cut - this.capStart;
        if (this.capLength > this.maxCapture) this.fail("tooLong", cut);
      }
      this.capStart = 0;
    }
    this.countLines(cut);
    this.done += cut;
    this.buf = buf.slice(cut);
    this.pos = 0;
    if (this.resume >= 0) this.resume -= cut;
  }

  private countLines(cut: number): void {
    const buf = this.buf;
    for (let i = buf.indexOf("\n", Math.max(0, this.lastLineStart)); i >= 0 && i < cut; i = buf.indexOf("\n", i + 1)) {
      this.doneLines++;
      this.lastLineStart = i + 1;
    }
    this.lastLineStart -= cut;
  }

  /** Offset past `close` for a token starting at `lt`, or -1 when the buffer ends first (searched from where it stopped). */
  private until(lt: number, close: string, final: boolean): number {
    const from = this.resume >= 0 ? this.resume : lt + 2;
    const at = this.buf.indexOf(close, from);
    if (at < 0) {
      this.resume = Math.max(lt + 2, this.buf.length - close.length + 1);
      if (final) this.fail("unclosed", lt, close);
      return -1;
    }
    return at + close.length;
  }

  private markup(lt: number, final: boolean): number {
    const buf = this.buf;
    if (buf.length < lt + 9 && !final) {
      // "<!--" or "<![CDATA[" not yet whole.
      if ("<!--".startsWith(buf.slice(lt, lt + 4)) || "<![CDATA[".startsWith(buf.slice(lt, lt + 9))) return -1;
    }
    if (buf.startsWith("<!--", lt)) return this.until(lt, "-->", final);
    if (buf.startsWith("<![CDATA[", lt)) {
      if (this.stack.length === 0 && !this.lenient) this.fail("textOutside", lt);
      return this.until(lt, "]]>", final);
    }
    if (buf.startsWith("<!DOCTYPE", lt)) this.fail("doctype", lt);
    return this.fail("badTag", lt);
  }

  private endTag(lt: number): number {
    const buf = this.buf;
    const open = this.stack.length > 0 ? this.stack[this.stack.length - 1] : undefined;
    let gt: number;
    // Compared in place: no string is made for an end tag that matches (almost all of them), and one written plainly
    // ("</v>") needs no search for its ">".
    let name: string;
    if (open !== undefined && buf.charCodeAt(lt + 2 + open.length) === GT && buf.startsWith(open, lt + 2)) {
      gt = lt + 2 + open.length;
      name = open;
    } else {
      gt = this.gt.next(buf, lt);
      if (gt < 0) return -1;
      let e = gt;
      while (e > lt + 2 && isSpace(buf.charCodeAt(e - 1))) e--;
      if (open !== undefined && e - (lt + 2) === open.length && buf.startsWith(open, lt + 2)) name = open;
      else {
        name = buf.slice(lt + 2, e);
        for (let i = lt + 2; i < e; i++) if (nameStop(buf.charCodeAt(i))) this.fail("badTag", lt);
        if (!this.lenient) this.fail("mismatch", lt, open === undefined ? `</${name}>` : `<${open}> … </${name}>`);
      }
    }
    this.stack.pop();
    if (this.stack.length === 0) this.rootClosed = true;
    if (this.stack.length <= this.reportDepth) {
      const colon = name.indexOf(":");
      this.handler.end(name, colon < 0 ? name : name.slice(colon + 1), this.stack.length, lt, gt + 1);
    } else if (this.stack.length === this.reportDepth + 1 && this.handler.deeper) this.handler.deeper.end(gt + 1);
    return gt + 1;
  }

  private startTag(lt: number): number {
    const buf = this.buf;
    const n = buf.length;
    // One walk over the tag: name, then (space+ name space* = space* quoted)* space* "/"? ">", no attribute name
    // twice. Each character is looked at once; a tag cut by the chunk's end (-1) is walked again from its start when
    // the next chunk comes, at most MAX_TOKEN characters.
    const c0 = buf.charCodeAt(lt + 1);
    if (!nameStart(c0)) return lt + 1 >= n ? -1 : this.fail("badTag", lt);
    let i = lt + 1;
    while (i < n && !nameStop(buf.charCodeAt(i))) i++;
    if (i >= n) return -1;
    const nameEnd = i;
    let count = 0;
    let gt = -1;
    let selfClosing = false;
    for (;;) {
      let c = buf.charCodeAt(i);
      if (c === GT) {
        gt = i;
        break;
      }
      if (c === SLASH) {
        if (i + 1 >= n) return -1;
        if (buf.charCodeAt(i + 1) !== GT) this.fail("badTag", i);
        selfClosing = true;
        gt = i + 1;
        break;
      }
      if (!isSpace(c)) this.fail("badTag", i);
      while (i < n && isSpace(buf.charCodeAt(i))) i++;
      if (i >= n) return -1;
      c = buf.charCodeAt(i);
      if (c === GT || c === SLASH) continue;
      const n0 = i;
      while (i < n && !nameStop(buf.charCodeAt(i))) i++;
      if (i >= n) return -1;
      if (i === n0) this.fail("badTag", i);
      if (count > 0) this.duplicate(n0, i, count);
      if (count < ATTR_SLOTS) {
        attrStart[count] = n0;
        attrEnd[count] = i;
      }
      count++;
      while (i < n && isSpace(buf.charCodeAt(i))) i++;
      if (i >= n) return -1;
      if (buf.charCodeAt(i) !== EQ) this.fail("badTag", i);
      i++;
      while (i < n && isSpace(buf.charCodeAt(i))) i++;
      if (i >= n) return -1;
      const q = buf.charCodeAt(i);
      if (q !== QUOT && q !== APOS) this.fail("badTag", i);
      const close = buf.indexOf(q === QUOT ? '"' : "'", i + 1);
      if (close < 0) return -1;
      const lessThan = this.lt.next(buf, i + 1);
      if (lessThan >= 0 && lessThan < close) this.fail("badTag", lessThan);
      for (let a = this.amp.next(buf, i + 1); a >= 0 && a < close; a = this.amp.next(buf, a + 1)) this.entity(a, close);
      i = close + 1;
      if (i >= n) return -1;
    }
    // The name of the element last opened at this depth is usually this one's too (row after row, cell after cell):
    // compared in place and reused, so a sheet's million tags make no million name strings.
    const depth0 = this.stack.length;
    const known = this.names[depth0];
    const name = known !== undefined && known.length === nameEnd - lt - 1 && buf.startsWith(known, lt + 1) ? known : (this.names[depth0] = buf.slice(lt + 1, nameEnd));
    if (this.stack.length === 0 && !this.lenient) {
      if (this.rootClosed) this.fail("textOutside", lt, `<${name}>`);
      this.rootSeen = true;
    }
    const depth = this.stack.length;
    if (!selfClosing) this.stack.push(name);
    if (depth <= this.reportDepth) {
      const colon = name.indexOf(":");
      const tag: StartTag = {
        name,
        local: colon < 0 ? name : name.slice(colon + 1),
        prefix: colon < 0 ? "" : name.slice(0, colon + 1),
        text: buf.slice(lt, gt + 1),
        selfClosing,
        depth,
      };
      this.handler.start(tag, lt);
    } else if (depth === this.reportDepth + 1 && this.handler.deeper) this.handler.deeper.start(lt, gt + 1, selfClosing, name);
    if (selfClosing && this.stack.length === 0) this.rootClosed = true;
    return gt + 1;
  }

  /** Fails when the attribute name at [n0, n1) equals one of the `count` names before it in this tag. */
  private duplicate(n0: number, n1: number, count: number): void {
    const buf = this.buf;
    const len = n1 - n0;
    for (let k = 0; k < Math.min(count, ATTR_SLOTS); k++) {
      if (attrEnd[k] - attrStart[k] !== len) continue;
      let same = true;
      for (let j = 0; j < len && same; j++) same = buf.charCodeAt(attrStart[k] + j) === buf.charCodeAt(n0 + j);
      if (same) this.fail("badTag", n0, `${buf.slice(n0, n1)}="…" ${buf.slice(n0, n1)}="…"`);
    }
  }

  /** Where offset `at` of the current buffer stands in the text kept since `capture`. */
  captured(at: number): number {
    return this.capLength + at - this.capStart;
  }

  /** Where offset `at` of the current buffer stands in the whole text fed so far. */
  absolute(at: number): number {
    return this.done + at;
  }

  /** The current buffer's text between two offsets handed to the handler. */
  slice(from: number, to: number): string {
    return this.buf.slice(from, to);
  }
}

/**
 * Where attribute `name`'s quoted value stands in a start tag's raw text (the opening quote's offset and the closing
 * one's), either quote style; `anyPrefix` also takes `x:name` for `name`. One walk over the tag, no pattern.
 */
function attrAt(tag: string, name: string, anyPrefix: boolean): [number, number] | null {
  // A tag that does not hold the name anywhere has no such attribute (most rows have no ht or customHeight).
  if (tag.indexOf(name) < 0) return null;
  let i = 1;
  const n = tag.length;
  while (i < n && !nameStop(tag.charCodeAt(i))) i++;
  for (;;) {
    while (i < n && isSpace(tag.charCodeAt(i))) i++;
    const a0 = i;
    while (i < n && !nameStop(tag.charCodeAt(i))) i++;
    if (i === a0) return null;
    const a1 = i;
    while (i < n && isSpace(tag.charCodeAt(i))) i++;
    if (tag.charCodeAt(i) !== EQ) return null;
    i++;
    while (i < n && isSpace(tag.charCodeAt(i))) i++;
    const q = tag.charCodeAt(i);
    if (q !== QUOT && q !== APOS) return null;
    const close = tag.indexOf(q === QUOT ? '"' : "'", i + 1);
    if (close < 0) return null;
    const len = a1 - a0;
    if (len === name.length && tag.startsWith(name, a0)) return [i, close];
    if (anyPrefix && len > name.length + 1 && tag.charCodeAt(a1 - name.length - 1) === 58 && tag.startsWith(name, a1 - name.length) && name.indexOf(":") < 0 && !tag.startsWith("xmlns", a0)) return [i, close];
    i = close + 1;
  }
}

/** The value of attribute `name` (qualified as written, or any prefix) in a start tag's raw text, either quote style. */
export function tagAttr(tag: string, name: string): string | null {
  const at = attrAt(tag, name, true);
  return at === null ? null : tag.slice(at[0] + 1, at[1]);
}

/** tagAttr's value with its entities decoded, or null. */
export function decodedAttr(tag: string, name: string): string | null {
  const value = tagAttr(tag, name);
  return value === null ? null : decodeXml(value);
}

/** The start tag with attribute `name` set to `value` (replaced in place, or added before the tag's end). */
export function setTagAttr(tag: string, name: string, value: string): string {
  const at = attrAt(tag, name, false);
  if (at !== null) return `${tag.slice(0, at[0])}"${value}"${tag.slice(at[1] + 1)}`;
  const end = tag.endsWith("/>") ? tag.length - 2 : tag.length - 1;
  return `${tag.slice(0, end)} ${name}="${value}"${tag.slice(end)}`;
}

/** The start tag without attribute `name` (as written, no prefix) and the one whitespace character before it. */
export function removeTagAttr(tag: string, name: string): string {
  const at = attrAt(tag, name, false);
  if (at === null) return tag;
  // Back from the opening quote over "=" and the whitespace around it to the attribute's name.
  let i = at[0] - 1;
  while (isSpace(tag.charCodeAt(i))) i--;
  i--;
  while (isSpace(tag.charCodeAt(i))) i--;
  const from = i + 1 - name.length;
  return tag.slice(0, isSpace(tag.charCodeAt(from - 1)) ? from - 1 : from) + tag.slice(at[1] + 1);
}

/** One element found by `children`: where it starts and ends in the text, its local name and start tag. */
export interface Span {
  local: string;
  name: string;
  start: number;
  end: number;
  tag: string;
}

/**
 * Calls `onTag` for every start tag in a piece of XML, at any depth, as the tokenizer finds them: a tag written in a
 * comment or CDATA is none. `open`: the elements a fragment starts inside (a worksheet's tail), as for `children`.
 */
export function forEachStartTag(xml: string, onTag: (tag: StartTag) => void, open?: string[]): void {
  const scanner = new XmlScanner({ start: onTag, end: () => undefined }, true);
  if (open) scanner.startAt(open);
  scanner.whole(xml);
}

/** The namespace prefix an element was written with ("x:" for x:row, "" without). */
export function prefixOf(element: { name: string; local: string }): string {
  return element.name.slice(0, element.name.length - element.local.length);
}

/**
 * The elements at `depth` in a piece of XML (whole or a fragment that starts `open.length` elements deep), each with
 * its span; and, when it closes at `depth - 1`, where the enclosing element's end tag stands.
 */
export function children(xml: string, depth: number, open: string[] = []): { spans: Span[]; close: number } {
  const spans: Span[] = [];
  let current: { tag: StartTag; at: number } | null = null;
  let close = -1;
  const scanner = new XmlScanner(
    {
      start(tag, at) {
        if (tag.depth !== depth) return;
        if (tag.selfClosing) spans.push({ local: tag.local, name: tag.name, start: at, end: at + tag.text.length, tag: tag.text });
        else current = { tag, at };
      },
      end(_name, _local, d, at, after) {
        if (d === depth && current) {
          spans.push({ local: current.tag.local, name: current.tag.name, start: current.at, end: after, tag: current.tag.text });
          current = null;
        } else if (d === depth - 1 && close < 0) close = at;
      },
    },
    true,
    depth,
  );
  scanner.startAt(open);
  scanner.whole(xml);
  return { spans, close };
}
