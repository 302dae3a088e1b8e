import { InputCell } from "../../src/excel-standin";

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
