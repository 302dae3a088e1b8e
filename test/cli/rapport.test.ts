import ExcelJS from "exceljs";
import { execFileSync } from "child_process";
import { copyFileSync, mkdtempSync } from "fs";
import os from "os";
import path from "path";
import { runCli } from "../support/cli";
import { libreOfficeConvert } from "../support/libreoffice";

const root = path.join(__dirname, "..", "..");
const example = path.join(root, "examples", "leveranciers.xlsx");
const tmp = () => mkdtempSync(path.join(os.tmpdir(), "pso-rapport-"));

async function rapportJson(args: string[]) {
  const result = await runCli(["rapport", ...args, "--json"]);
  expect(result.stderr).toBe("");
  return JSON.parse(result.stdout);
}

describe("pso-toets rapport", () => {
  test("--json prints the KPI block, the history and the action list of the example (peildatum 1-12-2026)", async () => {
    const out = await rapportJson([example, "--peildatum", "2026-12-01"]);
    expect(out.month).toBe("2026-12");
    const kpi = Object.fromEntries(out.kpis.map((l: { key: string; value: number }) => [l.key, l.value]));
    // The certified line counts the suppliers in scope (issue 23 item 12); the history keeps every valid certificate.
    expect(kpi).toMatchObject({ suppliers: 36, inScope: 30, certified: 22, stillToGo: 8, spend: 16_487_000, spendHigh: 11_710_000, errors: 4 });
    expect(out.perLevel.map((l: { label: string }) => l.label)).toEqual(["Aspirant-status", "Basistrede", "Trede 1", "Trede 2", "Trede 3", "PSO 30+", "Geen"]);
    expect(out.history).toHaveLength(1);
    expect(out.history[0]).toMatchObject({ month: "2026-12", peildatum: "2026-12-01", certified: 24 });
    // Sorted by what matters: overdue first (largest spend first), then by deadline, then without a deadline.
    type A = { deadline: string | null; daysLeft: number | null; spend: number | null };
    const overdue = out.actions.filter((a: A) => a.daysLeft !== null && a.daysLeft < 0);
    const spends = overdue.map((a: A) => a.spend ?? 0);
    expect(spends).toEqual([...spends].sort((x, y) => y - x));
    const upcoming = out.actions.slice(overdue.length).map((a: A) => a.deadline ?? "9999");
    expect(upcoming).toEqual([...upcoming].sort());
    expect(out.actions.find((a: { supplier: string }) => a.supplier === "Schilderwerken Venlo")).toMatchObject({ kind: "expired", deadline: "2026-08-31", row: 11 });
    // The four rows with data errors are on the list too, to correct before the next report.
    expect(out.dataErrors).toHaveLength(kpi.errors);
    expect(out.dataErrors[0]).toMatchObject({ row: expect.any(Number), supplier: expect.any(String), text: expect.stringMatching(/\S/) });
  });

  test("the text report lists the rows with data errors after the actions", async () => {
    const result = await runCli(["rapport", example, "--peildatum", "2026-12-01"]);
    expect(result.code).toBe(0);
    expect(result.stdout.match(/\): Gegevensfout\. /g)).toHaveLength(4);
  });

  test("--out writes a copy; a second run on that copy in the same month replaces the month, a later month is appended", async () => {
    const dir = tmp();
    const first = path.join(dir, "december.xlsx");
    expect((await runCli(["rapport", example, "--peildatum", "2026-12-01", "--out", first])).code).toBe(0);
    const again = path.join(dir, "december-2.xlsx");
    await runCli(["rapport", first, "--peildatum", "2026-12-20", "--out", again]);
    const january = await rapportJson([again, "--peildatum", "2027-01-05"]);
    expect(january.history.map((h: { month: string; peildatum: string }) => [h.month, h.peildatum])).toEqual([
      ["2026-12", "2026-12-20"],
      ["2027-01", "2027-01-05"],
    ]);
  });

  test("own figures typed in the file survive the report, and a past month is refused", async () => {
    const dir = tmp();
    const first = path.join(dir, "december.xlsx");
    await runCli(["rapport", example, "--peildatum", "2026-12-01", "--out", first]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(first);
    const sheet = workbook.getWorksheet("Sociale bijdrage")!;
    sheet.getCell("M5").value = "1,6%";
    sheet.getCell("M6").value = "13,9%";
    sheet.getCell("M8").value = "Trede 3";
    sheet.getCell("M9").value = "21-07-2022";
    const typed = path.join(dir, "met-eigen-cijfers.xlsx");
    await workbook.xlsx.writeFile(typed);
    const out = await rapportJson([typed, "--peildatum", "2027-01-05"]);
    expect(out.ownFigures).toMatchObject({ direct: 0.016, indirect: 0.139, total: 0.155, level: "trede3", auditDate: "2022-07-21", problems: [] });
    const past = await runCli(["rapport", typed, "--peildatum", "2026-11-30"]);
    expect(past.code).toBe(0); // November is missing, so it may be added
    const second = path.join(dir, "januari.xlsx");
    await runCli(["rapport", typed, "--peildatum", "2027-01-05", "--out", second]);
    const refused = await runCli(["rapport", second, "--peildatum", "2026-12-31"]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("maand 2026-12 is al vastgelegd");
  });

  test("--out equal to the input is refused; the original is never written", async () => {
    const dir = tmp();
    const copy = path.join(dir, "leveranciers.xlsx");
    copyFileSync(example, copy);
    const result = await runCli(["rapport", copy, "--out", copy]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("schrijft nooit in het origineel");
  });

  test("LibreOffice opens the report on A4 landscape with the expected figures", async () => {
    const dir = tmp();
    const out = path.join(dir, "rapport.xlsx");
    await runCli(["rapport", example, "--peildatum", "2026-12-01", "--out", out]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    for (const ws of [...workbook.worksheets]) if (ws.name !== "Sociale bijdrage") workbook.removeWorksheet(ws.id);
    const only = path.join(dir, "sociale-bijdrage.xlsx");
    await workbook.xlsx.writeFile(only);
    // The number formats are locale-independent in the file: LibreOffice shows them in its own locale (jest's child
    // processes run with the machine's), Dutch Excel as "€ 11.710.000" and "71,0%". Either separator is accepted.
    const pdf = libreOfficeConvert(only, "pdf");
    const info = execFileSync("pdfinfo", [pdf]).toString();
    expect(info).toMatch(/Page size:\s+841\.\d+ x 595\.\d+ pts \(A4\)/);
    const text = execFileSync("pdftotext", ["-layout", pdf, "-"]).toString();
    expect(text).toMatch(/Met geldig PSO-certificaat \(van de leveranciers binnen\s+scope\)\s+22\s+73[.,]3%\s+50[.,]0%/);
    expect(text).toMatch(/Uitgaven bij trede 2 of hoger\s+€ 11[.,]710[.,]000\s+71[.,]0%\s+75[.,]0%/);
    expect(text).toMatch(/PSO-bijdrage \(uitgaven x sociale bijdrage\)\s+€ 1[.,]829[.,]850\s+11[.,]1%/);
    expect(text).toMatch(/dec 2026\s+73[.,]3%\s+71[.,]0%\s+1-12-2026/);
    expect(text).toMatch(/Schilderwerken Venlo\s+€ [\d.,]+\s+achterstallig sinds 31-8-2026/);
  }, 120_000);
});
