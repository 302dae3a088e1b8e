/**
 * Payload batches, the one rule for them: Excel on the web refuses a request over 5 MB, so the Office adapter writes
 * long blocks in runs whose JSON stays within a byte budget (the weight of a value is `jsonBytes`, src/core/utf8.ts).
 */

/**
 * Excel on the web refuses a request or a response over 5 MB (RequestPayloadSizeLimitExceeded / ResponsePayload...):
 * https://learn.microsoft.com/en-us/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins
 */
export const PAYLOAD_LIMIT = 5 * 1024 * 1024;

/** What the adapter aims to stay under per request or response, leaving room for the operations around the values. */
export const DEFAULT_PAYLOAD_BUDGET = 4_000_000;

/**
 * How many items from `from` (up to `to`) fit in `room` bytes, each weighing `weightOf(i)`, and what they weigh
 * together. At least one item is taken even when it alone is heavier: it cannot be split, and Office names the limit.
 */
export function fitBytes(from: number, to: number, room: number, weightOf: (index: number) => number): { count: number; bytes: number } {
  if (from >= to) return { count: 0, bytes: 0 };
  let end = from + 1;
  let bytes = weightOf(from);
  while (end < to) {
    const next = weightOf(end);
    if (bytes + next > room) break;
    bytes += next;
    end++;
  }
  return { count: end - from, bytes };
}

/** Splits `count` items into consecutive batches of at most `budget` bytes each (an item heavier than that alone). */
export function batchesOf(count: number, budget: number, weightOf: (index: number) => number): { start: number; count: number }[] {
  const batches: { start: number; count: number }[] = [];
  for (let start = 0; start < count; ) {
    const fit = fitBytes(start, count, budget, weightOf);
    batches.push({ start, count: fit.count });
    start += fit.count;
  }
  return batches;
}
