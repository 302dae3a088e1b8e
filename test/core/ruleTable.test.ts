import { dayFromYmd, evaluate, explanation, statusLine, wonenLimburgPolicy as preset } from "../../src/core";
import type { Reason } from "../../src/core";
import { actionList } from "../../src/core/report/actionList";
import { RULES } from "../../src/core/rules/ruleTable";

/*
 * Issue 27 item 2: one entry per rule holds its flag, the status it leads to, its texts, its place in the explanation
 * and its action. These tests read the table and check that every path that paints a verdict follows it.
 */

const PEIL = dayFromYmd(2026, 3, 1);
const rows = [
  { row: 2, supplier: "Verloopt", spend: 400_000, level: "Trede 2", validUntil: "15-4-2026" },
  { row: 3, supplier: "Te laag", spend: 400_000, level: "Trede 1", validUntil: "31-12-2027" },
  { row: 4, supplier: "Zonder datum", spend: 400_000, level: "Trede 3" },
  { row: 5, supplier: "Ja", spend: 400_000, level: "Ja", validUntil: "31-12-2026" },
  { row: 6, supplier: "Oud contract", spend: 400_000, level: "geen", endDate: "31-1-2026" },
  { row: 7, supplier: "Klein", spend: 1_000, level: "geen" },
];

test("each decided rule has its own flag", () => {
  const bits = Object.values(RULES).flatMap((r) => (r.bit === undefined ? [] : [r.bit]));
  expect(new Set(bits).size).toBe(bits.length);
});

test("a row's status is the one its rules lead to in the table", () => {
  for (const f of evaluate(rows, preset, PEIL)) {
    const led = f.reasons.map((r) => RULES[r.code].leadsTo).filter((s) => s !== null);
    expect(led).toContain(f.status);
  }
});

test("the status column names a warning by the first reason the table says leads to a warning", () => {
  const f = evaluate(rows, preset, PEIL).find((x) => x.supplier === "Verloopt")!;
  expect(f.status).toBe("warning");
  expect(statusLine(f)).toBe("Let op: certificaat verloopt 15-4-2026");
  expect(statusLine(f, "en")).toBe("Warning: certificate expires 15 April 2026");
});

test("the explanation tells reasons in the table's order, whatever order they come in", () => {
  const [f] = evaluate([rows[0]], preset, PEIL);
  const swapped = { ...f, reasons: [...f.reasons].reverse() as Reason[] };
  expect(explanation(swapped)).toBe(explanation(f));
  const order = Object.keys(RULES);
  const codes = f.reasons.map((r) => r.code).sort((a, b) => order.indexOf(a) - order.indexOf(b));
  expect(explanation(f).startsWith(explanation({ ...f, reasons: f.reasons.filter((r) => r.code === codes[0]) }))).toBe(true);
});

test("the action list asks what the table's action says, and nothing for rules without one", () => {
  const findings = evaluate(rows, preset, PEIL);
  const kinds = actionList(findings, PEIL).map((a) => `${a.supplier}: ${a.kind}`);
  expect(kinds).toEqual(["Te laag: levelTooLow", "Ja: levelNotGiven", "Verloopt: expiring", "Zonder datum: expiryMissing"]);
});
