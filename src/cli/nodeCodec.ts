import zlib from "zlib";
import { Codec, crc32, WholeInflate } from "../xlsx/zip";

const SYNC = { level: 1, finishFlush: zlib.constants.Z_SYNC_FLUSH };
const FINISH = { level: 1 };

/**
 * Node's zlib for the CLI. Each piece is deflated on its own and ends on a sync flush (byte-aligned, not final); the
 * last one ends the stream. Raw deflate streams joined like that are one valid stream, so this needs no internal
 * zlib API and keeps memory to one piece.
 */
export function nodeCodec(): Codec {
  const nativeCrc = (zlib as unknown as { crc32?: (data: Uint8Array, value?: number) => number }).crc32;
  return {
    deflate: (data, final) => [zlib.deflateRawSync(data, final ? FINISH : SYNC)],
    crc32: nativeCrc ? (data, crc) => nativeCrc(data, crc) : crc32,
  };
}

/**
 * Node's native inflate for a whole part, at most `max` bytes out (zlib refuses more with an error). The output buffer
 * is the declared size (plus one byte, so a part that lies about it does not fit and is refused): one piece, not
 * 16 KB pieces joined at the end.
 */
export const nodeInflateWhole: WholeInflate = (data, max, size) =>
  zlib.inflateRawSync(data, { maxOutputLength: max, chunkSize: Math.max(64, Math.min(max, size + 1)) });
