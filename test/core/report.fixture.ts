import { dayFromYmd, evaluate, Finding, SupplierRow, wonenLimburgPolicy } from "../../src/core";
import type { Policy } from "../../src/core";

/** Peildatum of the hand-checked table: 1 December 2026. */
export const PEIL = dayFromYmd(2026, 12, 1);

/**
 * A small supplier table whose KPIs are worked out by hand in report.test.ts (Wonen Limburg policy:
 * certified = basistrede or higher, high spend = trede 2 or higher, warning window 90 days).
 */
export const ROWS: SupplierRow[] = [
  { row: 2, supplier: "A Bouw", spend: 400_000, level: "Trede 2", validUntil: "30-6-2027", contribution: "10%", category: "bouw" },
  { row: 3, supplier: "B Schoonmaak", spend: 200_000, level: "PSO-3", validUntil: "15-1-2027", contribution: 0.2, category: "schoonmaak" },
  { row: 4, supplier: "C Groen", spend: 300_000, level: "trede1", validUntil: "31-12-2027", contribution: "5%", category: "groenvoorziening" },
  { row: 5, supplier: "D Advies", spend: 100_000, level: "Basis", validUntil: "1-1-2028", category: "advies" },
  { row: 6, supplier: "E Schilders", spend: 250_000, level: "Trede 2", validUntil: "31-8-2026", category: "onderhoud" },
  { row: 7, supplier: "F Catering", spend: 160_000, level: "geen", awardDate: "1-2-2026", termMonths: 48, category: "catering" },
  { row: 8, supplier: "G ICT", spend: 500_000, level: "", category: "ict" },
  { row: 9, supplier: "H Fout", spend: "veel", level: "Trede 2" },
];

export function findingsFor(policy: Policy = wonenLimburgPolicy, peil = PEIL): Finding[] {
  return evaluate(ROWS, policy, peil);
}
