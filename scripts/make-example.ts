/*
 * Writes examples/leveranciers.xlsx and examples/leveranciers.csv: 40 suppliers of a housing corporation, one
 * difficult case per row; and examples/leveranciers-praktijk.xlsx (make-example-praktijk.ts): 60 as a buyer keeps them.
 */
import ExcelJS from "exceljs";
import path from "path";
import { promises as fs } from "fs";
import { writePraktijkExample } from "./make-example-praktijk";

type Cell = string | number | Date | null | { formula: string; result: number | { error: string } };
const d = (iso: string) => new Date(`${iso}T00:00:00Z`);

// Leverancier, KvK-nummer, Categorie, Opdrachtsom per jaar, PSO-trede, Geldig tot, Gunningsdatum, Looptijd (maanden), Sociale bijdrage
const rows: Cell[][] = [
  ["Bouwbedrijf Janssen BV", "14012345", "Bouw", 1_250_000, "Trede 2", d("2027-09-30"), null, null, 0.124],
  ["Schoonmaakbedrijf De Glans", "14023456", "Schoonmaak", "€ 480.000,00", "PSO-3", d("2028-03-31"), null, null, 0.182],
  ["Groenvoorziening Maas & Zn", "14034567", "Groenvoorziening", 320_000, "trede1", d("2027-06-30"), null, null, 0.061],
  ["Installatietechniek Zuid", "14045678", "Techniek", 860_000, "PSO trede 2", d("2026-12-15"), null, null, 0.093],
  ["Catering Limburgia", "14056789", "Catering", 210_000, "Aspirant", d("2027-05-01"), d("2025-09-01"), 48, null],
  ["Onderhoudsbedrijf Roermond", "14067890", "Onderhoud", 390_000, "", null, d("2026-02-01"), 36, null],
  ["Schilderwerken Venlo", "14078901", "Bouw", 275_000, "Trede 2", d("2026-08-31"), null, null, 0.088],
  ["IT-Partners Heerlen", "14089012", "IT", 95_000, "", null, null, null, null],
  ["Accountantskantoor Mertens", "14090123", "Advisering", 165_000, "geen", null, null, null, null],
  ["Beveiliging Parkstad", "14101234", "Beveiliging", 540_000, "30+", d("2027-11-30"), null, null, 0.34],
  ["Uitzendbureau Werkt", "14112345", "Uitzendorganisatie", 700_000, "Basistrede", d("2027-04-30"), null, null, 0.052],
  ["Energie Direct Zuid", "14123456", "Energie", 145_000, "", null, null, null, null],
  ["Transport Noord-Limburg", "14134567", "Transport", 150_000, "trede 2", d("2027-07-31"), null, null, 0.071],
  ["Vastgoedbeheer Sittard", "14145678", "Vastgoed", 230_000, "PSO-2", null, null, null, null],
  ["Dakdekkers Limburg", "14156789", "Bouw", "veel", "Trede 2", d("2027-10-31"), null, null, null],
  ["Glaszetters Weert", "14167890", "Bouw", 180_000, "trde 2", d("2027-05-31"), null, null, null],
  ["Liftservice Maastricht", "14178901", "Onderhoud", 260_000, "Trede 3", "31-02-2027", null, null, null],
  ["Elektro Venray", "14189012", "Techniek", 310_000, "2", 46600, null, null, 0.066],
  ["Hoveniers Gebr. Peters", "14190123", "Groenvoorziening", "1,2 mln", "Trede 2", "30 juni 2027", null, null, "11,0%"],
  ["Loodgieters Geleen", "14201234", "Installatie", 205_000, "trede 1", d("2027-03-31"), d("2024-06-01"), 60, null],
  [null, null, null, null, null, null, null, null, null],
  ["Kozijnen Kerkrade", "14212345", "Bouw", 415_000, "Aspirant-status", d("2027-06-30"), d("2024-01-15"), 48, null],
  ["Klantcontact Service Limburg", "14223456", "Callcenter", 120_000, "", null, null, null, null],
  ["Steigerverhuur Limburg", "14234567", "Verhuur van goederen", 185_000, "Trede 3", d("2027-02-15"), null, null, 0.2],
  ["Asbestsanering Zuid", "14245678", "Bouw", 650_000, "Trede 2", d("2028-01-31"), null, null, 0.098],
  ["Werkbedrijf Westelijke Mijnstreek", "14256789", "Schoonmaak", 380_000, "PSO 30+", d("2027-12-31"), null, null, 0.45],
  ["Drukkerij Roerdal", "14267890", "Detailhandel", 88_000, "Trede 1", d("2027-06-30"), null, null, null],
  ["Architectenbureau Maasvallei", "14278901", "Advisering", { formula: "120000*2", result: 240_000 }, "Trede 1", d("2027-10-31"), null, null, null],
  ["Verhuisbedrijf Heuvelland", "14289012", "Vervoer", 160_000, "trede 2", d("2027-05-31"), null, null, 0.07],
  ["Telecom Zuid", "14290123", "Telecom", 310_000, { formula: 'VLOOKUP("Telecom Zuid",Z1:Z2,2,FALSE)', result: { error: "#N/A" } }, d("2027-05-31"), null, null, null],
  ["Rioleringswerken Beek", "14301234", "Infra", 1_850_000, "Trede 3", d("2027-08-31"), null, null, 0.21],
  ["Dakgoten & Zo", "14312345", "Bouw", "€ 155.000,-", "Geen", null, null, null, null],
  ["Glasbewassing Helder", "14323456", "Schoonmaak", 140_000, "Trede 2", d("2027-09-30"), null, null, 0.12],
  ["Ongediertebestrijding Limburg", "14334567", "Facilitaire dienstverlening", 175_000, "Trede 2", "2027-04-30", null, null, null],
  ["ICT Beheer Roermond", "14345678", "ICT", 420_000, "trede2", d("2027-09-30"), null, null, 0.035],
  ["Bouwcombinatie Maas-Rijn", "14356789", "Bouw", 2_400_000, "Trede 2", d("2026-12-31"), null, null, 0.115],
  ["Tuinonderhoud De Linde", "14367890", "Groenvoorziening", 190_000, "Aspirant", d("2027-03-31"), d("2026-05-01"), 24, null],
  ["Schoonmaak Sterk", "14378901", "Schoonmaak", 260_000, "PSO-2", d("2027-06-30"), d("2026-10-01"), 36, 0.083],
  ["Facilitair Bedrijf Centrum", "14389012", "Facilitaire dienstverlening", 300_000, "trede 3", d("2029-01-31"), null, null, "0,25"],
  ["Adviesbureau Duurzaam", "14390123", "Advisering", 99_000, "", null, null, null, null],
  ["Installatiebedrijf Heerlen-Noord", "14401234", "Installatie", 735_000, "PSO-1", d("2027-12-31"), null, null, 0.04],
];

