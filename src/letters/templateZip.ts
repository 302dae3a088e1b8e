import { Inflate, strFromU8 } from "fflate";

/*
 * A letter template's parts, unpacked against a byte budget (issue 22 item 10). Read from the zip's central
 * directory; a part whose stated size does not fit what is left is refused before it is touched, and unpacking stops
 * the moment the real bytes pass the budget, whatever the zip states. Runs in the taskpane too: no Node, no TextDecoder.
 */

export class TemplateTooLarge extends Error {}
export class NotAZip extends Error {}

const u16 = (b: Uint8Array, o: number) => b[o] | (b[o + 1] << 8);
const u32 = (b: Uint8Array, o: number) => (b[o] | (b[o + 1] << 8) | (b[o + 2] << 16) | (b[o + 3] << 24)) >>> 0;

interface Entry {
  name: string;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

function entries(bytes: Uint8Array): Entry[] {
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65_535); i--) {
    if (u32(bytes, i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new NotAZip("no central directory");
  const count = u16(bytes, eocd + 10);
  let p = u32(bytes, eocd + 16);
  const out: Entry[] = [];
  for (let i = 0; i < count; i++) {
    if (p + 46 > bytes.length || u32(bytes, p) !== 0x02014b50) throw new NotAZip("damaged central directory");
    const flags = u16(bytes, p + 8);
    const nameLength = u16(bytes, p + 28);
    out.push({
      name: strFromU8(bytes.subarray(p + 46, p + 46 + nameLength), !(flags & 0x800)),
      method: u16(bytes, p + 10),
      compressedSize: u32(bytes, p + 20),
      uncompressedSize: u32(bytes, p + 24),
      localHeaderOffset: u32(bytes, p + 42),
    });
    p += 46 + nameLength + u16(bytes, p + 30) + u16(bytes, p + 32);
  }
  return out;
}

/** Deflate packs up to about 1000:1: a 16 KB step unpacks to at most some 16 MB before the budget is checked again. */
const STEP = 16 * 1024;

/** Every file of the zip (folders left out), unpacked; TemplateTooLarge as soon as all of them pass `budget` bytes. */
export function unpackWithin(bytes: Uint8Array, budget: number): Map<string, Uint8Array> {
  const list = entries(bytes);
  if (list.reduce((sum, e) => sum + e.uncompressedSize, 0) > budget) throw new TemplateTooLarge();
  const files = new Map<string, Uint8Array>();
  let left = budget;
  for (const e of list) {
    if (e.name.endsWith("/")) continue;
    const o = e.localHeaderOffset;
    if (u32(bytes, o) !== 0x04034b50) throw new NotAZip(`damaged part ${e.name}`);
    const start = o + 30 + u16(bytes, o + 26) + u16(bytes, o + 28);
    const data = bytes.subarray(start, start + e.compressedSize);
    let pieces: Uint8Array[] = [];
    let size = 0;
    const take = (chunk: Uint8Array) => {
      size += chunk.length;
      if (size > left) throw new TemplateTooLarge();
      pieces.push(chunk.slice());
    };
    if (e.method === 0) take(data);
    else if (e.method === 8) {
      const inflate = new Inflate(take);
      for (let i = 0; i < data.length; i += STEP) inflate.push(data.subarray(i, Math.min(data.length, i + STEP)), i + STEP >= data.length);
      if (data.length === 0) inflate.push(new Uint8Array(0), true);
    } else throw new NotAZip(`compression ${e.method}`);
    left -= size;
    const whole = new Uint8Array(size);
    let at = 0;
    for (const piece of pieces) {
      whole.set(piece, at);
      at += piece.length;
    }
    pieces = [];
    files.set(e.name, whole);
  }
  return files;
}
