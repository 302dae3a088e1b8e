import type { Message } from "../result";

/** A catalogue table: each entry gives its text in both languages from its arguments. */
export type MessageTable = Record<string, (...args: never[]) => Message>;

/**
 * Stamps every message of a table with its code, `<namespace>.<key>`, and its arguments. The code is what callers
 * compare (an error kind, a test), never the wording, so a text can be reworded in either language without effect.
 */
export function coded<T extends MessageTable>(namespace: string, table: T): T {
  const out: Record<string, (...args: never[]) => Message> = {};
  for (const [key, make] of Object.entries(table)) {
    const code = `${namespace}.${key}`;
    out[key] = (...args: never[]) => ({ ...make(...args), code, args });
  }
  return out as T;
}

/** True when the message came from the catalogue entry `code`. */
export function isCode(message: Message | undefined, code: string): boolean {
  return message?.code === code;
}
