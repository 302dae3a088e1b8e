/*
 * Writes examples/leveranciers-vooruitblik.xlsx (issue 24): a list to look ahead with on peildatum 31-12-2026.
 * Contract end dates (a re-tender moment), certificates that expire in 2027, growth-path steps, Aspirant dates (one
 * past its two years), a PSO 30+ whose stated contribution does not add up, and SW-bedrijven by their category.
 * Deterministic: the same file on every run (fixed creation dates and zip timestamps).
 */
import ExcelJS from "exceljs";
import { promises as fs } from "fs";
import path from "path";
import { FIXED, withFixedTimes } from "./fixedTimes";

type Cell = string | number | Date | null;
const d = (iso: string) => new Date(`${iso}T00:00:00Z`);

const HEADERS = [
  "Leverancier",
  "Categorie",
  "Opdrachtsom per jaar",
  "PSO-trede",
  "Geldig tot",
  "Gunningsdatum",
  "Looptijd (maanden)",
  "Einddatum",
  "Aspirant sinds",
  "Sociale bijdrage",
];

/** One row per supplier, in the order of HEADERS. */
export const VOORUITBLIK_ROWS: Cell[][] = [
  ["Bouwbedrijf Janssen BV", "Bouw", 1_250_000, "Trede 2", d("2028-06-30"), null, null, d("2027-09-30"), null, 0.12],
  ["Schoonmaakbedrijf De Glans", "Schoonmaak", 480_000, "Trede 2", d("2027-03-31"), null, null, null, null, 0.18],
  ["Werkbedrijf Parkstad", "SW-bedrijf", 380_000, "PSO 30+", d("2028-04-30"), null, null, null, null, 0.45],
  ["Sociale Werkvoorziening Maasdal", "Sociale werkvoorziening", 210_000, "PSO 30+", d("2027-11-30"), null, null, null, null, 0.22],
  ["Hoveniersbedrijf Groen & Co", "Groenonderhoud", 175_000, "Trede 1", d("2027-06-30"), null, null, d("2027-06-30"), null, 0.06],
  ["Installatie Hendriks", "Installatietechniek", 400_000, null, null, d("2026-06-01"), 48, null, null, null],
  ["Keukenspecialist Roerstreek", "Bouw", 310_000, "Aspirant-status", d("2028-08-31"), d("2025-06-01"), 48, null, d("2025-06-01"), 0.04],
  ["Timmerbedrijf Houtgoed", "Onderhoud", 245_000, "Aspirant-status", d("2027-10-31"), d("2024-05-01"), 60, null, d("2024-05-01"), 0.03],
  ["IT-Dienstverlener Kempen", "ICT", 380_000, "Trede 3", d("2027-01-31"), null, null, d("2027-12-31"), null, 0.09],
  ["Liftonderhoud Limburg", "Onderhoud", 230_000, "Trede 2", d("2027-08-31"), null, null, d("2027-02-28"), null, 0.08],
  ["Uitzendbureau Aan de Slag", "Uitzendorganisatie", 450_000, "Trede 1", d("2027-04-30"), null, null, d("2027-04-30"), null, 0.1],
  ["Dakdekkers Boven", "Onderhoud", 190_000, "in aanvraag", null, d("2026-03-01"), 48, null, null, null],
  ["Drukkerij De Pers", "Communicatie", 48_000, null, null, null, null, d("2027-05-31"), null, null],
  ["Verhuisbedrijf Snel", "Transport", 160_000, "Trede 2", d("2026-10-31"), null, null, d("2026-10-31"), null, 0.05],
];

async function workbookBytes(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Afdeling Inkoop";
  workbook.created = FIXED;
  workbook.modified = FIXED;
  const ws = workbook.addWorksheet("Leveranciers");
  const header = ws.getRow(1);
  HEADERS.forEach((h, i) => {
    const cell = header.getCell(i + 1);
    cell.value = h;
    cell.font = { bold: true };
  });
  VOORUITBLIK_ROWS.forEach((values, i) => {
    const row = ws.getRow(i + 2);
    values.forEach((v, c) => {
      if (v !== null && v !== "") row.getCell(c + 1).value = v;
    });
    row.getCell(3).numFmt = '"€" #,##0';
    for (const c of [5, 6, 8, 9]) row.getCell(c).numFmt = "dd-mm-yyyy";
    row.getCell(10).numFmt = "0%";
  });
  [34, 24, 20, 16, 14, 14, 12, 14, 14, 14].forEach((w, i) => (ws.getColumn(i + 1).width = w));
  ws.views = [{ state: "frozen", ySplit: 1 }];
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

export async function writeVooruitblikExample(dir: string): Promise<string> {
  const file = path.join(dir, "leveranciers-vooruitblik.xlsx");
  await fs.writeFile(file, withFixedTimes(await workbookBytes()));
  return file;
}

if (require.main === module) {
  writeVooruitblikExample(path.join(__dirname, "..", "examples")).catch((error) => {
    console.error(error);
    process.exitCode = 1;
  });
}
