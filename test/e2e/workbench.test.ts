/**
 * End-to-end: the workbench in Debian's chromium. The real taskpane App, the real adapter (createOfficeActions)
 * and the real PSO.* functions run against the in-browser Excel stand-in loaded from examples/leveranciers.xlsx.
 * Peildatum 1-12-2026 throughout, the date examples/README.md documents the expected outcomes for.
 */
import ExcelJS from "exceljs";
import * as fs from "fs";
import { FILL_FAIL, FILL_WARN } from "../../src/excel/write";
import { cell, check, expectClean, screenshot, setPeildatum, sheetValues, startWorkbench, Workbench } from "./support/workbench";

jest.setTimeout(120_000);

let bench: Workbench;

beforeAll(async () => {
  bench = await startWorkbench();
});

afterAll(async () => {
  await bench?.close();
});

const PEILDATUM = "2026-12-01";
/** The adapter writes PSO-status and PSO-toelichting right of the table (A:I), so in J and K. */
const STATUS = "J";
const REASON = "K";

describe("workbench: check the sample workbook", () => {
  test("validate paints the right rows red and amber with the right reasons", async () => {
    const { page, recorded } = await bench.open();
    await setPeildatum(page, PEILDATUM);
    await check(page);

    const expectations: [number, string, string | undefined, RegExp][] = [
      [5, "Voldoet", undefined, /Trede 2 gevonden/],
      [7, "Voldoet niet", FILL_FAIL, /Trede 1 is te laag: vraag een certificaat van minimaal trede 2 \(vereist sinds 1-1-2022\)/],
      [8, "Let op", FILL_WARN, /verloopt op 15-12-2026/],
      [11, "Voldoet niet", FILL_FAIL, /verlopen op 31-8-2026/],
      [12, "Buiten scope", undefined, /onder de drempel/],
      [18, "Let op", FILL_WARN, /Geldigheidsdatum van het certificaat ontbreekt/],
      [19, "Fout", FILL_FAIL, /"veel" is geen bedrag/],
      [21, "Fout", FILL_FAIL, /"31-02-2027" is geen datum/],
      // Below the blank row 25 the list goes on, as in the CLI.
      [26, "Voldoet niet", FILL_FAIL, /; groeipad \(gegund 15-1-2024\)/],
      [40, "Let op", FILL_WARN, /verloopt op 31-12-2026/],
      // A certificate is issued for two years: a "geldig tot" 26 months ahead asks to check the date.
      [43, "Let op", FILL_WARN, /meer dan twee jaar na de peildatum/],
    ];
    for (const [row, status, fill, reason] of expectations) {
      await expect(cell(page, `${STATUS}${row}`).textContent()).resolves.toMatch(new RegExp(`^${status}`));
      await expect(cell(page, `${REASON}${row}`).textContent()).resolves.toMatch(reason);
      // The whole row, from supplier name to explanation, carries the conditional format's fill.
      for (const col of ["A", "E", STATUS, REASON]) {
        await expect(cell(page, `${col}${row}`).getAttribute("data-fill")).resolves.toBe(fill ?? null);
      }
    }
    // The taskpane's summary agrees with the sheet.
    await expect(page.getByRole("heading", { name: /Aandachtspunten \(\d+\)/ }).textContent()).resolves.toBe("Aandachtspunten (18)");
    await screenshot(page, "workbench-gecontroleerd.png");
    // Clicking a point of attention selects that row in the sheet, as in Excel.
    await page.getByRole("button", { name: /Groenvoorziening Maas & Zn/ }).click();
    await expect(page.getByLabel("Cel").textContent()).resolves.toBe("A7");
    await expectClean(page, recorded, bench.origin);
  });

  test("column mapping: without 'Geldig tot' certificates cannot be verified; mapped back, results return", async () => {
    const { page, recorded } = await bench.open();
    await setPeildatum(page, PEILDATUM);
    await page.getByText("Kolommen", { exact: true }).click();
    const validUntil = page.getByRole("combobox", { name: "Geldig tot" });
    await expect(validUntil.textContent()).resolves.toBe("Geldig tot (kolom F)");

    await validUntil.click();
    await page.getByRole("option", { name: "(niet gebruikt)" }).click();
    await check(page);
    await expect(cell(page, `${STATUS}5`).textContent()).resolves.toBe("Let op: geldigheidsdatum ontbreekt");
    await expect(cell(page, "A5").getAttribute("data-fill")).resolves.toBe(FILL_WARN);

    // After a check the setup is one line on the result card; Wijzigen opens it again.
    await page.getByRole("button", { name: "Wijzigen" }).click();
    await page.getByText("Kolommen", { exact: true }).click();
    await validUntil.click();
    await page.getByRole("option", { name: "Geldig tot (kolom F)" }).click();
    await check(page);
    await expect(cell(page, `${STATUS}5`).textContent()).resolves.toBe("Voldoet");
    await expect(cell(page, "A5").getAttribute("data-fill")).resolves.toBeNull();
    await expectClean(page, recorded, bench.origin);
  });

  test("clear: the sheet equals the original again", async () => {
    const { page, recorded } = await bench.open();
    const before = await sheetValues(page, "Leveranciers");
    const fillsBefore = await page.locator("td[data-fill]").evaluateAll((tds) => tds.map((td) => td.getAttribute("data-cell")));
    await setPeildatum(page, PEILDATUM);
    await check(page);
    expect(await sheetValues(page, "Leveranciers")).not.toEqual(before);

    await page.getByRole("button", { name: "Wis markeringen" }).click();
    await page.getByText("Markeringen gewist").waitFor();
    expect(await sheetValues(page, "Leveranciers")).toEqual(before);
    const fillsAfter = await page.locator("td[data-fill]").evaluateAll((tds) => tds.map((td) => td.getAttribute("data-cell")));
    expect(fillsAfter).toEqual(fillsBefore);
    await expectClean(page, recorded, bench.origin);
  });
});

