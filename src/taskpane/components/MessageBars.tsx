import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarGroup } from "@fluentui/react-components";
import type { Lang } from "../../core";
import { strings } from "../strings";
import type { Notice } from "../useAsyncAction";

export function MessageBars({ notices, lang, onDismiss }: { notices: Notice[]; lang: Lang; onDismiss: (id: number) => void }) {
  const s = strings[lang];
  if (notices.length === 0) return null;
  return (
    <MessageBarGroup>
      {notices.map((n) => (
        <MessageBar key={n.id} intent={n.intent} role={n.intent === "error" ? "alert" : "status"}>
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
