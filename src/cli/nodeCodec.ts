import { MessageChannel, MessagePort, receiveMessageOnPort, Worker } from "worker_threads";
import zlib from "zlib";
import { Codec, crc32, WholeInflate } from "../xlsx/zip";

const FINISH = { level: 1 };

/** A deflated piece from the worker, or what went wrong there. */
type Deflated = { out: Uint8Array } | { error: string };

/**
 * The deflater thread: each piece is deflated on its own, as nodeCodec would on the main thread, and sent back in
 * order. The counter in `signal` rises after each answer is posted, so the main thread can block on it (Atomics.wait)
 * and take the answer with receiveMessageOnPort: the copy is written synchronously and never yields to the event loop.
 */
const WORKER_SOURCE = `
const { workerData } = require("worker_threads");
const zlib = require("zlib");
const { port, signal } = workerData;
const answered = new Int32Array(signal);
const SYNC = { level: 1, finishFlush: zlib.constants.Z_SYNC_FLUSH };
const FINISH = { level: 1 };
port.on("message", ({ data, final }) => {
  try {
    port.postMessage({ out: zlib.deflateRawSync(data, final ? FINISH : SYNC) });
  } catch (error) {
    port.postMessage({ error: String(error && error.message || error) });
  }
  Atomics.add(answered, 0, 1);
  Atomics.notify(answered, 0);
});
`;

/** Pieces handed to the worker and not yet answered, at most: memory stays a few pieces whatever the part's size. */
const SLOTS = 8;

/** Longest wait for one answer: the worker has died or hangs, and the copy fails instead of the process hanging. */
const ANSWER_TIMEOUT_MS = 60_000;

/** Shared memory a piece is encoded into, so the worker reads it where it stands (a copy per piece cost more than deflating it). */
interface Slot {
  bytes: Uint8Array;
  busy: boolean;
}

/**
 * The worker and the shared buffers pieces are written into. One per process, started with the first part of more
 * than one piece; pieces are answered in the order they were sent.
 */
class DeflateWorker {
  private port: MessagePort | null = null;
  private readonly answered = new Int32Array(new SharedArrayBuffer(4));
  private readonly slots: Slot[] = [];
  /** The slots of the pieces sent and not yet answered, oldest first. */
  private readonly waiting: Slot[] = [];
  /** Answers taken while waiting for a free slot, handed on with the next deflate. */
  private ready: Uint8Array[] = [];

  /** A free buffer of at least `size` bytes; when all are in use, waits for the oldest piece's answer. */
  buffer(size: number): Uint8Array {
    let slot = this.slots.find((s) => !s.busy);
    if (!slot && this.slots.length < SLOTS) this.slots.push((slot = { bytes: new Uint8Array(0), busy: false }));
    if (!slot) {
      this.ready.push(this.answer()!);
      slot = this.slots.find((s) => !s.busy)!;
    }
    if (slot.bytes.length < size) slot.bytes = new Uint8Array(new SharedArrayBuffer(Math.max(size, 1024 * 1024)));
    return slot.bytes;
  }

  /** Deflates `data`, the start of a buffer from `buffer()`, on the worker; returns the answers there are (all of them when final). */
  deflate(data: Uint8Array, final: boolean): Uint8Array[] {
    const slot = this.slots.find((s) => s.bytes.buffer === data.buffer);
    if (!slot) throw new Error("deflate: stuk buiten de gedeelde buffers");
    slot.busy = true;
    this.waiting.push(slot);
    this.started().postMessage({ data, final });
    const out = this.ready;
    this.ready = [];
    for (;;) {
      const answer = this.waiting.length > 0 ? this.answer(!final) : null;
      if (!answer) return out;
      out.push(answer);
    }
  }

  /** Drops what a part that failed halfway left in flight, so its answers are not taken for the next part's. */
  reset(): void {
    while (this.waiting.length > 0) this.answer(false, true);
    this.ready = [];
  }

  private started(): MessagePort {
    if (this.port) return this.port;
    const { port1, port2 } = new MessageChannel();
    const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { port: port2, signal: this.answered.buffer }, transferList: [port2] });
    // Neither keeps the process alive: every answer is taken synchronously before the copy is done.
    worker.unref();
    port1.unref();
    this.port = port1;
    return port1;
  }

  /** The oldest piece's answer, waited for unless `onlyIfThere` (then null when it is not there yet). */
  private answer(onlyIfThere = false, dropped = false): Uint8Array | null {
    for (;;) {
      const seen = Atomics.load(this.answered, 0);
      const message = receiveMessageOnPort(this.port!);
      if (message) {
        this.waiting.shift()!.busy = false;
        const answer = message.message as Deflated;
        if ("error" in answer && !dropped) throw new Error(`deflate: ${answer.error}`);
        if ("error" in answer) return null;
        return answer.out;
      }
      if (onlyIfThere) return null;
      if (Atomics.wait(this.answered, 0, seen, ANSWER_TIMEOUT_MS) === "timed-out") throw new Error("deflate: geen antwoord van de compressiethread");
    }
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
