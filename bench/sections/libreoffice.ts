import { execFileSync, spawnSync } from "child_process";
import ExcelJS from "exceljs";
import { unzipSync } from "fflate";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "fs";
import path from "path";
import { CLEAN_HEADERS, generateCleanCells } from "../generate";
import { Figure, fmtInt, fmtMs, fmtRatio, median, nowMs, QUICK, Section, skipped } from "../lib";
import { MeasuredRun, runCliMeasured, runNodeMeasured } from "../measuredRun";
import { writeSheet } from "../xlsxFiles";

const ROOT = path.resolve(__dirname, "../..");
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

/**
 * Issue 22's *light* formula sheet: the five columns a buyer writes first (in scope, required level by date, level
 * held, certificate valid, status); no growth path and no warnings, so its status is only Voldoet, Voldoet niet or
 * Buiten scope.
 */
export const LIGHT_HEADERS = ["Binnen scope", "Eis (rang)", "Trede (rang)", "Certificaat geldig", "Status"];
function lightFormulas(r: number): string[] {
  return [
    `B${r}>=150000`, // G
    `IF(${P}>=DATE(2022,1,1),4,IF(${P}>=DATE(2021,1,1),3,0))`, // H
    `IF(C${r}="PSO 30+",6,IF(C${r}="Trede 3",5,IF(C${r}="Trede 2",4,IF(C${r}="Trede 1",3,IF(C${r}="Basistrede",2,IF(C${r}="Aspirant-status",1,0))))))`, // I
    `AND(I${r}>0,OR(D${r}="",D${r}>=${P}))`, // J
    `IF(NOT(G${r}),"Buiten scope",IF(IF(J${r},I${r},0)<H${r},"Voldoet niet","Voldoet"))`, // K
  ];
}

interface FormulaSheet {
  headers: string[];
  formulas: (r: number) => string[];
}
const HEAVY: FormulaSheet = { headers: FORMULA_HEADERS, formulas };
const LIGHT: FormulaSheet = { headers: LIGHT_HEADERS, formulas: lightFormulas };

