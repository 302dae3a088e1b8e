/** @jest-environment jsdom */
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { App } from "../../src/taskpane/App";
import { PolicyEditor } from "../../src/taskpane/components/PolicyEditor";
import { fail, levelLabel, ok, Policy, wonenLimburgPolicy } from "../../src/core";
import { getPath, KINDS, LIST_SETTINGS, setPath, Setting, SETTINGS, SettingKind } from "../../src/core/policy/policySettings";
import { fakeActions, PEILDATUM, renderUi } from "./setup";

async function openEditor(actions = fakeActions(), lang: "nl" | "en" = "nl") {
  renderUi(<App actions={actions} lang={lang} today={PEILDATUM} />);
  const button = await screen.findByRole("button", { name: lang === "nl" ? "Beleid" : "Policy" });
  await waitFor(() => expect(button).toBeEnabled());
  fireEvent.click(button);
  await screen.findByRole("heading", { name: lang === "nl" ? "Beleid aanpassen" : "Edit policy" });
  return actions;
}

/**
 * The editor alone, as the pane shows it for the preset: the tests about the form itself (its values, its checks, one
 * setting at a time in the schema tests below) render only the form, not the whole pane; the tests of the pane's
 * Beleid button, its save, reset, cancel and the check after it go through the pane (openEditor).
 */
async function openEditorAlone(lang: "nl" | "en" = "nl") {
  const savePolicy = jest.fn((_policy: Policy) => undefined);
  renderUi(
    <PolicyEditor source={{ policy: wonenLimburgPolicy, source: "preset" }} lang={lang} busy={false} onSave={savePolicy} onReset={() => undefined} onCancel={() => undefined} />,
  );
  await screen.findByRole("heading", { name: lang === "nl" ? "Beleid aanpassen" : "Edit policy" });
  return { savePolicy };
}

const input = (label: string) => screen.getByLabelText(label) as HTMLInputElement;
const type = (label: string, value: string) => fireEvent.change(input(label), { target: { value } });
const save = () => fireEvent.click(screen.getByRole("button", { name: "Opslaan" }));

function savedPolicy(actions: { savePolicy: jest.Mock }): Policy {
  expect(actions.savePolicy).toHaveBeenCalledTimes(1);
  return actions.savePolicy.mock.calls[0][0];
}

