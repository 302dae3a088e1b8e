import ExcelJS from "exceljs";
import * as fs from "fs";
import * as path from "path";
import * as vm from "vm";
import { dayFromJsDate, dayToExcelSerial, parseDate } from "../../src/core";
import { builtFunctionsDir, ROOT } from "./support/buildFunctions";
import { cliCheckJson, CliRow, ensureCliBuilt } from "./support/cli";
import { makeStandIn, StandIn, StandInError } from "./support/customFunctionsStandIn";
import { helpDocument, sectionText } from "./support/helpPage";

/*
 * The built add-in file, not the TypeScript: dist/functions.js (or the same webpack config built into a temporary
 * directory when dist/ is older than the sources) runs in a fresh VM context whose only Office global is a
 * CustomFunctions stand-in. Every row of examples/leveranciers.xlsx then goes through =PSO.STATUS() and friends and
 * must say what `pso-toets check --json` says for that row.
 */

const WORKBOOK = "examples/leveranciers.xlsx";
const PEILDATUM = "2022-06-30";
const HEADERS = [
  "Leverancier", "KvK-nummer", "Categorie", "Opdrachtsom per jaar", "PSO-trede", "Geldig tot", "Gunningsdatum",
  "Looptijd (maanden)", "Sociale bijdrage",
] as const;
type Header = (typeof HEADERS)[number];
type Fn = (...args: unknown[]) => unknown[][];

let standIn: StandIn;
let metadata: { allowErrorForDataTypeAny?: boolean; functions: { id: string; name: string; parameters: { name: string; optional?: boolean }[] }[] };

beforeAll(async () => {
  const dir = await builtFunctionsDir();
  metadata = JSON.parse(fs.readFileSync(path.join(dir, "functions.json"), "utf8"));
  standIn = makeStandIn();
  const context = vm.createContext({ CustomFunctions: standIn, console });
  vm.runInContext(fs.readFileSync(path.join(dir, "functions.js"), "utf8"), context, { filename: "functions.js" });
}, 180_000);

const fn = (id: string): Fn => {
  const f = standIn.associated.get(id);
  if (!f) throw new Error(`${id} is not registered`);
  return f as Fn;
};

describe("dist/functions.js registers what dist/functions.json declares", () => {
  test("every declared function is associated exactly once, and nothing undeclared is", () => {
    const declared = metadata.functions.map((f) => f.id).sort();
    expect(declared).toEqual(["BIJDRAGE", "EIS", "GELDIG", "GROEIPAD", "KPI", "NIVEAU", "REGISTER", "SROI", "STATUS", "TREDE", "VOLDOET"]);
    expect([...standIn.associated.keys()].sort()).toEqual(declared);
  });

  test("functions.json lets Excel pass error cells in (allowErrorForDataTypeAny, top level) instead of not calling", () => {
    expect(metadata.allowErrorForDataTypeAny).toBe(true);
  });

  test("an error cell Excel passes into a range spoils only its own row of the spill", () => {
    const valid = [[45400], [45400], [45400]]; // 19-4-2024, within two years of the peildatum 30-6-2022
    const out = fn("STATUS")([["Trede 2"], [new StandInError("#N/A")], ["Trede 1"]], valid, [[200_000], [200_000], [200_000]], [[44742]], null, null, null);
    expect(out[0][0]).toBe("Voldoet");
    expect(out[1][0]).toBeInstanceOf(StandInError);
    expect((out[1][0] as StandInError).message).toContain("#N/A");
    expect(String(out[2][0])).toMatch(/^Voldoet niet/);
  });

  test("every registered function answers a call with its declared arguments, as a 2-D array", () => {
    const sample: Record<string, unknown> = {
      uitgaven: 100_000, bijdrage_pct: 0.1, tekst: "PSO-2", opdrachtsom_per_jaar: 200_000, opdrachtsom: 200_000,
      trede: "Trede 2", geldig_tot: "31-12-2030", categorie: "Schoonmaak", gunningsdatum: "1-1-2022",
      looptijd_maanden: 36, uitgaven_bereik: 100_000, trede_bereik: "Trede 2", kvk_of_naam: "12345678",
      register_bereik: [["Organisatie", "KvK-nummer", "Trede", "Geldig tot"], ["A", "12345678", "Trede 2", "31-12-2027"]],
    };
    for (const f of metadata.functions) {
      const args = f.parameters.map((p) => (p.optional ? null : Array.isArray(sample[p.name]) ? sample[p.name] : [[sample[p.name]]]));
      expect(f.parameters.filter((p) => !p.optional).every((p) => p.name in sample)).toBe(true);
      const out = fn(f.id)(...args);
      expect(Array.isArray(out) && out.every(Array.isArray)).toBe(true);
      expect(out.flat().some((v) => v instanceof StandInError)).toBe(false);
    }
  });
});

