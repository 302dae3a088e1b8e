/** @jest-environment jsdom */
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { App } from "../../src/taskpane/App";
import { dayFromYmd, fail, wonenLimburgPolicy } from "../../src/core";
import { fakeActions, PEILDATUM, renderChecked, renderUi } from "./setup";

const checked = (actions = fakeActions()) => renderChecked(actions);

/** The figure next to a label in one of the summary's tables (without the target badge, asserted on its own). */
function figure(table: string, label: string): string {
  const header = within(screen.getByRole("table", { name: table })).getByRole("rowheader", { name: label });
  const cell = header.closest("tr")?.querySelector("td")?.cloneNode(true) as HTMLElement | undefined;
  cell?.querySelector(".pso-target")?.remove();
  return cell?.textContent ?? "";
}

/** The count on a status chip of the result card. */
const chip = (label: string) => within(screen.getByRole("group", { name: "Toon per status" })).getByRole("button", { name: new RegExp(`^${label}\\s*\\d`) });

describe("taskpane: Controleer", () => {
  it("passes the mapping, the peildatum, the policy and the language to check", async () => {
    const actions = await checked();
    expect(actions.check).toHaveBeenCalledWith({
      mapping: { supplier: 0, kvk: 1, spend: 2, level: 3, validUntil: 4 },
      peildatum: PEILDATUM,
      policy: wonenLimburgPolicy,
      lang: "nl",
    });
  });

  it("shows the counts per status with Dutch labels", async () => {
    await checked();
    const count = (label: string) => chip(label).querySelector(".pso-chip-count")?.textContent;
    expect(count("Voldoet")).toBe("1");
    expect(count("Voldoet niet")).toBe("2");
    expect(count("Let op")).toBe("1");
    expect(count("Buiten scope")).toBe("1");
    expect(count("Fout")).toBe("0");
  });

  it("shows the KPIs in Dutch notation", async () => {
    await checked();
    const kpi = (label: string) => figure("Kerncijfers", label);
    expect(kpi("Leveranciers")).toBe("5");
    expect(kpi("Binnen scope")).toBe("4");
    expect(kpi("Met geldig PSO-certificaat (van de leveranciers binnen scope)")).toBe("3 (75,0%)doel 50%");
    // The labels are the check report's, the same as the CLI's and the Sociale bijdrage sheet's (issue 13).
    expect(kpi("Uitgaven totaal")).toBe("€ 1.010.000,00");
    expect(kpi("Uitgaven bij trede 2 of hoger")).toBe("€ 410.000,00 (40,6%)van de inkoopwaarde van de beoordeelde leveranciers; doel 75%");
    expect(kpi("PSO-bijdrage (uitgaven x sociale bijdrage)")).toBe("€ 38.750,00op basis van 1 leverancier met bekende sociale bijdrage");
  });

  it("lists the failing rows in sheet order with status line and explanation", async () => {
    await checked();
    const list = screen.getByRole("list", { name: "Aandachtspunten (3)" });
    const items = within(list).getAllByRole("button");
    expect(items.map((b) => b.textContent?.slice(0, 5))).toEqual(["Rij 5", "Rij 7", "Rij 8"]);
    expect(items[0]).toHaveTextContent("Bouwbedrijf De Vries");
    expect(items[0]).toHaveTextContent("Voldoet niet: trede 1, vereist trede 2");
    expect(items[1]).toHaveTextContent("Voldoet niet: certificaat verlopen, vereist trede 2");
    expect(items[1]).toHaveTextContent("Certificaat trede 3 verlopen op 1-1-2024");
    expect(items[2]).toHaveTextContent("Let op: certificaat verloopt 15-4-2025");
    expect(screen.queryByText("Schoonmaakbedrijf Jansen")).not.toBeInTheDocument();
  });

  it("clicking a failing row selects that row in the sheet", async () => {
    const actions = await checked();
    fireEvent.click(screen.getByRole("button", { name: /Rij 8/ }));
    await waitFor(() => expect(actions.selectRow).toHaveBeenCalledWith(8));
  });

  it("checks on the peildatum the user picks, shown as a Dutch date", async () => {
    const actions = fakeActions();
    renderUi(<App actions={actions} lang="nl" today={PEILDATUM} />);
    const date = await screen.findByLabelText("Peildatum");
    expect(screen.getByText("Certificaten en eisen gelden op 1-3-2025")).toBeInTheDocument();
    fireEvent.change(date, { target: { value: "2021-06-30" } });
    expect(screen.getByText("Certificaten en eisen gelden op 30-6-2021")).toBeInTheDocument();
    const button = screen.getByRole("button", { name: "Controleer" });
    await waitFor(() => expect(button).toBeEnabled());
    fireEvent.click(button);
    await waitFor(() => expect(actions.check).toHaveBeenCalledWith(expect.objectContaining({ peildatum: dayFromYmd(2021, 6, 30) })));
  });

  it("an emptied peildatum asks for a date and blocks the check", async () => {
    renderUi(<App actions={fakeActions()} lang="nl" today={PEILDATUM} />);
    fireEvent.change(await screen.findByLabelText("Peildatum"), { target: { value: "" } });
    expect(screen.getByText("Kies een geldige datum.")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Controleer" })).toBeDisabled();
  });

  it("shows the policy's name and source", async () => {
    renderUi(<App actions={fakeActions()} lang="nl" today={PEILDATUM} />);
    expect(await screen.findByText("Wonen Limburg (whitepaper)")).toBeInTheDocument();
    expect(screen.getByText(/standaardbeleid/)).toBeInTheDocument();
  });

  it("a failed check shows its Dutch message in a message bar", async () => {
    const actions = fakeActions({
      check: jest.fn(async () => fail({ nl: "Kolom Opdrachtsom per jaar ontbreekt.", en: "Column Annual contract sum is missing." })),
    });
    renderUi(<App actions={actions} lang="nl" today={PEILDATUM} />);
    const button = await screen.findByRole("button", { name: "Controleer" });
    await waitFor(() => expect(button).toBeEnabled());
    fireEvent.click(button);
    expect(await screen.findByRole("alert")).toHaveTextContent("Kolom Opdrachtsom per jaar ontbreekt.");
    expect(screen.queryByRole("heading", { name: "Resultaat" })).not.toBeInTheDocument();
  });

  it("an action that throws (Office error) still gives a readable message", async () => {
    const actions = fakeActions({ check: jest.fn(async () => Promise.reject(new Error("RichApi.Error: GeneralException"))) });
    renderUi(<App actions={actions} lang="nl" today={PEILDATUM} />);
    const button = await screen.findByRole("button", { name: "Controleer" });
    await waitFor(() => expect(button).toBeEnabled());
    fireEvent.click(button);
    expect(await screen.findByRole("alert")).toHaveTextContent("Er ging iets mis: RichApi.Error: GeneralException");
  });
});

describe("taskpane: Wis markeringen and sociale bijdrage", () => {
  it("Wis markeringen calls clear and confirms it", async () => {
    const actions = fakeActions();
    renderUi(<App actions={actions} lang="nl" today={PEILDATUM} />);
    fireEvent.click(await screen.findByRole("button", { name: "Wis markeringen" }));
    await waitFor(() => expect(actions.clear).toHaveBeenCalledTimes(1));
    expect(await screen.findByText("Markeringen gewist.")).toBeInTheDocument();
  });

  it("a failed clear shows the adapter's message", async () => {
    const actions = fakeActions({ clear: jest.fn(async () => fail({ nl: "Het blad is beveiligd.", en: "The sheet is protected." })) });
    renderUi(<App actions={actions} lang="nl" today={PEILDATUM} />);
    fireEvent.click(await screen.findByRole("button", { name: "Wis markeringen" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("Het blad is beveiligd.");
  });

  it("Vernieuw sociale bijdrage appears only when the adapter offers it", async () => {
    renderUi(<App actions={fakeActions()} lang="nl" today={PEILDATUM} />);
    await screen.findByRole("button", { name: "Controleer" });
    expect(screen.queryByRole("button", { name: "Vernieuw sociale bijdrage" })).not.toBeInTheDocument();
  });

  it("Vernieuw sociale bijdrage calls the adapter with the check options", async () => {
    const actions = fakeActions({}, true);
    renderUi(<App actions={actions} lang="nl" today={PEILDATUM} />);
    const button = await screen.findByRole("button", { name: "Vernieuw sociale bijdrage" });
    await waitFor(() => expect(button).toBeEnabled());
    fireEvent.click(button);
    await waitFor(() => expect(actions.refreshSocialSheet).toHaveBeenCalledWith(expect.objectContaining({ peildatum: PEILDATUM, lang: "nl" })));
    expect(await screen.findByText('Blad "Sociale bijdrage" bijgewerkt (2025-03).')).toBeInTheDocument();
  });
});
