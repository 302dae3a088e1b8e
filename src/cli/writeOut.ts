import { constants, promises as fs } from "fs";
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

/**
 * Writes the pieces to a temporary file beside the target and renames it into place only when it is complete, so a
 * failure (disk full, a crash) never leaves a half-written or emptied file under the target's name.
 */
export async function writeAtomically(out: string, pieces: readonly Uint8Array[]): Promise<Message | null> {
  const dir = path.dirname(path.resolve(out));
  const temp = path.join(dir, `.${path.basename(out)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  let handle: fs.FileHandle | undefined;
  try {
    handle = await fs.open(temp, "wx");
    for (const piece of pieces) await handle.write(piece);
    await handle.sync();
    await handle.close();
    handle = undefined;
    await fs.rename(temp, out);
    return null;
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await fs.unlink(temp).catch(() => undefined);
    return fileMessages.outWriteFailed(out, errorCode(error));
  }
}