describe("taskpane: policy editor", () => {
  it("shows every number of the policy, money and percentages in Dutch notation", async () => {
    await openEditorAlone();
    expect(input("Drempel opdrachtsom per jaar (€)").value).toBe("€ 150.000,00");
    // Dates in Dutch, whatever the browser's locale (a native date picker would show 01/01/2022 in en-US).
    expect(input("Vanaf (eis 2)").value).toBe("1-1-2022");
    expect(screen.getByRole("combobox", { name: "Minimale trede (eis 2)" })).toHaveTextContent("Trede 2");
    expect(input("Voor contracten langer dan (maanden)").value).toBe("12");
    expect(input("Maanden na gunning (stap 3)").value).toBe("36");
    expect(input("Waarschuwen als het certificaat verloopt binnen (dagen)").value).toBe("90");
    expect(input("Doel: aandeel opdrachtsom op of boven die trede (%)").value).toBe("75%");
    expect(input("Percentage van de contractsom (%)").value).toBe("5%");
    expect(screen.getByRole("switch", { name: "Groeipad toepassen" })).toBeChecked();
  });

  it("saves the changed policy; money accepts Dutch notation", async () => {
    const actions = await openEditor();
    type("Drempel opdrachtsom per jaar (€)", "€ 200.000,-");
    type("Waarschuwen als het certificaat verloopt binnen (dagen)", "60");
    type("Percentage van de contractsom (%)", "2,5");
    fireEvent.click(screen.getByRole("checkbox", { name: /Niveau 2 en 3/ }));
    save();
    await waitFor(() => expect(actions.savePolicy).toHaveBeenCalled());
    expect(savedPolicy(actions)).toEqual({
      ...wonenLimburgPolicy,
      scope: { minAnnualSpend: 200_000 },
      expiryWarningDays: 60,
      sroi: { ...wonenLimburgPolicy.sroi, percentage: 0.025 },
      sectorLevels: { ...wonenLimburgPolicy.sectorLevels, applyToStatus: true },
    });
    expect(await screen.findByText("Beleid opgeslagen in het blad PSO-beleid.")).toBeInTheDocument();
    // back on the main view, the policy now comes from the sheet
    expect(screen.getByText(/uit het blad PSO-beleid/)).toBeInTheDocument();
  });

  it("changes a requirement's level with the dropdown", async () => {
    const actions = await openEditorAlone();
    fireEvent.click(screen.getByRole("combobox", { name: "Minimale trede (eis 2)" }));
    fireEvent.click(within(await screen.findByRole("listbox")).getByRole("option", { name: "Trede 3" }));
    save();
    await waitFor(() => expect(actions.savePolicy).toHaveBeenCalled());
    expect(savedPolicy(actions).requirements).toEqual([
      { from: "2021-01-01", minLevel: "trede1" },
      { from: "2022-01-01", minLevel: "trede3" },
    ]);
  });

  it("adds a requirement with a date and removes a growth-path step", async () => {
    const actions = await openEditorAlone();
    fireEvent.click(screen.getByRole("button", { name: "Eis toevoegen" }));
    type("Vanaf (eis 3)", "2026-01-01");
    fireEvent.click(screen.getByRole("button", { name: "Stap 3 verwijderen" }));
    save();
    await waitFor(() => expect(actions.savePolicy).toHaveBeenCalled());
    const saved = savedPolicy(actions);
    expect(saved.requirements).toContainEqual({ from: "2026-01-01", minLevel: "trede1" });
    expect(saved.growthPath.steps).toEqual(wonenLimburgPolicy.growthPath.steps.slice(0, 2));
  });

  it("a bad number shows a Dutch message naming the field and does not save", async () => {
    const actions = await openEditorAlone();
    type("Waarschuwen als het certificaat verloopt binnen (dagen)", "negentig");
    save();
    expect(await screen.findByRole("alert")).toHaveTextContent(
      'Waarschuwen als het certificaat verloopt binnen (dagen): "negentig" is geen getal van 0 of meer',
    );
    expect(actions.savePolicy).not.toHaveBeenCalled();
    expect(input("Waarschuwen als het certificaat verloopt binnen (dagen)")).toHaveAttribute("aria-invalid", "true");
    // what the user typed stays
    expect(input("Waarschuwen als het certificaat verloopt binnen (dagen)").value).toBe("negentig");
  });

  it("a bad amount gets the core's Dutch money message", async () => {
    const actions = await openEditorAlone();
    type("Drempel opdrachtsom per jaar (€)", "veel");
    save();
    expect(await screen.findByRole("alert")).toHaveTextContent('Drempel opdrachtsom per jaar (€): "veel" is geen bedrag');
    expect(actions.savePolicy).not.toHaveBeenCalled();
  });

  it("a percentage over 100 is refused", async () => {
    const actions = await openEditorAlone();
    type("Doel: aandeel gecertificeerde leveranciers (%)", "150");
    save();
    expect(await screen.findByRole("alert")).toHaveTextContent("ligt niet tussen 0% en 100%");
    expect(actions.savePolicy).not.toHaveBeenCalled();
  });

  it("a save the workbook refuses shows the adapter's message and keeps the editor open", async () => {
    const actions = await openEditor(
      fakeActions({ savePolicy: jest.fn(async () => fail({ nl: "Het blad PSO-beleid is beveiligd.", en: "The PSO-beleid sheet is protected." })) }),
    );
    save();
    expect(await screen.findByRole("alert")).toHaveTextContent("Het blad PSO-beleid is beveiligd.");
    expect(actions.savePolicy).toHaveBeenCalledTimes(1);
    expect(screen.getByRole("heading", { name: "Beleid aanpassen" })).toBeInTheDocument();
  });

  it("Standaardbeleid herstellen calls resetPolicy and shows the preset's values again", async () => {
    const custom: Policy = { ...wonenLimburgPolicy, name: "Eigen beleid", scope: { minAnnualSpend: 50_000 } };
    const actions = await openEditor(fakeActions({ loadPolicy: jest.fn(async () => ok({ policy: custom, source: "sheet" as const })) }));
    expect(input("Drempel opdrachtsom per jaar (€)").value).toBe("€ 50.000,00");
    fireEvent.click(screen.getByRole("button", { name: "Standaardbeleid herstellen" }));
    fireEvent.click(await screen.findByRole("button", { name: "Herstellen" }));
    await waitFor(() => expect(actions.resetPolicy).toHaveBeenCalledTimes(1));
    await waitFor(() => expect(input("Drempel opdrachtsom per jaar (€)").value).toBe("€ 150.000,00"));
    expect(screen.getByText("Standaardbeleid hersteld.")).toBeInTheDocument();
  });

  it("Annuleren leaves without saving", async () => {
    const actions = await openEditor();
    type("Naam van het beleid", "Iets anders");
    fireEvent.click(screen.getByRole("button", { name: "Annuleren" }));
    expect(screen.getByRole("button", { name: "Controleer" })).toBeInTheDocument();
    expect(screen.getByText("Wonen Limburg (whitepaper)")).toBeInTheDocument();
    expect(actions.savePolicy).not.toHaveBeenCalled();
  });

  it("a check after saving uses the saved policy", async () => {
    const actions = await openEditor();
    type("Drempel opdrachtsom per jaar (€)", "1 mln");
    save();
    const button = await screen.findByRole("button", { name: "Controleer" });
    fireEvent.click(button);
    await waitFor(() => expect(actions.check).toHaveBeenCalled());
    expect(actions.check.mock.calls[0][0].policy.scope.minAnnualSpend).toBe(1_000_000);
  });
});

