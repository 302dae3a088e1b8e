import { execFileSync } from "child_process";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from "fs";
import os from "os";
import path from "path";
import { runCli } from "../support/cli";
import { libreOfficeConvert } from "../support/libreoffice";

/*
 * Issue 16 item 7: the controller's monthly `rapport --out`, four months in a row, opened by LibreOffice and printed
 * to PDF: A4, one page wide, the footer with policy, peildatum and page number, and the history's line chart drawn.
 * UPDATE_SCREENSHOTS=1 also renders page 1 into the README's image.
 */
const root = path.join(__dirname, "..", "..");
const example = path.join(root, "examples", "leveranciers.xlsx");
const IMAGE = path.join(root, "docs", "images", "sociale-bijdrage-rapport.png");

/** The workbook with only the report sheet listed, so the PDF holds the report alone (the other parts stay in). */
function reportOnly(file: string, out: string): void {
  const zip = unzipSync(readFileSync(file));
  const xml = strFromU8(zip["xl/workbook.xml"]);
  zip["xl/workbook.xml"] = strToU8(
    xml
      .replace(/<sheet (?![^>]*name="Sociale bijdrage")[^>]*\/>/g, "")
      .replace(/<definedName (?![^>]*localSheetId)[^>]*>[^<]*<\/definedName>/g, "")
      .replace(/localSheetId="\d+"/g, 'localSheetId="0"'),
  );
  writeFileSync(out, zipSync(zip));
}

test("four monthly reports: LibreOffice prints page 1 as the board's summary on A4, the detail with its charts after it", async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "pso-rapport-pdf-"));
  let input = path.join(dir, "leveranciers.xlsx");
  copyFileSync(example, input);
  for (const [i, day] of ["2026-09-01", "2026-10-01", "2026-11-02", "2026-12-01"].entries()) {
    const out = path.join(dir, `maand-${i + 1}.xlsx`);
    const result = await runCli(["rapport", input, "--peildatum", day, "--out", out]);
    expect({ code: result.code, stderr: result.stderr }).toEqual({ code: 0, stderr: "" });
    input = out;
  }
  const zip = unzipSync(readFileSync(input));
  const sheetRels = Object.keys(zip).find((p) => /^xl\/worksheets\/_rels\/sheet\d+\.xml\.rels$/.test(p) && strFromU8(zip[p]).includes("/drawing"))!;
  const drawing = `xl/drawings/${/Target="\.\.\/drawings\/([^"]+)"/.exec(strFromU8(zip[sheetRels]))![1]}`;
  const chartTargets = [...strFromU8(zip[drawing.replace("drawings/", "drawings/_rels/") + ".rels"]).matchAll(/Target="\.\.\/charts\/([^"]+)"/g)].map((m) => m[1]);
  expect(chartTargets).toHaveLength(3); // history, per level, and the Vooruitblik's spend at risk per month
  const line = chartTargets.map((c) => strFromU8(zip[`xl/charts/${c}`])).find((x) => x.includes("<c:lineChart>"))!;
  expect(line.match(/<c:pt idx="\d+"><c:v>(sep|okt|nov|dec) 2026<\/c:v>/g)).toHaveLength(2 * 4); // four months, in each of the two series' categories

  const only = path.join(dir, "sociale-bijdrage.xlsx");
  reportOnly(input, only);
  const pdf = libreOfficeConvert(only, "pdf");
  const info = execFileSync("pdfinfo", [pdf]).toString();
  expect(info).toMatch(/Page size:\s+841\.\d+ x 595\.\d+ pts \(A4\)/);
  const pages = Number(/Pages:\s+(\d+)/.exec(info)![1]);
  expect(pages).toBeGreaterThanOrEqual(2);
  const text = execFileSync("pdftotext", ["-layout", pdf, "-"]).toString().split("\f");
  const [page1, ...rest] = text;
  const detail = rest.join("\n");
  // Page 1: the KPIs against target with last month and the trend, still to go, the biggest risks; no detail.
  expect(page1).toMatch(/Met geldig PSO-certificaat \(van de leveranciers binnen\s+scope\)\s+22\s+73[.,]3%\s+50[.,]0%/);
  expect(page1).toContain("Nog te gaan");
  expect(page1).toContain("Grootste risico's (op uitgaven)");
  expect(page1).not.toContain("Historie (maandelijkse inventarisatie)");
  expect(page1).not.toContain("Directe bijdrage"); // the input cells are not printed
  expect(page1).toMatch(new RegExp(`Beleid: Wonen Limburg \\(whitepaper\\) · peildatum 1-12-2026\\s+Pagina 1 van ${pages}`));
  // The detail: the charts drawn, months as "dec 2026", overdue actions said as such.
  expect(detail).toContain("Aandeel gecertificeerd en uitgaven trede 2+ per maand");
  expect(detail).toContain("Uitgaven per trede");
  expect(detail).toContain("Vooruitblik (komende maanden)");
  expect(detail).toContain("Contracten die aflopen (aanbesteding voorbereiden)");
  expect(detail).toMatch(/sep 2026[\s\S]*okt 2026[\s\S]*nov 2026[\s\S]*dec 2026/);
  expect(detail).toContain("achterstallig sinds");
  if (process.env.UPDATE_SCREENSHOTS) {
    execFileSync("pdftoppm", ["-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile", pdf, IMAGE.replace(/\.png$/, "")]);
  }
}, 180_000);
