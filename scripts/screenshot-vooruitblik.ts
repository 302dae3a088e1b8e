/*
 * Makes docs/images/vooruitblik.png, the README's picture of the Vooruitblik on the Sociale bijdrage sheet (issue 24):
 * `rapport --out` on examples/leveranciers-vooruitblik.xlsx (peildatum 31-12-2026), the report sheet printed to PDF by
 * headless LibreOffice, the page with the Vooruitblik rendered by pdftoppm at 80 dpi and cut to the Vooruitblik (its
 * table, its chart and the contracts that end). Needs soffice and poppler-utils (pdftoppm, pdftotext).
 * Run: npx tsx scripts/screenshot-vooruitblik.ts
 */
import { execFileSync } from "child_process";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import os from "os";
import path from "path";
import { run } from "../src/cli/main";

const ROOT = path.join(__dirname, "..");
const EXAMPLE = path.join(ROOT, "examples", "leveranciers-vooruitblik.xlsx");
const IMAGE = path.join(ROOT, "docs", "images", "vooruitblik.png");
const DPI = 80;
/** PDF points per pixel at DPI. */
const SCALE = DPI / 72;

/** The workbook with only the report sheet listed, so the PDF holds the report alone. */
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

/** The words of a PDF page with their boxes (pdftotext -bbox), in points. */
function words(pdf: string, page: number): { text: string; yMin: number; yMax: number }[] {
  const html = execFileSync("pdftotext", ["-bbox", "-f", String(page), "-l", String(page), pdf, "-"]).toString();
  return [...html.matchAll(/<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({ text: m[3], yMin: Number(m[1]), yMax: Number(m[2]) }));
}

async function main(): Promise<void> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "pso-vooruitblik-shot-"));
  try {
    const report = path.join(dir, "rapport.xlsx");
    let errors = "";
    const code = await run(["rapport", EXAMPLE, "--peildatum", "31-12-2026", "--out", report], { out: () => undefined, err: (t) => (errors += t), today: new Date(2026, 11, 31) });
    if (code !== 0) throw new Error(`rapport: ${errors}`);
    const only = path.join(dir, "sociale-bijdrage.xlsx");
    reportOnly(report, only);
    execFileSync("soffice", [`-env:UserInstallation=file://${path.join(dir, "profile")}`, "--headless", "--norestore", "--convert-to", "pdf", "--outdir", dir, only], { stdio: "pipe", timeout: 180_000 });
    const pdf = path.join(dir, "sociale-bijdrage.pdf");
    const pages = execFileSync("pdftotext", ["-layout", pdf, "-"]).toString().split("\f");
    const page = pages.findIndex((p) => p.includes("Vooruitblik (komende maanden)")) + 1;
    if (page === 0) throw new Error("no page with the Vooruitblik");
    const onPage = words(pdf, page);
    // From the page's top (the print titles: the report's title and peildatum) down to the last line before the action
    // list or the footer: the Vooruitblik's table, its chart and the contracts that end.
    const top = Math.max(0, Math.min(...onPage.map((w) => w.yMin)) - 8);
    const end = Math.min(...onPage.filter((w) => w.text === "Actielijst" || w.text === "Beleid:").map((w) => w.yMin), 595);
    const bottom = Math.min(Math.max(...onPage.filter((w) => w.yMax < end).map((w) => w.yMax)) + 8, end - 2);
    // Left half of the landscape page: the table's columns A to G and the chart (A to F).
    const width = 842 * 0.74;
    execFileSync("pdftoppm", [
      "-png", "-r", String(DPI), "-f", String(page), "-l", String(page), "-singlefile",
      "-x", "0", "-y", String(Math.round(top * SCALE)), "-W", String(Math.round(width * SCALE)), "-H", String(Math.round((bottom - top) * SCALE)),
      pdf, IMAGE.replace(/\.png$/, ""),
    ]);
    console.log(`${path.relative(ROOT, IMAGE)}: page ${page}, ${readFileSync(IMAGE).length} bytes`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
