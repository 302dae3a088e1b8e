import { useCallback, useRef, useState } from "react";
import type { Message } from "../core";
import { uiMessages } from "./strings";

export type NoticeIntent = "error" | "warning" | "info" | "success";
export interface Notice {
  id: number;
  intent: NoticeIntent;
  text: Message;
}

/** The message bars at the top of the taskpane: errors stay until dismissed, a new success replaces the old one. */
export function useNotices() {
  const [notices, setNotices] = useState<Notice[]>([]);
  const nextId = useRef(1);
  const show = useCallback((intent: NoticeIntent, text: Message) => {
    const id = nextId.current++;
    setNotices((list) => [...list.filter((n) => n.intent === "error" || n.intent === "warning"), { id, intent, text }]);
  }, []);
  const dismiss = useCallback((id: number) => setNotices((list) => list.filter((n) => n.id !== id)), []);
  const clearAll = useCallback(() => setNotices([]), []);
  return { notices, show, dismiss, clearAll };
}

/** A thrown error (Office.js rejects instead of returning a Result) as a message in both languages. */
function unexpectedError(error: unknown): Message {
  const detail = error instanceof Error ? error.message : String(error);
  return uiMessages.unexpected(detail);
}

/**
 * Runs an action of the taskpane and remembers which ones are still running, so their buttons can show it.
 * A throw becomes an error message; the caller gets undefined.
 */
export function useAsyncAction(onError: (message: Message) => void) {
  const [busy, setBusy] = useState<ReadonlySet<string>>(new Set());
  const run = useCallback(
    async <T,>(name: string, action: () => Promise<T>): Promise<T | undefined> => {
      setBusy((s) => new Set(s).add(name));
      try {
        return await action();
      } catch (error) {
        onError(unexpectedError(error));
        return undefined;
      } finally {
        setBusy((s) => {
          const next = new Set(s);
          next.delete(name);
          return next;
        });
      }
    },
    [onError],
  );
  return { busy, run };
}
