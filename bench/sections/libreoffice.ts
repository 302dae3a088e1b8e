import { execFileSync, spawnSync } from "child_process";
import ExcelJS from "exceljs";
import { mkdirSync, mkdtempSync, writeFileSync } from "fs";
import path from "path";
import { CLEAN_HEADERS, generateCleanCells } from "../generate";
import { Figure, fmtInt, fmtMs, fmtRatio, median, nowMs, QUICK, Section, skipped } from "../lib";
import { MeasuredRun, runCliMeasured } from "../measuredRun";
import { writeSheet } from "../xlsxFiles";

const PEIL_SERIAL = 46357; // 2026-12-01
const LABELS: Record<string, string> = {
  compliant: "Voldoet",
  non_compliant: "Voldoet niet",
  warning: "Let op",
  out_of_scope: "Buiten scope",
  error: "Fout",
};

/** The rules as a buyer writes them by hand: one formula column per rule, IF/AND/DATE/EDATE over columns B-F. */
export const FORMULA_HEADERS = [
  "Trede (rang)", "Binnen scope", "Certificaat geldig", "Eis beleid (rang)", "Eis groeipad (rang)", "Eis (rang)",
  "Geldige trede (rang)", "Verloopt binnen 90 dagen", "Geen vervaldatum", "Eis stijgt binnen 90 dagen", "Certificaat verlopen",
  "Status",
];
const P = "Instellingen!$B$1";
function formulas(r: number): string[] {
  const policy = (day: string) => `IF(${day}>=DATE(2022,1,1),4,IF(${day}>=DATE(2021,1,1),3,0))`;
  const growth = (day: string) =>
    `IF(AND(E${r}<>"",F${r}>12),IF(${day}>=EDATE(E${r},36),4,IF(${day}>=EDATE(E${r},24),3,IF(${day}>=EDATE(E${r},12),1,0))),99)`;
  return [
    `IF(C${r}="PSO 30+",6,IF(C${r}="Trede 3",5,IF(C${r}="Trede 2",4,IF(C${r}="Trede 1",3,IF(C${r}="Basistrede",2,IF(C${r}="Aspirant-status",1,0))))))`, // G
    `B${r}>=150000`, // H
    `AND(G${r}>0,OR(D${r}="",D${r}>=${P}))`, // I
    policy(P), // J
    growth(P), // K
    `MIN(J${r},K${r})`, // L
    `IF(I${r},G${r},0)`, // M
    `AND(I${r},D${r}<>"",D${r}<=${P}+90)`, // N
    `AND(G${r}>0,D${r}="")`, // O
    `M${r}<MIN(${policy(`${P}+90`)},${growth(`${P}+90`)})`, // P
    `AND(G${r}>0,D${r}<>"",D${r}<${P})`, // Q: an expired certificate stays a warning even when nothing is required yet
    `IF(NOT(H${r}),"Buiten scope",IF(M${r}<L${r},"Voldoet niet",IF(OR(N${r},O${r},P${r},Q${r}),"Let op","Voldoet")))`, // R
  ];
}

async function writeFormulaWorkbook(file: string, cells: ReturnType<typeof generateCleanCells>): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useStyles: false, useSharedStrings: false });
  const sheet = workbook.addWorksheet("Leveranciers");
  sheet.addRow([...CLEAN_HEADERS, ...FORMULA_HEADERS]).commit();
  cells.forEach((row, i) => {
    sheet.addRow([...(row as ExcelJS.CellValue[]), ...formulas(i + 2).map((formula) => ({ formula }))]).commit();
  });
  sheet.commit();
  const settings = workbook.addWorksheet("Instellingen");
  settings.addRow(["Peildatum", PEIL_SERIAL]).commit();
  settings.commit();
  await workbook.commit();
}

/** A fresh LibreOffice profile that recalculates every xlsx on load (OOXMLRecalcMode 0 = always). */
function recalcProfile(tmp: string): string {
  const dir = mkdtempSync(path.join(tmp, "lo-profile-"));
  mkdirSync(path.join(dir, "user"), { recursive: true });
  writeFileSync(
    path.join(dir, "user/registrymodifications.xcu"),
    `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`,
  );
  return dir;
}

function convert(profile: string, file: string, outDir: string): number {
  const t = nowMs();
  execFileSync("soffice", [`-env:UserInstallation=file://${profile}`, "--headless", "--norestore", "--convert-to", "xlsx", "--outdir", outDir, file], {
    stdio: "pipe",
    timeout: 600_000,
  });
  return nowMs() - t;
}

async function statusesOf(file: string, column: number): Promise<string[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const sheet = workbook.getWorksheet("Leveranciers")!;
  const out: string[] = [];
  sheet.eachRow((row, r) => {
    if (r === 1) return;
    const v = row.getCell(column).value as { result?: unknown } | string | null;
    out.push(v && typeof v === "object" && "result" in v ? String(v.result ?? "") : String(v ?? ""));
  });
  return out;
}

function runCli(file: string, extra: string[]): MeasuredRun {
  const r = runCliMeasured(["check", file, "--peildatum", "2026-12-01", ...extra]);
  if (r.exit !== 0 && r.exit !== 1) throw new Error(`pso-toets exited ${r.exit}: ${r.stderr}`);
  return r;
}

