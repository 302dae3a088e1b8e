import { promises as fs } from "fs";
import path from "path";
import { fileMessages } from "../xlsx/messages";
import { LoadedSupplierFile } from "../xlsx/readSupplierFile";
import { readSupplierFile } from "./readFiles";
import { CliIo } from "./io";
import { langOfArgs } from "./messages";
import { CommonOptions, parseCommonOptions } from "./options";
import { targetProblem } from "./writeOut";

/** The same file by path, or by identity: a link to it, or another spelling on a case-insensitive disk (Windows, macOS). */
async function sameFile(a: string, b: string): Promise<boolean> {
  if (path.resolve(a) === path.resolve(b)) return true;
  try {
    const [x, y] = await Promise.all([fs.stat(a), fs.stat(b)]);
    return x.dev === y.dev && x.ino === y.ino;
  } catch {
    return false;
  }
}

export interface PreparedRun {
  options: CommonOptions;
  loaded: LoadedSupplierFile;
}

/**
 * What every command does first: read the options, make sure an --out is a new .xlsx (never the input) that can be written, and read the
 * supplier table, passing on the reader's notes. Null when a message was already written (exit code 2).
 */
export async function prepareRun(args: string[], io: CliIo): Promise<PreparedRun | null> {
  const parsed = await parseCommonOptions(args, io.today ?? new Date());
  if (!parsed.ok) {
    io.err(parsed.message[langOfArgs(args)]);
    return null;
  }
  const options = parsed.value;
  const lang = options.lang;
  if (options.out !== undefined) {
    if (await sameFile(options.out, options.file)) {
      io.err(fileMessages.sameInputAndOutput(options.out)[lang]);
      return null;
    }
    const ext = options.file.toLowerCase().endsWith(".xlsm") ? ".xlsm" : ".xlsx";
    if (!options.out.toLowerCase().endsWith(ext)) {
      io.err(fileMessages.outNotXlsx(options.out, ext)[lang]);
      return null;
    }
    const problem = await targetProblem(options.out);
    if (problem) {
      io.err(problem[lang]);
      return null;
    }
  }
  const loaded = await readSupplierFile(options.file, { sheet: options.sheet, mapping: options.mapping });
  if (!loaded.ok) {
    io.err(loaded.message[lang]);
    return null;
  }
  for (const note of loaded.value.notes) io.err(note[lang]);
  return { options, loaded: loaded.value };
}
