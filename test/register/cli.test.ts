import ExcelJS from "exceljs";
import { mkdtempSync, writeFileSync } from "fs";
import os from "os";
import path from "path";
import { CheckJson } from "../../src/cli/checkReport";
import { runCli } from "../support/cli";

const root = path.join(__dirname, "..", "..");
const suppliers = path.join(root, "examples", "leveranciers.csv");
const register = path.join(root, "examples", "register.csv");
const tmp = () => mkdtempSync(path.join(os.tmpdir(), "pso-register-"));

async function json(args: string[]): Promise<CheckJson> {
  const result = await runCli([...args, "--json"]);
  return JSON.parse(result.stdout) as CheckJson;
}

describe("pso-toets check --register", () => {
  test("each --json row carries what the register says and how it was found", async () => {
    const out = await json(["check", suppliers, "--register", register, "--peildatum", "2026-12-01"]);
    const row = (name: string) => out.rows.find((r) => r.supplier === name)!;
    expect(row("Schilderwerken Venlo")).toMatchObject({
      status: "non_compliant",
      register: { found: true, matchedBy: "kvk", level: "Trede 1", validUntil: "2026-03-31", differs: true },
    });
    expect(row("Schilderwerken Venlo").reasons.join(" ")).toContain("lijst: trede 2 tot 31-8-2026; register: trede 1 tot 31-3-2026");
    // The register's KvK column gives a 12-digit vestigingsnummer: no KvK number is derived from it (issue 23 item 3),
    // so the row is found by its name, and stderr names the register cell.
    expect(row("Installatietechniek Zuid").register).toMatchObject({ found: true, matchedBy: "name", differs: false });
    // No KvK number in the register: found by name.
    expect(row("Hoveniers Gebr. Peters").register).toMatchObject({ found: true, matchedBy: "name" });
    expect(row("Elektro Venray")).toMatchObject({ status: "warning", register: { found: false, matchedBy: null, level: null, validUntil: null, differs: false } });
    expect(out.notices[0]).toContain("Gecontroleerd tegen het PSO-register register.csv");
  });

  test("a register .xlsx made by another tool, with a chart beside the register sheet, counts as the same export as .csv", async () => {
    // openpyxl wrote it (scripts/fixtures/make_openpyxl.py); exceljs refused such a workbook ("reading 'anchors'").
    const xlsx = path.join(root, "test", "fixtures", "register", "openpyxl-register.xlsx");
    const fromXlsx = await json(["check", suppliers, "--register", xlsx, "--peildatum", "2026-12-01"]);
    const fromCsv = await json(["check", suppliers, "--register", register, "--peildatum", "2026-12-01"]);
    expect(fromXlsx.rows.map((r) => [r.supplier, r.status, r.register])).toEqual(fromCsv.rows.map((r) => [r.supplier, r.status, r.register]));
    expect(fromXlsx.rows.filter((r) => r.register?.found).length).toBeGreaterThan(10);
    expect(fromXlsx.notices[0]).toContain("Gecontroleerd tegen het PSO-register openpyxl-register.xlsx");
  });

  test("without --register the rows carry no register field and the list counts", async () => {
    const out = await json(["check", suppliers, "--peildatum", "2026-12-01"]);
    expect(out.rows.every((r) => r.register === undefined)).toBe(true);
    expect(out.rows.find((r) => r.supplier === "Schilderwerken Venlo")?.heldLevel).toBe("Trede 2");
  });

  test("--register=FILE and English output work too", async () => {
    const result = await runCli(["check", suppliers, `--register=${register}`, "--peildatum", "2026-12-01", "--taal", "en"]);
    expect(result.stdout).toContain("Checked against the PSO register register.csv");
    expect(result.stdout).toContain("list: Level 2 until 31 August 2026; register: Level 1 until 31 March 2026; the register counts");
  });

  test("a register without a level column is refused with exit code 2 and a Dutch message naming the column", async () => {
    const dir = tmp();
    const bad = path.join(dir, "export.csv");
    writeFileSync(bad, "Organisatie;KvK-nummer;Geldig tot\nA;12345678;1-1-2027\n");
    const result = await runCli(["check", suppliers, "--register", bad]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('PSO-register export.csv: geen kopregel gevonden met de kolom(men) "Trede"');
    expect(result.stdout).toBe("");
  });

  test("a damaged register .xlsx or an old .xls is refused like a supplier list, naming the register file", async () => {
    const damaged = await runCli(["check", suppliers, "--register", path.join(root, "test", "fixtures", "bad", "beschadigd.xlsx")]);
    expect(damaged.code).toBe(2);
    expect(damaged.stderr).toMatch(/beschadigd\.xlsx" is geen leesbaar \.xlsx-bestand/);
    expect(damaged.stdout).toBe("");
    const old = await runCli(["check", suppliers, "--register", path.join(root, "test", "fixtures", "bad", "oud.xls")]);
    expect(old.code).toBe(2);
    expect(old.stderr).toContain("Sla een oud .xls-bestand in Excel op als .xlsx");
  });

  test("a missing register file is refused like a missing supplier list", async () => {
    const result = await runCli(["check", suppliers, "--register", path.join(tmp(), "weg.csv")]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/weg\.csv" bestaat niet/);
  });

  test("bad register rows are named on stderr (row, column, what was expected); the other rows still count", async () => {
    const dir = tmp();
    const file = path.join(dir, "export.csv");
    writeFileSync(file, "Organisatie,KvK-nummer,Trede,Geldig tot\nSchilderwerken Venlo,14078901,Trede 9,1-1-2027\nBouwbedrijf Janssen,14012345,Trede 3,1-1-2028\n");
    const result = await runCli(["check", suppliers, "--register", file, "--json", "--peildatum", "2026-12-01"]);
    expect(result.stderr).toContain('PSO-register export.csv, rij 2, kolom "Trede" (C): onbekende PSO-trede "Trede 9"');
    const out = JSON.parse(result.stdout) as CheckJson;
    expect(out.rows.find((r) => r.supplier === "Bouwbedrijf Janssen BV")?.register).toMatchObject({ found: true, level: "Trede 3" });
    expect(out.rows.find((r) => r.supplier === "Schilderwerken Venlo")?.register).toMatchObject({ found: false });
  });

  test("issue 23 items 1-3 in --json: the register's name, a suggestion only, a vestigingsnummer only on its own column", async () => {
    const dir = tmp();
    const list = path.join(dir, "lijst.csv");
    writeFileSync(
      list,
      "Leverancier;KvK-nummer;Opdrachtsom per jaar;PSO-trede;Geldig tot\nAlfa Bouw BV;12345678;200000;geen;\nSchildersbedrijf te Riele;;200000;geen;\nDelta Bouw;000012345678;200000;geen;\nKessels Roermond;000099990001;200000;geen;\n",
    );
    const reg = path.join(dir, "register.csv");
    writeFileSync(
      reg,
      "Organisatie;KvK-nummer;Vestigingsnummer;Trede;Geldig tot\nZeta Infra B.V.;12345678;;Trede 3;31-12-2027\nSchildersbedrijf te Velde B.V.;;;Trede 2;31-12-2027\nOmega Bouw;00001234;;Trede 3;31-12-2027\nKessels Bouw B.V.;55554444;000099990001;Trede 2;31-12-2027\n",
    );
    const result = await runCli(["check", list, "--register", reg, "--json", "--peildatum", "2026-12-01"]);
    expect(result.stderr).toBe("");
    const out = JSON.parse(result.stdout) as CheckJson;
    const row = (name: string) => out.rows.find((r) => r.supplier === name)!;
    expect(row("Alfa Bouw BV")).toMatchObject({ status: "warning", register: { found: true, matchedBy: "kvk", registerName: "Zeta Infra B.V.", names: "nothingShared" } });
    expect(row("Schildersbedrijf te Riele")).toMatchObject({
      status: "non_compliant",
      register: { found: false, level: null, suggestion: { registerRow: 3, name: "Schildersbedrijf te Velde B.V." } },
    });
    expect(row("Delta Bouw").register).toMatchObject({ found: false, suggestion: null });
    expect(row("Kessels Roermond")).toMatchObject({ status: "compliant", register: { found: true, matchedBy: "vestiging", registerName: "Kessels Bouw B.V." } });
    expect(out.notices[0]).toContain("2 leveranciers gevonden (1 op KvK-nummer, 1 op vestigingsnummer, 0 op naam), 2 niet gevonden (waarvan 1 met een gelijkende naam in het register: controleer die)");
  });

  test("the example register's 12-digit number in its KvK column is named on stderr as a vestigingsnummer", async () => {
    const result = await runCli(["check", suppliers, "--register", register, "--peildatum", "2026-12-01"]);
    expect(result.stderr).toContain('"140456780000" heeft 12 cijfers: dat is een vestigingsnummer, geen KvK-nummer');
  });

  test("an .xlsx register is read from its PSO-register sheet", async () => {
    const dir = tmp();
    const file = path.join(dir, "register.xlsx");
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Uitleg").addRow(["Export van het PSO-register"]);
    const ws = wb.addWorksheet("PSO-register");
    ws.addRow(["Organisatie", "KvK-nummer", "Trede", "Geldig tot", "Plaats"]);
    ws.addRow(["Schilderwerken Venlo", 14078901, "Trede 3", new Date(Date.UTC(2027, 11, 31)), "Venlo"]);
    await wb.xlsx.writeFile(file);
    const out = await json(["check", suppliers, "--register", file, "--peildatum", "2026-12-01"]);
    expect(out.rows.find((r) => r.supplier === "Schilderwerken Venlo")).toMatchObject({
      status: "compliant",
      register: { found: true, level: "Trede 3", validUntil: "2027-12-31" },
    });
  });
});

describe("a PSO-register sheet inside the supplier workbook", () => {
  test("counts without --register, as in the taskpane; --register takes precedence", async () => {
    const dir = tmp();
    const file = path.join(dir, "lijst.xlsx");
    const wb = new ExcelJS.Workbook();
    const list = wb.addWorksheet("Leveranciers");
    list.addRow(["Leverancier", "KvK-nummer", "Opdrachtsom per jaar", "PSO-trede", "Geldig tot"]);
    list.addRow(["Schilderwerken Venlo", "14078901", 275000, "Trede 2", "31-8-2027"]);
    const reg = wb.addWorksheet("PSO-register");
    reg.addRow(["Organisatie", "KvK-nummer", "Trede", "Geldig tot", "Plaats"]);
    reg.addRow(["Schilderwerken Venlo", "14078901", "Trede 1", new Date(Date.UTC(2027, 7, 31)), "Venlo"]);
    await wb.xlsx.writeFile(file);
    const own = await json(["check", file, "--peildatum", "2026-12-01"]);
    expect(own.rows[0]).toMatchObject({ status: "non_compliant", register: { found: true, level: "Trede 1", validUntil: "2027-08-31" } });
    expect(own.notices[0]).toContain('Gecontroleerd tegen het PSO-register "PSO-register"');
    const other = path.join(dir, "export.csv");
    writeFileSync(other, "Organisatie;KvK-nummer;Trede;Geldig tot\nSchilderwerken Venlo;14078901;Trede 3;31-8-2027\n");
    const explicit = await json(["check", file, "--register", other, "--peildatum", "2026-12-01"]);
    expect(explicit.rows[0]).toMatchObject({ status: "compliant", register: { level: "Trede 3" } });
  });
});

describe("pso-toets rapport --register", () => {
  test("the controller's report uses the register's levels", async () => {
    const without = JSON.parse((await runCli(["rapport", suppliers, "--json", "--peildatum", "2026-12-01"])).stdout);
    const withRegister = JSON.parse((await runCli(["rapport", suppliers, "--register", register, "--json", "--peildatum", "2026-12-01"])).stdout);
    const certified = (r: { kpis: { key: string; value: number }[] }) => r.kpis.find((k) => k.key === "certified")?.value;
    expect(certified(withRegister)).not.toBe(certified(without));
  });
});
