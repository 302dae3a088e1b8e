import path from "path";
import type { CheckJson } from "../../src/cli/checkReport";
import { runCli } from "../support/cli";

/*
 * Issue 25 item 2: a messy list (scripts/fixtures/make_messy.py) with the headers buyers write is mapped right and
 * gets no "Fout", and the report says first which column was read as what.
 */
const messy = path.join(__dirname, "..", "fixtures", "lists", "rommelige-lijst.xlsx");

describe("check on a messy list", () => {
  test("--json: every supplier judged, no Fout, and table.columns gives field -> column letter and header", async () => {
    const result = await runCli(["check", messy, "--peildatum", "1-12-2026", "--json"]);
    const out = JSON.parse(result.stdout) as CheckJson;
    expect(out.rows).toHaveLength(12);
    expect(out.rows.filter((r) => r.status === "error")).toEqual([]);
    expect(out.table.columns).toEqual({
      supplier: { column: "B", header: "Leverancier" },
      kvk: { column: "C", header: "KvK" },
      spend: { column: "D", header: "Jaarwaarde (excl. btw)" },
      level: { column: "E", header: "PSO" },
      validUntil: { column: "F", header: "Certificaat t/m" },
      awardDate: { column: "G", header: "Ingang contract" },
      termMonths: { column: "H", header: "Looptijd (mnd)" },
      category: { column: "I", header: "Categorie" },
    });
    expect(out.rows.find((r) => r.supplier === "Installatie Maasdal")).toMatchObject({ heldLevel: "Trede 3", status: "compliant" });
  });

  test("the text report opens with the mapping, before any figure", async () => {
    const { stdout } = await runCli(["check", messy, "--peildatum", "1-12-2026"]);
    const lines = stdout.split("\n");
    const at = lines.indexOf("Kolommen gelezen als");
    expect(at).toBeGreaterThan(0);
    expect(at).toBeLessThan(lines.findIndex((l) => l.startsWith("Kerncijfers")));
    expect(lines.slice(at + 1, at + 9).map((l) => l.trim().replace(/\s+/g, " "))).toEqual([
      'Leverancier kolom B "Leverancier"',
      'KvK-nummer kolom C "KvK"',
      'Opdrachtsom per jaar kolom D "Jaarwaarde (excl. btw)"',
      'PSO-trede kolom E "PSO"',
      'Geldig tot kolom F "Certificaat t/m"',
      'Gunningsdatum kolom G "Ingang contract"',
      'Looptijd (maanden) kolom H "Looptijd (mnd)"',
      'Categorie kolom I "Categorie"',
    ]);
    expect(stdout).not.toMatch(/\bFout\b.*[1-9]|GMT/);
  });

  test("a date column chosen as the level: the message quotes the date as d-m-yyyy, never a JavaScript date", async () => {
    const { stdout } = await runCli(["check", messy, "--peildatum", "1-12-2026", "--kolom", "level=F"]);
    expect(stdout).toContain('onbekende PSO-trede "30-6-2027"');
    expect(stdout).not.toMatch(/GMT|Coordinated Universal Time/);
  });
});
