import ExcelJS from "exceljs";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from "fs";
import os from "os";
import path from "path";
import { wonenLimburgPolicy } from "../../src/core";
import { chooseReportSheet, REPORT_MARK_NAME, sheetOfMark } from "../../src/core/report/reportSheet";
import { refreshSocialSheet, SocialSheetInput } from "../../src/excel/socialSheet";
import { createWorkbook, StandinWorkbook } from "../../src/excel-standin";
import { findingsFor, PEIL } from "../core/report.fixture";
import { runCli } from "../support/cli";

/*
 * Issue 22 item 6: PSO-toets recognises its report by a hidden defined name it sets, not by the sheet's name. A user's
 * own sheet called "Sociale bijdrage" is left untouched (cells and page setup) and the report goes to a free name,
 * said in the output; a report written before the mark (its exact layout signature) is still refreshed in place.
 */
const root = path.join(__dirname, "..", "..");
const example = path.join(root, "examples", "leveranciers.xlsx");

/** The example workbook with a user's own sheet "Sociale bijdrage" (notes and a portrait page setup) added by exceljs. */
async function withUserSheet(dir: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(example);
  const ws = wb.addWorksheet("Sociale bijdrage");
  ws.getCell("A1").value = "Mijn eigen notities over social return";
  ws.getCell("A4").value = "Afspraak wethouder";
  ws.getCell("B4").value = 12345;
  ws.pageSetup.orientation = "portrait";
  const file = path.join(dir, "eigen.xlsx");
  await wb.xlsx.writeFile(file);
  return file;
}

const sheetPartOf = (zip: Record<string, Uint8Array>, name: string): string => {
  const workbook = strFromU8(zip["xl/workbook.xml"]);
  const id = new RegExp(`<sheet [^>]*name="${name.replace(/[()]/g, "\\$&")}"[^>]*r:id="([^"]+)"`).exec(workbook)![1];
  const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${id}"`).exec(strFromU8(zip["xl/_rels/workbook.xml.rels"]))!;
  return `xl/${(target[1] ?? target[2]).replace(/^\/?xl\//, "")}`;
};

describe("rapport --out: the report sheet is found by PSO-toets's mark", () => {
  test("a user's own 'Sociale bijdrage' is left byte for byte; the report goes to 'Sociale bijdrage (2)', and stays there next month", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "pso-mark-"));
    const input = await withUserSheet(dir);
    const out = path.join(dir, "maand1.xlsx");
    const result = await runCli(["rapport", input, "--sheet", "Leveranciers", "--peildatum", "2026-11-02", "--out", out]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Het blad "Sociale bijdrage" is niet door PSO-toets gemaakt en blijft zoals het is; het rapport staat op het blad "Sociale bijdrage (2)".');
    const before = unzipSync(readFileSync(input));
    const after = unzipSync(readFileSync(out));
    const own = sheetPartOf(before, "Sociale bijdrage");
    expect(strFromU8(after[sheetPartOf(after, "Sociale bijdrage")])).toBe(strFromU8(before[own]));
    const workbook = strFromU8(after["xl/workbook.xml"]);
    expect(workbook).toContain(`<definedName name="${REPORT_MARK_NAME}" hidden="1">'Sociale bijdrage (2)'!$A$1</definedName>`);
    expect(workbook).toMatch(/name="_xlnm.Print_Area" localSheetId="\d+">'Sociale bijdrage \(2\)'!/);

    const next = path.join(dir, "maand2.xlsx");
    const second = await runCli(["rapport", out, "--sheet", "Leveranciers", "--peildatum", "2026-12-01", "--out", next]);
    expect(second.code).toBe(0);
    expect(second.stdout).not.toContain("niet door PSO-toets gemaakt");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(next);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Leveranciers", "Toelichting", "Sociale bijdrage", "Sociale bijdrage (2)"]);
    expect(wb.getWorksheet("Sociale bijdrage")!.getCell("B4").value).toBe(12345);
    const history = JSON.parse((await runCli(["rapport", next, "--sheet", "Leveranciers", "--peildatum", "2026-12-01", "--json"])).stdout).history;
    expect(history.map((h: { month: string }) => h.month)).toEqual(["2026-11", "2026-12"]);
  });

  test("a report written before the mark (no defined name) is refreshed in place and marked", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "pso-mark-old-"));
    const first = path.join(dir, "maand1.xlsx");
    const input = path.join(dir, "lijst.xlsx");
    copyFileSync(example, input);
    expect((await runCli(["rapport", input, "--peildatum", "2026-11-02", "--out", first])).code).toBe(0);
    // What an earlier version wrote: the same sheet, no mark.
    const zip = unzipSync(readFileSync(first));
    zip["xl/workbook.xml"] = strToU8(strFromU8(zip["xl/workbook.xml"]).replace(new RegExp(`<definedName name="${REPORT_MARK_NAME}"[^>]*>[^<]*</definedName>`), ""));
    const old = path.join(dir, "oud.xlsx");
    writeFileSync(old, zipSync(zip));
    const next = path.join(dir, "maand2.xlsx");
    const result = await runCli(["rapport", old, "--peildatum", "2026-12-01", "--out", next]);
    expect(result.code).toBe(0);
    expect(result.stdout).not.toContain("niet door PSO-toets gemaakt");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(next);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Leveranciers", "Toelichting", "Sociale bijdrage"]);
    expect(strFromU8(unzipSync(readFileSync(next))["xl/workbook.xml"])).toContain(`<definedName name="${REPORT_MARK_NAME}" hidden="1">'Sociale bijdrage'!$A$1</definedName>`);
  });
});

