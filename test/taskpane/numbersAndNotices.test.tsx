/** @jest-environment jsdom */
/*
 * Issue 16 items 3 and 4 in the component: the numbers in the pane add up (rows read, suppliers counted, rows not
 * counted with a way to them), shares say over what they are taken, an unknown KPI says so, and a new message takes
 * the focus wherever the user was.
 */
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { buildCheckReport, CellValue, columnUseOfGrid, fail, ok, tableFromGrid, wonenLimburgPolicy } from "../../src/core";
import type { CheckSummary } from "../../src/taskpane/actions";
import { App } from "../../src/taskpane/App";
import { fakeActions, PEILDATUM, renderChecked, renderUi } from "./setup";

/** A list without a social-contribution column: two good rows, one certified, and two rows that cannot be read. */
function summaryWithErrors(): CheckSummary {
  const grid: CellValue[][] = [
    ["Leverancier", "Opdrachtsom per jaar", "PSO-trede", "Geldig tot"],
    ["Bouw BV", 300_000, "Trede 2", "31-12-2026"],
    ["Schoonmaak BV", "veel", "Trede 2", "31-12-2026"],
    ["Groen BV", 200_000, "geen", null],
    ["Dak BV", 250_000, "trde 2", "31-12-2026"],
  ];
  const report = buildCheckReport(tableFromGrid(grid)!, columnUseOfGrid(grid), { policy: wonenLimburgPolicy, peildatum: PEILDATUM, lang: "nl" })!;
  return { peildatum: PEILDATUM, counts: report.kpis.perStatus, kpis: report.kpis, findings: report.findings, failing: report.attention, report };
}

const checkedWith = (summary: CheckSummary) => renderChecked(fakeActions({ check: jest.fn(async () => ok(summary)) }));

const kpi = (label: string) => {
  const cell = within(screen.getByRole("table", { name: "Kerncijfers" })).getByRole("rowheader", { name: label }).closest("tr")!.querySelector("td")!.cloneNode(true) as HTMLElement;
  cell.querySelector(".pso-target")?.remove();
  return cell.textContent;
};

test("one line explains how the rows read become the suppliers counted, and its button shows the rows left out", async () => {
  const actions = await checkedWith(summaryWithErrors());
  expect(screen.getByTestId("counts-line")).toHaveTextContent(
    "Van de 4 gegevensrijen tellen 2 leveranciers mee; 2 rijen konden niet worden gelezen (Fout) en tellen niet mee.",
  );
  expect(kpi("Leveranciers")).toBe("2");
  expect(kpi("Rijen met fouten (niet meegeteld)")).toBe("2");
  // All points of attention first: the non-compliant Groen BV among them.
  expect(within(screen.getByRole("list", { name: /Aandachtspunten/ })).getAllByRole("button")).toHaveLength(3);

  fireEvent.click(screen.getByRole("button", { name: "Toon deze 2 rijen" }));
  const shown = within(screen.getByRole("list", { name: /Aandachtspunten/ })).getAllByRole("button");
  expect(shown.map((b) => b.textContent?.slice(0, 5))).toEqual(["Rij 3", "Rij 5"]);
  expect(document.activeElement).toBe(screen.getByRole("heading", { name: /Aandachtspunten/ }));
  fireEvent.click(shown[1]);
  expect(actions.selectRow).toHaveBeenCalledWith(5);

  fireEvent.click(screen.getByRole("button", { name: "Toon alle aandachtspunten" }));
  expect(within(screen.getByRole("list", { name: /Aandachtspunten/ })).getAllByRole("button")).toHaveLength(3);
});

test("shares say over what they are taken; the PSO contribution without any known contribution is 'onbekend'", async () => {
  await checkedWith(summaryWithErrors());
  expect(kpi("Met geldig PSO-certificaat (van de leveranciers binnen scope)")).toBe("1 (50,0%)doel 50%");
  expect(kpi("Uitgaven bij trede 2 of hoger")).toMatch(/van de inkoopwaarde van de beoordeelde leveranciers; doel 75%$/);
  expect(kpi("PSO-bijdrage (uitgaven x sociale bijdrage)")).toMatch(/^onbekend(geen kolom met de sociale bijdrage|bij geen van de \d+ gecertificeerde leveranciers)/);
  expect(screen.queryByText(/€ 0,00/)).not.toBeInTheDocument();
});

test("every row read counts: the line says so and offers no button", async () => {
  renderUi(<App actions={fakeActions()} lang="en" today={PEILDATUM} />);
  const button = await screen.findByRole("button", { name: "Check" });
  await waitFor(() => expect(button).toBeEnabled());
  fireEvent.click(button);
  await screen.findByRole("heading", { name: "Result" });
  expect(screen.getByTestId("counts-line")).toHaveTextContent("All 5 data rows count as suppliers.");
  expect(screen.queryByRole("button", { name: /Show th/ })).not.toBeInTheDocument();
});

test("a new message takes the focus and is announced: errors as alert, 'bijgewerkt' as status", async () => {
  const actions = fakeActions({ check: jest.fn(async () => fail({ nl: "Het blad is beveiligd.", en: "The sheet is protected." })) }, true);
  renderUi(<App actions={actions} lang="nl" today={PEILDATUM} />);
  const button = await screen.findByRole("button", { name: "Controleer" });
  await waitFor(() => expect(button).toBeEnabled());
  button.focus();
  fireEvent.click(button);
  const alert = await screen.findByRole("alert");
  expect(alert).toHaveTextContent("Het blad is beveiligd.");
  await waitFor(() => expect(document.activeElement).toBe(alert));
  expect(alert).toHaveAttribute("tabindex", "-1");

  fireEvent.click(screen.getByRole("button", { name: "Vernieuw sociale bijdrage" }));
  const status = await screen.findByText('Blad "Sociale bijdrage" bijgewerkt (2025-03).');
  const bar = status.closest("[role=status]");
  expect(bar).toHaveAttribute("aria-live", "polite");
  await waitFor(() => expect(document.activeElement).toBe(bar));
});
