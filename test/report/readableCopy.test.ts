import ExcelJS from "exceljs";
import { unzipSync } from "fflate";
import { mkdtempSync, readFileSync } from "fs";
import os from "os";
import path from "path";
import { columnLetter, RESULT_WIDTHS } from "../../src/core";
import { createWorkbook } from "../../src/excel-standin";
import { sheetExtras, wrapsText } from "../../src/excel-standin/charts";
import { createTaskpaneActions } from "../../src/excel/taskpaneActions";
import { detectAndCheck, HEADER, supplierRows } from "../excel/fixtures";
import { decodeXml } from "../../src/xlsx/xml";
import { runCli } from "../support/cli";
import { libreOfficeConvert } from "../support/libreoffice";

/* Issue 16 item 6: the PSO-status and PSO-toelichting columns are readable, in Excel and in the file copy. */
const PEIL = ["--peildatum", "2026-12-01"];
const text = (b: Uint8Array) => new TextDecoder().decode(b);

async function input(dir: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Lijst");
  ws.addRow(["Leverancier", "Opdrachtsom per jaar", "PSO-trede", "Geldig tot"]);
  ws.addRow(["Alfa", 200000, "trde 2", "31-12-2027"]); // unreadable: a long explanation
  ws.addRow(["Beta", 300000, "", ""]);
  ws.addRow(["Gamma", 250000, "Trede 2", "31-8-2026"]); // expired: two sentences
  ws.getColumn(1).width = 33;
  ws.getColumn(2).width = 21;
  ws.getRow(3).height = 40; // set by hand: kept
  const file = path.join(dir, "lijst.xlsx");
  await wb.xlsx.writeFile(file);
  return file;
}

describe("the annotated file copy", () => {
  let dir: string;
  let sheet: string;
  let styles: string;
  let original: string;
  let out: string;
  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), "pso-readable-"));
    const file = await input(dir);
    out = path.join(dir, "kopie.xlsx");
    expect((await runCli(["check", file, ...PEIL, "--out", out])).code).toBe(1);
    const copy = unzipSync(readFileSync(out));
    sheet = text(copy["xl/worksheets/sheet1.xml"]);
    styles = text(copy["xl/styles.xml"]);
    original = text(unzipSync(readFileSync(file))["xl/worksheets/sheet1.xml"]);
  });

  test("the result columns E and F get widths that fit their text; the user's widths are unchanged", () => {
    const cols = sheet.match(/<col [^>]*\/>/g) ?? [];
    const width = (c: number) => cols.find((t) => t.includes(`min="${c}"`) && t.includes(`max="${c}"`));
    expect(width(5)).toContain(`width="${RESULT_WIDTHS.status}"`);
    expect(width(6)).toContain(`width="${RESULT_WIDTHS.explanation}"`);
    for (const c of [1, 2]) expect(width(c)).toBe((original.match(/<col [^>]*\/>/g) ?? []).find((t) => t.includes(`min="${c}"`)));
  });

  test("every explanation cell below the header wraps; the status cells do not; the header stays bold", () => {
    const xfs = /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)![1].match(/<xf\b[^>]*?(?:\/>|>[\s\S]*?<\/xf>)/g)!;
    for (const r of [2, 3, 4]) {
      const s = Number(new RegExp(`<c r="F${r}" s="(\\d+)"`).exec(sheet)![1]);
      expect([`F${r}`, xfs[s]]).toEqual([`F${r}`, expect.stringContaining('wrapText="1"')]);
      expect(new RegExp(`<c r="E${r}" t="inlineStr">`).test(sheet)).toBe(true);
    }
    const header = Number(/<c r="E1" s="(\d+)"/.exec(sheet)![1]);
    const font = Number(/fontId="(\d+)"/.exec(xfs[header])![1]);
    expect(/<fonts[^>]*>([\s\S]*?)<\/fonts>/.exec(styles)![1].match(/<font>[\s\S]*?<\/font>|<font\/>/g)![font]).toContain("<b/>");
  });

  test("a row height typed by hand is kept; other rows grow to the wrapped text's lines, not to one fixed height", () => {
    expect(/<row r="3"[^>]*>/.exec(sheet)![0]).toMatch(/ht="40" customHeight="1"/);
    const row = (r: number) => /<row r="\d+"[^>]*>/.exec(sheet.slice(sheet.indexOf(`<row r="${r}"`)))![0];
    expect(row(1)).not.toMatch(/\sht=/);
    for (const r of [2, 4]) {
      expect(row(r)).not.toMatch(/customHeight/);
      const lines = Number(/\sht="(\d+)"/.exec(row(r))![1]) / 15;
      const why = decodeXml(new RegExp(`<c r="F${r}"[^>]*><is><t[^>]*>([^<]*)<`).exec(sheet)![1]);
      expect(lines).toBeGreaterThanOrEqual(Math.max(2, Math.ceil(why.length / RESULT_WIDTHS.explanation)));
      expect(lines).toBeLessThanOrEqual(Math.ceil(why.length / RESULT_WIDTHS.explanation) + 2);
    }
  });

  test("LibreOffice opens the copy with the wrapped rows taller than the header row", () => {
    const round = unzipSync(readFileSync(libreOfficeConvert(out, "xlsx", mkdtempSync(path.join(os.tmpdir(), "pso-readable-lo-")))));
    const xml = text(round["xl/worksheets/sheet1.xml"]);
    const height = (r: number) => Number(new RegExp(`<row r="${r}"[^>]*\\sht="([\\d.]+)"`).exec(xml)?.[1] ?? "0");
    expect(height(2)).toBeGreaterThan(height(1) * 1.5);
    expect(height(4)).toBeGreaterThan(height(1) * 1.5);
  }, 120_000);
});

describe("the Office adapter", () => {
  test("Controleer sets the result columns' widths in points and wraps the explanation; the user's columns are not resized", async () => {
    const book = createWorkbook({ Leveranciers: [HEADER, ...supplierRows(6)] });
    const { summary } = await detectAndCheck(createTaskpaneActions(book.run));
    const sheet = book.sheet("Leveranciers");
    const status = summary.report.result.status;
    expect(columnLetter(status)).toBe("F");
    const widths = sheetExtras(sheet).columnWidths;
    expect([...widths.keys()].sort()).toEqual([status, status + 1]);
    expect(widths.get(status)).toBe(RESULT_WIDTHS.status * 6);
    expect(widths.get(status + 1)).toBe(RESULT_WIDTHS.explanation * 6);
    for (let r = 0; r <= 6; r++) {
      expect([r, wrapsText(sheet, r, status), wrapsText(sheet, r, status + 1), wrapsText(sheet, r, status - 1)]).toEqual([r, false, true, false]);
    }
  });
});
