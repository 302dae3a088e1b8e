import { mkdtempSync, writeFileSync } from "fs";
import os from "os";
import path from "path";
import { CheckJson } from "../../src/cli/checkReport";
import { runCli } from "../support/cli";

/** A list made for the outlook: certificates, a growth step and contract ends in the months after 31-12-2026. */
const LIST = [
  "Leverancier;Opdrachtsom per jaar;PSO-trede;Geldig tot;Gunningsdatum;Looptijd (maanden);Einddatum",
  "Schilder Peters;200000;Trede 2;31-3-2027;;;",
  "Installatie Hendriks;400000;;;1-6-2026;48;",
  "Hovenier Groen;180000;Trede 2;30-6-2028;;;30-9-2027",
  "Glas Smeets;300000;Trede 1;30-6-2028;;;15-9-2027",
  "Oud Contract BV;180000;Trede 2;30-4-2027;;;31-10-2026",
].join("\n");

function listFile(): string {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), "pso-outlook-")), "vooruitblik.csv");
  writeFileSync(file, LIST);
  return file;
}

describe("check: the outlook of the coming months", () => {
  test("--json gives every month of the outlook, 0 where nothing is at stake, items with row, supplier, kind and date", async () => {
    const result = await runCli(["check", listFile(), "--peildatum", "31-12-2026", "--json"]);
    const out = JSON.parse(result.stdout) as CheckJson;
    expect(out.outlook!.months.map((m) => m.month)).toEqual(Array.from({ length: 12 }, (_, i) => `2027-${String(i + 1).padStart(2, "0")}`));
    const byMonth = Object.fromEntries(out.outlook!.months.map((m) => [m.month, m]));
    expect(byMonth["2027-03"]).toEqual({ month: "2027-03", spendAtRisk: 200_000, suppliersAtRisk: 1, spendUnknown: 0, items: [{ row: 2, supplier: "Schilder Peters", kind: "certificateExpires", date: "2027-03-31" }] });
    expect(byMonth["2027-06"].items).toEqual([{ row: 3, supplier: "Installatie Hendriks", kind: "growthStep", date: "2027-06-01" }]);
    // 003: a contract end is a moment to act, with no spend at stake; the ended contract (row 6) is not there
    expect(byMonth["2027-09"]).toEqual({
      month: "2027-09",
      spendAtRisk: 0,
      suppliersAtRisk: 0,
      spendUnknown: 0,
      items: [
        { row: 5, supplier: "Glas Smeets", kind: "contractEnds", date: "2027-09-15" },
        { row: 4, supplier: "Hovenier Groen", kind: "contractEnds", date: "2027-09-30" },
      ],
    });
    expect(byMonth["2027-01"]).toEqual({ month: "2027-01", spendAtRisk: 0, suppliersAtRisk: 0, spendUnknown: 0, items: [] });
    expect(JSON.stringify(out.outlook)).not.toContain("Oud Contract");
  });

  test('the text report has "Komende maanden": months as "mrt 2027", only those with something in them, contract ends with their PSO status', async () => {
    const { stdout } = await runCli(["check", listFile(), "--peildatum", "31-12-2026"]);
    const section = stdout.slice(stdout.indexOf("Komende maanden"), stdout.indexOf("Rijen die aandacht vragen"));
    expect(section).toContain("  mrt 2027: € 200.000,00 op het spel\n    Rij 2  Schilder Peters: certificaat verloopt 31-3-2027");
    expect(section).toContain("  jun 2027: € 400.000,00 op het spel\n    Rij 3  Installatie Hendriks: groeipadstap valt 1-6-2027");
    expect(section).toContain("Rij 5  Glas Smeets: contract loopt af 15-9-2027, PSO-status nu: Voldoet niet");
    expect(section).toContain("Rij 4  Hovenier Groen: contract loopt af 30-9-2027, PSO-status nu: Voldoet");
    expect(section).not.toContain("jan 2027");
  });

  test("in English the section is Coming months", async () => {
    const { stdout } = await runCli(["check", listFile(), "--peildatum", "31-12-2026", "--taal", "en"]);
    expect(stdout).toContain("Coming months\n  Mar 2027: €200,000.00 at stake");
  });
});

describe("check --json: supplierType", () => {
  test('004: a row whose category names an SW-bedrijf carries supplierType "sw"; other rows carry none', async () => {
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), "pso-sw-")), "sw.csv");
    writeFileSync(file, ["Leverancier;Categorie;Opdrachtsom per jaar;PSO-trede;Geldig tot", "Werkbedrijf Parkstad;Sociale werkvoorziening;200000;PSO 30+;30-6-2028", "Bouw BV;Bouw;200000;Trede 2;30-6-2028"].join("\n"));
    const out = JSON.parse((await runCli(["check", file, "--peildatum", "31-12-2026", "--json"])).stdout) as CheckJson;
    expect(out.rows.map((r) => r.supplierType ?? null)).toEqual(["sw", null]);
  });
});
