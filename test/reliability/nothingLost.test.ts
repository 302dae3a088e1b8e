import ExcelJS from "exceljs";
import { copyFileSync, linkSync, mkdtempSync, readdirSync, readFileSync, symlinkSync } from "fs";
import os from "os";
import path from "path";
import { runCli } from "../support/cli";
import { addedColumns, differences, originalWorkbook } from "./support/compareWorkbooks";

/* The CLI never writes to its input, and its --out copy holds everything the user had. The bad-input corpus runs the
 * same check per fixture (badInput.test.ts); here: the examples, a workbook with every kind of content, and links. */
const root = path.join(__dirname, "..", "..");
const examples = readdirSync(path.join(root, "examples"))
  // The supplier lists; register.csv is a PSO-register export (test/register reads it).
  .filter((f) => /\.(xlsx|csv)$/.test(f) && !f.startsWith("register."))
  .map((f) => path.join(root, "examples", f));
const tmp = () => mkdtempSync(path.join(os.tmpdir(), "pso-lost-"));
const PEIL = ["--peildatum", "2026-12-01"];

async function annotatedCopy(input: string): Promise<{ original: ExcelJS.Workbook; copy: ExcelJS.Workbook }> {
  const before = readFileSync(input);
  const out = path.join(tmp(), "kopie.xlsx");
  const result = await runCli(["check", input, ...PEIL, "--out", out]);
  // Only the register's own notes (the example register has a vestigingsnummer in its KvK column, on purpose).
  expect(result.stderr.split("\n").filter((line) => line !== "" && !line.startsWith('PSO-register "PSO-register"'))).toEqual([]);
  expect(readFileSync(input).equals(before)).toBe(true);
  const copy = new ExcelJS.Workbook();
  await copy.xlsx.readFile(out);
  return { original: await originalWorkbook(input), copy };
}

test.each(examples)("%s: the annotated copy equals the original apart from the two added columns", async (input) => {
  const { original, copy } = await annotatedCopy(input);
  expect(differences(original, copy, addedColumns(copy))).toEqual([]);
});

/** A supplier sheet with what buyers put in theirs: styles, formulas, merges, names, panes, validation, their own colours. */
async function richWorkbook(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Contracten", { properties: { tabColor: { argb: "FF00B050" } } });
  ws.getCell("A1").value = "Contractenregister";
  ws.getCell("A1").font = { bold: true, size: 16, name: "Calibri" };
  ws.mergeCells("A1:F1");
  ws.addRow([]);
  ws.addRow(["Leverancier", "Opdrachtsom per jaar", "PSO-trede", "Geldig tot", "Opmerking", "Contractnr"]);
  ws.getRow(3).font = { bold: true };
  ws.getRow(3).height = 30;
  ws.addRow(["Alfa BV", 200000, "Trede 2", new Date(Date.UTC(2028, 0, 1)), "verlengd", "C-001"]);
  ws.addRow(["Beta BV", { formula: "B4*2", result: 400000 }, "trede 1", new Date(Date.UTC(2027, 5, 30)), null, "C-002"]);
  ws.addRow(["Gamma BV", "n.t.b.", "Trede 3", new Date(Date.UTC(2028, 0, 1)), { richText: [{ text: "let ", font: { bold: true } }, { text: "op" }] }, "C-003"]);
  ws.addRow(["Delta BV", 90000, "", null, { text: "site", hyperlink: "https://example.org" }, "C-004"]);
  ws.mergeCells("E6:E7");
  ws.getCell("B4").numFmt = '"€" #,##0.00';
  ws.getCell("D4").numFmt = "dd-mm-yyyy";
  ws.getCell("A5").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFFF00" } };
  ws.getCell("A6").border = { bottom: { style: "thin", color: { argb: "FF000000" } } };
  ws.getCell("A7").alignment = { horizontal: "right", wrapText: true };
  ws.getCell("A4").note = "Hoofdaannemer";
  ws.getCell("C4").dataValidation = { type: "list", allowBlank: true, formulae: ['"Trede 1,Trede 2,Trede 3"'] };
  ws.getColumn(1).width = 30;
  ws.getColumn(5).width = 22;
  ws.views = [{ state: "frozen", ySplit: 3 }];
  ws.autoFilter = "A3:F7";
  ws.addConditionalFormatting({
    ref: "B4:B7",
    rules: [{ type: "cellIs", operator: "greaterThan", priority: 1, formulae: ["300000"], style: { font: { color: { argb: "FF0000FF" } } } } as ExcelJS.ConditionalFormattingRule],
  });
  const other = wb.addWorksheet("Budget");
  other.getCell("A1").value = { formula: "SUM(Contracten!B4:B7)", result: 690000 };
  other.getCell("A2").value = 3.14;
  wb.definedNames.add("Contracten!$A$3:$F$7", "Register");
  wb.definedNames.add("Budget!$A$1", "Totaal");
  await wb.xlsx.writeFile(file);
}

