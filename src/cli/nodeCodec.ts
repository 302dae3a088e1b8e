import { MessageChannel, MessagePort, Worker } from "worker_threads";
import zlib from "zlib";
import { Codec, crc32, WholeInflate } from "../xlsx/zip";

const FINISH = { level: 1 };

/** Pieces handed to the worker and not yet answered, at most: memory stays a few pieces whatever the part's size. */
const SLOTS = 4;

/**
 * Characters per piece: each piece wakes the worker, which costs the main thread most when the machine is busy; a
 * megabyte piece is deflated in about 4 ms.
 */
const PIECE_CHARS = 1024 * 1024;

/** Control words: pieces sent, pieces answered, whether the worker waits for a piece, then per slot the piece's length, whether it is the last, the answer's length. */
const SENT = 0;
const ANSWERED = 1;
const ASLEEP = 2;
const slotWord = (slot: number, field: 0 | 1 | 2) => 3 + slot * 3 + field;
/** An answer's length when deflating failed (the output did not fit, or zlib refused). */
const FAILED = -1;

/**
 * The deflater thread. Pieces stand in shared buffers, one per slot, used in turn; the main thread writes a piece,
 * raises SENT and goes on writing rows, the worker deflates the piece on its own (a sync flush ends it, or the end of
 * the stream when it is the last), puts the answer in the slot's shared output and raises ANSWERED. No messages per
 * piece: only a slot's new buffers are posted, before the piece that needs them, and taken synchronously here.
 */
const WORKER_SOURCE = `
const { workerData, receiveMessageOnPort } = require("worker_threads");
const zlib = require("zlib");
const { port, control, slots, buffers } = workerData;
const words = new Int32Array(control);
const SYNC = { level: 1, finishFlush: zlib.constants.Z_SYNC_FLUSH };
const FINISH = { level: 1 };
const inputs = buffers.map((b) => new Uint8Array(b.input));
const outputs = buffers.map((b) => new Uint8Array(b.output));
for (let piece = 0; ; piece++) {
  while (Atomics.load(words, ${SENT}) === piece) {
    Atomics.store(words, ${ASLEEP}, 1);
    if (Atomics.load(words, ${SENT}) === piece) Atomics.wait(words, ${SENT}, piece, 1000);
    Atomics.store(words, ${ASLEEP}, 0);
  }
  for (let m = receiveMessageOnPort(port); m; m = receiveMessageOnPort(port)) {
    inputs[m.message.slot] = new Uint8Array(m.message.input);
    outputs[m.message.slot] = new Uint8Array(m.message.output);
  }
  const slot = piece % slots;
  const at = 3 + slot * 3;
  try {
    const out = zlib.deflateRawSync(inputs[slot].subarray(0, words[at]), words[at + 1] ? FINISH : SYNC);
    if (out.length > outputs[slot].length) throw new Error("too long");
    outputs[slot].set(out);
    words[at + 2] = out.length;
  } catch {
    words[at + 2] = ${FAILED};
  }
  Atomics.store(words, ${ANSWERED}, piece + 1);
  Atomics.notify(words, ${ANSWERED});
}
`;

/** Longest wait for one answer: the worker has died or hangs, and the copy fails instead of the process hanging. */
const ANSWER_TIMEOUT_MS = 60_000;

/** Room for a piece's deflated bytes: level 1 with a sync flush stays well within this for any input. */
const outputRoom = (size: number) => size + (size >> 8) + 1024;

/**
 * The worker and the shared buffers pieces are written into. One per process, started with the first part of more
 * than one piece; pieces are answered in the order they were sent, and piece k uses slot k % SLOTS.
 */
class DeflateWorker {
  private port: MessagePort | null = null;
  private readonly words = new Int32Array(new SharedArrayBuffer(4 * (3 + 3 * SLOTS)));
  private readonly inputs: Uint8Array[] = [];
  private readonly outputs: Uint8Array[] = [];
  private sent = 0;
  /** Pieces whose answers were taken. */
  private taken = 0;
  /** Answers taken while waiting for a free slot, handed on with the next deflate. */
  private ready: Uint8Array[] = [];

