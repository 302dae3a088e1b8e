import ExcelJS from "exceljs";
import { OWN_SHEETS } from "../../src/core/ownSheets";
import { readSupplierBytes } from "../../src/xlsx/readSupplierFile";

/*
 * Issue 22 item 3: PSO-toets's own sheets (report, PSO-beleid, Brieven) are known by the mark PSO-toets sets, not by
 * their name. A user's own list on a sheet called "Brieven" is a list like any other; a report sheet the user renamed
 * is still ours and never taken for the supplier list.
 */
const HEADERS = ["Leverancier", "Opdrachtsom per jaar", "PSO-trede", "Geldig tot"];
const ROWS = [
  ["Bouwbedrijf Janssen BV", 1250000, "Trede 2", "30-9-2027"],
  ["Schoonmaak De Glans", 480000, "Trede 3", "31-3-2028"],
];

async function workbook(sheets: { name: string; rows: unknown[][] }[], marks: Record<string, string> = {}, active = 0): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) wb.addWorksheet(s.name).addRows(s.rows);
  for (const [mark, ref] of Object.entries(marks)) wb.definedNames.add(ref, mark);
  wb.views = [{ activeTab: active, x: 0, y: 0, width: 10000, height: 10000, firstSheet: 0, visibility: "visible" }];
  return Buffer.from(await wb.xlsx.writeBuffer());
}

test("a user's own supplier list on a sheet called Brieven is read, in a workbook without PSO-toets's letters mark", async () => {
  const bytes = await workbook([{ name: "Brieven", rows: [HEADERS, ...ROWS] }]);
  const read = readSupplierBytes("lijst.xlsx", bytes);
  expect(read.ok).toBe(true);
  if (read.ok) {
    expect(read.value.sheetName).toBe("Brieven");
    expect(read.value.table.columns.count).toBe(2);
  }
});

test("a user's own list called PSO-beleid is read when PSO-toets's policy is marked on another sheet", async () => {
  const bytes = await workbook(
    [
      { name: "PSO-beleid", rows: [HEADERS, ...ROWS] },
      { name: "PSO-beleid (2)", rows: [["Instelling", "Waarde"], ["Drempel", 50000]] },
    ],
    { [OWN_SHEETS.policy.mark]: "'PSO-beleid (2)'!$A$1" },
  );
  const read = readSupplierBytes("lijst.xlsx", bytes);
  expect(read.ok && read.value.sheetName).toBe("PSO-beleid");
});

test("the report sheet, renamed by the user and active, is still ours: the list is read from the user's sheet", async () => {
  const bytes = await workbook(
    [
      { name: "Lijst", rows: [HEADERS, ...ROWS] },
      { name: "Overzicht maart", rows: [["Sociale bijdrage (PSO)"], [], HEADERS, ...ROWS] },
    ],
    { [OWN_SHEETS.report.mark]: "'Overzicht maart'!$A$1" },
    1,
  );
  const read = readSupplierBytes("lijst.xlsx", bytes);
  expect(read.ok && read.value.sheetName).toBe("Lijst");
});
