import { mkdtempSync, writeFileSync } from "fs";
import os from "os";
import path from "path";
import { CheckJson } from "../../src/cli/checkReport";
import { runCli } from "../support/cli";

/*
 * Issue 24.7: the contracts that end within the outlook, each with its PSO status, in the text of `check` and of
 * `rapport`, so the buyer knows which coming tender to prepare; `rapport --json` gives the same outlook as `check`.
 */

/** Twelve certificates that expire in March 2027, and a contract that ends on its last day. */
const CROWDED = [
  "Leverancier;Opdrachtsom per jaar;PSO-trede;Geldig tot;Einddatum",
  ...Array.from({ length: 12 }, (_, i) => `Leverancier ${String(i + 1).padStart(2, "0")};${200000 + i * 1000};Trede 2;${i + 1}-3-2027;`),
  "Schoonmaak Laatste;250000;Trede 1;30-6-2028;31-3-2027",
].join("\n");

function listFile(text: string): string {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), "pso-contracts-")), "lijst.csv");
  writeFileSync(file, text);
  return file;
}

describe("contract ends in the text reports", () => {
  test("check: a contract end is listed with its PSO status even in a month with more items than are shown", async () => {
    const { stdout } = await runCli(["check", listFile(CROWDED), "--peildatum", "31-12-2026"]);
    const march = stdout.slice(stdout.indexOf("  mrt 2027"));
    expect(march).toContain("Rij 14  Schoonmaak Laatste: contract loopt af 31-3-2027, PSO-status nu: Voldoet niet");
    expect(march).toContain("en nog 2");
  });

  test("rapport: the text has the coming months with each contract end's PSO status", async () => {
    const example = path.join(__dirname, "..", "..", "examples", "leveranciers-vooruitblik.xlsx");
    const { stdout, stderr } = await runCli(["rapport", example, "--peildatum", "31-12-2026"]);
    expect(stderr).toBe("");
    expect(stdout).toContain("Komende maanden");
    expect(stdout).toContain("Liftonderhoud Limburg: contract loopt af 28-2-2027, PSO-status nu: Voldoet");
    expect(stdout).toContain("Uitzendbureau Aan de Slag: contract loopt af 30-4-2027, PSO-status nu: Voldoet niet");
  });

  test("rapport --json has the outlook of check --json", async () => {
    const example = path.join(__dirname, "..", "..", "examples", "leveranciers-vooruitblik.xlsx");
    const rapport = JSON.parse((await runCli(["rapport", example, "--peildatum", "31-12-2026", "--json"])).stdout) as { outlook: CheckJson["outlook"] };
    const check = JSON.parse((await runCli(["check", example, "--peildatum", "31-12-2026", "--json"])).stdout) as CheckJson;
    expect(rapport.outlook).toEqual(check.outlook);
    expect(rapport.outlook!.months.flatMap((m) => m.items).filter((i) => i.kind === "contractEnds").length).toBeGreaterThan(2);
  });
});
