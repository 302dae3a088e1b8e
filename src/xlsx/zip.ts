import { Deflate, Inflate } from "fflate";

/**
 * The zip container of an .xlsx, read from its central directory. Parts are inflated one at a time, in chunks, only
 * when asked for; nothing here depends on Node, so the workbench page uses the same code.
 */
export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  crc: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
  /** The central directory record as stored, for copying it unchanged. */
  central: Uint8Array;
}

export class ZipError extends Error {}

/**
 * Most bytes PSO-toets inflates from one workbook. A full Excel sheet (1,048,576 rows) of supplier data is a few
 * hundred MB of XML; a part that claims or turns out to be larger is refused before it is read (a zip bomb).
 */
export const MAX_INFLATED_BYTES = 1024 * 1024 * 1024;

export class ZipTooLargeError extends Error {
  constructor(readonly part: string, readonly limit: number) {
    super(`${part} > ${limit}`);
  }
}

const u16 = (b: Uint8Array, o: number) => b[o] | (b[o + 1] << 8);
const u32 = (b: Uint8Array, o: number) => (b[o] | (b[o + 1] << 8) | (b[o + 2] << 16) | (b[o + 3] << 24)) >>> 0;

const utf8 = new TextDecoder("utf-8");
const latin = new TextDecoder("latin1");

function endOfCentralDirectory(bytes: Uint8Array): number {
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65_535); i--) {
    if (bytes[i] === 0x50 && bytes[i + 1] === 0x4b && bytes[i + 2] === 0x05 && bytes[i + 3] === 0x06) return i;
  }
  throw new ZipError("geen zip-inhoudsopgave gevonden");
}

export interface ZipArchive {
  bytes: Uint8Array;
  entries: ZipEntry[];
  /** Offset of the central directory: where the last entry's data ends. */
  centralOffset: number;
  /** The archive comment, kept on copy. */
  comment: Uint8Array;
  /** A native inflater for whole parts (the CLI's Node zlib), used up to WHOLE_INFLATE_MAX bytes; absent: fflate only. */
  inflateWhole?: WholeInflate;
  /**
   * The largest worksheet inflated whole so far (so at most WHOLE_INFLATE_MAX bytes), kept for the next read of it:
   * `check --out` reads the checked sheet's first rows, then all of it, then patches it, and inflates it once.
   */
  kept?: { entry: ZipEntry; bytes: Uint8Array };
}

/**
 * Inflates one whole raw-deflate part natively, refusing more than `max` bytes of output (it throws, and the part is
 * then streamed by fflate, which says what is wrong); `size` is the size the archive declares, a hint only. Given by the CLI (src/cli/nodeCodec.ts): src/xlsx knows no zlib.
 */
export type WholeInflate = (data: Uint8Array, max: number, size: number) => Uint8Array;

/**
 * The largest part inflated whole by a native inflater: a 100,000-row sheet is about 27 MB of XML, inflated three
 * times as fast as by fflate; a larger part (a million rows) is streamed so memory stays one chunk.
 */
export const WHOLE_INFLATE_MAX = 64 * 1024 * 1024;

export function openZip(input: Uint8Array, inflateWhole?: WholeInflate): ZipArchive {
  // A Node Buffer's slice() is a view, not a copy: work on a plain Uint8Array so copies are copies.
  const bytes = new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
  const eocd = endOfCentralDirectory(bytes);
  const count = u16(bytes, eocd + 10);
  const centralOffset = u32(bytes, eocd + 16);
  if (count === 0xffff || centralOffset === 0xffffffff) throw new ZipError("ZIP64 wordt niet ondersteund");
  const comment = bytes.subarray(eocd + 22, eocd + 22 + u16(bytes, eocd + 20));
  const entries: ZipEntry[] = [];
  let p = centralOffset;
  for (let i = 0; i < count; i++) {
    if (u32(bytes, p) !== 0x02014b50) throw new ZipError("beschadigde zip-inhoudsopgave");
    const flags = u16(bytes, p + 8);
    const nameLength = u16(bytes, p + 28);
    const length = 46 + nameLength + u16(bytes, p + 30) + u16(bytes, p + 32);
    const rawName = bytes.subarray(p + 46, p + 46 + nameLength);
    entries.push({
      name: (flags & 0x800 ? utf8 : latin).decode(rawName),
      method: u16(bytes, p + 10),
      flags,
      crc: u32(bytes, p + 16),
      compressedSize: u32(bytes, p + 20),
      uncompressedSize: u32(bytes, p + 24),
      localHeaderOffset: u32(bytes, p + 42),
      central: bytes.subarray(p, p + length),
    });
    p += length;
  }
  return { bytes, entries, centralOffset, comment, inflateWhole };
}

