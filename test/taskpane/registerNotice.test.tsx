/** @jest-environment jsdom */
/*
 * Issue 17 in the pane: after a check against a PSO-register sheet the result says which register counted and which
 * of its rows could not be read, in the pane's language; without a register nothing about one is said.
 */
import { fireEvent, screen, waitFor } from "@testing-library/react";
import { buildCheckReport, CellValue, columnUseOfGrid, Lang, ok, registerFromGrid, tableFromGrid, wonenLimburgPolicy } from "../../src/core";
import { registerProblemNotices } from "../../src/excel/registerSheet";
import type { CheckSummary } from "../../src/taskpane/actions";
import { App } from "../../src/taskpane/App";
import { fakeActions, PEILDATUM, renderUi } from "./setup";

const LIST: CellValue[][] = [
  ["Leverancier", "KvK-nummer", "Opdrachtsom per jaar", "PSO-trede", "Geldig tot"],
  ["Schilderwerken Venlo", "14078901", 275_000, "Trede 2", "31-8-2027"],
  ["Bouw BV", "14012345", 300_000, "Trede 2", "31-12-2027"],
];
const REGISTER: CellValue[][] = [
  ["Organisatie", "KvK-nummer", "Trede", "Geldig tot"],
  ["Schilderwerken Venlo", "14078901", "Trede 1", "31-3-2027"],
  ["Onbekend BV", "12345678", "Trede 9", "1-1-2027"],
];

function summary(lang: Lang, withRegister: boolean): CheckSummary {
  const read = registerFromGrid(REGISTER, '"PSO-register"');
  if (!read.ok) throw new Error(read.message.nl);
  const register = withRegister ? read.value.register : undefined;
  const report = buildCheckReport(tableFromGrid(LIST)!, columnUseOfGrid(LIST), { policy: wonenLimburgPolicy, peildatum: PEILDATUM, lang, register })!;
  // As the adapter does: the register rows it could not read join the report's notices.
  if (withRegister) report.notices.push(...registerProblemNotices(read.value));
  return { peildatum: PEILDATUM, counts: report.kpis.perStatus, kpis: report.kpis, findings: report.findings, failing: report.attention, report };
}

async function check(lang: Lang, withRegister: boolean): Promise<void> {
  renderUi(<App actions={fakeActions({ check: jest.fn(async () => ok(summary(lang, withRegister))) })} lang={lang} today={PEILDATUM} />);
  const button = await screen.findByRole("button", { name: lang === "nl" ? "Controleer" : "Check" });
  await waitFor(() => expect(button).toBeEnabled());
  fireEvent.click(button);
  await screen.findByRole("heading", { name: lang === "nl" ? "Resultaat" : "Result" });
}

test("the result names the register that counted and the register row that could not be read", async () => {
  await check("nl", true);
  expect(screen.getByText(/^Gecontroleerd tegen het PSO-register "PSO-register" \(1 registerrij\): 1 leverancier gevonden/)).toBeInTheDocument();
  expect(screen.getByText(/PSO-register "PSO-register", rij 3, kolom "Trede" \(C\): onbekende PSO-trede "Trede 9"/)).toBeInTheDocument();
});

test("in English too", async () => {
  await check("en", true);
  expect(screen.getByText(/^Checked against the PSO register "PSO-register"/)).toBeInTheDocument();
});

test("without a register the result says nothing about one", async () => {
  await check("nl", false);
  expect(screen.queryByText(/PSO-register/)).toBeNull();
});