/** Types into the formula bar at a cell and returns what the bar reports. */
async function enterFormula(page: import("playwright-core").Page, address: string, text: string): Promise<string> {
  await cell(page, address).click();
  await page.getByLabel("Formulebalk").fill(text);
  await page.getByLabel("Formulebalk").press("Enter");
  return (await page.getByTestId("formula-result").textContent()) ?? "";
}

describe("workbench: policy, social-contribution sheet and formulas", () => {
  test("editing the policy changes the results of the check and of PSO formulas", async () => {
    const { page, recorded } = await bench.open();
    await setPeildatum(page, PEILDATUM);
    await check(page);
    await expect(cell(page, `${STATUS}12`).textContent()).resolves.toBe("Buiten scope");
    expect(await enterFormula(page, "M12", "=PSO.EIS(D12)")).toBe("M12: Geen eis");

    // After a check the setup is one line: Wijzigen, then Beleid; the groups are folded, Reikwijdte is opened.
    await page.getByRole("button", { name: "Wijzigen" }).click();
    await page.getByRole("button", { name: "Beleid" }).click();
    await page.locator("details[data-section=scope] > summary").click();
    await page.getByLabel("Drempel opdrachtsom per jaar (€)").fill("90000");
    await screenshot(page, "workbench-beleid.png");
    await page.getByRole("button", { name: "Opslaan" }).click();
    await page.getByRole("tab", { name: "PSO-beleid" }).waitFor();

    // The formula recalculates at once: the functions read the active policy the taskpane just saved.
    await expect(cell(page, "M12").textContent()).resolves.toBe("Trede 2");
    await page.getByRole("tab", { name: "Leveranciers" }).click();
    await check(page);
    await expect(cell(page, `${STATUS}12`).textContent()).resolves.toBe("Voldoet niet: geen geldig PSO-certificaat, vereist trede 2");
    await expect(cell(page, "A12").getAttribute("data-fill")).resolves.toBe(FILL_FAIL);
    await expectClean(page, recorded, bench.origin);
  });

  test("a direct edit of a PSO-beleid cell in the grid reaches the PSO formulas, as in Excel (Worksheet.onChanged)", async () => {
    const { page, recorded } = await bench.open();
    await page.getByRole("button", { name: "Beleid" }).click();
    await page.getByRole("button", { name: "Opslaan" }).click();
    await page.getByRole("tab", { name: "PSO-beleid" }).waitFor();
    await page.getByRole("tab", { name: "Leveranciers" }).click();
    expect(await enterFormula(page, "M12", "=PSO.EIS(D12)")).toBe("M12: Geen eis");

    await page.getByRole("tab", { name: "PSO-beleid" }).click();
    const row = (await sheetValues(page, "PSO-beleid")).findIndex((line) => line[0] === "Minimale opdrachtsom per jaar");
    expect(row).toBeGreaterThan(0);
    await enterFormula(page, `B${row + 1}`, "90000");
    await page.getByRole("tab", { name: "Leveranciers" }).click();
    // The handler runs after the edit, asynchronously, as in Excel: wait for the cell to change.
    await cell(page, "M12").filter({ hasText: /^Trede 2$/ }).waitFor({ timeout: 5_000 });
    await expectClean(page, recorded, bench.origin);
  });

  test("refresh the social-contribution sheet", async () => {
    const { page, recorded } = await bench.open();
    await setPeildatum(page, PEILDATUM);
    await page.getByRole("button", { name: "Vernieuw sociale bijdrage" }).click();
    await page.getByText('Blad "Sociale bijdrage" bijgewerkt (2026-12).').waitFor();
    await expect(page.getByRole("tab", { name: "Sociale bijdrage" }).getAttribute("aria-selected")).resolves.toBe("true");
    const values = await sheetValues(page, "Sociale bijdrage");
    const row = (label: string) => values.find((line) => line[0] === label);
    expect(row("Leveranciers")?.[1]).toBe(36);
    // 24 valid certificates (not 25: one without a "geldig tot", Vastgoedbeheer Sittard, does not count), 22 of them at
    // suppliers in scope: the line counts those (issue 23 item 12).
    expect(row("Met geldig PSO-certificaat (van de leveranciers binnen scope)")?.[1]).toBe(22);
    // The history row of this month, in words as the board reads it (issue 25 item 5); the Vooruitblik below the
    // history (issue 24.2) starts with December too.
    const ahead = values.findIndex((line) => line[0] === "Vooruitblik (komende maanden)");
    expect(ahead).toBeGreaterThan(0);
    expect(values.slice(0, ahead).filter((line) => line[0] === "dec 2026")).toHaveLength(1);
    await expectClean(page, recorded, bench.origin);
  });

  test("PSO formulas in Dutch notation, ranges that spill and errors with their message", async () => {
    const { page, recorded } = await bench.open();
    expect(await enterFormula(page, "M5", '=PSO.TREDE("PSO-2")')).toBe("M5: Trede 2");
    // D5 = € 1.250.000, I5 = 12,4 %: the PSO contribution in euros.
    expect(await enterFormula(page, "M6", "=PSO.BIJDRAGE(D5;I5)")).toBe("M6: 155000");
    expect(await enterFormula(page, "M7", "=PSO.BIJDRAGE(1000;15,5%)")).toBe("M7: 155");
    // A range form fills one cell per row.
    await enterFormula(page, "N5", "=PSO.TREDE(E5:E7)");
    await expect(cell(page, "N6").textContent()).resolves.toBe("Trede 3");
    await expect(cell(page, "N7").textContent()).resolves.toBe("Trede 1");
    // An error shows Dutch Excel's code and carries the core's message.
    expect(await enterFormula(page, "M8", '=PSO.TREDE("trde 2")')).toBe("M8: #WAARDE!");
    await expect(cell(page, "M8").getAttribute("title")).resolves.toMatch(/onbekende PSO-trede "trde 2"/i);
    // What the cell holds is shown back in Dutch notation.
    await cell(page, "M6").click();
    await expect(page.getByLabel("Formulebalk").inputValue()).resolves.toBe("=PSO.BIJDRAGE(D5;I5)");
    await expectClean(page, recorded, bench.origin);
  });
});

