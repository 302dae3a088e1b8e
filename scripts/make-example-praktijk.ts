/*
 * Writes examples/leveranciers-praktijk.xlsx: 60 suppliers as a housing corporation's purchasing department keeps
 * them (issue 16): title rows, its own column names, level cells as people fill them ("Ja", "in aanvraag",
 * "Koploper (trede 3)"), amounts as numbers and as text, blank rows and a totals row. Deterministic: the same file
 * on every run (fixed creation dates and zip timestamps).
 */
import ExcelJS from "exceljs";
import { promises as fs } from "fs";
import path from "path";
import { FIXED, withFixedTimes } from "./fixedTimes";

type Cell = string | number | Date | null;
const d = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** Naam leverancier, Categorie, Inkoopvolume 2024, PSO-certificaat, Certificaat geldig tot, Contract ingangsdatum, Looptijd (mnd) */
export const PRAKTIJK_ROWS: Cell[][] = [
  ["Bouwbedrijf Van der Linden BV", "Bouw", 1_480_000, "Trede 2", d("2027-10-31"), null, null],
  ["Schoonmaakbedrijf Helder Zuid", "Schoonmaak", 420_000, "Prestatieladder trede 2", d("2027-06-30"), null, null],
  ["Hoveniersbedrijf Groen & Co", "Groenonderhoud", "€ 175.000", "trede 1", d("2027-03-31"), null, null],
  ["Installatiebedrijf Maasland", "Installatietechniek", 910_000, "Koploper (trede 3)", d("2028-02-29"), null, null],
  ["Schildersbedrijf Kleurrijk", "Onderhoud", 265_000, "Ja", null, null, null],
  ["Dakdekkersbedrijf Boven", "Onderhoud", 190_000, "in aanvraag", null, d("2026-03-01"), 48],
  ["Sociaal Werkbedrijf Westelijke Mijnstreek", "Schoonmaak", 340_000, "PSO 30+", d("2027-12-31"), null, null],
  ["Advocatenkantoor Meuwissen", "Juridisch advies", 85_000, "Nee", null, null, null],
  ["Energieleverancier Zuidstroom", "Energie", 620_000, "n.v.t.", null, null, null],
  ["Liftonderhoud Limburg", "Onderhoud", 230_000, "Trede 2", d("2026-12-20"), null, null],
  ["Glasbewassing Doorzicht", "Schoonmaak", 95_000, "-", null, null, null],
  ["Aannemersbedrijf Heuvelland", "Bouw", 2_150_000, "Trede 3", d("2027-09-30"), null, null],
  ["Keukenspecialist Roerstreek", "Bouw", "€ 310.000", "Aspirant", d("2027-08-31"), d("2025-10-01"), 36],
  ["Verhuisbedrijf Snel", "Transport", 140_000, "", null, null, null],
  ["IT-Dienstverlener Kempen", "ICT", 380_000, "trede 2", d("2027-01-31"), null, null],
  ["Ingenieursbureau Maas & Roer", "Advies", 205_000, "Trede 1", d("2027-05-31"), null, null],
  ["Beveiligingsbedrijf Parkstad", "Beveiliging", 480_000, "Prestatieladder trede 2", d("2026-08-31"), null, null],
  ["Stukadoorsbedrijf Glad", "Onderhoud", 160_000, "Ja", d("2027-11-30"), null, null],
  ["Ongediertebestrijding Zuid", "Facilitair", 75_000, "Nee", null, null, null],
  ["Elektrotechniek Venlo", "Installatietechniek", 540_000, "Trede 2", d("2028-03-31"), null, null],
  ["Rioolservice Limburg", "Infra", 295_000, "in aanvraag", null, null, null],
  ["Drukkerij De Pers", "Communicatie", 48_000, "n.v.t.", null, null, null],
  ["Kozijnfabriek Brunssum", "Bouw", 760_000, "Koploper (trede 3)", d("2027-07-31"), null, null],
  ["Uitzendbureau Aan de Slag", "Uitzendorganisatie", 450_000, "trede 1", d("2027-04-30"), null, null],
  ["Groenbedrijf De Eik", "Groenonderhoud", 215_000, "Aspirant", d("2027-02-28"), d("2026-06-01"), 48],
  ["Catering Het Plein", "Catering", 120_000, "-", null, null, null],
  ["Asbestsanering Veilig", "Bouw", 380_000, "Trede 2", d("2027-12-31"), null, null],
  ["Loodgietersbedrijf Waterdicht", "Installatietechniek", "€ 175.000", "Trede 2", d("2027-06-30"), null, null],
  ["Telecom Zuid-Limburg", "Telecom", 155_000, "Nee", null, null, null],
  ["Vastgoedadvies Sittard", "Advies", 60_000, "", null, null, null],
  ["Steigerbouw Omhoog", "Bouw", 185_000, "Prestatieladder trede 2", d("2027-09-30"), null, null],
  ["Schoonmaakdienst Blinkend", "Schoonmaak", 275_000, "Ja", d("2026-09-30"), null, null],
  ["Tegelzetters Roermond", "Onderhoud", 150_000, "trede 1", d("2027-10-31"), null, null],
  ["Bestratingsbedrijf Steenvast", "Infra", 690_000, "Trede 2", d("2027-05-31"), null, null],
  ["Accountantskantoor Cijfers", "Financiële dienstverlening", 110_000, "n.v.t.", null, null, null],
  ["Facilitair Bedrijf Centrum", "Facilitair", 330_000, "Koploper (trede 3)", d("2028-01-31"), null, null],
  ["Zonnepanelen Zuid", "Installatietechniek", 520_000, "in aanvraag", null, d("2026-09-01"), 36],
  ["Hekwerken & Poorten Limburg", "Bouw", 98_000, "Trede 1", d("2027-03-31"), null, null],
  ["Timmerbedrijf Houtgoed", "Onderhoud", 245_000, "Aspirant", d("2027-04-30"), d("2024-05-01"), 60],
  ["Vervoersbedrijf Regiotaxi", "Transport", 175_000, "Trede 2", d("2027-08-31"), null, null],
  ["Gevelreiniging Fris", "Onderhoud", 130_000, "Nee", null, null, null],
  ["Architectenbureau Lijn", "Advies", 290_000, "Trede 1", d("2027-12-31"), null, null],
  ["Wasserij Schoon Linnen", "Facilitair", 65_000, "Ja", null, null, null],
  ["Installatiebedrijf Warmte Nu", "Installatietechniek", 860_000, "Prestatieladder trede 2", d("2027-11-30"), null, null],
  ["Grondverzet Maasvallei", "Infra", 410_000, "-", null, null, null],
  ["Inbraakbeveiliging Secuur", "Beveiliging", 160_000, "trede 2", d("2026-12-31"), null, null],
  ["Schoonmaak Werkt BV", "Schoonmaak", 220_000, "PSO 30+", d("2028-04-30"), null, null],
  ["Ventilatietechniek Lucht", "Installatietechniek", "€ 175.000", "in aanvraag", null, null, null],
  ["Softwarehuis Woonsoft", "ICT", 360_000, "Nee", null, null, null],
  ["Hovenier De Groene Duim", "Groenonderhoud", 140_000, "trede 1", d("2027-06-30"), null, null],
  ["Dakgoot- en Zinkwerk Limburg", "Onderhoud", 205_000, "Koploper (trede 3)", d("2027-10-31"), null, null],
  ["Bouwkundig Adviesbureau Stevig", "Advies", 170_000, "Aspirant", d("2027-01-31"), null, null],
  ["Afvalinzameling Rd4", "Facilitair", 295_000, "Trede 2", d("2027-07-31"), null, null],
  ["Kantoorartikelen Papier & Zo", "Detailhandel", 42_000, "n.v.t.", null, null, null],
  ["Metselbedrijf Baksteen", "Bouw", 330_000, "Ja", d("2027-05-31"), null, null],
  ["Brandveiligheid Vlam", "Installatietechniek", 190_000, "Prestatieladder trede 2", d("2027-02-28"), null, null],
  ["Bewonerscommunicatie Dichtbij", "Communicatie", 155_000, "-", null, null, null],
  ["Groot Onderhoud Combinatie Zuid", "Bouw", 1_750_000, "Trede 2", d("2027-12-31"), d("2025-01-01"), 48],
  ["Parketvloeren Eiken", "Onderhoud", 88_000, "trede 1", d("2026-11-30"), null, null],
  ["Sloopbedrijf Opnieuw", "Bouw", 470_000, "in aanvraag", null, d("2025-11-01"), 36],
];