const HEADERS = ["Leverancier", "KvK-nummer", "Categorie", "Opdrachtsom per jaar", "PSO-trede", "Geldig tot", "Gunningsdatum", "Looptijd (maanden)", "Sociale bijdrage"];

async function main() {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "PSO-toets voorbeeld";
  const ws = workbook.addWorksheet("Leveranciers");
  ws.getCell("A1").value = "Leveranciersoverzicht inkoop 2026";
  ws.getCell("A1").font = { bold: true, size: 14 };
  ws.mergeCells("A1:I1");
  ws.getCell("A2").value = "Bron: crediteurenadministratie, bijgewerkt 1 december 2026";
  ws.getCell("A2").font = { italic: true };
  const header = ws.getRow(4);
  HEADERS.forEach((h, i) => {
    const cell = header.getCell(i + 1);
    cell.value = h;
    cell.font = { bold: true, color: { argb: "FFFFFFFF" } };
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FF107C41" } };
  });
  rows.forEach((values, i) => {
    const row = ws.getRow(5 + i);
    values.forEach((v, c) => {
      if (v !== null && v !== "") row.getCell(c + 1).value = v as ExcelJS.CellValue;
    });
    row.getCell(4).numFmt = '"€" #,##0';
    row.getCell(6).numFmt = "dd-mm-yyyy";
    row.getCell(7).numFmt = "dd-mm-yyyy";
    row.getCell(9).numFmt = "0.0%";
  });
  [34, 12, 26, 20, 16, 13, 14, 18, 16].forEach((w, i) => (ws.getColumn(i + 1).width = w));
  ws.views = [{ state: "frozen", ySplit: 4 }];

  const notes = workbook.addWorksheet("Toelichting");
  notes.getCell("A1").value = "Voorbeeldbestand van PSO-toets; zie examples/README.md voor wat elke lastige rij laat zien.";
  workbook.definedNames.add("Leveranciers!$A$4:$I$45", "Leverancierstabel");

  const dir = path.join(__dirname, "..", "examples");
  await workbook.xlsx.writeFile(path.join(dir, "leveranciers.xlsx"));

  const csvRow = (cells: Cell[]) =>
    cells
      .map((v) => {
        if (v === null) return "";
        if (v instanceof Date) return `${v.getUTCDate()}-${v.getUTCMonth() + 1}-${v.getUTCFullYear()}`;
        if (typeof v === "object") return "formula" in v && typeof v.result === "number" ? String(v.result) : "#N/B";
        if (typeof v === "number" && v < 1 && v > 0) return `${String(Math.round(v * 1000) / 10).replace(".", ",")}%`;
        const text = String(v);
        return /[;"\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
      })
      .join(";");
  const csv = [HEADERS.join(";"), ...rows.filter((r) => r[0] !== null).map(csvRow)].join("\r\n");
  await fs.writeFile(path.join(dir, "leveranciers.csv"), `\ufeff${csv}\r\n`, "utf8");
  await writePraktijkExample(dir);
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
