import { FluentProvider, MessageBar, MessageBarBody, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import type { Lang } from "../core";
import { createOfficeActions } from "../addin/officeActions";
import { startOfficeSession } from "../addin/startup";
import { App } from "./App";
import { langFromDisplayLanguage } from "./lang";
import { IsSetSupported, requirementNotice } from "./requirements";

function render(lang: Lang, isSetSupported?: IsSetSupported) {
  const root = document.getElementById("root");
  if (!root) return;
  document.documentElement.lang = lang;
  const notice = isSetSupported ? requirementNotice(isSetSupported, lang) : null;
  createRoot(root).render(
    <FluentProvider theme={webLightTheme}>
      {notice && (
        <MessageBar intent={notice.intent} role="alert" className="pso-requirements">
          <MessageBarBody>{notice.text}</MessageBarBody>
        </MessageBar>
      )}
      <App actions={createOfficeActions()} lang={lang} />
    </FluentProvider>,
  );
}

/**
 * Load the shared runtime with the workbook from now on, not only when the taskpane opens: then the App reads the
 * PSO-beleid sheet at start-up and the PSO.* formulas use the workbook's policy straight away.
 */
function loadWithDocument() {
  const addin = (Office as unknown as { addin?: { setStartupBehavior?: (b: unknown) => Promise<void> } }).addin;
  addin?.setStartupBehavior?.(Office.StartupBehavior?.load ?? "Load").catch(() => undefined);
}

if (typeof Office !== "undefined") {
  void Office.onReady(() => {
    loadWithDocument();
    startOfficeSession();
    const requirements = Office.context?.requirements;
    const isSetSupported: IsSetSupported = (name, version) => requirements?.isSetSupported(name, version) ?? false;
    render(langFromDisplayLanguage(Office.context?.displayLanguage), isSetSupported);
  });
} else {
  render("nl");
}
