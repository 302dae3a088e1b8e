/** @jest-environment jsdom */
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { App } from "../../src/taskpane/App";
import { ok } from "../../src/core";
import { fakeActions, PEILDATUM, renderChecked, renderUi, sheetInfo } from "./setup";

/*
 * Issue 25 item 1: the answer first. After Controleer a result card sits at the top, scrolled into view and focused;
 * its status chips filter the attention list; the KPIs say at a glance whether the target is met; "nog N te gaan";
 * the setup folds to one line with a button to change it; Brieven and Sociale bijdrage follow as next steps.
 */
const chips = () => within(screen.getByRole("group", { name: "Toon per status" }));
const chip = (label: string) => chips().getByRole("button", { name: new RegExp(`^${label}\\s*\\d`) });
const listed = () => within(screen.getByRole("list", { name: /^Aandachtspunten/ })).getAllByRole("button").map((b) => b.textContent?.slice(0, 5));

describe("the result card", () => {
  let scrolled: Element[];
  beforeEach(() => {
    scrolled = [];
    Element.prototype.scrollIntoView = function (this: Element) {
      scrolled.push(this);
    };
  });

  it("comes before the setup, is scrolled into view and takes the focus after Controleer", async () => {
    await renderChecked(fakeActions());
    const heading = screen.getByRole("heading", { name: "Resultaat" });
    await waitFor(() => expect(heading).toHaveFocus());
    expect(scrolled).toContain(screen.getByTestId("result-card"));
    // Nothing of the setup sits above it: the sheet panel and the column dropdowns are folded into one line.
    expect(screen.queryByRole("heading", { name: "Leverancierslijst" })).not.toBeInTheDocument();
    expect(screen.getByText(/^Blad "Leveranciers 2025" · 5 kolommen · peildatum 1-3-2025 · Wonen Limburg/)).toBeInTheDocument();
  });

  it("its status chips filter the attention list, any status included; a second click shows all again", async () => {
    await renderChecked(fakeActions());
    expect(listed()).toEqual(["Rij 5", "Rij 7", "Rij 8"]);
    fireEvent.click(chip("Let op"));
    expect(chip("Let op")).toHaveAttribute("aria-pressed", "true");
    expect(listed()).toEqual(["Rij 8"]);
    fireEvent.click(chip("Voldoet"));
    expect(listed()).toEqual(["Rij 4"]);
    expect(screen.getByText("Alleen Voldoet (1).")).toBeInTheDocument();
    fireEvent.click(chip("Voldoet"));
    expect(listed()).toEqual(["Rij 5", "Rij 7", "Rij 8"]);
  });

  it("says per KPI whether its target is met, and how many suppliers are still to go", async () => {
    await renderChecked(fakeActions());
    const row = (key: string) => document.querySelector(`tr[data-kpi=${key}]`) as HTMLElement;
    // 3 of 5 certified (60%) against 50%; 40,6% of spend at trede 2 or higher against 75%.
    expect(within(row("certified")).getByText("doel gehaald")).toBeInTheDocument();
    expect(within(row("spendHigh")).getByText("doel niet gehaald")).toBeInTheDocument();
    expect(screen.getByTestId("still-to-go")).toHaveTextContent(/^Nog \d+ te gaan: van de 4 leveranciers binnen scope/);
  });

  it("Wijzigen opens the setup under the card; Brieven and Sociale bijdrage are next steps below the result", async () => {
    await renderChecked(fakeActions({}, true));
    fireEvent.click(screen.getByRole("button", { name: "Wijzigen" }));
    expect(screen.getByRole("combobox", { name: /Opdrachtsom per jaar/ })).toBeInTheDocument();
    const next = screen.getByRole("heading", { name: "Volgende stappen" });
    const result = screen.getByRole("heading", { name: "Resultaat" });
    expect(result.compareDocumentPosition(next) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(within(next.closest("section")!).getByRole("button", { name: "Vernieuw sociale bijdrage" })).toBeInTheDocument();
  });
});

describe("quiet notices (issue 25 item 3)", () => {
  it("the table's rows are one neutral line; only what the user must act on is a warning", async () => {
    const info = {
      ...sheetInfo,
      notices: [
        Object.assign({ nl: "Rij 6 is een subtotaal: niet gecontroleerd.", en: "Row 6 is a subtotal." }, { code: "core.table.subtotalRows" }),
        Object.assign({ nl: "Er zijn verborgen of weggefilterde rijen.", en: "Some rows are hidden." }, { code: "excel.notices.hiddenRows" }),
        Object.assign({ nl: "Alleen rij 4 t/m 9 hoort bij de tabel.", en: "Only rows 4 to 9." }, { code: "core.report.tableEnds" }),
        Object.assign({ nl: 'Kolom G "Certificaat" is niet gekoppeld als PSO-trede.', en: "Column G is not linked." }, { code: "core.columns.notLinked" }),
      ],
      rows: { first: 4, last: 9, subtotals: [6], end: 11, hidden: true },
    };
    renderUi(<App actions={fakeActions({ detect: jest.fn(async () => ok(info)) })} lang="nl" today={PEILDATUM} />);
    expect(await screen.findByTestId("table-rows")).toHaveTextContent(
      "Tabel rij 4 t/m 9; subtotaal rij 6 overgeslagen; totaal of volgende tabel vanaf rij 11 overgeslagen; verborgen rijen worden ook gecontroleerd",
    );
    const warnings = document.querySelectorAll(".fui-MessageBar");
    expect([...warnings].map((w) => w.textContent)).toEqual(['Kolom G "Certificaat" is niet gekoppeld als PSO-trede.']);
  });
});

describe("the column panel (issue 25 item 2)", () => {
  it("shows sample values beside each link, dates as d-m-yyyy, and marks the required fields", async () => {
    const info = {
      ...sheetInfo,
      mapping: {},
      samples: [["Alfa BV", "Beta BV"], ["123"], [250000, 400000], ["Trede 2", "geen"], [46203, 46568], []],
    };
    renderUi(<App actions={fakeActions({ detect: jest.fn(async () => ok({ ...info, mapping: { supplier: 0, spend: 2, level: 3, validUntil: 4 } })) })} lang="nl" today={PEILDATUM} />);
    await screen.findByRole("heading", { name: "Leverancierslijst" });
    fireEvent.click(screen.getByText("Kolommen"));
    expect(screen.getByText("bijv. € 250.000,00 · € 400.000,00")).toBeInTheDocument();
    expect(screen.getByText("bijv. Trede 2 · geen")).toBeInTheDocument();
    expect(screen.getByText("bijv. 30-6-2026 · 30-6-2027")).toBeInTheDocument();
    expect(screen.getByRole("combobox", { name: /PSO-trede/ })).toBeRequired();
    expect(screen.getByRole("combobox", { name: /Opdrachtsom per jaar/ })).toBeRequired();
    expect(screen.getByRole("combobox", { name: /^Categorie/ })).not.toBeRequired();
  });
});