describe("the help page in the add-in (functions.html, made by the build from src/functions/help.json)", () => {
  let html: string;
  beforeAll(async () => {
    html = fs.readFileSync(path.join(await builtFunctionsDir(), "functions.html"), "utf8");
  });

  test("every function's @helpurl points to a section of the page with an example in Dutch notation", () => {
    const doc = helpDocument(html);
    for (const f of metadata.functions as { id: string; helpUrl?: string; parameters: unknown[] }[]) {
      const anchor = f.id.toLowerCase();
      expect(f.helpUrl).toBe(`https://localhost:3000/functions.html#${anchor}`);
      const example = new RegExp(`=PSO\\.${f.id}\\(([^\n]*)\\)`).exec(sectionText(doc, anchor));
      expect(example).not.toBeNull();
      if (f.parameters.length > 1) expect(example![1]).toContain(";");
      expect(example![1]).not.toMatch(/\d,\d{3}\b|[A-Z]\d+,/);
    }
  });

  test("the page loads nothing from the network", () => {
    expect(html).not.toMatch(/(src|href)=["']?https?:/);
  });
});

/** A cell as Excel hands it to a custom function: dates as serial numbers, formula results, errors as "#N/A". */
function excelValue(value: ExcelJS.CellValue): unknown {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return dayToExcelSerial(dayFromJsDate(value));
  if (typeof value !== "object") return value;
  if ("error" in value) return value.error;
  if ("result" in value) return excelValue(value.result as ExcelJS.CellValue);
  if ("richText" in value) return value.richText.map((t) => t.text).join("");
  if ("text" in value) return value.text;
  return String(value);
}

async function workbookRows(): Promise<Map<number, Record<Header, unknown>>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(ROOT, WORKBOOK));
  const ws = wb.getWorksheet("Leveranciers") ?? wb.worksheets[0];
  let headerRow = 0;
  const column = new Map<Header, number>();
  ws.eachRow((row, r) => {
    if (headerRow) return;
    const texts = (row.values as ExcelJS.CellValue[]).map((v) => (typeof v === "string" ? v.trim() : ""));
    if (HEADERS.every((h) => texts.includes(h))) {
      headerRow = r;
      for (const h of HEADERS) column.set(h, texts.indexOf(h));
    }
  });
  if (!headerRow) throw new Error(`${WORKBOOK} has no row with the headers ${HEADERS.join(", ")}`);
  const rows = new Map<number, Record<Header, unknown>>();
  for (let r = headerRow + 1; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    rows.set(r, Object.fromEntries(HEADERS.map((h) => [h, excelValue(row.getCell(column.get(h)!).value)])) as Record<Header, unknown>);
  }
  return rows;
}

