/** @jest-environment jsdom */
import { act, fireEvent, screen, waitFor } from "@testing-library/react";
import { ok, Policy, Result, wonenLimburgPolicy } from "../../src/core";
import type { CheckOptions, PolicySource } from "../../src/taskpane/actions";
import { App } from "../../src/taskpane/App";
import { fakeActions, PEILDATUM, renderUi, summaryFor } from "../taskpane/setup";

async function clickCheck() {
  const button = await screen.findByRole("button", { name: "Controleer" });
  await waitFor(() => expect(button).toBeEnabled());
  fireEvent.click(button);
}

describe("taskpane wiring of the Excel adapter's issue-12 behaviour", () => {
  test("the supplier sheet is read only when the pane becomes visible; the policy is read at once", async () => {
    let show: (() => void) | null = null;
    const actions = fakeActions({ whenVisible: jest.fn((start: () => void) => ((show = start), () => undefined)) });
    renderUi(<App actions={actions} lang="nl" today={PEILDATUM} />);
    await waitFor(() => expect(actions.loadPolicy).toHaveBeenCalled());
    expect(actions.detect).not.toHaveBeenCalled();
    await act(async () => show?.());
    await waitFor(() => expect(actions.detect).toHaveBeenCalledTimes(1));
  });

  test("a direct edit of the PSO-beleid sheet reaches the next check", async () => {
    let tell: ((result: Result<PolicySource>) => void) | null = null;
    const actions = fakeActions({ onPolicyChange: jest.fn((listener) => ((tell = listener), () => undefined)) });
    renderUi(<App actions={actions} lang="nl" today={PEILDATUM} />);
    await waitFor(() => expect(tell).not.toBeNull());
    const edited: Policy = { ...wonenLimburgPolicy, scope: { minAnnualSpend: 75_000 } };
    await act(async () => tell?.(ok({ policy: edited, source: "sheet" })));
    await clickCheck();
    await waitFor(() => expect(actions.check).toHaveBeenCalled());
    expect((actions.check.mock.calls[0][0] as CheckOptions).policy).toEqual(edited);
  });

  test("a check that ran on another sheet than the one shown reads that sheet, so the panel shows its own columns", async () => {
    const actions = fakeActions({ check: jest.fn(async (o: CheckOptions) => ok({ ...summaryFor(o.policy, o.peildatum, o.lang), sheetName: "Anders" })) });
    renderUi(<App actions={actions} lang="nl" today={PEILDATUM} />);
    await waitFor(() => expect(actions.detect).toHaveBeenCalledTimes(1));
    await clickCheck();
    await waitFor(() => expect(actions.detect).toHaveBeenCalledTimes(2));
  });
});