describe("workbench: files and safety", () => {
  test("sheet text is shown as text, never as HTML", async () => {
    const { page, recorded } = await bench.open();
    const evil = "<img src=x onerror=alert(1)>";
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Leveranciers");
    ws.addRow(["Leverancier", "Opdrachtsom per jaar", "PSO-trede", "Geldig tot"]);
    ws.addRow([evil, 200000, "geen", null]);
    ws.addRow(["<b>Vet BV</b>", 300000, "Trede 2", new Date(Date.UTC(2027, 5, 30))]);
    const data = Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    await page.locator("input[type=file]").setInputFiles({ name: "gevaarlijk.xlsx", mimeType: "application/octet-stream", buffer: data });
    await page.getByTestId("file-name").filter({ hasText: "gevaarlijk.xlsx" }).waitFor();
    await page.getByText("2 leveranciers (gegevensrijen)").waitFor();
    await expect(cell(page, "A2").textContent()).resolves.toBe(evil);
    await setPeildatum(page, PEILDATUM);
    await check(page);
    await expect(page.getByRole("button", { name: /Rij 2/ }).textContent()).resolves.toContain(evil);
    await expect(page.locator("img[src='x'], b:has-text('Vet BV')").count()).resolves.toBe(0);
    await page.waitForTimeout(200); // an onerror handler would fire within this
    await expectClean(page, recorded, bench.origin);
  });

  test("download gives an .xlsx with the results and highlights, and the user's own sheets kept", async () => {
    const { page, recorded } = await bench.open();
    await setPeildatum(page, PEILDATUM);
    await check(page);
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download .xlsx" }).click()]);
    expect(download.suggestedFilename()).toBe("leveranciers (PSO-toets).xlsx");
    const file = await download.path();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(fs.readFileSync(file!) as unknown as ArrayBuffer);
    const ws = wb.getWorksheet("Leveranciers")!;
    expect(ws.getCell("J4").value).toBe("PSO-status");
    expect(String(ws.getCell("J7").value)).toMatch(/^Voldoet niet/);
    expect(ws.getCell("A5").value).toBe("Bouwbedrijf Janssen BV");
    expect(ws.getCell("F5").value).toEqual(new Date(Date.UTC(2027, 8, 30)));
    // exceljs reads conditional formats back but leaves them out of its types.
    const read = (ws as unknown as { conditionalFormattings: { rules: { formulae?: string[] }[] }[] }).conditionalFormattings;
    const formulas = read.flatMap((cf) => cf.rules.map((r) => r.formulae?.[0]));
    expect(formulas).toEqual([expect.stringContaining('"Voldoet niet"'), expect.stringContaining('"Let op"')]);
    expect(wb.getWorksheet("Toelichting")).toBeDefined();
    expect(wb.definedNames.model.map((n) => n.name)).toContain("Leverancierstabel");
    await expectClean(page, recorded, bench.origin);
  });
});
