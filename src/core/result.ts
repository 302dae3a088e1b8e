/** A user-facing text in both languages the add-in speaks. */
export interface Message {
  nl: string;
  en: string;
}

export type Lang = keyof Message;

/** Errors are values in the core: adapters turn them into a message bar, a #VALUE! or an error row. */
export type Result<T> = { ok: true; value: T } | { ok: false; message: Message };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = <T = never>(message: Message): Result<T> => ({ ok: false, message });
