/*
 * Writes examples/leveranciers-met-register.xlsx (issue 17): examples/leveranciers.xlsx as it is, plus a
 * PSO-register sheet beside the supplier list holding the rows of examples/register.csv, as a buyer pastes a
 * register export into the workbook. Both inputs are read, not retyped, so the three files cannot drift apart.
 * Deterministic: the same file on every run (fixed creation dates and zip timestamps).
 */
import ExcelJS from "exceljs";
import { promises as fs } from "fs";
import path from "path";
import { parseDate, REGISTER_SHEET_NAME, ymdOf } from "../src/core";
import { decodeCsv, detectDelimiter, parseCsv } from "../src/xlsx/csv";
import { FIXED, withFixedTimes } from "./fixedTimes";

const EXAMPLES = path.join(__dirname, "..", "examples");
export const REGISTER_EXAMPLE = "leveranciers-met-register.xlsx";

/** The register export's rows (header first), empty lines left out. */
async function registerRows(): Promise<string[][]> {
  const text = decodeCsv(await fs.readFile(path.join(EXAMPLES, "register.csv")));
  return parseCsv(text, detectDelimiter(text)).filter((row) => row.some((cell) => cell.trim() !== ""));
}

/** A date the export writes as "30-9-2027" becomes a real date cell, as Excel makes of it when pasted. */
function dateCell(text: string): Date | string {
  const day = parseDate(text);
  if (!day.ok) return text;
  const { year, month, day: d } = ymdOf(day.value);
  return new Date(Date.UTC(year, month - 1, d));
}

function addRegisterSheet(workbook: ExcelJS.Workbook, rows: string[][]): void {
  const [header, ...entries] = rows;
  const kvk = header.findIndex((h) => /kvk/i.test(h));
  const validUntil = header.findIndex((h) => /geldig/i.test(h));
  const ws = workbook.addWorksheet(REGISTER_SHEET_NAME);
  // Right after the supplier list, before Toelichting: the tab a buyer looks for next. exceljs writes the tabs in
  // the order of its (untyped) orderNo.
  const ordered = (sheet: ExcelJS.Worksheet | undefined) => sheet as (ExcelJS.Worksheet & { orderNo: number }) | undefined;
  ordered(ws)!.orderNo = (ordered(workbook.getWorksheet("Leveranciers"))?.orderNo ?? 0) + 0.5;
  const head = ws.getRow(1);
  header.forEach((h, c) => {
    head.getCell(c + 1).value = h;
    head.getCell(c + 1).font = { bold: true };
  });
  entries.forEach((values, i) => {
    const row = ws.getRow(2 + i);
    values.forEach((v, c) => {
      const cell = row.getCell(c + 1);
      // KvK numbers stay text ("@"): a number would lose leading zeros and show 12-digit branch numbers as 1,4E+11.
      if (c === kvk) cell.numFmt = "@";
      if (v.trim() === "") return;
      if (c === validUntil) {
        cell.value = dateCell(v);
        cell.numFmt = "dd-mm-yyyy";
      } else cell.value = v;
    });
  });
  [44, 16, 16, 13, 14].forEach((w, i) => (ws.getColumn(i + 1).width = w));
  ws.views = [{ state: "frozen", ySplit: 1 }];
}

async function workbookBytes(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path.join(EXAMPLES, "leveranciers.xlsx"));
  workbook.created = FIXED;
  workbook.modified = FIXED;
  addRegisterSheet(workbook, await registerRows());
  const notes = workbook.getWorksheet("Toelichting");
  if (notes) {
    notes.getCell("A2").value =
      'Het blad "PSO-register" is een export van het PSO-register (examples/register.csv); de controle gebruikt de trede en geldigheid die daar staan.';
  }
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

export async function writeRegisterExample(dir: string = EXAMPLES): Promise<string> {
  const file = path.join(dir, REGISTER_EXAMPLE);
  await fs.writeFile(file, withFixedTimes(await workbookBytes()));
  return file;
}

if (require.main === module) {
  writeRegisterExample().catch((error) => {
    console.error(error);
    process.exitCode = 1;
  });
}
