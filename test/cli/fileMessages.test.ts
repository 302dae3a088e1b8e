import ExcelJS from "exceljs";
import { unzipSync, zipSync } from "fflate";
import { mkdtempSync, readFileSync, writeFileSync } from "fs";
import os from "os";
import path from "path";
import { CheckJson } from "../../src/cli/checkReport";
import { MAX_CELL_CHARS } from "../../src/core";
import { xlsxReadFailure } from "../../src/xlsx/messages";
import { runCli } from "../support/cli";

/*
 * Issue 15 item 11: clear messages, never raw library text. Each case is a file as a user would have it; the message
 * must say what is wrong in the user's words and carry no JavaScript or parser text.
 */
const root = path.join(__dirname, "..", "..");
const example = path.join(root, "examples", "leveranciers.xlsx");
const PEIL = ["--peildatum", "2026-12-01"];
const tmp = () => mkdtempSync(path.join(os.tmpdir(), "pso-msg-"));
const rawText = /JSON at position|Unexpected token|Unexpected end|TypeError|Cannot read|undefined|\n\s+at /;

function writeIn(dir: string, name: string, content: string | Uint8Array): string {
  const file = path.join(dir, name);
  writeFileSync(file, content);
  return file;
}

const LIST = "Leverancier;Opdrachtsom per jaar;PSO-trede;Geldig tot\nA;200000;Trede 2;1-1-2028\nB;300000;Trede 1;1-1-2028\n";

describe("the policy file", () => {
  test("one saved with a byte-order mark (Notepad) is read like one without", async () => {
    const dir = tmp();
    const list = writeIn(dir, "lijst.csv", LIST);
    const policy = { scope: { minAnnualSpend: 250_000 } };
    const withBom = writeIn(dir, "bom.json", `\ufeff${JSON.stringify(policy)}`);
    const r = await runCli(["check", list, ...PEIL, "--beleid", withBom, "--json"]);
    expect(r.stderr).toBe("");
    // The threshold of 250,000 puts A (200,000) out of scope: the file's setting was used.
    expect((JSON.parse(r.stdout) as CheckJson).rows.map((x) => x.status)).toEqual(["out_of_scope", "non_compliant"]);
  });

  test.each<[string, string, string, string]>([
    ["a comma after the last value", '{\n  "scope": { "minAnnualSpend": 100000 },\n}\n', 'regel 3, teken 1, bij "}"', 'line 3, character 1, at "}"'],
    ["a comment", '{\n  // ons beleid\n  "scope": {}\n}', 'regel 2, teken 3, bij "// ons beleid"', 'line 2, character 3, at "// ons beleid"'],
    ["a CSV given as policy", LIST, 'regel 1, teken 1, bij "Leverancier;Opdracht"', 'line 1, character 1, at "Leverancier;Opdracht"'],
    ["a file cut short", '{"scope": {"minAnnualSpend": 1', "het houdt op voordat alle haakjes en aanhalingstekens gesloten zijn", "it ends before every bracket and quote is closed"],
    ["an empty file", "  \n", "is leeg", "is empty"],
  ])("%s: the line and column in the user's words, never the parser's", async (_what, content, nl, en) => {
    const dir = tmp();
    const list = writeIn(dir, "lijst.csv", LIST);
    const policy = writeIn(dir, "beleid.json", content);
    const dutch = await runCli(["check", list, ...PEIL, "--beleid", policy]);
    expect(dutch.code).toBe(2);
    expect(dutch.stderr).toContain(`Beleidsbestand "${policy}"`);
    expect(dutch.stderr).toContain(nl);
    expect(dutch.stderr).not.toMatch(rawText);
    const english = await runCli(["check", list, ...PEIL, "--beleid", policy, "--taal", "en"]);
    expect(english.stderr).toContain(en);
    expect(english.stderr).not.toMatch(rawText);
  });
});

