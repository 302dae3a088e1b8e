/**
 * The taskpane's and the workbench's own coded texts: every entry has a Dutch and an English text, carries its code,
 * and shows each argument in both languages (a number argument shows up formatted, so it is checked as digits).
 */
import { Message } from "../../src/core";
import { paneMessages } from "../../src/taskpane/messages";
import { REQUIREMENT_TEXTS } from "../../src/taskpane/requirements";
import { uiMessages } from "../../src/taskpane/strings";
import { excelValueTexts } from "../../src/workbench/display";
import { frameMessages, workbenchMessages } from "../../src/workbench/messages";

type Entry = ((...args: never[]) => Message) | Message | { [key: string]: Entry };

function* entries(prefix: string, table: Record<string, Entry>): Generator<[string, Entry]> {
  for (const [key, entry] of Object.entries(table)) {
    if (typeof entry === "function" || ("nl" in entry && typeof entry.nl === "string")) yield [`${prefix}.${key}`, entry];
    else yield* entries(`${prefix}.${key}`, entry as Record<string, Entry>);
  }
}

const ALL = [
  ...entries("taskpane", paneMessages as never),
  ...entries("taskpane.ui", uiMessages as never),
  ...entries("taskpane.requirement", REQUIREMENT_TEXTS as never),
  ...entries("workbench", workbenchMessages as never),
  ...entries("workbench.value", excelValueTexts as never),
  ...entries("workbench.frame", frameMessages as never),
];

/** The taskpane's texts take counts (shown formatted: 417 stays "417"), the workbench's take cell and function names. */
const argsFor = (code: string, n: number): unknown[] => Array.from({ length: n }, (_, i) => (code.startsWith("taskpane") ? [417, 863, 5][i] : `‹${i}›`));

test.each(ALL)("%s: Dutch and English, with its code and every argument", (code, entry) => {
  const args = typeof entry === "function" ? argsFor(code, entry.length) : [];
  const m = typeof entry === "function" ? (entry as (...a: unknown[]) => Message)(...args) : (entry as Message);
  expect(m.nl.trim()).not.toBe("");
  expect(m.en.trim()).not.toBe("");
  expect(m.nl).not.toBe(m.en);
  expect(m.code).toBe(code);
  for (const a of args) {
    expect(m.nl).toContain(String(a));
    expect(m.en).toContain(String(a));
  }
});
