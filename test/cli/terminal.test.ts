import { spawnSync } from "child_process";
import { mkdtempSync, writeFileSync } from "fs";
import os from "os";
import path from "path";
import { CheckJson } from "../../src/cli/checkReport";
import { ensureCliBuilt } from "../functions/support/cli";
import { runCli } from "../support/cli";

/*
 * Issue 15 item 12: a supplier list is data from outside. An escape sequence in a cell (clear the screen, set the
 * window title, colour the rest red), a carriage return that overwrites the line, or a line break that starts a fake
 * "Rij" line must be shown as text on the terminal, never obeyed.
 */
const root = path.join(__dirname, "..", "..");
const PEIL = ["--peildatum", "2026-12-01"];
/** What a terminal would act on: C0 controls but tab and line feed, DEL, C1, and bidirectional overrides. */
const OBEYED = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

const CLEAR = "Schoonmaak\u001b[2J\u001b[H BV";
const TITLE = "Groen\u001b]0;gehackt\u0007 BV";
const OVERWRITE = "Dak BV\rRij 9  Alles BV: Voldoet";
const FAKE_LINE = "Bouw BV\n  Rij 99  Nep BV: Voldoet";
const C1 = "Sloop\u009b2J BV";
const BIDI = "Installatie\u202eVB";

function list(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "pso-term-"));
  const file = path.join(dir, "lijst.csv");
  const q = (s: string) => `"${s}"`;
  const rows = [CLEAR, TITLE, OVERWRITE, FAKE_LINE, C1, BIDI].map((name) => `${q(name)};200000;Trede 1;1-1-2028`);
  writeFileSync(file, ["Leverancier;Opdrachtsom per jaar;PSO-trede;Geldig tot", ...rows, `Trede BV;200000;"Trede\u001b[8m 2";1-1-2028`].join("\r\n"));
  return file;
}

describe("the text report shows control characters instead of obeying them", () => {
  test("every failing name is printed on its own line, with the escapes visible", async () => {
    const r = await runCli(["check", list(), ...PEIL]);
    expect(r.code).toBe(1);
    expect(r.stdout).not.toMatch(OBEYED);
    expect(r.stdout).toContain("Schoonmaak\\u001b[2J\\u001b[H BV");
    expect(r.stdout).toContain("Groen\\u001b]0;gehackt\\u0007 BV");
    expect(r.stdout).toContain("Dak BV↵Rij 9  Alles BV: Voldoet");
    expect(r.stdout).toContain("Bouw BV↵  Rij 99  Nep BV: Voldoet");
    expect(r.stdout).toContain("Sloop\\u009b2J BV");
    expect(r.stdout).toContain("Installatie\\u202eVB");
    // No line of the report is one a cell made up.
    expect(r.stdout.split("\n").filter((line) => /^\s*Rij (9|99)\b/.test(line))).toEqual([]);
    // A cell value quoted in a reason is shown the same way.
    expect(r.stdout).toContain('"Trede\\u001b[8m 2"');
  });

  test("the policy's name and an error naming a sheet are printed the same way", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "pso-term-"));
    const policy = path.join(dir, "beleid.json");
    writeFileSync(policy, JSON.stringify({ name: "Beleid\u001b[2J\nNep regel" }));
    const r = await runCli(["check", list(), ...PEIL, "--beleid", policy]);
    expect(r.stdout).toContain("Beleid: Beleid\\u001b[2J↵Nep regel");
    const sheet = await runCli(["check", path.join(root, "examples", "leveranciers.xlsx"), ...PEIL, "--sheet", "Blad\u001b[2J"]);
    expect(sheet.code).toBe(2);
    expect(sheet.stderr).not.toMatch(OBEYED);
    expect(sheet.stderr).toContain('geen blad "Blad\\u001b[2J"');
  });
});

describe("--json", () => {
  test("holds no raw control character, and parses back to the names exactly as the cells hold them", async () => {
    const r = await runCli(["check", list(), ...PEIL, "--json"]);
    expect(r.stdout).not.toMatch(OBEYED);
    const out = JSON.parse(r.stdout) as CheckJson;
    expect(out.rows.map((row) => row.supplier)).toEqual([CLEAR, TITLE, OVERWRITE, FAKE_LINE, C1, BIDI, "Trede BV"]);
  });
});

describe("through the built command (bin/pso-toets.js)", () => {
  beforeAll(() => ensureCliBuilt(), 120_000);
  test("stdout carries no escape sequence from the sheet", () => {
    const r = spawnSync(process.execPath, [path.join(root, "bin", "pso-toets.js"), "check", list(), ...PEIL], { encoding: "utf8" });
    expect(r.status).toBe(1);
    expect(r.stdout).toContain("Schoonmaak\\u001b[2J\\u001b[H BV");
    expect(r.stdout).not.toMatch(OBEYED);
  });
});
