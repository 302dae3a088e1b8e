/** @jest-environment jsdom */
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { App } from "../../src/taskpane/App";
import { ok, Policy, wonenLimburgPolicy } from "../../src/core";
import { fakeActions, PEILDATUM, renderUi } from "./setup";

/*
 * Issue 25 item 4: "Standaardbeleid herstellen" deleted the PSO-beleid sheet at once; a changed policy looked like the
 * preset; with two invalid fields only the first was reported; the form was one long page.
 */
async function openEditor(actions = fakeActions()) {
  renderUi(<App actions={actions} lang="nl" today={PEILDATUM} />);
  const button = await screen.findByRole("button", { name: "Beleid" });
  await waitFor(() => expect(button).toBeEnabled());
  fireEvent.click(button);
  await screen.findByRole("heading", { name: "Beleid aanpassen" });
  return actions;
}

const input = (label: string) => screen.getByLabelText(label) as HTMLInputElement;
const type = (label: string, value: string) => fireEvent.change(input(label), { target: { value } });
const changed: Policy = { ...wonenLimburgPolicy, scope: { minAnnualSpend: 1_000_000 } };

describe("policy editor safety", () => {
  it("reset asks first: Annuleren keeps the policy, Herstellen resets it", async () => {
    const actions = await openEditor(fakeActions({ loadPolicy: jest.fn(async () => ok({ policy: changed, source: "sheet" as const })) }));
    fireEvent.click(screen.getByRole("button", { name: "Standaardbeleid herstellen" }));
    const dialog = await screen.findByRole("dialog");
    expect(dialog).toHaveTextContent("Standaardbeleid herstellen?");
    expect(dialog).toHaveTextContent("Het blad PSO-beleid wordt verwijderd");
    expect(actions.resetPolicy).not.toHaveBeenCalled();
    fireEvent.click(within(dialog).getByRole("button", { name: "Annuleren" }));
    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
    expect(actions.resetPolicy).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole("button", { name: "Standaardbeleid herstellen" }));
    fireEvent.click(await screen.findByRole("button", { name: "Herstellen" }));
    await waitFor(() => expect(actions.resetPolicy).toHaveBeenCalledTimes(1));
  });

  it("every invalid field is reported at once, each beside its field", async () => {
    const actions = await openEditor();
    type("Waarschuwen als het certificaat verloopt binnen (dagen)", "negentig");
    type("Drempel opdrachtsom per jaar (€)", "veel");
    fireEvent.click(screen.getByRole("button", { name: "Opslaan" }));
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("2 velden zijn niet goed ingevuld");
    expect(alert).toHaveTextContent('"negentig" is geen getal van 0 of meer');
    expect(alert).toHaveTextContent('"veel" is geen bedrag');
    for (const label of ["Waarschuwen als het certificaat verloopt binnen (dagen)", "Drempel opdrachtsom per jaar (€)"]) {
      const field = input(label);
      expect(field).toHaveAttribute("aria-invalid", "true");
      const described = (field.getAttribute("aria-describedby") ?? "").split(" ").map((id) => document.getElementById(id)?.textContent ?? "");
      expect(described.join(" ")).toMatch(/is geen (getal|bedrag)/);
    }
    expect(actions.savePolicy).not.toHaveBeenCalled();
  });

  it("a changed policy is marked aangepast, with what differs from the preset, in the editor and on the pane's policy line", async () => {
    await openEditor(fakeActions({ loadPolicy: jest.fn(async () => ok({ policy: changed, source: "sheet" as const })) }));
    expect(screen.getByTestId("policy-changes")).toHaveTextContent("Aangepast ten opzichte van Wonen Limburg (whitepaper)");
    expect(screen.getByTestId("policy-changes")).toHaveTextContent("Drempel opdrachtsom per jaar (€): € 1.000.000,00 (standaard € 150.000,00)");
    fireEvent.click(screen.getByRole("button", { name: "Annuleren" }));
    expect(await screen.findByText(/Wonen Limburg \(whitepaper\) \(aangepast: 1 instelling\)/)).toBeInTheDocument();
  });

  it("the preset itself is not marked", async () => {
    await openEditor();
    expect(screen.queryByTestId("policy-changes")).not.toBeInTheDocument();
  });

  it("the groups are folded, each with a one-line summary of its values", async () => {
    await openEditor();
    const groups = document.querySelectorAll("details.pso-editor-group");
    expect(groups.length).toBeGreaterThanOrEqual(5);
    for (const g of groups) expect(g).not.toHaveAttribute("open");
    const scope = document.querySelector("details[data-section=scope] summary")!;
    expect(scope).toHaveTextContent("Drempel opdrachtsom per jaar (€): € 150.000,00");
  });
});
