import { dayFromYmd, wonenLimburgPolicy } from "../../src/core";
import { InputCell } from "../../src/excel-standin";
import type { createTaskpaneActions } from "../../src/excel/taskpaneActions";

export const HEADER = ["Leverancier", "KvK-nummer", "Opdrachtsom per jaar", "PSO-trede", "Geldig tot"];

/** n supplier rows cycling through compliant, non-compliant, warning (expires soon), out of scope and error. */
export function supplierRows(n: number): InputCell[][] {
  const kinds: InputCell[][] = [
    ["Bouw BV", "12345678", 250000, "Trede 2", "31-12-2026"],
    ["Schoon NV", "23456789", 300000, "Trede 1", "31-12-2026"],
    ["Groen & Co", "34567890", 200000, "Trede 3", "15-02-2025"],
    ["Klein BV", "45678901", 20000, "", ""],
    ["Raar BV", "56789012", "veel", "Trede 2", "31-12-2026"],
  ];
  return Array.from({ length: n }, (_, i) => {
    const row = [...kinds[i % kinds.length]];
    row[0] = `${row[0]} ${i + 1}`;
    return row;
  });
}

/** Detect, then check with the detected mapping and the preset policy on 1-1-2025, as a user pressing Controleer. */
export async function detectAndCheck(actions: ReturnType<typeof createTaskpaneActions>, peildatum = dayFromYmd(2025, 1, 1)) {
  const info = await actions.detect();
  if (!info.ok) throw new Error(info.message.nl);
  const summary = await actions.check({ mapping: info.value.mapping, peildatum, policy: wonenLimburgPolicy, lang: "nl" });
  if (!summary.ok) throw new Error(summary.message.nl);
  return { info: info.value, summary: summary.value };
}