/** The CLI names the column with its letter, `"PSO-trede" (E)`; a formula has no column, so the letter goes. */
const withoutColumnLetter = (line: string) => line.replace(/^Fout: /, "").replace(/^(Kolom "[^"]+") \([A-Z]+\):/, "$1:");

describe(`=PSO.STATUS() on every row of ${WORKBOOK} says what \`pso-toets check --json\` says (peildatum ${PEILDATUM})`, () => {
  let cliRows: CliRow[];
  let sheet: Map<number, Record<Header, unknown>>;
  const peil = () => {
    const day = parseDate(PEILDATUM);
    if (!day.ok) throw new Error("peildatum");
    return [[dayToExcelSerial(day.value)]];
  };

  beforeAll(async () => {
    for (const f of ["bin/pso-toets.js", WORKBOOK]) {
      if (!fs.existsSync(path.join(ROOT, f))) throw new Error(`${f} is missing: this test needs the CLI and the example workbook`);
    }
    ensureCliBuilt();
    const report = cliCheckJson(WORKBOOK, PEILDATUM);
    expect(report.peildatum).toBe(PEILDATUM);
    cliRows = report.rows;
    sheet = await workbookRows();
  }, 180_000);

  test("the CLI reports rows, including each status the workbook is meant to show", () => {
    expect(cliRows.length).toBeGreaterThan(10);
    expect(new Set(cliRows.map((r) => r.status))).toEqual(new Set(["compliant", "non_compliant", "warning", "out_of_scope", "error"]));
    for (const r of cliRows) expect(typeof r.statusLine).toBe("string");
  });

  test("status text, TRUE/FALSE, requirement, and error code and message agree row by row", () => {
    const mismatches: string[] = [];
    for (const cli of cliRows) {
      const cells = sheet.get(cli.row);
      if (!cells) {
        mismatches.push(`row ${cli.row}: not found in the workbook`);
        continue;
      }
      const args = [
        [[cells["PSO-trede"]]], [[cells["Geldig tot"]]], [[cells["Opdrachtsom per jaar"]]], peil(),
        [[cells["Gunningsdatum"]]], [[cells["Looptijd (maanden)"]]], [[cells["Categorie"]]],
      ];
      const status = fn("STATUS")(...args)[0][0];
      const voldoet = fn("VOLDOET")(...args)[0][0];
      const where = `row ${cli.row} (${cli.supplier})`;
      if (cli.status === "error") {
        const e = status as StandInError;
        const expectedCode = /leeg, maar verplicht|formulefout #N\/[AB]/.test(cli.statusLine) ? "#N/A" : "#VALUE!";
        if (!(e instanceof StandInError)) mismatches.push(`${where}: CLI "${cli.statusLine}", formula "${String(status)}"`);
        else if (e.code !== expectedCode || e.message !== withoutColumnLetter(cli.statusLine)) {
          mismatches.push(`${where}: CLI "${cli.statusLine}", formula ${e.code} "${e.message}"`);
        }
        if (!(voldoet instanceof StandInError)) mismatches.push(`${where}: VOLDOET gave ${String(voldoet)} for an error row`);
        continue;
      }
      if (status !== cli.statusLine) mismatches.push(`${where}: CLI "${cli.statusLine}", formula "${String(status)}"`);
      if (voldoet !== (cli.status !== "non_compliant")) mismatches.push(`${where}: ${cli.status} but VOLDOET ${String(voldoet)}`);
      const eis = fn("EIS")(args[2], args[3], args[4], args[5])[0][0];
      const expectedEis = cli.requiredLevel === null || cli.requiredLevel === "Geen" ? "Geen eis" : cli.requiredLevel;
      if (eis !== expectedEis) mismatches.push(`${where}: CLI requires ${cli.requiredLevel}, EIS "${String(eis)}"`);
    }
    expect(mismatches).toEqual([]);
  });

  test("one formula over the whole columns gives the same statuses as one formula per row", () => {
    const rowsInOrder = cliRows.map((r) => sheet.get(r.row)!);
    const column = (h: Header) => rowsInOrder.map((cells) => [cells[h]]);
    const out = fn("STATUS")(column("PSO-trede"), column("Geldig tot"), column("Opdrachtsom per jaar"), peil(), column("Gunningsdatum"), column("Looptijd (maanden)"), column("Categorie"));
    expect(out).toHaveLength(cliRows.length);
    out.forEach(([value], i) => {
      const cli = cliRows[i];
      if (cli.status === "error") expect(value).toBeInstanceOf(StandInError);
      else expect(value).toBe(cli.statusLine);
    });
  });
});
