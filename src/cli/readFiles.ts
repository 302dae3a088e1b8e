import { promises as fs } from "fs";
import { ColumnMapping, fail, ok, RegisterRead, Result } from "../core";
import { isReadableList } from "../xlsx/fileName";
import { fileMessages } from "../xlsx/messages";
import { readRegisterBytes } from "../xlsx/readRegister";
import { LoadedSupplierFile, readSupplierBytes } from "../xlsx/readSupplierFile";
import { nodeInflateWhole } from "./nodeCodec";

/**
 * The CLI's side of reading a list: the file system. src/xlsx takes bytes and a name (issue 27.1: it is bundled for the
 * browser too); here the file is read, after its kind is known, so an unsupported name is refused before a missing
 * file. The archive is read whole as before (the zip reader needs its central directory at the end); a part up to
 * WHOLE_INFLATE_MAX is inflated by Node's zlib, a larger one streamed piece by piece.
 */
export async function readSupplierFile(file: string, options: { sheet?: string; mapping?: ColumnMapping } = {}): Promise<Result<LoadedSupplierFile>> {
  if (!isReadableList(file)) return fail(fileMessages.unsupported(file));
  const read = await readFileBytes(file);
  return read.ok ? readSupplierBytes(file, read.value, { ...options, inflateWhole: nodeInflateWhole }) : read;
}

/** A PSO-register export (`--register FILE`), read as the supplier list is. */
export async function readRegisterFile(file: string): Promise<Result<RegisterRead>> {
  if (!isReadableList(file)) return fail(fileMessages.unsupported(file));
  const read = await readFileBytes(file);
  return read.ok ? readRegisterBytes(file, read.value, nodeInflateWhole) : read;
}

/** A file's bytes, or the message that it is not there (a supplier list, a register, the same words). */
export async function readFileBytes(file: string): Promise<Result<Buffer>> {
  try {
    return ok(await fs.readFile(file));
  } catch {
    return fail(fileMessages.notFound(file));
  }
}
