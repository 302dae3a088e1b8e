/** @jest-environment jsdom */
import { act, fireEvent, screen, waitFor } from "@testing-library/react";
import { readFileSync, writeFileSync } from "fs";
import path from "path";
import { fail, Lang } from "../../src/core";
import { App } from "../../src/taskpane/App";
import { requirementNotice } from "../../src/taskpane/requirements";
import { createWorkbook } from "../../src/excel-standin";
import { displayValue } from "../../src/workbench/display";
import { WorkbenchStore } from "../../src/workbench/store";
import { Workbench } from "../../src/workbench/Workbench";
import { fakeActions, PEILDATUM, renderUi } from "./setup";

/*
 * Issue 27.3: the pane's texts moved into coded() catalogues with no change a user could see. Every text the pane
 * shows (text, aria-label, placeholder, title) at each step, in Dutch and in English, is compared with the texts the
 * pane showed before the move (fixtures/pane-texts.json, written from the old code with PANE_TEXTS=write).
 */
const GOLDEN = path.join(__dirname, "fixtures", "pane-texts.json");

function textsOf(root: HTMLElement): string[] {
  const out: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  for (let n: Node | null = walker.currentNode; n; n = walker.nextNode()) {
    if (n.nodeType === Node.TEXT_NODE) {
      const t = n.textContent?.trim();
      if (t) out.push(t);
    } else for (const a of ["aria-label", "placeholder", "title"]) {
      const v = (n as Element).getAttribute(a);
      if (v) out.push(`@${a}=${v}`);
    }
  }
  return out;
}

const WORDS: Record<Lang, { check: string; result: string; change: string; policy: string; peildatum: string }> = {
  nl: { check: "Controleer", result: "Resultaat", change: "Wijzigen", policy: "Beleid", peildatum: "Peildatum" },
  en: { check: "Check", result: "Result", change: "Change", policy: "Policy", peildatum: "Reference date" },
};

async function stepsOf(lang: Lang): Promise<Record<string, string[]>> {
  const w = WORDS[lang];
  const steps: Record<string, string[]> = {};
  const view = renderUi(<App actions={fakeActions({}, true)} lang={lang} today={PEILDATUM} />);
  const button = await screen.findByRole("button", { name: w.check });
  await waitFor(() => expect(button).toBeEnabled());
  steps.opened = textsOf(view.container);
  fireEvent.click(button);
  await screen.findByRole("heading", { name: w.result });
  steps.checked = textsOf(view.container);
  fireEvent.click(screen.getByRole("button", { name: w.change }));
  steps.setupOpen = textsOf(view.container);
  fireEvent.change(screen.getByRole("textbox", { name: new RegExp(`^${w.peildatum}`) }), { target: { value: "2-3-2025" } });
  steps.stale = textsOf(view.container);
  fireEvent.change(screen.getByRole("textbox", { name: new RegExp(`^${w.peildatum}`) }), { target: { value: "31-2-2025" } });
  steps.badDate = textsOf(view.container);
  fireEvent.click(screen.getAllByRole("button", { name: new RegExp(`^${w.policy}`) })[0]);
  await act(async () => undefined);
  steps.editor = textsOf(view.container);
  view.unmount();

  const broken = renderUi(
    <App
      actions={fakeActions({ check: jest.fn(async () => { throw new Error("kapot"); }), detect: jest.fn(async () => fail({ nl: "geen lijst", en: "no list" })) })}
      lang={lang}
      today={PEILDATUM}
    />,
  );
  await act(async () => undefined);
  await act(async () => undefined);
  steps.noTable = textsOf(broken.container);
  broken.unmount();

  const failing = renderUi(<App actions={fakeActions({ check: jest.fn(async () => { throw new Error("kapot"); }) })} lang={lang} today={PEILDATUM} />);
  const again = await screen.findByRole("button", { name: w.check });
  await waitFor(() => expect(again).toBeEnabled());
  fireEvent.click(again);
  await act(async () => undefined);
  await act(async () => undefined);
  steps.unexpected = textsOf(failing.container);
  failing.unmount();

  steps.requirements = [
    JSON.stringify(requirementNotice(() => false, lang)),
    JSON.stringify(requirementNotice((set, version) => set !== "ExcelApi" || Number(version) <= 1.8, lang)),
  ];
  // The workbench's frame around the pane: its bar, formula bar (before and after a formula) and sheet tabs.
  const book = createWorkbook({ Leveranciers: [["Leverancier", "Opdrachtsom"], ["Bouw BV", 250000]] });
  const store = new WorkbenchStore({ book, fileName: "eigen.xlsx", original: null, version: 0, generation: 0 });
  const bench = renderUi(
    <Workbench
      store={store}
      lang={lang}
      functionNames={["PSO.BIJDRAGE", "PSO.TREDE"]}
      createActions={() => fakeActions()}
      onOpen={() => undefined}
      onDownload={() => undefined}
      samples={[{ file: "leveranciers.xlsx", label: "Voorbeeld: elke lastige rij (40)" }]}
      onOpenSample={() => undefined}
    />,
  );
  await screen.findByRole("button", { name: w.check });
  const bar = bench.container.querySelector(".wb-bar") as HTMLElement;
  const formula = bench.container.querySelector(".wb-formula") as HTMLElement;
  steps.workbenchFrame = [...textsOf(bar), ...textsOf(formula), ...textsOf(bench.container.querySelector(".wb-tabs") as HTMLElement)];
  const input = bench.container.querySelector("#wb-formula-input") as HTMLInputElement;
  fireEvent.change(input, { target: { value: "=PSO.BIJDRAGE(1,2)" } });
  fireEvent.submit(input.closest("form")!);
  steps.workbenchFormula = textsOf(formula);
  bench.unmount();
  steps.workbenchValues = [true, false, "#VALUE!", "#N/A", "#SPILL!"].map((v) => displayValue(v, undefined, lang));
  return steps;
}

test("the pane shows the same texts in Dutch and English as before the move to coded() catalogues", async () => {
  const seen = { nl: await stepsOf("nl"), en: await stepsOf("en") };
  if (process.env.PANE_TEXTS === "write") writeFileSync(GOLDEN, `${JSON.stringify(seen, null, 1)}\n`);
  expect(seen).toEqual(JSON.parse(readFileSync(GOLDEN, "utf8")));
  expect(seen.nl.checked).toContain("Resultaat");
  expect(seen.en.checked).toContain("Result");
}, 60_000);
