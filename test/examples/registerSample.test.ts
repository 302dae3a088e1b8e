/**
 * examples/leveranciers-met-register.xlsx (issue 17): the 40 suppliers of examples/leveranciers.xlsx with a
 * PSO-register sheet beside them holding examples/register.csv. The committed file is what the script makes, the
 * supplier list is the same as the other example's, and the check reconciles it against the sheet as it does
 * against the CSV export.
 */
import ExcelJS from "exceljs";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { CheckJson } from "../../src/cli/checkReport";
import { plainCellValue } from "../../src/xlsx/cellValue";
import { REGISTER_EXAMPLE, writeRegisterExample } from "../../scripts/make-example-register";
import { runCli } from "../support/cli";

const EXAMPLES = path.join(__dirname, "../../examples");
const FILE = path.join(EXAMPLES, REGISTER_EXAMPLE);
const LIST = path.join(EXAMPLES, "leveranciers.xlsx");
const REGISTER_CSV = path.join(EXAMPLES, "register.csv");

async function load(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

function values(ws: ExcelJS.Worksheet): unknown[][] {
  const out: unknown[][] = [];
  ws.eachRow({ includeEmpty: true }, (row, r) => {
    out[r - 1] = Array.from({ length: ws.columnCount }, (_, c) => plainCellValue(row.getCell(c + 1).value));
  });
  return out;
}

async function json(args: string[]): Promise<CheckJson> {
  return JSON.parse((await runCli([...args, "--json"])).stdout) as CheckJson;
}

test("the committed example is exactly what scripts/make-example-register.ts writes (deterministic)", async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pso-met-register-"));
  try {
    const made = await writeRegisterExample(dir);
    expect(fs.readFileSync(made).equals(fs.readFileSync(FILE))).toBe(true);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test("the supplier sheet is the one of leveranciers.xlsx, and PSO-register is the tab beside it", async () => {
  const [withRegister, list] = await Promise.all([load(FILE), load(LIST)]);
  expect(withRegister.worksheets.map((ws) => ws.name)).toEqual(["Leveranciers", "PSO-register", "Toelichting"]);
  expect(values(withRegister.getWorksheet("Leveranciers")!)).toEqual(values(list.getWorksheet("Leveranciers")!));
  expect(withRegister.definedNames.getRanges("Leverancierstabel").ranges).toEqual(["Leveranciers!$A$4:$I$45"]);
});

test("the register sheet holds register.csv's rows; KvK numbers are text cells, so a branch number stays whole", async () => {
  const ws = (await load(FILE)).getWorksheet("PSO-register")!;
  const csvLines = fs.readFileSync(REGISTER_CSV, "utf8").replace(/^\ufeff/, "").trim().split(/\r?\n/);
  expect(ws.actualRowCount).toBe(csvLines.length);
  expect(values(ws)[0]).toEqual(csvLines[0].split(";"));
  const branch = ws.getRow(5);
  expect(branch.getCell(1).value).toBe("Installatietechniek Zuid B.V.");
  expect(branch.getCell(2).value).toBe("140456780000");
  expect(branch.getCell(2).numFmt).toBe("@");
  // Geldig tot is a date cell, as Excel makes of "15-12-2026" when an export is pasted.
  expect(branch.getCell(4).value).toEqual(new Date(Date.UTC(2026, 11, 15)));
  // Hoveniers Gebr. Peters has no KvK number in the export: the cell stays empty (matched by name later).
  const hoveniers = ws.getRow(14);
  expect(hoveniers.getCell(1).value).toBe("Hoveniers Gebr. Peters");
  expect(hoveniers.getCell(2).value).toBeNull();
});

describe("pso-toets check on the example with a register sheet", () => {
  test("says it checked against the sheet and shows where the register differs from the list", async () => {
    const result = await runCli(["check", FILE, "--peildatum", "2026-12-01"]);
    expect(result.stdout).toMatch(/Gecontroleerd tegen het PSO-register "PSO-register" \(28 registerrijen\)/);
    expect(result.stdout).toContain("Rij 11  Schilderwerken Venlo: Voldoet niet: certificaat verlopen, vereist trede 2");
    expect(result.stdout).toContain("lijst: trede 2 tot 31-8-2026; register: trede 1 tot 31-3-2026; het register telt");

    const out = await json(["check", FILE, "--peildatum", "2026-12-01"]);
    const differing = out.rows.filter((r) => r.register?.differs);
    expect(differing.length).toBeGreaterThan(0);
    // Uitzendbureau Werkt: basistrede on the list, trede 1 in the register; the register's level is the one judged.
    expect(out.rows.find((r) => r.supplier === "Uitzendbureau Werkt")).toMatchObject({
      heldLevel: "Trede 1",
      register: { found: true, matchedBy: "kvk", level: "Trede 1", differs: true },
    });
    expect(out.rows.find((r) => r.supplier === "Hoveniers Gebr. Peters")?.register).toMatchObject({ found: true, matchedBy: "name" });
  });

  test("gives the same verdicts as the list checked against register.csv with --register", async () => {
    const sheet = await json(["check", FILE, "--peildatum", "2026-12-01"]);
    const csv = await json(["check", LIST, "--register", REGISTER_CSV, "--peildatum", "2026-12-01"]);
    const verdicts = (o: CheckJson) => o.rows.map((r) => ({ row: r.row, supplier: r.supplier, status: r.status, register: r.register }));
    expect(verdicts(sheet)).toEqual(verdicts(csv));
    expect(sheet.rows.length).toBe(40);
  });
});
