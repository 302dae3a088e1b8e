/** @jest-environment jsdom */
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { App } from "../../src/taskpane/App";
import { fail, ok } from "../../src/core";
import { fakeActions, PEILDATUM, renderUi, sheetInfo } from "./setup";

describe("taskpane: detected table and column mapping", () => {
  it("shows the detected sheet, header row, row count and notices", async () => {
    renderUi(<App actions={fakeActions()} lang="nl" today={PEILDATUM} />);
    expect(await screen.findByText('Blad "Leveranciers 2025", kopregel op rij 3')).toBeInTheDocument();
    expect(screen.getByText("5 leveranciers (gegevensrijen)")).toBeInTheDocument();
    expect(screen.getByText("Het blad is gefilterd; verborgen rijen worden ook gecontroleerd.")).toBeInTheDocument();
  });

  it("shows the mapping with the sheet's headers and column letters, unmapped fields as not used", async () => {
    renderUi(<App actions={fakeActions()} lang="nl" today={PEILDATUM} />);
    const spend = await screen.findByRole("combobox", { name: "Opdrachtsom per jaar" });
    // firstColumn is 1, so the third header sits in column D
    expect(spend).toHaveTextContent("Opdrachtsom per jaar (kolom D)");
    expect(screen.getByRole("combobox", { name: "Categorie" })).toHaveTextContent("(niet gebruikt)");
  });

  it("changing a dropdown saves the new mapping", async () => {
    const actions = fakeActions();
    renderUi(<App actions={actions} lang="nl" today={PEILDATUM} />);
    const category = await screen.findByRole("combobox", { name: "Categorie" });
    fireEvent.click(category);
    const listbox = await screen.findByRole("listbox");
    fireEvent.click(within(listbox).getByRole("option", { name: "Opmerking (kolom G)" }));
    await waitFor(() => expect(actions.saveMapping).toHaveBeenCalledTimes(1));
    expect(actions.saveMapping).toHaveBeenCalledWith({ supplier: 0, kvk: 1, spend: 2, level: 3, validUntil: 4, category: 5 });
    expect(screen.getByRole("combobox", { name: "Categorie" })).toHaveTextContent("Opmerking (kolom G)");
  });

  it("choosing (niet gebruikt) removes the field from the mapping", async () => {
    const actions = fakeActions();
    renderUi(<App actions={actions} lang="nl" today={PEILDATUM} />);
    fireEvent.click(await screen.findByRole("combobox", { name: "KvK-nummer" }));
    fireEvent.click(within(await screen.findByRole("listbox")).getByRole("option", { name: "(niet gebruikt)" }));
    await waitFor(() => expect(actions.saveMapping).toHaveBeenCalledWith({ supplier: 0, spend: 2, level: 3, validUntil: 4 }));
  });

  it("a failed detection shows the adapter's Dutch message and disables Controleer", async () => {
    const actions = fakeActions({
      detect: jest.fn(async () => fail({ nl: "Geen leverancierslijst gevonden op dit blad.", en: "No supplier list found on this sheet." })),
    });
    renderUi(<App actions={actions} lang="nl" today={PEILDATUM} />);
    expect(await screen.findByText("Geen leverancierslijst gevonden op dit blad.")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Controleer" })).toBeDisabled();
  });
});

describe("taskpane: mapping fold", () => {
  it("keeps a complete mapping folded and opens it when spend or level is missing", async () => {
    const { unmount } = renderUi(<App actions={fakeActions()} lang="nl" today={PEILDATUM} />);
    const summary = await screen.findByText("(5 van 16 gekoppeld)");
    expect(summary.closest("details")).not.toHaveAttribute("open");
    unmount();
    const partial = { ...sheetInfo, mapping: { supplier: 0, spend: 2 } };
    renderUi(<App actions={fakeActions({ detect: jest.fn(async () => ok(partial)) })} lang="nl" today={PEILDATUM} />);
    expect((await screen.findByText("(2 van 16 gekoppeld)")).closest("details")).toHaveAttribute("open");
  });
});
