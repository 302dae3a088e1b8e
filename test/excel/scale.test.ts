import { dayFromYmd, wonenLimburgPolicy } from "../../src/core";
import { createWorkbook, DEFAULT_PAYLOAD_LIMIT } from "../../src/excel-standin";
import { createTaskpaneActions } from "../../src/excel/taskpaneActions";
import { HEADER, supplierRows } from "./fixtures";

async function checkRows(n: number) {
  const book = createWorkbook({ Leveranciers: [HEADER, ...supplierRows(n)] });
  const actions = createTaskpaneActions(book.run);
  const info = await actions.detect();
  if (!info.ok) throw new Error(info.message.nl);
  const before = book.log.count;
  const result = await actions.check({ mapping: info.value.mapping, peildatum: dayFromYmd(2025, 1, 1), policy: wonenLimburgPolicy, lang: "nl" });
  if (!result.ok) throw new Error(result.message.nl);
  return { book, syncs: book.log.count - before, result: result.value };
}

describe("sync count and payload size", () => {
  test("10 and 5,000 rows take the same number of syncs", async () => {
    const small = await checkRows(10);
    const medium = await checkRows(5_000);
    expect(small.syncs).toBe(medium.syncs);
    expect(small.syncs).toBeLessThanOrEqual(3);
  });

  test("100,000 rows: no request or response passes 5 MB, syncs grow only per ~4 MB chunk, never per row", async () => {
    const { book, syncs, result } = await checkRows(100_000);
    expect(result.findings).toHaveLength(100_000);
    expect(book.log.maxRequestBytes).toBeLessThanOrEqual(DEFAULT_PAYLOAD_LIMIT);
    expect(book.log.maxResponseBytes).toBeLessThanOrEqual(DEFAULT_PAYLOAD_LIMIT);
    // The first read is sized from the budget (its first 20,000 rows), the rest from what those weighed: Excel refuses none.
    expect(book.log.syncs.filter((s) => s.failed)).toEqual([]);
    const bytes = book.log.syncs.reduce((n, s) => n + s.requestBytes + s.responseBytes, 0);
    expect(syncs).toBeLessThanOrEqual(4 + Math.ceil(bytes / 2_000_000));
    expect(syncs).toBeLessThan(30);
    const values = book.values("Leveranciers");
    expect(values[100_000][5]).not.toBe("");
    expect(values[0].slice(5)).toEqual(["PSO-status", "PSO-toelichting"]);
  }, 120_000);
});