/** What a user types or picks for each kind of setting, and the value the saved policy must then hold. */
const EDIT: Record<SettingKind, { typed: string; value: unknown }> = {
  text: { typed: "Gemeente Voorbeeld", value: "Gemeente Voorbeeld" },
  money: { typed: "€ 175.000,50", value: 175_000.5 },
  months: { typed: "19", value: 19 },
  days: { typed: "45", value: 45 },
  fraction: { typed: "12,5", value: 0.125 },
  dayList: { typed: "45; 10", value: [45, 10] },
  bool: { typed: "(click)", value: "(the opposite of the preset)" },
  level: { typed: "Trede 3", value: "trede3" },
  date: { typed: "1-4-2023", value: "2023-04-01" },
};

/** The control a setting's label leads to, whichever kind of input the editor chose for it. */
function control(setting: Setting, lang: "nl" | "en") {
  const name = setting.label[lang];
  if (setting.kind === "bool") return screen.getByRole(setting.control === "checkbox" ? "checkbox" : "switch", { name });
  if (setting.kind === "level") return screen.getByRole("combobox", { name });
  return screen.getByLabelText(name);
}

async function edit(setting: Setting): Promise<unknown> {
  const preset = getPath(wonenLimburgPolicy, setting.path);
  const { typed, value } = EDIT[setting.kind];
  if (setting.kind === "bool") {
    fireEvent.click(control(setting, "nl"));
    return !preset;
  }
  if (setting.kind === "level") {
    fireEvent.click(control(setting, "nl"));
    fireEvent.click(within(await screen.findByRole("listbox")).getByRole("option", { name: typed }));
    return value;
  }
  fireEvent.change(control(setting, "nl"), { target: { value: typed } });
  return value;
}

