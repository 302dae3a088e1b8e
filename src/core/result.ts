/**
 * A user-facing text in both languages the add-in speaks. `code` names the catalogue entry it came from
 * ("core.missing"; see i18n/coded.ts), so an adapter decides what kind of error it is without reading the text.
 */
export interface Message {
  nl: string;
  en: string;
  readonly code?: string;
}

export type Lang = "nl" | "en";

/** Errors are values in the core: adapters turn them into a message bar, a #VALUE! or an error row. */
export type Result<T> = { ok: true; value: T } | { ok: false; message: Message };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = <T = never>(message: Message): Result<T> => ({ ok: false, message });
