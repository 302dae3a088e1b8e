import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarGroup } from "@fluentui/react-components";
import { useEffect, useRef } from "react";
import type { Lang } from "../../core";
import { strings } from "../strings";
import type { Notice } from "../useAsyncAction";

/**
 * The taskpane's messages. A new one is brought to where the user is looking: the pane is often scrolled down to the
 * buttons or the results when it appears at the top, so it is scrolled into view and takes the focus (screen readers
 * read it; Tab goes on from there). Errors are alerts, the rest polite status messages.
 */
export function MessageBars({ notices, lang, onDismiss }: { notices: Notice[]; lang: Lang; onDismiss: (id: number) => void }) {
  const s = strings[lang];
  const bars = useRef(new Map<number, HTMLDivElement>());
  const shown = useRef(0);
  const newest = notices.reduce((id, n) => Math.max(id, n.id), 0);
  useEffect(() => {
    if (newest <= shown.current) return;
    shown.current = newest;
    const bar = bars.current.get(newest);
    if (!bar) return;
    bar.scrollIntoView?.({ block: "nearest" });
    bar.focus({ preventScroll: true });
  }, [newest]);
  if (notices.length === 0) return null;
  return (
    <MessageBarGroup>
      {notices.map((n) => (
        <MessageBar
          key={n.id}
          intent={n.intent}
          role={n.intent === "error" ? "alert" : "status"}
          aria-live={n.intent === "error" ? "assertive" : "polite"}
          tabIndex={-1}
          className="pso-notice"
          data-notice={n.intent}
          ref={(el: HTMLDivElement | null) => {
            if (el) bars.current.set(n.id, el);
            else bars.current.delete(n.id);
          }}
        >
          <MessageBarBody>{n.text[lang]}</MessageBarBody>
          <MessageBarActions
            containerAction={
              <Button appearance="transparent" size="small" onClick={() => onDismiss(n.id)}>
                {s.dismiss}
              </Button>
            }
          />
        </MessageBar>
      ))}
    </MessageBarGroup>
  );
}