  /** The next slot's buffer, at least `size` bytes; when its earlier piece is still being deflated, waits for it. */
  buffer(size: number): Uint8Array {
    const slot = this.sent % SLOTS;
    while (this.taken < this.sent - SLOTS + 1) this.ready.push(this.answer(true)!);
    if ((this.inputs[slot]?.length ?? 0) < size) {
      const input = new SharedArrayBuffer(Math.max(size, 1024 * 1024));
      const output = new SharedArrayBuffer(outputRoom(input.byteLength));
      this.inputs[slot] = new Uint8Array(input);
      this.outputs[slot] = new Uint8Array(output);
      // A running worker is told before the piece is sent; one started later gets every slot's buffers with its data.
      this.port?.postMessage({ slot, input, output });
    }
    return this.inputs[slot];
  }

  /** Deflates `data`, the start of the buffer `buffer()` gave, on the worker; returns the answers there are (all of them when final). */
  deflate(data: Uint8Array, final: boolean): Uint8Array[] {
    const slot = this.sent % SLOTS;
    if (data.buffer !== this.inputs[slot].buffer || data.byteOffset !== 0) throw new Error("deflate: stuk buiten de gedeelde buffer");
    this.started();
    this.words[slotWord(slot, 0)] = data.length;
    this.words[slotWord(slot, 1)] = final ? 1 : 0;
    Atomics.store(this.words, SENT, ++this.sent);
    // Woken only when it sleeps, and then once a second piece waits or the part is done: fewer wake-ups.
    if (Atomics.load(this.words, ASLEEP) === 1 && (final || this.sent - Atomics.load(this.words, ANSWERED) >= 2)) Atomics.notify(this.words, SENT);
    const out = this.ready;
    this.ready = [];
    for (let answer = this.answer(final); answer; answer = this.taken < this.sent ? this.answer(final) : null) out.push(answer);
    return out;
  }

  /** Drops what a part that failed halfway left in flight, so its answers are not taken for the next part's. */
  reset(): void {
    while (this.taken < this.sent) this.answer(true, true);
    this.ready = [];
  }

  private started(): MessagePort {
    if (this.port) return this.port;
    const { port1, port2 } = new MessageChannel();
    const buffers = this.inputs.map((input, slot) => ({ input: input.buffer, output: this.outputs[slot].buffer }));
    const workerData = { port: port2, control: this.words.buffer, slots: SLOTS, buffers };
    const worker = new Worker(WORKER_SOURCE, { eval: true, workerData, transferList: [port2] });
    // Neither keeps the process alive: every answer is taken synchronously before the copy is done.
    worker.unref();
    port1.unref();
    this.port = port1;
    return port1;
  }

  /** The oldest untaken answer; waited for when `wait`, else null when it is not there yet. */
  private answer(wait: boolean, dropped = false): Uint8Array | null {
    if (this.taken >= this.sent) return null;
    while (Atomics.load(this.words, ANSWERED) <= this.taken) {
      if (!wait) return null;
      Atomics.notify(this.words, SENT);
      if (Atomics.wait(this.words, ANSWERED, this.taken, ANSWER_TIMEOUT_MS) === "timed-out") throw new Error("deflate: geen antwoord van de compressiethread");
    }
    const slot = this.taken++ % SLOTS;
    const length = this.words[slotWord(slot, 2)];
    if (length === FAILED && !dropped) throw new Error("deflate: de compressiethread meldt een fout");
    return length === FAILED ? null : this.outputs[slot].slice(0, length);
  }
}

let shared: DeflateWorker | null = null;

/**
 * Node's zlib for the CLI. Each piece is deflated on its own and ends on a sync flush (byte-aligned, not final); the
 * last one ends the stream. Raw deflate streams joined like that are one valid stream, so this needs no internal
 * zlib API and keeps memory to a few pieces. A part of more than one piece (a large sheet) is deflated on a worker
 * thread while the main thread goes on writing rows; a part of one piece is deflated here.
 */
export function nodeCodec(): Codec {
  const nativeCrc = (zlib as unknown as { crc32?: (data: Uint8Array, value?: number) => number }).crc32;
  const worker = (shared ??= new DeflateWorker());
  worker.reset();
  let pieces = 0;
  return {
    buffer: (size) => worker.buffer(size),
    pieceChars: PIECE_CHARS,
    deflate: (data, final) => {
      pieces++;
      return pieces === 1 && final ? [zlib.deflateRawSync(data, FINISH)] : worker.deflate(data, final);
    },
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