async function writeFormulaWorkbook(file: string, cells: ReturnType<typeof generateCleanCells>, kind: FormulaSheet = HEAVY): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useStyles: false, useSharedStrings: false });
  const sheet = workbook.addWorksheet("Leveranciers");
  sheet.addRow([...CLEAN_HEADERS, ...kind.headers]).commit();
  cells.forEach((row, i) => {
    sheet.addRow([...(row as ExcelJS.CellValue[]), ...kind.formulas(i + 2).map((formula) => ({ formula }))]).commit();
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

/** The floor as a new process: bench/floor.js (inflate, scan rows, deflate at level 1, write; no checking). */
function runFloor(file: string, out: string): MeasuredRun & { rows: number } {
  const r = runNodeMeasured(path.join(ROOT, "bench/floor.js"), [file, out]);
  if (r.exit !== 0) throw new Error(`bench/floor.js exited ${r.exit}: ${r.stderr}`);
  return { ...r, rows: (JSON.parse(r.stdout.trim()) as { rows: number }).rows };
}

/** What a floor copy holds: the same parts with the same inflated bytes as the input (so it did all the work it claims). */
function sameParts(a: string, b: string): boolean {
  const x = unzipSync(readFileSync(a));
  const y = unzipSync(readFileSync(b));
  const names = Object.keys(x);
  return names.length === Object.keys(y).length && names.every((k) => y[k] !== undefined && Buffer.from(x[k]).equals(Buffer.from(y[k])));
}

export async function libreOfficeSection(tmp: string): Promise<Section> {
  const title = "3. Against hand-written Excel formulas, recalculated by LibreOffice, and against the floor";
  if (spawnSync("soffice", ["--version"], { stdio: "pipe" }).error) {
    return skipped(title, "soffice (LibreOffice)", "sudo apt-get install -y libreoffice-calc-nogui");
  }
  const n = QUICK ? 5_000 : 100_000;
  const runs = QUICK ? 1 : 2;
  const cliRuns = Math.max(3, runs);
  const cells = generateCleanCells(n);
  const dataFile = path.join(tmp, `schoon-${n}.xlsx`);
  const formulaFile = path.join(tmp, `formules-${n}.xlsx`);
  const lightFile = path.join(tmp, `formules-licht-${n}.xlsx`);
  await writeSheet(dataFile, "Leveranciers", CLEAN_HEADERS, cells);
  await writeFormulaWorkbook(formulaFile, cells, HEAVY);
  await writeFormulaWorkbook(lightFile, cells, LIGHT);

  const profile = recalcProfile(tmp);
  const warm = path.join(tmp, "lo-warm.xlsx");
  await writeFormulaWorkbook(warm, cells.slice(0, 10));
  const firstStart = convert(profile, warm, path.join(tmp, "lo-warm-out"));
  const loTimes: number[] = [];
  const lightTimes: number[] = [];
  const outDir = path.join(tmp, "lo-out");
  for (let i = 0; i < runs; i++) {
    loTimes.push(convert(profile, formulaFile, outDir));
    lightTimes.push(convert(profile, lightFile, outDir));
  }
  // The CLI and the floor alternate, so a burst of load on a shared machine falls on both alike.
  const cliTimes: number[] = [];
  const floorTimes: number[] = [];
  const cliCpu: number[] = [];
  const floorCpu: number[] = [];
  let cliRss = 0;
  let floorRss = 0;
  let floorRows = 0;
  const floorOut = path.join(tmp, `floor-${n}.xlsx`);
  runFloor(dataFile, floorOut); // unmeasured: the file into the page cache for both
  for (let i = 0; i < cliRuns; i++) {
    const run = runCli(dataFile, ["--out", path.join(tmp, `pso-${n}.xlsx`)]);
    cliTimes.push(run.ms);
    cliCpu.push(run.cpuMs);
    cliRss = Math.max(cliRss, run.maxRssKb / 1024);
    const floor = runFloor(dataFile, floorOut);
    floorTimes.push(floor.ms);
    floorCpu.push(floor.cpuMs);
    floorRss = Math.max(floorRss, floor.maxRssKb / 1024);
    floorRows = floor.rows;
  }
  // What the CLI costs before it reads a byte, against Node's own start-up: part of the gap to the floor.
  const startUps: number[] = [];
  const nodeUps: number[] = [];
  for (let i = 0; i < cliRuns; i++) {
    startUps.push(runCliMeasured(["--version"]).ms);
    nodeUps.push(runNodeMeasured("-e", [""]).ms);
  }
  const startUp = median(startUps);
  const nodeUp = median(nodeUps);
  const lo = median(loTimes);
  const light = median(lightTimes);
  const cli = median(cliTimes);
  const floor = median(floorTimes);
  const floorIntact = sameParts(dataFile, floorOut);

  const recalculated = await statusesOf(path.join(outDir, path.basename(formulaFile)), CLEAN_HEADERS.length + FORMULA_HEADERS.length);
  const lightStatuses = await statusesOf(path.join(outDir, path.basename(lightFile)), CLEAN_HEADERS.length + LIGHT_HEADERS.length);
  const json = JSON.parse(runCli(dataFile, ["--json"]).stdout) as { rows: { row: number; status: string }[] };
  const ours = json.rows.map((r) => LABELS[r.status] ?? r.status);
  const empty = recalculated.filter((s) => s === "").length;
  const lightEmpty = lightStatuses.filter((s) => s === "").length;
  const differing: number[] = [];
  for (let i = 0; i < n; i++) if (recalculated[i] !== ours[i]) differing.push(i + 2);
  // The light sheet knows no warnings: where PSO-toets says Let op, the light sheet's Voldoet or Voldoet niet is its answer.
  let lightDiffer = 0;
  for (let i = 0; i < n; i++) if (lightStatuses[i] !== ours[i] && ours[i] !== LABELS.warning) lightDiffer++;
  const counts = (list: string[]) =>
    Object.entries(list.reduce<Record<string, number>>((m, s) => ((m[s] = (m[s] ?? 0) + 1), m), {}))
      .map(([k, v]) => `${k || "(empty)"} ${fmtInt(v)}`)
      .join(", ");

  const figures: Figure[] = [
    {
      name: `pso-toets check --out, ${fmtInt(n)} rows (whole process), against the light formula sheet (5 columns)`,
      value: fmtMs(cli),
      baseline: `LibreOffice recalculation ${fmtMs(light)}`,
      ratio: `${fmtRatio(light / cli)} faster`,
      target: ">= 5x faster",
      met: light / cli >= 5 && lightEmpty === 0,
    },
    {
      name: `pso-toets check --out, ${fmtInt(n)} rows (whole process), against the full formula sheet (12 columns)`,
      value: fmtMs(cli),
      baseline: `LibreOffice recalculation ${fmtMs(lo)}`,
      ratio: `${fmtRatio(lo / cli)} faster`,
      target: ">= 5x faster",
      met: lo / cli >= 5,
    },
    {
      name: `pso-toets check --out, ${fmtInt(n)} rows (whole process), against the floor (native zlib, plain row scan, no checking)`,
      value: fmtMs(cli),
      baseline: `floor ${fmtMs(floor)}`,
      ratio: `${fmtRatio(cli / floor)} the floor`,
      target: "<= 1.5x the floor",
      met: cli / floor <= 1.5 && floorRows === n + 1 && floorIntact,
    },
    {
      name: "same, in CPU time (user + system, all threads; less sensitive to other load)",
      value: fmtMs(median(cliCpu)),
      baseline: `floor ${fmtMs(median(floorCpu))}`,
      ratio: `${fmtRatio(median(cliCpu) / median(floorCpu))} the floor`,
      target: "-",
      met: null,
    },
    {
      name: "pso-toets start-up: `pso-toets --version` (new process)",
      value: fmtMs(startUp),
      baseline: `Node alone (\`node -e ""\`) ${fmtMs(nodeUp)}`,
      ratio: fmtRatio(startUp / nodeUp),
      target: "-",
      met: null,
    },
    {
      name: "pso-toets check --out: peak memory (peak resident set), same runs",
      value: `${cliRss.toFixed(0)} MB`,
      baseline: `300 MB budget; the floor ${floorRss.toFixed(0)} MB`,
      ratio: fmtRatio(cliRss / 300),
      target: "< 300 MB",
      met: cliRss < 300,
    },
    {
      name: `LibreOffice: load, recalculate ${fmtInt(n * LIGHT_HEADERS.length)} formula cells (light sheet), save`,
      value: fmtMs(light),
      baseline: `pso-toets ${fmtMs(cli)}`,
      ratio: fmtRatio(light / cli),
      target: "-",
      met: null,
    },
    {
      name: `LibreOffice: load, recalculate ${fmtInt(n * FORMULA_HEADERS.length)} formula cells (full sheet), save`,
      value: fmtMs(lo),
      baseline: `pso-toets ${fmtMs(cli)}`,
      ratio: fmtRatio(lo / cli),
      target: "-",
      met: null,
    },
    {
      name: "rows whose status differs (full sheet)",
      value: `${fmtInt(differing.length)} of ${fmtInt(n)}`,
      baseline: "0",
      ratio: differing.length === 0 ? "equal" : `${fmtInt(differing.length)} differ`,
      target: "0",
      met: differing.length === 0 && empty === 0,
    },
  ];
  const notes = [
    `Full formula workbook: columns A-F as data (canonical level spellings, numeric spend, date serials), G-R one formula per rule (level rank, in scope, certificate valid on the peildatum, policy requirement by date, growth-path requirement with EDATE(award, 12/24/36) when the term is over 12 months, required = MIN, valid level, expiry within 90 days, missing expiry date, requirement rising within 90 days, expired certificate, status text); the peildatum is a cell on a second sheet. Written by exceljs without cached results, converted with \`soffice --headless --convert-to xlsx\` in a fresh profile whose registrymodifications.xcu sets OOXMLRecalcMode = 0 (always recalculate). Proof it recalculated: ${fmtInt(n - empty)} of ${fmtInt(n)} status cells came back with a value (exceljs wrote none).`,
    `Light formula workbook (issue 22): the same rows A-F, G-K five formulas: in scope (spend >= 150,000), required level by the peildatum (policy dates only), level held (rank), certificate valid, status (Buiten scope / Voldoet niet / Voldoet; no growth path, no warnings). Same profile, same conversion. Proof it recalculated: ${fmtInt(n - lightEmpty)} of ${fmtInt(n)} status cells came back with a value. Its statuses: ${counts(lightStatuses)}; on the ${fmtInt(n - ours.filter((s) => s === LABELS.warning).length)} rows PSO-toets does not mark Let op, ${fmtInt(lightDiffer)} differ (the growth path the light sheet leaves out).`,
    `The floor (bench/floor.js, a new process like the CLI, median of ${cliRuns}, peak ${floorRss.toFixed(0)} MB): reads the same ${fmtInt(n)}-row file, inflates the sheet whole with Node's native zlib (inflateRawSync), counts its rows with a plain byte scan for \`<row\` (${fmtInt(floorRows)} found, header included), deflates it again with zlib at level 1 (PSO-toets's level, src/xlsx/nodeCodec.ts), copies the other parts as stored and writes the zip. Checked: its copy inflates to the same parts, byte for byte, as the input (${floorIntact ? "yes" : "NO"}). It reads no cell, checks nothing and adds no column, so \`check --out\`'s time above it is the reading, the checking and the annotated copy. CLI and floor runs alternate.`,
    `LibreOffice's one-off first start with the new profile (${fmtMs(firstStart)}) is excluded; both sides include their process start-up. Median of ${runs} LibreOffice runs per sheet and ${cliRuns} PSO-toets runs. PSO-toets writes its annotated copy (status and explanation per row, conditional formats) in the same time.`,
    `Statuses from the full formulas: ${counts(recalculated)}. From \`pso-toets check --json\`: ${counts(ours)}.`,
  ];
  if (differing.length > 0) notes.push(`Differing rows (first 10): ${differing.slice(0, 10).join(", ")}.`);
  return { title, figures, notes };
}
