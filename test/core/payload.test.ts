import { batchesOf, fitBytes, jsonBytes, PAYLOAD_LIMIT, DEFAULT_PAYLOAD_BUDGET } from "../../src/core";

/* Issue 27 item 3: one rule for splitting the Office adapter's writes under Excel's payload limit, counted in bytes. */

const weights = (list: number[]) => (i: number) => list[i];

test("items go together while their bytes fit the room, and the weight of what was taken is returned", () => {
  expect(fitBytes(0, 5, 10, weights([3, 3, 3, 3, 3]))).toEqual({ count: 3, bytes: 9 });
  expect(fitBytes(3, 5, 10, weights([3, 3, 3, 3, 3]))).toEqual({ count: 2, bytes: 6 });
  expect(fitBytes(0, 3, 9, weights([3, 3, 3]))).toEqual({ count: 3, bytes: 9 });
  expect(fitBytes(2, 2, 10, weights([3, 3]))).toEqual({ count: 0, bytes: 0 });
});

test("an item heavier than the room still goes alone, so a batch never stalls", () => {
  expect(fitBytes(0, 3, 10, weights([25, 1, 1]))).toEqual({ count: 1, bytes: 25 });
  expect(batchesOf(3, 10, weights([4, 25, 4]))).toEqual([{ start: 0, count: 1 }, { start: 1, count: 1 }, { start: 2, count: 1 }]);
});

test("batches cover every item once, in order, and each stays within the budget", () => {
  const list = Array.from({ length: 1000 }, (_, i) => 1 + ((i * 7919) % 97));
  const batches = batchesOf(list.length, 500, weights(list));
  let next = 0;
  for (const { start, count } of batches) {
    expect(start).toBe(next);
    expect(list.slice(start, start + count).reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(500);
    next = start + count;
  }
  expect(next).toBe(list.length);
});

test("weights are UTF-8 bytes: rows of euro signs make more batches than their length in characters suggests", () => {
  const rows = Array.from({ length: 100 }, () => ["€".repeat(100)]);
  const byBytes = batchesOf(rows.length, 2_000, (i) => jsonBytes(rows[i]));
  const byChars = batchesOf(rows.length, 2_000, (i) => JSON.stringify(rows[i]).length);
  expect(byBytes.length).toBeGreaterThan(byChars.length);
  for (const { start, count } of byBytes) expect(jsonBytes(rows.slice(start, start + count)) - 2 - (count - 1)).toBeLessThanOrEqual(2_000);
});

test("the adapter's budget leaves room under Excel's 5 MB limit", () => {
  expect(PAYLOAD_LIMIT).toBe(5 * 1024 * 1024);
  expect(DEFAULT_PAYLOAD_BUDGET).toBeLessThan(PAYLOAD_LIMIT);
});
