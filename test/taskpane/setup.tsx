/* Shared by the taskpane component tests: jsdom polyfills Fluent UI needs, and a fake TaskpaneActions. */
import "@testing-library/jest-dom";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import type { ReactElement } from "react";
import {
  buildCheckReport,
  CellValue,
  columnUseOfGrid,
  dayFromYmd,
  ok,
  Policy,
  SupplierRow,
  tableFromGrid,
  wonenLimburgPolicy,
} from "../../src/core";
import type { CheckOptions, CheckSummary, SheetInfo, TaskpaneActions } from "../../src/taskpane/actions";
import { App } from "../../src/taskpane/App";

if (!window.matchMedia) {
  window.matchMedia = (query: string) =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => undefined,
      removeListener: () => undefined,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      dispatchEvent: () => false,
    }) as MediaQueryList;
}
if (!("ResizeObserver" in window)) {
  (window as unknown as { ResizeObserver: unknown }).ResizeObserver = class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
}

export const PEILDATUM = dayFromYmd(2025, 3, 1);

export const sheetInfo: SheetInfo = {
  sheetName: "Leveranciers 2025",
  headerRow: 3,
  headers: ["Leverancier", "KvK-nummer", "Opdrachtsom per jaar", "PSO-trede", "Geldig tot", "Opmerking"],
  firstColumn: 1,
  mapping: { supplier: 0, kvk: 1, spend: 2, level: 3, validUntil: 4 },
  dataRowCount: 5,
  notices: [{ nl: "Het blad is gefilterd; verborgen rijen worden ook gecontroleerd.", en: "The sheet is filtered; hidden rows are checked too." }],
};

export const XSS_NAME = "<img src=x onerror=alert(1)>";

/** Supplier rows as the adapter would read them, run through the real core so the figures are the core's. */
export const rows: SupplierRow[] = [
  { row: 4, supplier: "Schoonmaakbedrijf Jansen", spend: 250_000, level: "Trede 2", validUntil: "31-12-2026", contribution: "15,5%" },
  { row: 5, supplier: "Bouwbedrijf De Vries", spend: "€ 400.000", level: "Trede 1", validUntil: "1-6-2026" },
  { row: 6, supplier: "Kantoorartikelen BV", spend: 20_000, level: "geen" },
  { row: 7, supplier: XSS_NAME, spend: 180_000, level: "Trede 3", validUntil: "1-1-2024" },
  { row: 8, supplier: "Groenvoorziening Limburg", spend: 160_000, level: "PSO-2", validUntil: "15-4-2025" },
];

const FIELDS_SHOWN = ["supplier", "spend", "level", "validUntil", "contribution"] as const;

/** The rows above as a sheet (header on row 3), checked by the real core report, as the adapter would. */
export function summaryFor(policy: Policy = wonenLimburgPolicy, peil = PEILDATUM, lang: "nl" | "en" = "nl"): CheckSummary {
  const grid: CellValue[][] = [[], [], ["Leverancier", "Opdrachtsom per jaar", "PSO-trede", "Geldig tot", "Sociale bijdrage"]];
  for (const r of rows) grid[r.row - 1] = FIELDS_SHOWN.map((f) => r[f] ?? null);
  const table = tableFromGrid(grid)!;
  const report = buildCheckReport(table, columnUseOfGrid(grid), { policy, peildatum: peil, lang })!;
  return { peildatum: peil, counts: report.kpis.perStatus, kpis: report.kpis, findings: report.findings, failing: report.attention, report };
}

export type FakeActions = { [K in keyof Required<TaskpaneActions>]: jest.Mock };

/** Every action answers like a healthy workbook; a test overrides the one it is about. */
export function fakeActions(overrides: Partial<FakeActions> = {}, withSocial = false): TaskpaneActions & FakeActions {
  const actions: Partial<FakeActions> = {
    detect: jest.fn(async () => ok(sheetInfo)),
    check: jest.fn(async (o: CheckOptions) => ok(summaryFor(o.policy, o.peildatum, o.lang))),
    clear: jest.fn(async () => ok(undefined)),
    selectRow: jest.fn(async () => undefined),
    loadPolicy: jest.fn(async () => ok({ policy: wonenLimburgPolicy, source: "preset" as const })),
    savePolicy: jest.fn(async () => ok(undefined)),
    resetPolicy: jest.fn(async () => ok({ policy: wonenLimburgPolicy, source: "preset" as const })),
    saveMapping: jest.fn(async () => undefined),
    ...(withSocial ? { refreshSocialSheet: jest.fn(async () => ok({ month: "2025-03" })) } : {}),
    ...overrides,
  };
  return actions as TaskpaneActions & FakeActions;
}

export function renderUi(ui: ReactElement) {
  return render(<FluentProvider theme={webLightTheme}>{ui}</FluentProvider>);
}

/** The pane on PEILDATUM with these actions, Controleer pressed once it is enabled, the result shown. */
export async function renderChecked<A extends TaskpaneActions>(actions: A): Promise<A> {
  renderUi(<App actions={actions} lang="nl" today={PEILDATUM} />);
  const button = await screen.findByRole("button", { name: "Controleer" });
  await waitFor(() => expect(button).toBeEnabled());
  fireEvent.click(button);
  await screen.findByRole("heading", { name: "Resultaat" });
  return actions;
}
