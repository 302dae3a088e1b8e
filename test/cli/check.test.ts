import ExcelJS from "exceljs";
import { spawnSync } from "child_process";
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from "fs";
import os from "os";
import path from "path";
import { CheckJson } from "../../src/cli/checkReport";
import { plainCellValue } from "../../src/xlsx/cellValue";
import { runCli } from "../support/cli";
import { libreOfficeConvert } from "../support/libreoffice";

const root = path.join(__dirname, "..", "..");
const example = path.join(root, "examples", "leveranciers.xlsx");
const exampleCsv = path.join(root, "examples", "leveranciers.csv");
const tmp = () => mkdtempSync(path.join(os.tmpdir(), "pso-cli-"));

async function json(args: string[]): Promise<CheckJson> {
  const result = await runCli([...args, "--json"]);
  return JSON.parse(result.stdout) as CheckJson;
}

describe("pso-toets check on the example workbook", () => {
  test("--json gives one row per supplier in sheet order, with Excel row numbers and reasons", async () => {
    const out = await json(["check", example, "--peildatum", "2026-12-01"]);
    expect(out.peildatum).toBe("2026-12-01");
    expect(out.rows).toHaveLength(40);
    expect(out.rows[0]).toMatchObject({ row: 5, supplier: "Bouwbedrijf Janssen BV", status: "compliant", requiredLevel: "Trede 2", heldLevel: "Trede 2" });
    const rows = out.rows.map((r) => r.row);
    expect(rows).toEqual([...rows].sort((a, b) => a - b));
    expect(rows).not.toContain(25); // the blank row is skipped
    const maas = out.rows.find((r) => r.supplier === "Groenvoorziening Maas & Zn");
    expect(maas).toMatchObject({ status: "non_compliant", heldLevel: "Trede 1", requiredLevel: "Trede 2" });
    expect(maas?.reasons).toContain("Trede 1 is te laag: vraag een certificaat van minimaal trede 2 (vereist sinds 1-1-2022)");
    const bad = out.rows.find((r) => r.supplier === "Dakdekkers Limburg");
    expect(bad?.status).toBe("error");
    expect(bad?.reasons[0]).toContain('Kolom "Opdrachtsom per jaar" (D): "veel" is geen bedrag');
  });

  test("text output names every failing row with its reason; exit code 1 when an in-scope row fails", async () => {
    const result = await runCli(["check", example, "--peildatum", "2026-12-01"]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("peildatum 1-12-2026");
    expect(result.stdout).toContain("Rij 7  Groenvoorziening Maas & Zn: Voldoet niet: trede 1, vereist trede 2");
    expect(result.stdout).toMatch(/Met geldig PSO-certificaat \(van de leveranciers binnen scope\)\s+\d+ \(\d+,\d%\)\n/);
    expect(result.stdout).toMatch(/Nog te gaan\s+\d+\n/);
  });

  // Issue 23 item 12 (seed 000: "Van de ruim 80 leveranciers heeft de helft een certificaat. Nog 40 te gaan dus."):
  // the share is taken over the suppliers in scope; "certified" keeps counting every valid certificate.
  test("--json kpis: certifiedShare = in scope with a valid certificate / in scope; certifiedInScope and stillToGo", async () => {
    const { kpis } = await json(["check", example, "--peildatum", "2026-12-01"]);
    const k = kpis as unknown as Record<string, number>;
    expect(k.certifiedInScope).toBeLessThan(k.certified);
    expect(k.certifiedShare).toBeCloseTo(k.certifiedInScope / k.inScope, 10);
    expect(k.stillToGo).toBe(k.inScope - k.certifiedInScope);
  });

  test("before the policy started (2020) nothing fails: exit code 0", async () => {
    const result = await runCli(["check", example, "--peildatum", "2020-06-30", "--beleid", writePolicy({ growthPath: { enabled: false } })]);
    const out = await json(["check", example, "--peildatum", "2020-06-30"]);
    expect(out.rows.filter((r) => r.status === "non_compliant")).toEqual([]);
    expect(result.code).toBe(1); // error rows still fail
  });

  test("a policy file changes the outcome: scope threshold raised to EUR 1 mln", async () => {
    const out = await json(["check", example, "--peildatum", "2026-12-01", "--beleid", writePolicy({ scope: { minAnnualSpend: 1_000_000 } })]);
    expect(out.rows.find((r) => r.supplier === "Groenvoorziening Maas & Zn")?.status).toBe("out_of_scope");
    expect(out.rows.find((r) => r.supplier === "Bouwbedrijf Janssen BV")?.status).toBe("compliant");
  });

  test("the CSV gives the same statuses as the workbook", async () => {
    const fromXlsx = await json(["check", example, "--peildatum", "2026-12-01"]);
    const fromCsv = await json(["check", exampleCsv, "--peildatum", "2026-12-01"]);
    const bySupplier = (o: CheckJson) => Object.fromEntries(o.rows.map((r) => [r.supplier, r.status]));
    expect(bySupplier(fromCsv)).toEqual(bySupplier(fromXlsx));
  });

  test("English output with --taal en", async () => {
    const result = await runCli(["check", example, "--peildatum", "2026-12-01", "--taal", "en"]);
    expect(result.stdout).toContain("Not compliant: level 1, requires Level 2".replace("level 1", "Level 1"));
  });
});

function writePolicy(json: unknown): string {
  const file = path.join(tmp(), "beleid.json");
  writeFileSync(file, JSON.stringify(json));
  return file;
}

describe("the printed report follows the check report (issue 13)", () => {
  test("with a policy that counts spend from trede 3, check prints trede 3, as rapport does", async () => {
    const policy = writePolicy({ kpi: { spendMinLevel: "trede3" } });
    const check = await runCli(["check", example, "--peildatum", "2026-12-01", "--beleid", policy]);
    const rapport = await runCli(["rapport", example, "--peildatum", "2026-12-01", "--beleid", policy]);
    expect(check.stdout).toMatch(/Uitgaven bij trede 3 of hoger\s+€/);
    expect(check.stdout).not.toContain("trede 2 of hoger");
    expect(rapport.stdout).toContain("Uitgaven bij trede 3 of hoger");
  });

  test("a totals row without a label ends the list; a row without a name is listed as an error in both languages", async () => {
    const file = path.join(tmp(), "totaal.csv");
    writeFileSync(file, "Leverancier;Opdrachtsom;PSO-trede;Geldig tot\nA;200000;Trede 3;1-1-2030\n;100000;Trede 3;1-1-2030\n;300000;;\n");
    const nl = await runCli(["check", file, "--peildatum", "2026-12-01"]);
    expect(nl.stdout).toMatch(/Leveranciers\s+1\n/);
    expect(nl.stdout).toMatch(/Uitgaven totaal\s+€ 200\.000,00/);
    expect(nl.stdout).toContain('Rij 3: Fout: Kolom "Leverancier" (A): naam ontbreekt');
    expect(nl.stdout).toContain("op rij 4 begint een totaalregel");
    const en = await runCli(["check", file, "--peildatum", "2026-12-01", "--taal", "en"]);
    expect(en.stdout).toContain('Row 3: Error: Column "Leverancier" (A): name missing');
    expect(en.stdout).not.toContain("zonder naam");
  });
});

describe("usage and file errors: exit code 2 with a clear Dutch message, no stack trace", () => {
  test.each<[string[], string]>([
    [["check"], "Geef precies één bestand op"],
    [["check", "bestaat-niet.xlsx"], 'Bestand "bestaat-niet.xlsx" bestaat niet'],
    [["check", "oud.xls"], "Sla een oud .xls-bestand in Excel op als .xlsx"],
    [["check", example, "--peildatum", "morgen"], '--peildatum: "morgen" is geen datum'],
    [["check", example, "--sheet", "Blad9"], 'heeft geen blad "Blad9". Bladen: Leveranciers, Toelichting'],
    [["check", example, "--out", example], "schrijft nooit in het origineel"],
    [["check", example, "--beleid", __filename], "is geen geldige JSON"],
    [["check", example, "--kolom", "spend=??"], "'??' is geen kolomletter"],
    [["onzin"], 'Onbekende opdracht "onzin"'],
  ])("%p", async (args, message) => {
    const result = await runCli(args);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  test("a policy with a wrong value names the setting", async () => {
    const result = await runCli(["check", example, "--beleid", writePolicy({ scope: { minAnnualSpend: "veel" } })]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('"scope.minAnnualSpend" moet een bedrag in euro\'s, 0 of meer zijn');
  });

  test("a sheet without a level column is refused rather than counting every supplier as uncertified", async () => {
    const file = path.join(tmp(), "zonder-trede.csv");
    writeFileSync(file, "Leverancier;Opdrachtsom per jaar;Geldig tot\nA;200000;1-1-2030\n");
    const result = await runCli(["check", file]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("geen kolom voor de PSO-trede gevonden");
    expect(result.stderr).toContain("--kolom level=");
  });

  test("headers as buyers write them: Naam, Inkoopvolume, Niveau, Vervaldatum certificaat, Startdatum, Looptijd", async () => {
    const file = path.join(tmp(), "varianten.csv");
    writeFileSync(file, 'Naam,Inkoopvolume,Niveau,Vervaldatum certificaat,Startdatum,Looptijd\n"Bakker, De",250000,PSO-2,31-12-2027,,\nNieuw BV,300000,,,1-3-2026,36\n');
    const out = await json(["check", file, "--peildatum", "2026-12-01"]);
    // "Inkoopvolume" without "per jaar" beside "Looptijd" is the whole contract's sum (issue 15, item 6): Nieuw BV's
    // 300.000 over 36 months is 100.000 a year, out of scope; Bakker has no term to derive a yearly sum from.
    expect(out.rows.map((r) => [r.supplier, r.status, r.heldLevel])).toEqual([
      ["Bakker, De", "error", "Trede 2"],
      ["Nieuw BV", "out_of_scope", "Geen"],
    ]);
    const annual = path.join(tmp(), "per-jaar.csv");
    writeFileSync(annual, 'Naam,Inkoopvolume per jaar,Niveau,Vervaldatum certificaat,Startdatum,Looptijd\n"Bakker, De",250000,PSO-2,31-12-2027,,\nNieuw BV,300000,,,1-3-2026,36\n');
    const perYear = await json(["check", annual, "--peildatum", "2026-12-01"]);
    expect(perYear.rows.map((r) => [r.supplier, r.status, r.heldLevel])).toEqual([
      ["Bakker, De", "compliant", "Trede 2"],
      ["Nieuw BV", "warning", "Geen"],
    ]);
  });

  test("a corrupted .xlsx is refused with a message", async () => {
    const file = path.join(tmp(), "kapot.xlsx");
    writeFileSync(file, "dit is geen zip");
    const result = await runCli(["check", file]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("geen leesbaar .xlsx-bestand");
  });

  test("--kolom points at a column whose header is not recognised", async () => {
    const dir = tmp();
    const file = path.join(dir, "anders.csv");
    writeFileSync(file, "Firma;Bedrag;Keurmerk;Tot\nA;200000;Trede 2;1-1-2028\nB;300000;Trede 1;1-1-2028\n");
    const refused = await runCli(["check", file]);
    expect(refused.code).toBe(2);
    const out = await json(["check", file, "--kolom", "spend=B", "--kolom", "level=C", "--kolom", "validUntil=D", "--peildatum", "2026-12-01"]);
    expect(out.rows.map((r) => r.status)).toEqual(["compliant", "non_compliant"]);
  });
});

describe("the compiled command (bin/pso-toets.js)", () => {
  const bin = path.join(root, "bin", "pso-toets.js");
  test("exit codes 0, 1 and 2 as documented", () => {
    const dir = tmp();
    const good = path.join(dir, "goed.csv");
    writeFileSync(good, "Leverancier;Opdrachtsom per jaar;PSO-trede;Geldig tot\nA;€ 200.000;Trede 3;1-1-2030\n");
    const node = process.execPath;
    expect(spawnSync(node, [bin, "check", good, "--peildatum", "2026-12-01"]).status).toBe(0);
    expect(spawnSync(node, [bin, "check", example, "--peildatum", "2026-12-01"]).status).toBe(1);
    const usage = spawnSync(node, [bin, "check"], { encoding: "utf8" });
    expect(usage.status).toBe(2);
    expect(usage.stderr).toContain("Geef precies één bestand op");
  });
});

describe("--out writes an annotated copy and never touches the input", () => {
  test("status and reasons added, conditional formats, original cells kept; opens in LibreOffice", async () => {
    const dir = tmp();
    const input = path.join(dir, "leveranciers.xlsx");
    copyFileSync(example, input);
    const before = readFileSync(input);
    const out = path.join(dir, "geannoteerd.xlsx");
    const result = await runCli(["check", input, "--peildatum", "2026-12-01", "--out", out]);
    expect(result.code).toBe(1);
    expect(readFileSync(input).equals(before)).toBe(true);

    const original = new ExcelJS.Workbook();
    await original.xlsx.readFile(input);
    const annotated = new ExcelJS.Workbook();
    await annotated.xlsx.readFile(out);
    const ws = annotated.getWorksheet("Leveranciers")!;
    expect(ws.getCell("J4").value).toBe("PSO-status");
    expect(ws.getCell("K4").value).toBe("PSO-toelichting");
    expect(ws.getCell("J7").value).toBe("Voldoet niet: trede 1, vereist trede 2");
    expect(String(ws.getCell("K7").value)).toContain("vraag een certificaat van minimaal trede 2 (vereist sinds 1-1-2022)");
    expect(ws.getCell("J5").value).toBe("Voldoet");
    expect(ws.getCell("J25").value).toBeNull(); // the blank row stays blank

    const origWs = original.getWorksheet("Leveranciers")!;
    origWs.eachRow({ includeEmpty: true }, (row, r) => {
      row.eachCell({ includeEmpty: true }, (cell, c) => {
        expect([r, c, ws.getCell(r, c).value]).toEqual([r, c, cell.value]);
        expect(ws.getCell(r, c).numFmt).toEqual(cell.numFmt);
      });
    });
    expect(ws.getCell("A1").isMerged).toBe(true);
    expect(annotated.getWorksheet("Toelichting")?.getCell("A1").value).toBe(original.getWorksheet("Toelichting")?.getCell("A1").value);

    // LibreOffice opens it, recalculates, and every original value is still there.
    const roundTrip = libreOfficeConvert(out, "xlsx", path.join(dir, "lo"));
    const lo = new ExcelJS.Workbook();
    await lo.xlsx.readFile(roundTrip);
    const loWs = lo.getWorksheet("Leveranciers")!;
    expect(plainCellValue(loWs.getCell("D32").value)).toBe(240000); // the formula recalculated
    expect(loWs.getCell("J7").value).toBe("Voldoet niet: trede 1, vereist trede 2");
    for (const [r, c] of [[5, 1], [7, 5], [19, 4], [20, 5], [30, 9]]) {
      expect(plainCellValue(loWs.getCell(r, c).value)).toEqual(plainCellValue(origWs.getCell(r, c).value));
    }
  });

  test("re-running on an annotated copy updates the two columns instead of adding new ones", async () => {
    const dir = tmp();
    const first = path.join(dir, "een.xlsx");
    const second = path.join(dir, "twee.xlsx");
    await runCli(["check", example, "--peildatum", "2026-12-01", "--out", first]);
    await runCli(["check", first, "--peildatum", "2022-06-30", "--out", second]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(second);
    const ws = wb.getWorksheet("Leveranciers")!;
    expect(ws.getCell("J4").value).toBe("PSO-status");
    expect(ws.columnCount).toBe(11);
    expect(ws.getCell("J7").value).toBe("Voldoet niet: trede 1, vereist trede 2");
  });
});

