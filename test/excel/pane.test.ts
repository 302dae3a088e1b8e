import { PaneEnvironment, whenPaneVisible } from "../../src/excel/pane";

/** A page and an Office host whose visibility the test switches. */
function fakeEnvironment(initial: "visible" | "hidden", withOfficeEvent = true) {
  let state = initial;
  const pageListeners = new Set<() => void>();
  let officeHandler: ((mode: string) => void) | null = null;
  const env: PaneEnvironment = {
    visibilityState: () => state,
    onPageVisible(listener) {
      pageListeners.add(listener);
      return () => pageListeners.delete(listener);
    },
    onVisibilityModeChanged: withOfficeEvent ? (handler) => (officeHandler = handler) : undefined,
  };
  return {
    env,
    showPage() {
      state = "visible";
      for (const l of [...pageListeners]) l();
    },
    office: (mode: string) => officeHandler?.(mode),
    pageListenerCount: () => pageListeners.size,
  };
}

describe("the supplier sheet is read only once the taskpane is visible", () => {
  test("at workbook open with the pane hidden nothing is read; opening the pane reads once", () => {
    const fake = fakeEnvironment("hidden");
    const start = jest.fn();
    whenPaneVisible(start, fake.env);
    expect(start).not.toHaveBeenCalled();
    fake.office("Hidden");
    expect(start).not.toHaveBeenCalled();
    fake.office("Taskpane");
    fake.office("Taskpane");
    fake.showPage();
    expect(start).toHaveBeenCalledTimes(1);
    expect(fake.pageListenerCount()).toBe(0);
  });

  test("a host without the Office visibility event: the page becoming visible starts it", () => {
    const fake = fakeEnvironment("hidden", false);
    const start = jest.fn();
    whenPaneVisible(start, fake.env);
    fake.showPage();
    expect(start).toHaveBeenCalledTimes(1);
  });

  test("a pane opened by the user is visible at once and reads at once", () => {
    const fake = fakeEnvironment("visible");
    const start = jest.fn();
    whenPaneVisible(start, fake.env);
    expect(start).toHaveBeenCalledTimes(1);
  });

  test("cancelled before the pane is shown (the page unmounted): never reads", () => {
    const fake = fakeEnvironment("hidden");
    const start = jest.fn();
    whenPaneVisible(start, fake.env)();
    fake.office("Taskpane");
    expect(start).not.toHaveBeenCalled();
  });
});