describe("the mark and the layout signature", () => {
  test("the mark's reference names the sheet, quoted or not; #REF! names none", () => {
    expect(sheetOfMark("='Sociale bijdrage (2)'!$A$1")).toBe("Sociale bijdrage (2)");
    expect(sheetOfMark("'Piet''s rapport'!$A$1")).toBe("Piet's rapport");
    expect(sheetOfMark("=Rapport!$A$1")).toBe("Rapport");
    expect(sheetOfMark("=#REF!$A$1")).toBeNull();
  });

  test("a renamed report is still the report; a same-named user sheet without the signature is not", () => {
    const user = [["Sociale bijdrage (PSO)"], ["mijn notities"]];
    expect(chooseReportSheet(["Lijst", "PSO maandrapport", "Sociale bijdrage"], "='PSO maandrapport'!$A$1", () => user)).toEqual({ name: "PSO maandrapport", exists: true, userSheetKept: null });
    expect(chooseReportSheet(["Lijst", "Sociale bijdrage", "sociale bijdrage (2)"], null, () => user)).toEqual({ name: "Sociale bijdrage (3)", exists: false, userSheetKept: "Sociale bijdrage" });
  });
});

describe("refreshSocialSheet: the same rule in the add-in", () => {
  const input = (peildatum = PEIL): SocialSheetInput => ({ findings: findingsFor(), policy: wonenLimburgPolicy, peildatum, lang: "nl", sourceSheet: "Leveranciers", printSetup: true });
  const refresh = async (book: StandinWorkbook, i: SocialSheetInput) => {
    const result = await book.run((context) => refreshSocialSheet(context, i));
    if (!result.ok) throw new Error(result.message.nl);
    return result.value;
  };

  test("a user's own 'Sociale bijdrage' keeps its cells; the report goes to a free name, marked by a hidden name", async () => {
    const book = createWorkbook({ Leveranciers: [["Leverancier"]], "Sociale bijdrage": [["Mijn notities"], [], [], ["Afspraak", 12345]] });
    const first = await refresh(book, input());
    expect(first).toEqual({ month: "2026-12", sheet: "Sociale bijdrage (2)", userSheetKept: "Sociale bijdrage" });
    expect(book.values("Sociale bijdrage")).toEqual([["Mijn notities", ""], ["", ""], ["", ""], ["Afspraak", 12345]]);
    expect(book.model.names.get(REPORT_MARK_NAME.toLowerCase())).toMatchObject({ formula: "='Sociale bijdrage (2)'!$A$1", visible: false });
    const second = await refresh(book, input());
    expect(second).toEqual({ month: "2026-12", sheet: "Sociale bijdrage (2)", userSheetKept: null });
    expect(book.model.sheets.map((s) => s.name)).toEqual(["Leveranciers", "Sociale bijdrage", "Sociale bijdrage (2)"]);
  });

  test("a report an earlier version made (no mark) is refreshed in place", async () => {
    const book = createWorkbook({ Leveranciers: [["Leverancier"]] });
    await refresh(book, input());
    book.model.names.clear();
    expect(await refresh(book, input())).toEqual({ month: "2026-12", sheet: "Sociale bijdrage", userSheetKept: null });
    expect(book.model.sheets.map((s) => s.name)).toEqual(["Leveranciers", "Sociale bijdrage"]);
    expect(book.model.names.get(REPORT_MARK_NAME.toLowerCase())?.formula).toBe("='Sociale bijdrage'!$A$1");
  });
});