export function findEntry(zip: ZipArchive, name: string): ZipEntry | undefined {
  const lower = name.toLowerCase();
  return zip.entries.find((e) => e.name === name) ?? zip.entries.find((e) => e.name.toLowerCase() === lower);
}

function dataOffset(zip: ZipArchive, entry: ZipEntry): number {
  const o = entry.localHeaderOffset;
  if (u32(zip.bytes, o) !== 0x04034b50) throw new ZipError(`beschadigd onderdeel ${entry.name}`);
  return o + 30 + u16(zip.bytes, o + 26) + u16(zip.bytes, o + 28);
}

const CHUNK = 64 * 1024;
const INFLATE_STEP = 16 * 1024;

/**
 * Inflates one part in chunks and hands each to `onChunk`. Stops with ZipTooLargeError as soon as the part declares,
 * or grows beyond, `limit` bytes, so a bomb costs at most `limit` bytes of work, never memory.
 */
export function inflateEntry(zip: ZipArchive, entry: ZipEntry, onChunk: (chunk: Uint8Array) => void, limit = MAX_INFLATED_BYTES): void {
  if (entry.uncompressedSize > limit) throw new ZipTooLargeError(entry.name, limit);
  const start = dataOffset(zip, entry);
  const data = zip.bytes.subarray(start, start + entry.compressedSize);
  if (entry.method === 0) {
    if (data.length > limit) throw new ZipTooLargeError(entry.name, limit);
    onChunk(data);
    return;
  }
  if (entry.method !== 8) throw new ZipError(`onbekende compressie (${entry.method}) in ${entry.name}`);
  const whole = nativeWhole(zip, entry, data, limit);
  if (whole) {
    for (let i = 0; i < whole.length; i += CHUNK) onChunk(whole.subarray(i, Math.min(whole.length, i + CHUNK)));
    return;
  }
  let total = 0;
  const inflate = new Inflate((chunk) => {
    total += chunk.length;
    if (total > limit) throw new ZipTooLargeError(entry.name, limit);
    onChunk(chunk);
  });
  // Small compressed steps: deflate packs up to ~1000:1, so one step unpacks to at most ~16 MB before the check.
  for (let i = 0; i < data.length; i += INFLATE_STEP) {
    inflate.push(data.subarray(i, Math.min(data.length, i + INFLATE_STEP)), i + INFLATE_STEP >= data.length);
  }
  if (data.length === 0) inflate.push(new Uint8Array(0), true);
}

/** The part inflated whole by the archive's native inflater, or null to stream it (none given, too large, or any fault). */
function nativeWhole(zip: ZipArchive, entry: ZipEntry, data: Uint8Array, limit: number): Uint8Array | null {
  const max = Math.min(limit, WHOLE_INFLATE_MAX);
  if (!zip.inflateWhole || entry.uncompressedSize > max) return null;
  if (zip.kept?.entry === entry) return zip.kept.bytes;
  let out: Uint8Array;
  try {
    out = zip.inflateWhole(data, max, entry.uncompressedSize);
  } catch {
    return null;
  }
  if (out.length !== entry.uncompressedSize) return null;
  if (entry.name.startsWith("xl/worksheets/") && out.length >= (zip.kept?.bytes.length ?? 0)) zip.kept = { entry, bytes: out };
  return out;
}

/**
 * Text handed on at most this many bytes at a time. An inflated chunk can be ten times its 16 KB input; a string over
 * 128 KB goes straight into V8's old generation, where a million-row sheet's worth waits for a full collection.
 */
const TEXT_STEP = 32 * 1024;

/** A part as text, streamed through a UTF-8 decoder chunk by chunk. */
export function streamEntryText(zip: ZipArchive, entry: ZipEntry, onText: (text: string) => void, limit = MAX_INFLATED_BYTES): void {
  const decoder = new TextDecoder("utf-8");
  inflateEntry(zip, entry, (chunk) => {
    for (let i = 0; i < chunk.length; i += TEXT_STEP) onText(decoder.decode(chunk.subarray(i, i + TEXT_STEP), { stream: true }));
  }, limit);
  onText(decoder.decode());
}

/** A small part (workbook, relations, styles) as one string. */
export function entryText(zip: ZipArchive, entry: ZipEntry, limit = MAX_INFLATED_BYTES): string {
  const parts: string[] = [];
  streamEntryText(zip, entry, (t) => parts.push(t), limit);
  return parts.join("");
}

