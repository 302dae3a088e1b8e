import { once } from "events";

/** Where the CLI writes; tests pass their own. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  /** Today for the default peildatum; tests fix it. */
  today?: Date;
  /**
   * Waits while stdout holds more unwritten output than it should: through a pipe Node queues writes in memory, and a
   * million-row report is about 150 MB of text. Absent where nothing is queued (tests).
   */
  drained?(): Promise<void>;
}

export const processIo: CliIo = {
  out: (text) => process.stdout.write(text.endsWith("\n") ? text : `${text}\n`),
  err: (text) => process.stderr.write(text.endsWith("\n") ? text : `${text}\n`),
  drained: async () => {
    if (process.stdout.writableNeedDrain) await once(process.stdout, "drain");
  },
};

export const EXIT_OK = 0;
export const EXIT_FAILURES = 1;
export const EXIT_USAGE = 2;

/** What a program stopped by SIGPIPE exits with (128 + 13), as `yes | head` shows in PIPESTATUS. */
export const EXIT_CLOSED_PIPE = 141;

let watchingPipe = false;

/**
 * A reader that stops early (`pso-toets check lijst.xlsx | head`) closes the pipe: the CLI stops there without a word,
 * as a program killed by SIGPIPE would, instead of reporting the EPIPE write error as a fault of its own.
 */
export function stopOnClosedPipe(): void {
  if (watchingPipe) return;
  watchingPipe = true;
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(EXIT_CLOSED_PIPE);
    throw error;
  });
}