test("a workbook with styles, formulas, rich text, links, notes, merges, names, panes, filters and its own formats keeps them all", async () => {
  const input = path.join(tmp(), "register.xlsx");
  await richWorkbook(input);
  const { original, copy } = await annotatedCopy(input);
  const added = addedColumns(copy);
  expect(added).toEqual({ sheet: "Contracten", columns: [7, 8] });
  expect(differences(original, copy, added)).toEqual([]);
  expect(copy.getWorksheet("Contracten")!.getCell("A4").note).toBe("Hoofdaannemer");
  expect(copy.getWorksheet("Contracten")!.getCell("C4").dataValidation).toEqual(original.getWorksheet("Contracten")!.getCell("C4").dataValidation);
  expect(copy.getWorksheet("Contracten")!.getCell("G5").value).toBe("Voldoet niet: trede 1, vereist trede 2");
});

test("the comparison itself notices a changed value, style, merge and defined name", async () => {
  const input = path.join(tmp(), "register.xlsx");
  await richWorkbook(input);
  const { original, copy } = await annotatedCopy(input);
  const ws = copy.getWorksheet("Contracten")!;
  ws.getCell("B4").value = 200001;
  ws.getCell("A5").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFF0000" } };
  ws.unMergeCells("E6:E7");
  copy.definedNames.remove("Budget!$A$1", "Totaal");
  ws.getCell("J2").value = "nieuw";
  const diffs = differences(original, copy, addedColumns(copy)).join("\n");
  for (const fragment of ["R4C2 value", "R5C1 style", "merges", "defined names", "R2C10 new value"]) expect(diffs).toContain(fragment);
});

describe("--out that is the input itself is refused, however it is spelled", () => {
  test.each<[string, (dir: string, input: string) => string]>([
    ["the same path", (_dir, input) => input],
    ["a detour through ..", (dir, input) => path.join(dir, "..", path.basename(dir), path.basename(input))],
    ["a symbolic link", (dir, input) => { const l = path.join(dir, "link.xlsx"); symlinkSync(input, l); return l; }],
    ["a hard link (as a case-insensitive disk sees another spelling)", (dir, input) => { const l = path.join(dir, "LEVERANCIERS.xlsx"); linkSync(input, l); return l; }],
  ])("%s", async (_what, outFor) => {
    const dir = tmp();
    const input = path.join(dir, "leveranciers.xlsx");
    copyFileSync(path.join(root, "examples", "leveranciers.xlsx"), input);
    const before = readFileSync(input);
    const result = await runCli(["check", input, ...PEIL, "--out", outFor(dir, input)]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("schrijft nooit in het origineel");
    expect(readFileSync(input).equals(before)).toBe(true);
  });
});

test("re-running on an annotated copy replaces PSO-toets's own highlight rule and keeps the user's formats", async () => {
  const dir = tmp();
  const input = path.join(dir, "register.xlsx");
  await richWorkbook(input);
  const first = path.join(dir, "een.xlsx");
  const second = path.join(dir, "twee.xlsx");
  await runCli(["check", input, ...PEIL, "--out", first]);
  await runCli(["check", first, "--peildatum", "2027-12-01", "--out", second]);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(second);
  const formats = (wb.getWorksheet("Contracten") as unknown as { conditionalFormattings: { ref: string }[] }).conditionalFormattings;
  expect(formats.map((f) => f.ref).sort()).toEqual(["A4:H7", "B4:B7"]);
});
