import ExcelJS from "exceljs";
import { mkdtempSync, readFileSync } from "fs";
import os from "os";
import path from "path";
import { dayFromYmd, statusLabel, wonenLimburgPolicy } from "../../src/core";
import { Value } from "../../src/excel-standin";
import { createTaskpaneActions } from "../../src/excel/taskpaneActions";
import { CheckJson } from "../../src/cli/checkReport";
import { bookFromXlsx, xlsxFromBook } from "../../src/workbench/xlsx";
import { runCli } from "../support/cli";

/*
 * Issue 24.2 and 24.7 on the Sociale bijdrage sheet: the Vooruitblik (spend at risk per month) and the contracts that
 * end, through `rapport --out`, the add-in on the stand-in and the workbench's download, each equal to the outlook of
 * `check --json` on the same list and peildatum.
 */

const example = path.join(__dirname, "..", "..", "examples", "leveranciers-vooruitblik.xlsx");
const PEIL = dayFromYmd(2026, 12, 31);
const TITLE = "Vooruitblik (komende maanden)";
const CONTRACTS = "Contracten die aflopen (aanbesteding voorbereiden)";

type Grid = readonly (readonly unknown[])[];

/** The rows under a section title and its header row, up to the first row with an empty first cell. */
function tableUnder(grid: Grid, title: string): unknown[][] {
  const at = grid.findIndex((r) => r[0] === title);
  if (at < 0) throw new Error(`no "${title}" on the sheet`);
  const rows: unknown[][] = [];
  for (let r = at + 2; r < grid.length && grid[r][0] !== "" && grid[r][0] !== null && grid[r][0] !== undefined; r++) rows.push([...grid[r]]);
  return rows;
}

/** What the sheet says: each month's label and spend at risk, and each contract end (supplier, end date serial, status). */
function seenOn(grid: Grid) {
  return {
    months: tableUnder(grid, TITLE).map((r) => [r[0], r[1]]),
    contracts: tableUnder(grid, CONTRACTS).map((r) => [r[0], r[1], r[2]]),
  };
}

async function sheetGridOfFile(bytes: ArrayBuffer | Buffer): Promise<unknown[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as ArrayBuffer);
  const ws = wb.getWorksheet("Sociale bijdrage")!;
  const grid: unknown[][] = [];
  for (let r = 1; r <= ws.rowCount; r++) {
    const row: unknown[] = [];
    for (let c = 1; c <= 7; c++) {
      const v = ws.getCell(r, c).value;
      // A date cell reads back as a Date: its serial, as the stand-in holds it.
      row.push(v instanceof Date ? v.getTime() / 86_400_000 + 25569 : v ?? "");
    }
    grid.push(row);
  }
  return grid;
}

const fileBytes = () => {
  const b = readFileSync(example);
  return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
};

/** The add-in's refresh on the example read into the stand-in (the workbench's code path up to the download). */
async function viaAddin() {
  const original = fileBytes();
  const book = await bookFromXlsx(original.slice(0));
  book.setActive("Leveranciers");
  const actions = createTaskpaneActions(book.run);
  const info = await actions.detect();
  if (!info.ok) throw new Error(info.message.nl);
  const result = await actions.refreshSocialSheet!({ mapping: info.value.mapping, peildatum: PEIL, policy: wonenLimburgPolicy, lang: "nl" });
  if (!result.ok) throw new Error(result.message.nl);
  return { grid: book.values("Sociale bijdrage") as Value[][], download: await xlsxFromBook(book, original) };
}

