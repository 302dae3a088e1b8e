import { spawnSync } from "child_process";
import { readFileSync } from "fs";
import path from "path";
import { ensureCliBuilt } from "../functions/support/cli";
import { runCli } from "../support/cli";

/*
 * Issue 16 item 8, the first five minutes: help per command, --version, and a mistyped option answered in the user's
 * language with a suggestion and the usage, never with Node's English parser text.
 */
const root = path.join(__dirname, "..", "..");
const example = path.join(root, "examples", "leveranciers.xlsx");
const nodeParserText = /To specify a positional|Unknown option '|Option '--|does not take an argument|argument is ambiguous|Unexpected argument '/;

describe("help and version through the built command (bin/pso-toets.js)", () => {
  beforeAll(() => ensureCliBuilt(), 120_000);
  const bin = (...args: string[]) => spawnSync(process.execPath, [path.join(root, "bin", "pso-toets.js"), ...args], { encoding: "utf8" });

  test("check --help prints check's usage with its options, on stdout, exit 0", () => {
    const r = bin("check", "--help");
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("Gebruik: pso-toets check <bestand.xlsx|bestand.csv>");
    expect(r.stdout).toContain("--peildatum JJJJ-MM-DD");
    expect(r.stdout).toContain("--out kopie.xlsx");
    expect(r.stdout).not.toContain("pso-toets rapport");
    expect(r.stderr).toBe("");
  });

  test("rapport -h prints rapport's usage: its --out writes the report sheet", () => {
    const r = bin("rapport", example, "-h");
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("Gebruik: pso-toets rapport <bestand.xlsx>");
    expect(r.stdout).toContain('blad "Sociale bijdrage"');
    expect(r.stdout).not.toContain("Gebruik: pso-toets check");
  });

  test("--help lists every command with one line each", () => {
    const r = bin("--help");
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^ {2}check {3,}\S/m);
    expect(r.stdout).toMatch(/^ {2}rapport {3,}\S/m);
    expect(r.stdout).toContain("pso-toets <opdracht> --help");
  });

  test("--version prints the package's version", () => {
    const version = (JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")) as { version: string }).version;
    const r = bin("--version");
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toBe(`pso-toets ${version}`);
  });

  test("a mistyped option: Dutch message with a suggestion, then the usage, exit 2; nothing on stdout", () => {
    const r = bin("check", example, "--peildtum", "2026-12-01");
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr.split("\n")[0]).toBe("Onbekende optie --peildtum; bedoelt u --peildatum?");
    expect(r.stderr).toContain("Gebruik: pso-toets check");
    expect(r.stderr).not.toMatch(nodeParserText);
  });
});

describe("every kind of usage error is translated, in Dutch and with --taal en in English", () => {
  test.each<[string, string[], string, string]>([
    ["unknown option", ["check", example, "--peildtum", "2026-12-01"], "Onbekende optie --peildtum; bedoelt u --peildatum?", "Unknown option --peildtum; did you mean --peildatum?"],
    ["unknown option, nothing close", ["check", example, "--xyzzy"], "Onbekende optie --xyzzy.", "Unknown option --xyzzy."],
    ["unknown short option", ["check", example, "-q"], "Onbekende optie -q.", "Unknown option -q."],
    ["missing value at the end", ["check", example, "--peildatum"], "Optie --peildatum mist een waarde; schrijf bijvoorbeeld --peildatum 2026-12-01.", "Option --peildatum needs a value; write for example --peildatum 2026-12-01."],
    ["missing value before the next option", ["check", example, "--sheet", "--json"], "Optie --sheet mist een waarde", "Option --sheet needs a value"],
    ["value for a flag", ["check", example, "--json=ja"], 'Optie --json neemt geen waarde ("ja"); schrijf alleen --json.', 'Option --json takes no value ("ja"); write just --json.'],
    ["a second file", ["check", example, "extra.xlsx"], 'Onverwacht argument "extra.xlsx"', 'Unexpected argument "extra.xlsx"'],
    ["no file", ["check", "--json"], "Geef precies één bestand op (.xlsx of .csv).", "Give exactly one file (.xlsx or .csv)."],
    ["mistyped command", ["chekc", example], 'Onbekende opdracht "chekc"; bedoelt u "check"?', 'Unknown command "chekc"; did you mean "check"?'],
    ["option before the command", ["--json", "check", example], "Geef eerst de opdracht (check, rapport, brieven)", "Give the command first (check, rapport, brieven)"],
  ])("%s", async (_kind, args, nl, en) => {
    const dutch = await runCli(args);
    expect(dutch.code).toBe(2);
    expect(dutch.stdout).toBe("");
    expect(dutch.stderr).toContain(nl);
    expect(dutch.stderr).toMatch(/Gebruik: pso-toets/);
    expect(dutch.stderr).not.toMatch(nodeParserText);

    const english = await runCli([...args, "--taal", "en"]);
    expect(english.code).toBe(2);
    expect(english.stderr).toContain(en);
    expect(english.stderr).toMatch(/Usage: pso-toets/);
    expect(english.stderr).not.toMatch(/Gebruik|Onbekende|Geef|mist een waarde/);
  });

  test("--taal EN is English too; --taal de names the choices", async () => {
    const upper = await runCli(["check", example, "--peildtum", "x", "--taal", "EN"]);
    expect(upper.stderr).toContain("Unknown option --peildtum; did you mean --peildatum?");
    const other = await runCli(["check", example, "--taal", "de"]);
    expect(other.code).toBe(2);
    expect(other.stderr).toContain('--taal moet "nl" of "en" zijn.');
  });

  test("--help wins over a mistyped option, as in git and npm", async () => {
    const r = await runCli(["check", example, "--peildtum", "x", "--help"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Gebruik: pso-toets check");
  });

  test("help <command> is the same as <command> --help", async () => {
    expect((await runCli(["help", "rapport"])).stdout).toBe((await runCli(["rapport", "--help"])).stdout);
  });

  test("a file named after a help flag, behind --, is a file, not a help request", async () => {
    const r = await runCli(["check", "--peildatum", "2026-12-01", "--", "--help"]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain('"--help"');
  });
});
