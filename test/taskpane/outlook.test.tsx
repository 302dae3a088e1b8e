/** @jest-environment jsdom */
import "./textCodec";
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { readFileSync } from "fs";
import path from "path";
import { dayFromYmd, Lang, Outlook, OutlookKind, wonenLimburgPolicy } from "../../src/core";
import { CheckJson } from "../../src/cli/checkReport";
import { outlookJson } from "../../src/cli/outlookText";
import { createTaskpaneActions } from "../../src/excel/taskpaneActions";
import { createWorkbook, InputCell } from "../../src/excel-standin";
import { App } from "../../src/taskpane/App";
import { OutlookSummary } from "../../src/taskpane/components/OutlookSummary";
import { WorkbenchStore } from "../../src/workbench/store";
import { bookFromXlsx } from "../../src/workbench/xlsx";
import { runCli } from "../support/cli";
import { renderUi } from "./setup";

/*
 * Issue 24.2: the result card's "komende maanden". The pane paints the outlook of the one check report: the add-in's
 * check (here on the workbench's path, the example read into the stand-in) hands over the same outlook as
 * `check --json`, and the card shows its first months at stake, the main reason and the contracts that end.
 */
const EXAMPLE = path.join(__dirname, "..", "..", "examples", "leveranciers-vooruitblik.xlsx");
const PEIL = dayFromYmd(2026, 12, 31);

async function exampleActions() {
  const bytes = readFileSync(EXAMPLE);
  const original = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  const store = new WorkbenchStore({ book: await bookFromXlsx(original.slice(0)), fileName: "leveranciers-vooruitblik.xlsx", original, version: 0, generation: 0 });
  return createTaskpaneActions(store.run);
}

const LABELS: Record<Lang, { check: string; result: string }> = { nl: { check: "Controleer", result: "Resultaat" }, en: { check: "Check", result: "Result" } };

/** The pane on the peildatum, Controleer pressed, the outlook summary's lines. */
async function outlookShown(actions: ReturnType<typeof createTaskpaneActions>, lang: Lang) {
  renderUi(<App actions={actions} lang={lang} today={PEIL} />);
  const button = await screen.findByRole("button", { name: LABELS[lang].check });
  await waitFor(() => expect(button).toBeEnabled());
  fireEvent.click(button);
  await screen.findByRole("heading", { name: LABELS[lang].result });
  const box = within(await screen.findByTestId("outlook-summary"));
  return {
    heading: box.getByRole("heading").textContent,
    months: box.queryAllByRole("listitem").map((li) => li.textContent),
    lines: box.getAllByRole("paragraph").map((p) => p.textContent),
  };
}

describe("the pane's komende maanden (issue 24.2)", () => {
  test("the add-in's check hands the pane the outlook check --json gives for the same list", async () => {
    const actions = await exampleActions();
    const info = await actions.detect();
    if (!info.ok) throw new Error(info.message.nl);
    const summary = await actions.check({ mapping: info.value.mapping, peildatum: PEIL, policy: wonenLimburgPolicy, lang: "nl" });
    if (!summary.ok) throw new Error(summary.message.nl);
    const cli = JSON.parse((await runCli(["check", EXAMPLE, "--peildatum", "31-12-2026", "--json"])).stdout) as CheckJson;
    expect(outlookJson(summary.value.outlook!)).toEqual(cli.outlook);
  });

  test("in Dutch: the first three months at stake with amount, suppliers and main reason; the contracts that end", async () => {
    const shown = await outlookShown(await exampleActions(), "nl");
    expect(shown.heading).toBe("Komende maanden");
    expect(shown.months).toEqual([
      "jan 2027: € 380.000,00 op het spel bij 1 leverancier; vooral: certificaat verloopt",
      // De Glans's certificate carries more of the spend than Dakdekkers Boven's growth step.
      "mrt 2027: € 670.000,00 op het spel bij 2 leveranciers; vooral: certificaat verloopt",
      // Keukenspecialist Roerstreek is due a growth step and reaches two years as Aspirant the same day: counted once.
      "jun 2027: € 710.000,00 op het spel bij 2 leveranciers; vooral: groeipadstap valt",
    ]);
    expect(shown.lines).toEqual([
      "Daarna nog 2 maanden met leveranciers op het spel.",
      "6 contracten lopen af in de komende 12 maanden; eerst Liftonderhoud Limburg op 28-2-2027.",
    ]);
  });

  test("in English, the same figures", async () => {
    const shown = await outlookShown(await exampleActions(), "en");
    expect(shown.heading).toBe("Coming months");
    expect(shown.months[0]).toBe("Jan 2027: €380,000.00 at stake with 1 supplier; mainly: certificate expires");
    expect(shown.lines[1]).toBe("6 contracts end in the coming 12 months; first Liftonderhoud Limburg on 28 February 2027.");
  });

  test("without an end-date column the contracts that end are unknown, not none", async () => {
    const rows: InputCell[][] = [
      ["Leverancier", "Opdrachtsom per jaar", "PSO-trede", "Geldig tot"],
      ["Bouw BV", 250000, "Trede 2", "31-1-2027"],
      ["Schoon NV", 300000, "Trede 2", "20-3-2027"],
    ];
    const book = createWorkbook({ Leveranciers: rows });
    book.setActive("Leveranciers");
    const shown = await outlookShown(createTaskpaneActions(book.run), "nl");
    expect(shown.months).toEqual([
      "jan 2027: € 250.000,00 op het spel bij 1 leverancier; vooral: certificaat verloopt",
      "mrt 2027: € 300.000,00 op het spel bij 1 leverancier; vooral: certificaat verloopt",
    ]);
    expect(shown.lines).toEqual(["Aflopende contracten: onbekend (geen kolom met de einddatum van het contract gekoppeld)."]);
  });

  test("a month whose suppliers at stake have no known spend says onbekend, never € 0", () => {
    const item = (row: number, spend: number | null, kind: OutlookKind = "certificateExpires") => ({ row, supplier: `Leverancier ${row}`, kind, date: dayFromYmd(2027, 1, 15), spend, status: "warning" as const });
    const outlook: Outlook = {
      months: [
        { month: "2027-01", year: 2027, monthOfYear: 1, spendAtRisk: 0, suppliersAtRisk: 1, spendUnknown: 1, items: [item(4, null)] },
        { month: "2027-02", year: 2027, monthOfYear: 2, spendAtRisk: 100_000, suppliersAtRisk: 2, spendUnknown: 1, items: [item(5, 100_000, "growthStep"), item(6, null)] },
      ],
    };
    renderUi(<OutlookSummary outlook={outlook} endDateLinked lang="nl" />);
    expect(screen.getAllByRole("listitem").map((li) => li.textContent)).toEqual([
      "jan 2027: 1 leverancier op het spel, opdrachtsom onbekend; vooral: certificaat verloopt",
      "feb 2027: € 100.000,00 op het spel bij 2 leveranciers; opdrachtsom van 1 leverancier onbekend; vooral: groeipadstap valt",
    ]);
    expect(screen.getByTestId("outlook-contracts")).toHaveTextContent("Geen contract loopt af in de komende 2 maanden.");
  });
});
