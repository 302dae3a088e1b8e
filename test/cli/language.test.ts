import { mkdtempSync } from "fs";
import os from "os";
import path from "path";
import { runCli } from "../support/cli";

const example = path.join(__dirname, "..", "..", "examples", "leveranciers.xlsx");

describe("pso-toets check --taal en: English words and English number formats", () => {
  test("percentages, euros and dates are written the English way; Dutch formats stay in Dutch output", async () => {
    const en = (await runCli(["check", example, "--peildatum", "2026-12-01", "--taal", "en"])).stdout;
    const nl = (await runCli(["check", example, "--peildatum", "2026-12-01"])).stdout;
    expect(en).toContain("reference date 1 December 2026");
    expect(nl).toContain("peildatum 1-12-2026");
    const spendEn = /Total spend\s+(\S+)/.exec(en)?.[1];
    const spendNl = /Uitgaven totaal\s+(.+)/.exec(nl)?.[1];
    expect(spendEn).toMatch(/^€\d{1,3}(,\d{3})*\.\d{2}$/);
    expect(spendNl).toMatch(/^€ \d{1,3}(\.\d{3})*,\d{2}$/);
    // The same amount in both: only the separators differ.
    expect(spendEn!.replace(/[€,.\s]/g, "")).toBe(spendNl!.replace(/[€,.\s]/g, ""));
    const shareEn = /With a valid PSO certificate \(of the suppliers in scope\)\s+\d+ \((\d+\.\d)%\)/.exec(en)?.[1];
    const shareNl = /Met geldig PSO-certificaat \(van de leveranciers binnen scope\)\s+\d+ \((\d+,\d)%\)/.exec(nl)?.[1];
    expect(shareEn).toBeDefined();
    expect(shareEn).toBe(shareNl!.replace(",", "."));
    expect(en).not.toMatch(/\d,\d%|€ \d/);
  });
});

describe("pso-toets check --taal en --json: every status line and reason of the example workbook is English", () => {
  test("no Dutch word outside the quoted cell values and column headers", async () => {
    const out = JSON.parse((await runCli(["check", example, "--peildatum", "2026-12-01", "--taal", "en", "--json"])).stdout) as {
      rows: { statusLine: string; reasons: string[]; requiredLevel: string | null }[];
    };
    const texts = out.rows.flatMap((r) => [r.statusLine, ...r.reasons, r.requiredLevel ?? ""]);
    expect(texts.length).toBeGreaterThan(80);
    const dutch = /\b(de|het|een|niet|geen|van|voor|bij|vanaf|uiterlijk|vereist|gevonden|verloopt|verlopen|trede|leeg|kolom|zonder)\b/i;
    const leaks = texts.map((t) => t.replace(/"[^"]*"/g, '""')).filter((t) => dutch.test(t));
    expect(leaks).toEqual([]);
  });
});

describe("usage errors speak the language asked for, even when the options are wrong", () => {
  test.each<[string[], string]>([
    [["check", example, "--taal", "en", "--peildatum", "tomorrow"], '--peildatum: "tomorrow" is not a date'],
    [["check", "--lang=en"], "Give exactly one file (.xlsx or .csv)."],
    [["nonsense", "--taal", "en"], 'Unknown command "nonsense".'],
  ])("%p", async (args, message) => {
    const result = await runCli(args);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
    expect(result.stderr).not.toMatch(/\b(geen|Geef|Onbekende|opdracht)\b/);
  });

  test("the English help is English", async () => {
    const result = await runCli(["help", "--taal", "en"]);
    expect(result.stdout).toContain("check a supplier list against the PSO policy");
    expect(result.stdout).not.toContain("Gebruik");
  });
});

describe("pso-toets rapport --taal en", () => {
  test("the controller's summary has English figures and dates, and a space between every label and its value", async () => {
    const out = path.join(mkdtempSync(path.join(os.tmpdir(), "pso-lang-")), "rapport.xlsx");
    const result = await runCli(["rapport", example, "--peildatum", "2026-12-01", "--taal", "en", "--out", out]);
    expect(result.stdout).toContain("reference date 1 December 2026");
    expect(result.stdout).toMatch(/Total spend\s+€\d{1,3}(,\d{3})*\.\d{2}/);
    expect(result.stdout).toMatch(/With a valid PSO certificate \(of the suppliers in scope\)\s+\d+ \(\d+\.\d%\)/);
    expect(result.stdout).not.toMatch(/\S€/);
    // Data-error lines quote the cell as typed and the date forms PSO-toets accepts ("1-3-2022 (day first)").
    const own = result.stdout.split("\n").filter((line) => !line.includes("): Data error. ")).join("\n");
    expect(own).not.toMatch(/\b\d{1,2}-\d{1,2}-\d{4}\b/);
  });
});