// --- writing -------------------------------------------------------------------------------------------------------

const CRC_TABLE = (() => {
  const t = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c;
  }
  return t;
})();

export function crc32(data: Uint8Array, crc = 0): number {
  let c = ~crc;
  for (let i = 0; i < data.length; i++) c = CRC_TABLE[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return ~c >>> 0;
}

/** A part's new content, produced in pieces so a large sheet is never one string. */
export type PartWriter = (write: (text: string) => void) => void;

/** Given as a part's writer: the part is left out of the copy (a stale calculation chain). */
export const REMOVE_PART: PartWriter = () => undefined;

interface Written {
  name: Uint8Array;
  crc: number;
  compressed: number;
  size: number;
  offset: number;
  central?: Uint8Array;
  shiftFrom?: number;
}

function header(sig: number, fields: [number, 2 | 4][], name: Uint8Array): Uint8Array {
  const size = 4 + fields.reduce((n, [, w]) => n + w, 0);
  const out = new Uint8Array(size + name.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, sig, true);
  let p = 4;
  for (const [v, w] of fields) {
    if (w === 2) view.setUint16(p, v, true);
    else view.setUint32(p, v >>> 0, true);
    p += w;
  }
  out.set(name, size);
  return out;
}

/** Characters of text joined before they are encoded: a joined string stays in V8's young generation. */
const JOIN_CHARS = 32 * 1024;

const DOS_DATE = ((2026 - 1980) << 9) | (1 << 5) | 1;

/** How new parts are compressed: fflate everywhere; the CLI passes Node's zlib, about four times faster (BENCHMARKS.md). */
export interface Codec {
  /** Raw deflate of one piece; pieces are compressed in order and `final` marks the last one. */
  deflate(data: Uint8Array, final: boolean): Uint8Array[];
  crc32(data: Uint8Array, crc: number): number;
  /**
   * Where the next piece is encoded, at least `size` bytes long; the piece handed to `deflate` starts it. The codec may
   * still read a piece after `deflate` returns (Node's deflates on a worker thread), so each piece gets its own buffer
   * from here. Absent: the writer reuses one buffer of its own.
   */
  buffer?(size: number): Uint8Array;
  /** Characters of text per piece; absent: 256 K. */
  pieceChars?: number;
}

export function fflateCodec(): Codec {
  let chunks: Uint8Array[] = [];
  // Level 1: a third of level 6's time for about a fifth more bytes (measured on a 100,000-row sheet).
  let deflate: Deflate | null = null;
  return {
    deflate(data, final) {
      deflate ??= new Deflate({ level: 1 }, (chunk) => chunks.push(chunk.slice()));
      deflate.push(data, final);
      const out = chunks;
      chunks = [];
      if (final) deflate = null;
      return out;
    },
    crc32,
  };
}

/** The pieces patchZip returns, as one file. */
export function joinPieces(pieces: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(pieces.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of pieces) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/**
 * Where a patched archive goes, in order. A new part's local header precedes its data but holds its sizes and CRC,
 * known only once the data is written: the header is written with zeros first and rewritten in place afterwards, so
 * a file sink never holds more than one piece (a data descriptor would avoid the rewrite but change the bytes).
 */
export interface ZipSink {
  write(bytes: Uint8Array): void;
  /** Overwrites bytes written earlier, starting at `offset`, with as many new ones. */
  rewrite(offset: number, bytes: Uint8Array): void;
}

/**
 * A copy of the archive in which the named parts are replaced (or added) and every other part, its local header and
 * its central-directory record are copied byte for byte. Returns the pieces in order, for a Blob or a small file.
 */
export function patchZip(zip: ZipArchive, replace: Map<string, PartWriter>, codec: () => Codec = fflateCodec): Uint8Array[] {
  const out: Uint8Array[] = [];
  const pieceAt = new Map<number, number>();
  let offset = 0;
  const sink: ZipSink = {
    write(bytes) {
      pieceAt.set(offset, out.length);
      out.push(bytes);
      offset += bytes.length;
    },
    rewrite(at, bytes) {
      out[pieceAt.get(at)!] = bytes;
    },
  };
  patchZipTo(zip, replace, sink, codec);
  return out;
}

/** patchZip into a sink as the pieces are made: a large copy is never in memory as a whole. */
export function patchZipTo(zip: ZipArchive, replace: Map<string, PartWriter>, sink: ZipSink, codec: () => Codec = fflateCodec): void {
  let offset = 0;
  const push = (b: Uint8Array) => {
    sink.write(b);
    offset += b.length;
  };
  const byOffset = [...zip.entries].sort((a, b) => a.localHeaderOffset - b.localHeaderOffset);
  const ends = new Map<ZipEntry, number>();
  byOffset.forEach((e, i) => ends.set(e, i + 1 < byOffset.length ? byOffset[i + 1].localHeaderOffset : zip.centralOffset));
  const central: Uint8Array[] = [];
  const enc = new TextEncoder();

  const writeNew = (name: string, writer: PartWriter): Written => {
    const nameBytes = enc.encode(name);
    const localHeader = (crc: number, compressed: number, size: number) =>
      header(0x04034b50, [[20, 2], [0x800, 2], [8, 2], [0, 2], [DOS_DATE, 2], [crc, 4], [compressed, 4], [size, 4], [nameBytes.length, 2], [0, 2]], nameBytes);
    const start = offset;
    push(localHeader(0, 0, 0));
    let crc = 0;
    let size = 0;
    let compressed = 0;
    const c = codec();
    const pieceChars = c.pieceChars ?? CHUNK * 4;
    const deflate = {
      push(data: Uint8Array, final: boolean) {
        for (const chunk of c.deflate(data, final)) {
          push(chunk);
          compressed += chunk.length;
        }
      },
    };
    // Text is joined a little at a time and encoded into the piece's buffer: one encodeInto per 32 K characters, not
    // per row (a call each cost more than the encoding), and no joined string large enough to go straight into V8's
    // old generation (a million-row sheet left hundreds of MB of them for the collector). Writes never split a
    // surrogate pair (they are whole rows and cells), so the bytes are the same.
    let pending: string[] = [];
    let pendingLength = 0;
    let scratch: Uint8Array = new Uint8Array(0);
    let piece: Uint8Array | null = null;
    let used = 0;
    const ship = (final: boolean) => {
      const bytes = (piece ?? scratch).subarray(0, used);
      crc = c.crc32(bytes, crc);
      size += bytes.length;
      deflate.push(bytes, final);
      piece = null;
      used = 0;
    };
    /** The piece's buffer, with room for `chars` more characters; a full piece is shipped first. */
    const room = (chars: number): Uint8Array => {
      if (piece && piece.length - used >= chars * 3) return piece;
      if (piece && used > 0) ship(false);
      const wanted = Math.max(chars, pieceChars) * 3;
      if (c.buffer) piece = c.buffer(wanted);
      else {
        if (scratch.length < wanted) scratch = new Uint8Array(wanted);
        piece = scratch;
      }
      return piece;
    };
    const encodePending = () => {
      const target = room(pendingLength);
      const text = pending.length === 1 ? pending[0] : pending.join("");
      used += enc.encodeInto(text, target.subarray(used)).written;
      pending = [];
      pendingLength = 0;
    };
    writer((text) => {
      pending.push(text);
      pendingLength += text.length;
      if (pendingLength < JOIN_CHARS) return;
      encodePending();
      if (used >= pieceChars) ship(false);
    });
    encodePending();
    ship(true);
    sink.rewrite(start, localHeader(crc, compressed, size));
    return { name: nameBytes, crc, compressed, size, offset: start };
  };

  const centralFor = (w: Written) =>
    header(0x02014b50, [[20, 2], [20, 2], [0x800, 2], [8, 2], [0, 2], [DOS_DATE, 2], [w.crc, 4], [w.compressed, 4], [w.size, 4], [w.name.length, 2], [0, 2], [0, 2], [0, 2], [0, 2], [0, 4], [w.offset, 4]], w.name);

  for (const entry of zip.entries) {
    const writer = replace.get(entry.name);
    if (writer === REMOVE_PART) continue;
    if (writer) {
      central.push(centralFor(writeNew(entry.name, writer)));
      continue;
    }
    const start = offset;
    push(zip.bytes.subarray(entry.localHeaderOffset, ends.get(entry)!));
    const record = new Uint8Array(entry.central);
    new DataView(record.buffer, record.byteOffset, record.byteLength).setUint32(42, start, true);
    central.push(record);
  }
  const existing = new Set(zip.entries.map((e) => e.name));
  for (const [name, writer] of replace) if (!existing.has(name) && writer !== REMOVE_PART) central.push(centralFor(writeNew(name, writer)));

  const centralStart = offset;
  for (const c of central) push(c);
  const size = offset - centralStart;
  push(header(0x06054b50, [[0, 2], [0, 2], [central.length, 2], [central.length, 2], [size, 4], [centralStart, 4], [zip.comment.length, 2]], zip.comment));
}
