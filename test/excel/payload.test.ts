import { dayFromYmd, wonenLimburgPolicy } from "../../src/core";
import { createWorkbook, DEFAULT_PAYLOAD_LIMIT, SyncRecord } from "../../src/excel-standin";
import { DEFAULT_PAYLOAD_BUDGET } from "../../src/excel/run";
import { createTaskpaneActions } from "../../src/excel/taskpaneActions";
import { HEADER, supplierRows } from "./fixtures";

// The limit and the adapter's budget are parameters: a tenth of each with a tenth of the rows makes the same chunks as
// 100,000 rows at Excel's real 5 MB (test/excel/scale.test.ts keeps one check at the real size, integration tier).
const ROWS = 10_000;
const LIMIT = DEFAULT_PAYLOAD_LIMIT / 10;
const BUDGET = DEFAULT_PAYLOAD_BUDGET / 10;
const opts = { peildatum: dayFromYmd(2025, 1, 1), policy: wonenLimburgPolicy, lang: "nl" as const };

/** Runs an action and returns the syncs it made, refused ones included: Excel on the web refuses them too. */
async function syncsOf<T>(book: ReturnType<typeof createWorkbook>, action: () => Promise<T>): Promise<{ value: T; syncs: SyncRecord[] }> {
  const from = book.log.count;
  const value = await action();
  return { value, syncs: book.log.syncs.slice(from) };
}

const largest = (syncs: SyncRecord[]) => Math.max(...syncs.map((s) => Math.max(s.requestBytes, s.responseBytes)));

describe("Excel on the web's request/response limit (a tenth of 5 MB) at 10,000 supplier rows", () => {
  test("Vernieuw sociale bijdrage writes and rewrites the report with every request and response under the limit", async () => {
    const book = createWorkbook({ Leveranciers: [HEADER, ...supplierRows(ROWS)] }, { payloadLimit: LIMIT });
    const actions = createTaskpaneActions(book.run, { payloadBudget: BUDGET });
    const info = await actions.detect();
    if (!info.ok) throw new Error(info.message.nl);
    const sheets: unknown[][][] = [];
    for (const round of ["new sheet", "existing sheet"]) {
      const { value, syncs } = await syncsOf(book, () => actions.refreshSocialSheet!({ ...opts, mapping: info.value.mapping }));
      expect({ round, ok: value.ok, message: value.ok ? null : value.message.en }).toEqual({ round, ok: true, message: null });
      expect(syncs.filter((s) => s.failed)).toEqual([]);
      expect(largest(syncs)).toBeLessThanOrEqual(LIMIT);
      expect(syncs.length).toBeLessThanOrEqual(20);
      sheets.push(book.values("Sociale bijdrage"));
      // The controller types an own figure (direct contribution) between the two refreshes: it must survive.
      book.sheet("Sociale bijdrage").set(4, 12, 0.016); // the own-figure input, right of the printed report
    }
    // Three of every five rows need follow-up (fixtures.ts: trede 1 where 2 is required, a certificate about to expire,
    // an unreadable amount): the action list holds them all, and a second refresh in the same month rewrites the same
    // list and history.
    const list = sheets[0].map((r) => r[0]).lastIndexOf("Leverancier"); // the action list's header (the risks' comes first)
    expect(sheets[0].length - list - 1).toBe((ROWS * 3) / 5);
    expect(sheets[1].slice(12)).toEqual(sheets[0].slice(12));
    expect(sheets[1][4][12]).toBe(0.016);
  }, 120_000);

  test("a check reads and writes all rows without a single request or response over the limit, refused ones included", async () => {
    const book = createWorkbook({ Leveranciers: [HEADER, ...supplierRows(ROWS)] }, { payloadLimit: LIMIT });
    const actions = createTaskpaneActions(book.run, { payloadBudget: BUDGET });
    const detected = await syncsOf(book, () => actions.detect());
    const info = detected.value;
    if (!info.ok) throw new Error(info.message.nl);
    expect(info.value.dataRowCount).toBe(ROWS);
    const checked = await syncsOf(book, () => actions.check({ ...opts, mapping: info.value.mapping }));
    expect(checked.value.ok && checked.value.value.findings).toHaveLength(ROWS);
    for (const syncs of [detected.syncs, checked.syncs]) {
      expect(syncs.filter((s) => s.failed)).toEqual([]);
      expect(largest(syncs)).toBeLessThanOrEqual(LIMIT);
      expect(syncs.length).toBeLessThanOrEqual(12);
    }
    expect(book.values("Leveranciers")[ROWS][5]).not.toBe("");
  }, 120_000);

  test("rows much heavier than guessed: Excel refuses the first read, and the adapter still reads the sheet whole in parts", async () => {
    // 300 rows of 2,000-character remarks: the first read (budget / 200 rows) asks for about 600 KB against a 50 KB limit.
    const remark = "x".repeat(2_000);
    const rows = supplierRows(300).map((row) => [...row, remark]);
    const book = createWorkbook({ Leveranciers: [[...HEADER, "Opmerking"], ...rows] }, { payloadLimit: 50_000 });
    const actions = createTaskpaneActions(book.run, { payloadBudget: 40_000 });
    const info = await actions.detect();
    if (!info.ok) throw new Error(info.message.nl);
    expect(info.value.dataRowCount).toBe(300);
    // Each refusal halves the chunk (a few, not one per row); every read that went through stayed under the limit.
    const refused = book.log.syncs.filter((s) => s.failed);
    expect(refused.length).toBeGreaterThan(0);
    expect(refused.length).toBeLessThanOrEqual(5);
    expect(new Set(refused.map((s) => s.failed))).toEqual(new Set(["ResponsePayloadSizeLimitExceeded"]));
    expect(book.log.maxResponseBytes).toBeLessThanOrEqual(50_000);
    expect(book.log.count).toBeLessThan(40);
  });
});
