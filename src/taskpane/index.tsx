import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import type { Lang } from "../core";
import { createOfficeActions } from "../excel/taskpaneActions";
import { App } from "./App";
import { langFromDisplayLanguage } from "./lang";

function render(lang: Lang) {
  const root = document.getElementById("root");
  if (!root) return;
  document.documentElement.lang = lang;
  createRoot(root).render(
    <FluentProvider theme={webLightTheme}>
      <App actions={createOfficeActions()} lang={lang} />
    </FluentProvider>,
  );
}

if (typeof Office !== "undefined") {
  void Office.onReady(() => render(langFromDisplayLanguage(Office.context?.displayLanguage)));
} else {
  render("nl");
}