describe("a workbook the reader cannot parse says what it did not understand", () => {
  const parts = () => unzipSync(new Uint8Array(readFileSync(example)));

  test("a part packed with a compression method Excel never uses: names the part and the method", async () => {
    const bytes = new Uint8Array(readFileSync(example));
    // xl/workbook.xml's central-directory record: its compression method (offset 10) becomes 12 (bzip2).
    const u16 = (o: number) => bytes[o] | (bytes[o + 1] << 8);
    let p = bytes.length - 22;
    while (!(bytes[p] === 0x50 && bytes[p + 1] === 0x4b && bytes[p + 2] === 0x05 && bytes[p + 3] === 0x06)) p--;
    let record = u16(p + 16) | (u16(p + 18) << 16);
    const name = (o: number) => Buffer.from(bytes.subarray(o + 46, o + 46 + u16(o + 28))).toString();
    while (name(record) !== "xl/workbook.xml") record += 46 + u16(record + 28) + u16(record + 30) + u16(record + 32);
    bytes[record + 10] = 12;
    const file = writeIn(tmp(), "bzip2.xlsx", bytes);
    const r = await runCli(["check", file, ...PEIL]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("onderdeel xl/workbook.xml is ingepakt met een compressiemethode (nummer 12) die PSO-toets niet kent");
    expect(r.stderr).not.toContain("wachtwoord");
  });

  test("a zip without xl/workbook.xml: says it is no Excel workbook", async () => {
    const all = parts();
    delete all["xl/workbook.xml"];
    const file = writeIn(tmp(), "geen-werkmap.xlsx", zipSync(all));
    const r = await runCli(["check", file, ...PEIL]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("is een zip, maar geen Excel-werkmap: het onderdeel xl/workbook.xml ontbreekt");
    expect(r.stderr).not.toContain("wachtwoord");
  });

  test("a workbook part that names no sheets: says so, never 'blad (leeg)'", async () => {
    const all = parts();
    all["xl/workbook.xml"] = all["xl/workbook.xml"].subarray(0, 200);
    const file = writeIn(tmp(), "half.xlsx", zipSync(all));
    const r = await runCli(["check", file, ...PEIL, "--taal", "en"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("the workbook names no worksheets PSO-toets can find");
    expect(r.stderr).not.toContain("(leeg)");
  });

  test("a worksheet cut off halfway (a broken download): refused, never a check of the rows before the cut", async () => {
    const all = parts();
    const sheet = all["xl/worksheets/sheet1.xml"];
    all["xl/worksheets/sheet1.xml"] = sheet.subarray(0, Math.floor(sheet.length / 2));
    const file = writeIn(tmp(), "afgebroken.xlsx", zipSync(all));
    const r = await runCli(["check", file, ...PEIL]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/onderdeel xl\/worksheets\/sheet1\.xml \(een werkblad\) houdt halverwege op, na rij \d+; de rijen daarna ontbreken/);
  });

  test("only a file that is no zip at all gets 'corrupted or password-protected', without a library's text behind it", async () => {
    const file = writeIn(tmp(), "tekst.xlsx", "dit is geen werkmap\n".repeat(10));
    const r = await runCli(["check", file, ...PEIL]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("beschadigd of met een wachtwoord beveiligd?): het is geen zip-archief");
    expect(r.stderr).not.toContain("inhoudsopgave");
    expect(r.stderr).not.toMatch(rawText);
  });

  test("an error inside the reader (a structure it did not expect) is named as such, without the JavaScript error", () => {
    const m = xlsxReadFailure("lijst.xlsx", new TypeError("Cannot read properties of undefined (reading 'length')"));
    expect(m.nl).toContain("PSO-toets begrijpt hun opbouw niet");
    expect(m.nl).not.toMatch(/wachtwoord|Cannot read|undefined/);
    expect(m.en).not.toMatch(/password|Cannot read|undefined/);
  });
});

describe("a sheet with a header and no supplier under it", () => {
  test("says that no suppliers were found, exit 2, never an all-clear", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Leveranciers").addRow(["Leverancier", "Opdrachtsom per jaar", "PSO-trede", "Geldig tot"]);
    const file = path.join(tmp(), "leeg.xlsx");
    await wb.xlsx.writeFile(file);
    const r = await runCli(["check", file, ...PEIL]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain('Bestand "leeg.xlsx", blad "Leveranciers": geen leveranciers gevonden');
    const en = await runCli(["rapport", file, ...PEIL, "--taal", "en"]);
    expect(en.code).toBe(2);
    expect(en.stderr).toContain("no suppliers found");
  });
});

describe("an explanation longer than an Excel cell holds", () => {
  test("is shortened in the copy's cell with a note; --json keeps the whole reason", async () => {
    const dir = tmp();
    const huge = "x".repeat(40_000);
    const list = writeIn(dir, "lang.csv", `Leverancier;Opdrachtsom per jaar;PSO-trede;Geldig tot\nA;200000;${huge};1-1-2028\nB;200000;Trede 2;1-1-2028\n`);
    const out = path.join(dir, "kopie.xlsx");
    const r = await runCli(["check", list, ...PEIL, "--out", out]);
    expect(r.code).toBe(1);
    const copy = new ExcelJS.Workbook();
    await copy.xlsx.readFile(out);
    const ws = copy.worksheets[0];
    const cell = String(ws.getCell("F2").value);
    expect(cell.length).toBeLessThanOrEqual(MAX_CELL_CHARS);
    expect(cell.length).toBeGreaterThan(MAX_CELL_CHARS - 200);
    expect(cell).toMatch(/… \(ingekort: de volledige toelichting telt 40\.\d{3} tekens/);
    expect(String(ws.getCell("F3").value)).not.toContain("ingekort");
    const json = JSON.parse((await runCli(["check", list, ...PEIL, "--json"])).stdout) as CheckJson;
    expect(json.rows[0].reasons.join(" ")).toContain(huge);
  });
});
