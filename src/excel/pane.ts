/**
 * With the shared runtime loading at workbook open (Office.addin.setStartupBehavior), the taskpane page runs while
 * the pane is hidden. Reading the whole used range of the active sheet then costs every user time at every open for
 * a result nobody sees, so detection waits until the pane is shown: Office's onVisibilityModeChanged ("Taskpane",
 * SharedRuntime 1.1) or the page becoming visible, whichever comes first. The policy sheet is still read at open:
 * the PSO.* formulas need it.
 */
export interface PaneEnvironment {
  /** The page's visibility; "hidden" while the runtime runs without a visible pane. */
  visibilityState(): "visible" | "hidden" | string;
  onPageVisible(listener: () => void): () => void;
  /** Office.addin.onVisibilityModeChanged where the host has it. */
  onVisibilityModeChanged?(handler: (mode: string) => void): void;
}

/** Calls `start` once, as soon as the pane is visible (at once when it already is); returns a function that cancels. */
export function whenPaneVisible(start: () => void, env: PaneEnvironment = browserEnvironment()): () => void {
  let done = false;
  const fire = () => {
    if (done) return;
    done = true;
    stopPage();
    start();
  };
  const stopPage = env.onPageVisible(() => {
    if (env.visibilityState() === "visible") fire();
  });
  env.onVisibilityModeChanged?.((mode) => {
    if (mode === "Taskpane") fire();
  });
  if (env.visibilityState() !== "hidden") fire();
  return () => {
    done = true;
    stopPage();
  };
}

function browserEnvironment(): PaneEnvironment {
  const addin = typeof Office !== "undefined" ? (Office as unknown as { addin?: Partial<typeof Office.addin> }).addin : undefined;
  return {
    visibilityState: () => (typeof document === "undefined" ? "visible" : document.visibilityState),
    onPageVisible(listener) {
      if (typeof document === "undefined") return () => undefined;
      document.addEventListener("visibilitychange", listener);
      return () => document.removeEventListener("visibilitychange", listener);
    },
    onVisibilityModeChanged: addin?.onVisibilityModeChanged
      ? (handler) => {
          addin.onVisibilityModeChanged!((message) => handler(message.visibilityMode)).catch(() => undefined);
        }
      : undefined,
  };
}
