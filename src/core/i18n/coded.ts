import type { Message } from "../result";

/** A catalogue table: each entry gives its text in both languages, from its arguments; tables may nest. */
export interface MessageTable {
  [key: string]: ((...args: never[]) => Message) | Message | MessageTable;
}

function isMessage(value: unknown): value is Message {
  const m = value as Message;
  return typeof m === "object" && m !== null && typeof m.nl === "string" && typeof m.en === "string";
}

type MessageClass = new (nl: string, en: string) => Message;

const classes = new Map<string, MessageClass>();

/**
 * One small class per code, with the code on its prototype: a message is built as fast as an object literal (it is
 * made per bad cell, a million times for a bad column), and compared with toEqual, spread into a new message or sent
 * as JSON it is still just its two texts.
 */
function classOf(code: string): MessageClass {
  let C = classes.get(code);
  if (!C) {
    C = class {
      constructor(
        readonly nl: string,
        readonly en: string,
      ) {}
    } as unknown as MessageClass;
    Object.defineProperty(C.prototype, "code", { value: code });
    classes.set(code, C);
  }
  return C;
}

/**
 * Stamps every message of a table with its code, `<namespace>.<key>` (a nested table adds its key). Callers compare
 * the code (an error kind, a test), never the wording, so a text can be reworded in either language without effect
 * elsewhere.
 */
export function coded<T extends MessageTable>(namespace: string, table: T): T {
  const out: Record<string, unknown> = {};
  for (const [key, entry] of Object.entries(table)) {
    const C = classOf(`${namespace}.${key}`);
    if (typeof entry === "function") {
      const make = (...args: never[]) => {
        const m = entry(...args);
        return new C(m.nl, m.en);
      };
      // Keep the entry's arity: the catalogue test reads it to pass one sample per placeholder.
      out[key] = Object.defineProperty(make, "length", { value: entry.length });
    } else if (isMessage(entry)) out[key] = new C(entry.nl, entry.en);
    else out[key] = coded(`${namespace}.${key}`, entry);
  }
  return out as T;
}

/** True when the message came from the catalogue entry `code`. */
export function isCode(message: Message | undefined, code: string): boolean {
  return message?.code === code;
}
