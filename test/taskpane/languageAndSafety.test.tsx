/** @jest-environment jsdom */
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { readdirSync, readFileSync, statSync } from "fs";
import { join } from "path";
import { App } from "../../src/taskpane/App";
import { fail, ok } from "../../src/core";
import { langFromDisplayLanguage } from "../../src/taskpane/lang";
import { strings } from "../../src/taskpane/strings";
import { fakeActions, PEILDATUM, renderUi, sheetInfo, XSS_NAME } from "./setup";

async function runCheck(lang: "nl" | "en", actions = fakeActions()) {
  renderUi(<App actions={actions} lang={lang} today={PEILDATUM} />);
  const button = await screen.findByRole("button", { name: strings[lang].check });
  await waitFor(() => expect(button).toBeEnabled());
  fireEvent.click(button);
  await screen.findByRole("heading", { name: strings[lang].summaryHeading });
  return actions;
}

describe("taskpane in English", () => {
  it("shows English buttons, labels, statuses and asks the adapter for English findings", async () => {
    const actions = await runCheck("en");
    expect(screen.getByRole("button", { name: "Clear highlights" })).toBeInTheDocument();
    // After a check the setup is one line; "Change" opens it.
    fireEvent.click(screen.getByRole("button", { name: "Change" }));
    expect(screen.getByRole("combobox", { name: "Annual contract sum" })).toHaveTextContent("Opdrachtsom per jaar (column D)");
    expect(screen.getByText('Sheet "Leveranciers 2025", header on row 3')).toBeInTheDocument();
    expect(screen.getByText("The sheet is filtered; hidden rows are checked too.")).toBeInTheDocument();
    expect(within(screen.getByRole("group", { name: "Show by status" })).getByRole("button", { name: /^Not compliant/ })).toBeInTheDocument();
    expect(screen.getByRole("rowheader", { name: "Spend at Level 2 or higher" })).toBeInTheDocument();
    expect(actions.check).toHaveBeenCalledWith(expect.objectContaining({ lang: "en" }));
    expect(screen.getByRole("button", { name: /Row 5/ })).toHaveTextContent("Not compliant: Level 1, requires Level 2");
    expect(screen.queryByText("Controleer")).not.toBeInTheDocument();
  });

  it("shows the English side of an adapter's error", async () => {
    const actions = fakeActions({ clear: jest.fn(async () => fail({ nl: "Het blad is beveiligd.", en: "The sheet is protected." })) });
    renderUi(<App actions={actions} lang="en" today={PEILDATUM} />);
    fireEvent.click(await screen.findByRole("button", { name: "Clear highlights" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("The sheet is protected.");
  });

  it("a bad policy value gets an English message", async () => {
    renderUi(<App actions={fakeActions()} lang="en" today={PEILDATUM} />);
    const policy = await screen.findByRole("button", { name: "Policy" });
    await waitFor(() => expect(policy).toBeEnabled());
    fireEvent.click(policy);
    fireEvent.change(screen.getByLabelText("From contract sum (€)"), { target: { value: "lots" } });
    fireEvent.click(screen.getByRole("button", { name: "Save" }));
    expect(await screen.findByRole("alert")).toHaveTextContent('From contract sum (€): "lots" is not an amount');
  });

  it("takes English from Office's display language en-*, Dutch otherwise", () => {
    expect(langFromDisplayLanguage("en-US")).toBe("en");
    expect(langFromDisplayLanguage("en-GB")).toBe("en");
    expect(langFromDisplayLanguage("nl-NL")).toBe("nl");
    expect(langFromDisplayLanguage("nl-BE")).toBe("nl");
    // As the manifest: every language without a Dutch override gets the English ribbon and formula descriptions.
    expect(langFromDisplayLanguage("de-DE")).toBe("en");
    expect(langFromDisplayLanguage(undefined)).toBe("nl");
  });

  it("has the same texts in both languages", () => {
    expect(Object.keys(strings.en).sort()).toEqual(Object.keys(strings.nl).sort());
  });
});

describe("sheet text is shown as text, never as HTML", () => {
  it("a supplier named like an HTML tag shows literally in the failing list", async () => {
    await runCheck("nl");
    const item = screen.getByRole("button", { name: /Rij 7/ });
    expect(within(item).getByText(XSS_NAME)).toBeInTheDocument();
    expect(document.querySelector("img")).toBeNull();
  });

  it("headers, notices and adapter messages with markup show literally", async () => {
    const evil = '<b onmouseover="alert(1)">Leverancier</b>';
    const actions = fakeActions({
      detect: jest.fn(async () => ok({ ...sheetInfo, headers: [evil, ...sheetInfo.headers.slice(1)], notices: [{ nl: "<i>let op</i>", en: "<i>mind</i>" }] })),
      clear: jest.fn(async () => fail({ nl: "<script>alert(1)</script>", en: "x" })),
    });
    renderUi(<App actions={actions} lang="nl" today={PEILDATUM} />);
    expect(await screen.findByRole("combobox", { name: "Leverancier" })).toHaveTextContent(`${evil} (kolom B)`);
    expect(screen.getByText("<i>let op</i>")).toBeInTheDocument();
    fireEvent.click(screen.getByRole("button", { name: "Wis markeringen" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("<script>alert(1)</script>");
    expect(document.querySelector("b, i, script")).toBeNull();
  });

  it("no taskpane source uses dangerouslySetInnerHTML", () => {
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (/\.tsx?$/.test(name)) files.push(path);
      }
    };
    walk(join(__dirname, "../../src/taskpane"));
    expect(files.length).toBeGreaterThan(5);
    for (const file of files) expect(readFileSync(file, "utf8")).not.toMatch(/dangerouslySetInnerHTML|innerHTML/);
  });
});
