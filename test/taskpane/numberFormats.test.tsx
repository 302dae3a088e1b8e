/** @jest-environment jsdom */
import { fireEvent, screen, waitFor } from "@testing-library/react";
import { App } from "../../src/taskpane/App";
import { strings } from "../../src/taskpane/strings";
import { fakeActions, PEILDATUM, renderUi } from "./setup";

/** Runs a check and gives the text of one key-figure row. */
async function checked(lang: "nl" | "en"): Promise<(label: string) => string> {
  renderUi(<App actions={fakeActions()} lang={lang} today={PEILDATUM} />);
  const button = await screen.findByRole("button", { name: strings[lang].check });
  await waitFor(() => expect(button).toBeEnabled());
  fireEvent.click(button);
  await screen.findByRole("heading", { name: strings[lang].summaryHeading });
  return (label) => screen.getByRole("rowheader", { name: label }).closest("tr")?.textContent ?? "";
}

describe("the taskpane's key figures are written the way the reader's language writes numbers", () => {
  it("English: €1,234.00 and 12.5%", async () => {
    const row = await checked("en");
    expect(row("Total spend")).toMatch(/€\d{1,3}(,\d{3})*\.\d{2}/);
    expect(row("With a valid PSO certificate (of the suppliers in scope)")).toMatch(/\(\d+\.\d%\)/);
  });

  it("Dutch: € 1.234,00 and 12,5%", async () => {
    const row = await checked("nl");
    expect(row("Uitgaven totaal")).toMatch(/€ \d{1,3}(\.\d{3})*,\d{2}/);
    expect(row("Met geldig PSO-certificaat (van de leveranciers binnen scope)")).toMatch(/\(\d+,\d%\)/);
  });
});
