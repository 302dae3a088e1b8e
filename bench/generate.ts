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
      `Firma ${i + 1}`,
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

const CANONICAL_LEVELS = ["Trede 1", "Trede 2", "Trede 3", "Aspirant-status", "Basistrede", "PSO 30+", "Geen", ""];

/** Headers of the clean dataset that both PSO-toets and the hand-built Excel formulas read. */
export const CLEAN_HEADERS = ["Leverancier", "Opdrachtsom per jaar", "PSO-trede", "Geldig tot", "Gunningsdatum", "Looptijd (maanden)"];

/**
 * Rows a buyer's formulas can read too: canonical level spellings, numeric spend, dates as Excel serials, and a
 * growth path on some rows. Dates cluster around the 2026-12-01 peildatum so expiries and step deadlines fall in
 * the 90-day window often enough to exercise every warning.
 */
export function generateCleanCells(count: number, seed = 7): CellValue[][] {
  const rand = rng(seed);
  const rows: CellValue[][] = new Array(count);
  for (let i = 0; i < count; i++) {
    const level = CANONICAL_LEVELS[Math.floor(rand() * CANONICAL_LEVELS.length)];
    const held = level !== "" && level !== "Geen";
    const growth = rand() < 0.3;
    rows[i] = [
      `Firma ${i + 1}`,
      Math.round(20_000 + rand() * 480_000),
      level,
      held && rand() < 0.85 ? 46000 + Math.floor(rand() * 400) : null,
      growth ? 44900 + Math.floor(rand() * 1500) : null,
      growth ? 6 + Math.floor(rand() * 48) : null,
    ];
  }
  return rows;
}