export async function libreOfficeSection(tmp: string): Promise<Section> {
  const title = "3. Against hand-written Excel formulas, recalculated by LibreOffice";
  if (spawnSync("soffice", ["--version"], { stdio: "pipe" }).error) {
    return skipped(title, "soffice (LibreOffice)", "sudo apt-get install -y libreoffice-calc-nogui");
  }
  const n = QUICK ? 5_000 : 100_000;
  const runs = QUICK ? 1 : 2;
  const cells = generateCleanCells(n);
  const dataFile = path.join(tmp, `schoon-${n}.xlsx`);
  const formulaFile = path.join(tmp, `formules-${n}.xlsx`);
  await writeSheet(dataFile, "Leveranciers", CLEAN_HEADERS, cells);
  await writeFormulaWorkbook(formulaFile, cells);

  const profile = recalcProfile(tmp);
  const warm = path.join(tmp, "lo-warm.xlsx");
  await writeFormulaWorkbook(warm, cells.slice(0, 10));
  const firstStart = convert(profile, warm, path.join(tmp, "lo-warm-out"));
  const loTimes: number[] = [];
  const outDir = path.join(tmp, "lo-out");
  for (let i = 0; i < runs; i++) loTimes.push(convert(profile, formulaFile, outDir));
  const cliTimes: number[] = [];
  let cliRss = 0;
  for (let i = 0; i < Math.max(3, runs); i++) {
    const run = runCli(dataFile, ["--out", path.join(tmp, `pso-${n}.xlsx`)]);
    cliTimes.push(run.ms);
    cliRss = Math.max(cliRss, run.maxRssKb / 1024);
  }
  const lo = median(loTimes);
  const cli = median(cliTimes);

  const recalculated = await statusesOf(path.join(outDir, path.basename(formulaFile)), CLEAN_HEADERS.length + FORMULA_HEADERS.length);
  const json = JSON.parse(runCli(dataFile, ["--json"]).stdout) as { rows: { row: number; status: string }[] };
  const ours = json.rows.map((r) => LABELS[r.status] ?? r.status);
  const empty = recalculated.filter((s) => s === "").length;
  const differing: number[] = [];
  for (let i = 0; i < n; i++) if (recalculated[i] !== ours[i]) differing.push(i + 2);
  const counts = (list: string[]) =>
    Object.entries(list.reduce<Record<string, number>>((m, s) => ((m[s] = (m[s] ?? 0) + 1), m), {}))
      .map(([k, v]) => `${k || "(empty)"} ${fmtInt(v)}`)
      .join(", ");

  const figures: Figure[] = [
    {
      name: `pso-toets check --out, ${fmtInt(n)} rows (whole process)`,
      value: fmtMs(cli),
      baseline: `LibreOffice recalculation ${fmtMs(lo)}`,
      ratio: `${fmtRatio(lo / cli)} faster`,
      target: ">= 5x faster",
      met: lo / cli >= 5,
    },
    {
      name: "pso-toets check --out: peak memory (peak resident set), same runs",
      value: `${cliRss.toFixed(0)} MB`,
      baseline: "300 MB budget",
      ratio: fmtRatio(cliRss / 300),
      target: "< 300 MB",
      met: cliRss < 300,
    },
    {
      name: `LibreOffice: load, recalculate ${fmtInt(n * FORMULA_HEADERS.length)} formula cells, save`,
      value: fmtMs(lo),
      baseline: `pso-toets ${fmtMs(cli)}`,
      ratio: fmtRatio(lo / cli),
      target: "-",
      met: null,
    },
    {
      name: "rows whose status differs",
      value: `${fmtInt(differing.length)} of ${fmtInt(n)}`,
      baseline: "0",
      ratio: differing.length === 0 ? "equal" : `${fmtInt(differing.length)} differ`,
      target: "0",
      met: differing.length === 0 && empty === 0,
    },
  ];
  const notes = [
    `Formula workbook: columns A-F as data (canonical level spellings, numeric spend, date serials), G-R one formula per rule (level rank, in scope, certificate valid on the peildatum, policy requirement by date, growth-path requirement with EDATE(award, 12/24/36) when the term is over 12 months, required = MIN, valid level, expiry within 90 days, missing expiry date, requirement rising within 90 days, expired certificate, status text); the peildatum is a cell on a second sheet. Written by exceljs without cached results, converted with \`soffice --headless --convert-to xlsx\` in a fresh profile whose registrymodifications.xcu sets OOXMLRecalcMode = 0 (always recalculate). Proof it recalculated: ${fmtInt(n - empty)} of ${fmtInt(n)} status cells came back with a value (exceljs wrote none).`,
    `LibreOffice's one-off first start with the new profile (${fmtMs(firstStart)}) is excluded; both sides include their process start-up. Median of ${runs} LibreOffice and ${Math.max(3, runs)} PSO-toets runs. PSO-toets writes its annotated copy (status and explanation per row, conditional formats) in the same time.`,
    `Statuses from the formulas: ${counts(recalculated)}. From \`pso-toets check --json\`: ${counts(ours)}.`,
  ];
  if (differing.length > 0) notes.push(`Differing rows (first 10): ${differing.slice(0, 10).join(", ")}.`);
  return { title, figures, notes };
}
