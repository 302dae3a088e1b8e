import { formatIsoDate, Lang, levelLabel, Register, RegisterRecord } from "../core";
import { registerSheetOfWorkbook } from "../xlsx/readRegister";
import { LoadedSupplierFile } from "../xlsx/readSupplierFile";
import { CliIo } from "./io";
import { readRegisterFile } from "./readFiles";
import { PreparedRun, prepareRun } from "./prepare";

/**
 * Takes `--NAME VALUE` / `--NAME=VALUE` options out of the arguments, so the options every command shares are
 * parsed as before. Values are per name; a name without a value gets "".
 */
export function takeOptions(args: readonly string[], names: readonly string[], flags: readonly string[] = []): { taken: Record<string, string>; rest: string[] } {
  const taken: Record<string, string> = {};
  const rest: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const m = /^--([^=]+)(?:=(.*))?$/.exec(arg);
    if (m && flags.includes(m[1])) taken[m[1]] = "true";
    else if (m && names.includes(m[1])) {
      if (m[2] !== undefined) taken[m[1]] = m[2];
      else taken[m[1]] = args[i + 1] !== undefined && !args[i + 1].startsWith("--") ? args[++i] : "";
    } else rest.push(arg);
  }
  return { taken, rest };
}

/**
 * Loads `--register FILE`, or without it the supplier workbook's own PSO-register sheet (as the taskpane does): the
 * register, with each unreadable register row written to stderr (the others count); null when it is refused (the
 * message is written, exit code 2); undefined when there is none.
 */
export async function loadRegisterOption(file: string | undefined, io: CliIo, lang: Lang, loaded?: LoadedSupplierFile): Promise<Register | null | undefined> {
  const read = file !== undefined ? await readRegisterFile(file) : loaded?.xlsx ? registerSheetOfWorkbook(loaded.xlsx) : null;
  if (!read) return undefined;
  if (!read.ok) {
    io.err(read.message[lang]);
    return null;
  }
  for (const problem of read.value.problems) io.err(problem[lang]);
  return read.value.register;
}

/**
 * The start every command that checks a list shares: its own options taken out (`--register` always), the shared ones
 * parsed, the list read and the register loaded. Null when something was refused (the message is written: exit 2).
 */
export async function prepareWithRegister(
  args: readonly string[],
  io: CliIo,
  own: readonly string[] = [],
): Promise<(PreparedRun & { register: Register | undefined; taken: Record<string, string> }) | null> {
  const { taken, rest } = takeOptions(args, ["register", ...own]);
  const prepared = await prepareRun(rest, io);
  if (!prepared) return null;
  const register = await loadRegisterOption(taken.register, io, prepared.options.lang, prepared.loaded);
  return register === null ? null : { ...prepared, register, taken };
}

/** A row's register record in `--json`: whether and how it was found, and what the register says. */
export function registerJson(record: RegisterRecord, lang: Lang) {
  const e = record.entry;
  return {
    found: record.found,
    matchedBy: record.matchedBy,
    level: e ? levelLabel(e.level, lang) : null,
    validUntil: e?.validUntil == null ? null : formatIsoDate(e.validUntil),
    differs: record.differs,
    registerRow: e ? e.row : null,
    /** The organisation's name in the register, where it was found. */
    registerName: e ? e.name : null,
    /** Found by number under another name: "differ", or "nothingShared" when the names share no significant word. */
    names: record.names,
    sharedWith: record.sharedWith,
    /** Not found, but a register row with a close name: only a suggestion, its level not applied. */
    suggestion: record.suggestion ? { registerRow: record.suggestion.row, name: record.suggestion.name } : null,
  };
}
