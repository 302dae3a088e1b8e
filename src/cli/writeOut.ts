import { closeSync, constants, fsyncSync, openSync, promises as fs, readdirSync, unlinkSync, writeSync } from "fs";
import path from "path";
import { Message } from "../core";
import { fileMessages } from "../xlsx/messages";

const errorCode = (error: unknown) => (error as NodeJS.ErrnoException)?.code ?? (error instanceof Error ? error.message : String(error));

/** Whether --out can be written, asked before any work is done so the user is not told after the whole report. */
export async function targetProblem(out: string): Promise<Message | null> {
  if (/[\\/]$/.test(out)) return fileMessages.outIsFolder(out);
  const dir = path.dirname(path.resolve(out));
  try {
    if (!(await fs.stat(dir)).isDirectory()) return fileMessages.outFolderMissing(out, dir);
  } catch {
    return fileMessages.outFolderMissing(out, dir);
  }
  try {
    if ((await fs.stat(out)).isDirectory()) return fileMessages.outIsFolder(out);
    await fs.access(out, constants.W_OK);
  } catch (error) {
    const code = errorCode(error);
    if (code !== "ENOENT") return fileMessages.outNotWritable(out, code === "EACCES" || code === "EPERM" ? "alleen-lezen" : code);
  }
  try {
    await fs.access(dir, constants.W_OK);
  } catch (error) {
    return fileMessages.outNotWritable(out, errorCode(error));
  }
  return null;
}

/** Bytes written in order, with earlier bytes rewritten in place (structurally the zip writer's ZipSink). */
export interface FileSink {
  write(bytes: Uint8Array): void;
  rewrite(offset: number, bytes: Uint8Array): void;
}

/** The temporary file of one write: `.<target>.<pid>.<stamp>.tmp` beside the target. */
const tempName = (base: string, pid: number) => `.${base}.${pid}.${Date.now().toString(36)}.tmp`;

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM"; // alive, but someone else's
  }
}

/**
 * Removes what an earlier interrupted write of the same target left behind (issue 22 item 11): only files named by
 * our own pattern for this target, and only when the process that wrote them is gone. Anything else is the user's.
 */
export function removeStaleTemps(dir: string, base: string): void {
  const ours = new RegExp(`^\\.${base.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\.(\\d+)\\.[0-9a-z]+\\.tmp$`);
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    const m = ours.exec(name);
    if (!m || Number(m[1]) === process.pid || processAlive(Number(m[1]))) continue;
    try {
      unlinkSync(path.join(dir, name));
    } catch {
      // gone already, or not ours to remove after all: leave it
    }
  }
}

/**
 * Writes the pieces, or whatever `produce` hands its sink while it runs, to a temporary file beside the target and
 * renames it into place only when it is complete, so a failure (disk full, a crash, an error while producing) never
 * leaves a half-written or emptied file under the target's name. A producer's bytes go to the file as they are made.
 */
export async function writeAtomically(out: string, pieces: readonly Uint8Array[] | ((sink: FileSink) => void)): Promise<Message | null> {
  const dir = path.dirname(path.resolve(out));
  removeStaleTemps(dir, path.basename(out));
  const temp = path.join(dir, tempName(path.basename(out), process.pid));
  let fd: number | undefined;
  try {
    fd = openSync(temp, "wx");
    const file = fd;
    let position = 0;
    const sink: FileSink = {
      write(bytes) {
        writeFully(file, bytes, position);
        position += bytes.length;
      },
      rewrite(offset, bytes) {
        writeFully(file, bytes, offset);
      },
    };
    if (typeof pieces === "function") pieces(sink);
    else for (const piece of pieces) sink.write(piece);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    await fs.rename(temp, out);
    return null;
  } catch (error) {
    if (fd !== undefined) {
      try {
        closeSync(fd);
      } catch {
        // the write's own error is the one to report
      }
    }
    await fs.unlink(temp).catch(() => undefined);
    return fileMessages.outWriteFailed(out, errorCode(error));
  }
}

/** writeSync may write fewer bytes than asked (a signal, a nearly full disk): the rest follows until all are written. */
function writeFully(fd: number, bytes: Uint8Array, position: number): void {
  let done = 0;
  while (done < bytes.length) done += writeSync(fd, bytes, done, bytes.length - done, position + done);
}
