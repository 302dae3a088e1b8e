import type { CellValue, SupplierRow } from "../src/core";

const LEVELS = ["Trede 2", "trede2", "PSO-2", "PSO trede 3", "2", "Aspirant", "Basistrede", "30+", "geen", "", "Trede 1", "PSO-1"];
const CATEGORIES = ["Bouw", "Schoonmaak", "Advisering", "ICT", "Groenvoorziening", "Vervoer", "Energie"];

/** A deterministic pseudo-random generator, so every run measures the same rows. */
export function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** Raw cell values as a supplier sheet holds them: mixed spellings, money as numbers and Dutch text, dates as serials and text. */
export function generateCells(count: number, seed = 42): CellValue[][] {
  const rand = rng(seed);
  const rows: CellValue[][] = new Array(count);
  for (let i = 0; i < count; i++) {
    const spendNumber = Math.round(50_000 + rand() * 950_000);
    const spend: CellValue = rand() < 0.7 ? spendNumber : `€ ${spendNumber.toLocaleString("nl-NL")},00`;
    const serial = 45600 + Math.floor(rand() * 1200);
    const validUntil: CellValue = rand() < 0.6 ? serial : rand() < 0.5 ? `${1 + (i % 28)}-${1 + (i % 12)}-${2026 + (i % 3)}` : null;
    const growth = rand() < 0.2;
    rows[i] = [
      `Leverancier ${i + 1}`,
      CATEGORIES[i % CATEGORIES.length],
      spend,
      LEVELS[Math.floor(rand() * LEVELS.length)],
      validUntil,
      growth ? 45300 + Math.floor(rand() * 700) : null,
      growth ? 24 + Math.floor(rand() * 36) : null,
      rand() < 0.5 ? Math.round(rand() * 300) / 1000 : null,
    ];
  }
  return rows;
}

export const BENCH_HEADERS = ["Leverancier", "Categorie", "Opdrachtsom per jaar", "PSO-trede", "Geldig tot", "Gunningsdatum", "Looptijd (maanden)", "Sociale bijdrage"];

export function toSupplierRows(cells: CellValue[][]): SupplierRow[] {
  return cells.map((c, i) => ({
    row: i + 2,
    supplier: c[0],
    category: c[1],
    spend: c[2],
    level: c[3],
    validUntil: c[4],
    awardDate: c[5],
    termMonths: c[6],
    contribution: c[7],
  }));
}