describe("the Vooruitblik on the Sociale bijdrage sheet adds up to check --json's outlook (issue 24.2, 24.7)", () => {
  let expected: { months: unknown[][]; contracts: unknown[][] };

  beforeAll(async () => {
    const check = await runCli(["check", example, "--peildatum", "31-12-2026", "--json"]);
    const json = JSON.parse(check.stdout) as CheckJson;
    const label = (m: string) => `${["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"][Number(m.slice(5)) - 1]} ${m.slice(0, 4)}`;
    const serialOf = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000 + 25569;
    const statusOf = new Map(json.rows.map((r) => [r.row, statusLabel(r.status, "nl")]));
    expected = {
      months: json.outlook!.months.map((m) => [label(m.month), m.spendAtRisk]),
      contracts: json.outlook!.months.flatMap((m) => m.items.filter((i) => i.kind === "contractEnds").map((i) => [i.supplier, serialOf(i.date), statusOf.get(i.row)])),
    };
    // The example has something to add up: months with spend at risk, and contracts that end.
    expect(expected.months).toHaveLength(12);
    expect(expected.months.filter(([, spend]) => (spend as number) > 0).length).toBeGreaterThan(2);
    expect(expected.contracts.length).toBeGreaterThan(2);
  });

  test("rapport --out writes the outlook's spend at risk per month and its contract ends into the file", async () => {
    const out = path.join(mkdtempSync(path.join(os.tmpdir(), "pso-sheet-outlook-")), "rapport.xlsx");
    const result = await runCli(["rapport", example, "--peildatum", "31-12-2026", "--out", out]);
    expect(result.stderr).toBe("");
    expect(seenOn(await sheetGridOfFile(readFileSync(out)))).toEqual(expected);
  });

  test("the add-in (on the stand-in) and the workbench's download show the same", async () => {
    const { grid, download } = await viaAddin();
    expect(seenOn(grid)).toEqual(expected);
    expect(seenOn(await sheetGridOfFile(download))).toEqual(expected);
  });

  test("each month says how many suppliers are at stake and why, in words", async () => {
    const { grid } = await viaAddin();
    const rows = tableUnder(grid, TITLE);
    const withContract = rows.find((r) => String(r[6]).includes("contract loopt af"));
    expect(withContract).toBeDefined();
    const atRisk = rows.find((r) => (r[1] as number) > 0)!;
    expect(atRisk[2]).toBeGreaterThan(0);
    expect(String(atRisk[6])).toMatch(/certificaat verloopt|groeipadstap|eis stijgt|Aspirant-status/);
    expect(rows.filter((r) => r[1] === 0).every((r) => r[2] === 0)).toBe(true);
  });
});

describe("the Vooruitblik is PSO-toets's own region: refreshed each month, the controller's notes kept", () => {
  test("next quarter's refresh lists only the contracts that still end ahead, and a note below the report stays", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "pso-sheet-outlook-"));
    const first = path.join(dir, "rapport-1.xlsx");
    expect((await runCli(["rapport", example, "--peildatum", "31-12-2026", "--out", first])).stderr).toBe("");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(first);
    const ws = wb.getWorksheet("Sociale bijdrage")!;
    const noteRow = ws.rowCount + 3;
    ws.getCell(`A${noteRow}`).value = "Notitie controller: aanbesteding lift in januari bespreken";
    const contractsTitle = (await sheetGridOfFile(readFileSync(first))).findIndex((r) => r[0] === CONTRACTS) + 1;
    ws.getCell(`M${contractsTitle + 2}`).value = "eigen opmerking";
    const edited = path.join(dir, "bewerkt.xlsx");
    await wb.xlsx.writeFile(edited);
    const firstContracts = tableUnder(await sheetGridOfFile(readFileSync(edited)), CONTRACTS).length;

    const second = path.join(dir, "rapport-2.xlsx");
    expect((await runCli(["rapport", edited, "--peildatum", "31-3-2027", "--out", second])).stderr).toBe("");
    const check = JSON.parse((await runCli(["check", example, "--peildatum", "31-3-2027", "--json"])).stdout) as CheckJson;
    const ends = check.outlook!.months.flatMap((m) => m.items.filter((i) => i.kind === "contractEnds").map((i) => i.supplier));
    const grid = await sheetGridOfFile(readFileSync(second));
    const contracts = tableUnder(grid, CONTRACTS).map((r) => r[0]);
    expect(contracts).toEqual(ends);
    expect(contracts.length).toBeLessThan(firstContracts); // the contract that ended in February left no row behind
    expect(contracts).not.toContain("Liftonderhoud Limburg");
    expect(grid.filter((r) => r[0] === TITLE)).toHaveLength(1);
    const after = new ExcelJS.Workbook();
    await after.xlsx.readFile(second);
    const sheet = after.getWorksheet("Sociale bijdrage")!;
    expect(sheet.getCell(`A${noteRow}`).value).toBe("Notitie controller: aanbesteding lift in januari bespreken");
    expect(sheet.getCell(`M${contractsTitle + 2}`).value).toBe("eigen opmerking");
  });
});