const HEADERS = [
  "Naam leverancier",
  "Categorie",
  "Inkoopvolume 2024",
  "PSO-certificaat",
  "Certificaat geldig tot",
  "Contract ingangsdatum",
  "Looptijd (mnd)",
];

/** Where the blank rows fall: after this many suppliers (a group break, as people leave them). */
const BLANK_AFTER = new Set([20, 40]);

async function workbookBytes(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Afdeling Inkoop";
  workbook.created = FIXED;
  workbook.modified = FIXED;
  const ws = workbook.addWorksheet("Leveranciers 2025");
  ws.getCell("A1").value = "Woningstichting Maasdal: leveranciersoverzicht";
  ws.getCell("A1").font = { bold: true, size: 14 };
  ws.mergeCells("A1:G1");
  ws.getCell("A2").value = "Inkoopvolume 2024 uit de crediteurenadministratie; PSO-status volgens opgave leverancier";
  ws.getCell("A2").font = { italic: true };
  const headerRow = 4;
  const header = ws.getRow(headerRow);
  HEADERS.forEach((h, i) => {
    const cell = header.getCell(i + 1);
    cell.value = h;
    cell.font = { bold: true };
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9E1F2" } };
  });
  let r = headerRow + 1;
  const first = r;
  PRAKTIJK_ROWS.forEach((values, i) => {
    const row = ws.getRow(r++);
    values.forEach((v, c) => {
      if (v !== null && v !== "") row.getCell(c + 1).value = v;
    });
    row.getCell(3).numFmt = '"€" #,##0';
    row.getCell(5).numFmt = "dd-mm-yyyy";
    row.getCell(6).numFmt = "dd-mm-yyyy";
    if (BLANK_AFTER.has(i + 1)) r++;
  });
  const last = r - 1;
  r++; // one blank row above the totals, as people leave it
  const totals = ws.getRow(r);
  totals.getCell(1).value = "Totaal";
  totals.getCell(1).font = { bold: true };
  // The cached result counts only the numeric cells, as Excel's SUM does: "€ 175.000" as text is left out.
  const sum = PRAKTIJK_ROWS.reduce((n, row) => n + (typeof row[2] === "number" ? row[2] : 0), 0);
  totals.getCell(3).value = { formula: `SUM(C${first}:C${last})`, result: sum };
  totals.getCell(3).numFmt = '"€" #,##0';
  totals.getCell(3).font = { bold: true };
  [38, 24, 18, 24, 20, 20, 14].forEach((w, i) => (ws.getColumn(i + 1).width = w));
  ws.views = [{ state: "frozen", ySplit: headerRow }];
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

export async function writePraktijkExample(dir: string): Promise<string> {
  const file = path.join(dir, "leveranciers-praktijk.xlsx");
  await fs.writeFile(file, withFixedTimes(await workbookBytes()));
  return file;
}

if (require.main === module) {
  writePraktijkExample(path.join(__dirname, "..", "examples")).catch((error) => {
    console.error(error);
    process.exitCode = 1;
  });
}
