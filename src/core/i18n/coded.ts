import type { Message } from "../result";

/** A catalogue table: each entry gives its text in both languages, from its arguments; tables may nest. */
export interface MessageTable {
  [key: string]: ((...args: never[]) => Message) | Message | MessageTable;
}

function isMessage(value: unknown): value is Message {
  const m = value as Message;
  return typeof m === "object" && m !== null && typeof m.nl === "string" && typeof m.en === "string";
}

/**
 * Code and arguments are not enumerable: they travel with the message object through the program, but a message
 * compared with toEqual, spread into a new text or sent as JSON stays just its two texts.
 */
function stamp(message: Message, code: string, args: readonly unknown[]): Message {
  const copy = { nl: message.nl, en: message.en };
  Object.defineProperty(copy, "code", { value: code, enumerable: false });
  Object.defineProperty(copy, "args", { value: args, enumerable: false });
  return copy;
}

/**
 * Stamps every message of a table with its code, `<namespace>.<key>` (nested tables add their key), and its
 * arguments. Callers compare the code (an error kind, a test), never the wording, so a text can be reworded in
 * either language without effect elsewhere.
 */
export function coded<T extends MessageTable>(namespace: string, table: T): T {
  const out: Record<string, unknown> = {};
  for (const [key, entry] of Object.entries(table)) {
    const code = `${namespace}.${key}`;
    if (typeof entry === "function") {
      const make = (...args: never[]) => stamp(entry(...args), code, args);
      // Keep the entry's arity: the catalogue test reads it to pass one sample per placeholder.
      out[key] = Object.defineProperty(make, "length", { value: entry.length });
    }
    else if (isMessage(entry)) out[key] = stamp(entry, code, []);
    else out[key] = coded(code, entry);
  }
  return out as T;
}

/** True when the message came from the catalogue entry `code`. */
export function isCode(message: Message | undefined, code: string): boolean {
  return message?.code === code;
}