describe("taskpane: the policy editor offers every setting of the schema", () => {
  it.each(SETTINGS.map((s) => [s.path, s] as const))("%s: shown with the policy's value, changed and saved", async (path, setting) => {
    const actions = await openEditorAlone();
    const preset = getPath(wonenLimburgPolicy, path);
    const shown = control(setting, "nl");
    if (setting.kind === "bool") expect((shown as HTMLInputElement).checked).toBe(preset);
    else if (setting.kind === "level") expect(shown).toHaveTextContent(levelLabel(preset as never));
    // a date setting may be blank in the preset: blank is its default ("the first requirement date")
    // a text is shown as it is: the preset's sender is blank (it signs no letter, issue 25 item 7)
    else if (setting.kind === "text") expect((shown as HTMLInputElement).value).toBe(preset);
    else expect((shown as HTMLInputElement).value).toEqual(setting.kind === "date" ? KINDS.date.toCell(preset as string) : expect.stringMatching(/./));

    const value = await edit(setting);
    expect(value).not.toEqual(preset);
    save();
    await waitFor(() => expect(actions.savePolicy).toHaveBeenCalled());
    const expected = JSON.parse(JSON.stringify(wonenLimburgPolicy));
    setPath(expected, path, value);
    expect(savedPolicy(actions)).toEqual(expected);
  });

  it("labels every setting and every list row in English when Office runs in English", async () => {
    await openEditorAlone("en");
    for (const setting of SETTINGS) expect(control(setting, "en")).toBeInTheDocument();
    for (const list of LIST_SETTINGS) {
      const first = (getPath(wonenLimburgPolicy, list.path) as Record<string, unknown>[])[0];
      for (const field of list.fields) {
        const name = field.label(1, first).en;
        expect(field.kind === "level" ? screen.getByRole("combobox", { name }) : screen.getByLabelText(name)).toBeInTheDocument();
      }
    }
  });

  it("a new requirement left without a date is refused, naming its row, and nothing is saved", async () => {
    const actions = await openEditorAlone();
    fireEvent.click(screen.getByRole("button", { name: "Eis toevoegen" }));
    save();
    expect(await screen.findByRole("alert")).toHaveTextContent("Vanaf (eis 3): typ een datum, bijvoorbeeld 1-1-2022");
    expect(input("Vanaf (eis 3)")).toHaveAttribute("aria-invalid", "true");
    expect(actions.savePolicy).not.toHaveBeenCalled();
  });

  it("a step's month count that is no number is refused, naming the step, and what was typed stays", async () => {
    const actions = await openEditorAlone();
    type("Maanden na gunning (stap 2)", "twee jaar");
    save();
    expect(await screen.findByRole("alert")).toHaveTextContent('Maanden na gunning (stap 2): "twee jaar" is geen getal van 0 of meer');
    expect(input("Maanden na gunning (stap 2)")).toHaveAttribute("aria-invalid", "true");
    expect(input("Maanden na gunning (stap 2)").value).toBe("twee jaar");
    expect(actions.savePolicy).not.toHaveBeenCalled();
  });

  /** For each list setting: what a user changes in its rows, and the list the saved policy must then hold. */
  const LIST_EDITS: Record<string, { change: () => void; saved: unknown }> = {
    requirements: {
      change: () => type("Vanaf (eis 1)", "2020-06-01"),
      saved: [{ from: "2020-06-01", minLevel: "trede1" }, wonenLimburgPolicy.requirements[1]],
    },
    "growthPath.steps": {
      change: () => type("Maanden na gunning (stap 1)", "6"),
      saved: [{ level: "aspirant", monthsAfterAward: 6 }, ...wonenLimburgPolicy.growthPath.steps.slice(1)],
    },
    "sectorLevels.levels": {
      change: () => {
        type("Betekenis (niveau 2)", "Dringend advies");
        type("Trefwoorden (niveau 3, gescheiden door komma's)", "ict, software;  cloud ");
      },
      saved: [
        wonenLimburgPolicy.sectorLevels.levels[0],
        { ...wonenLimburgPolicy.sectorLevels.levels[1], meaning: "Dringend advies" },
        { ...wonenLimburgPolicy.sectorLevels.levels[2], keywords: ["ict", "software", "cloud"] },
      ],
    },
  };

  it.each(LIST_SETTINGS.map((s) => [s.path] as const))("list %s: its rows are shown, changed and saved", async (path) => {
    expect(Object.keys(LIST_EDITS)).toContain(path);
    const actions = await openEditorAlone();
    LIST_EDITS[path].change();
    save();
    await waitFor(() => expect(actions.savePolicy).toHaveBeenCalled());
    const expected = JSON.parse(JSON.stringify(wonenLimburgPolicy));
    setPath(expected, path, LIST_EDITS[path].saved);
    expect(savedPolicy(actions)).toEqual(expected);
  });

  it("shows a sector level's keywords as one comma-separated text", async () => {
    await openEditorAlone();
    expect(input("Trefwoorden (niveau 3, gescheiden door komma's)").value).toBe(wonenLimburgPolicy.sectorLevels.levels.find((l) => l.niveau === 3)!.keywords.join(", "));
  });
});
