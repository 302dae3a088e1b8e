/**
 * Issue 16 in Debian's chromium: messages where the user is looking (the add-in's own taskpane.html at 320 px),
 * numbers that add up on the realistic list (examples/leveranciers-praktijk.xlsx), the workbench polish items, and
 * the README's screenshot per reader (written to docs/images/ when missing or with UPDATE_SCREENSHOTS=1).
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { BrowserContext, chromium, Page } from "playwright-core";
import { statusLabel, wonenLimburgPolicy, checkFindings, dayFromYmd } from "../../src/core";
import { readSupplierFile } from "../../src/cli/readFiles";
import { openBuiltTaskpane, TaskpaneBrowser } from "./support/taskpaneBrowser";
import { ARGS, cell, check, CHROMIUM, expectClean, ROOT, screenshot, setPeildatum, sheetValues, startWorkbench, Workbench } from "./support/workbench";

jest.setTimeout(180_000);


const PEILDATUM = "1-12-2026";
let bench: Workbench;

beforeAll(async () => {
  bench = await startWorkbench();
});

afterAll(async () => {
  await bench?.close();
});

/** Whether the element is wholly inside the viewport and has the focus. */
const inViewAndFocused = (page: Page, selector: string) =>
  page.locator(selector).last().evaluate((el) => {
    const r = el.getBoundingClientRect();
    return { inView: r.top >= 0 && r.bottom <= window.innerHeight && r.height > 0, focused: document.activeElement === el };
  });

async function enterFormula(page: Page, address: string, text: string): Promise<string> {
  await cell(page, address).click();
  await page.getByLabel("Formulebalk").fill(text);
  await page.getByLabel("Formulebalk").press("Enter");
  return (await page.getByTestId("formula-result").textContent()) ?? "";
}

describe("messages where the user is looking: dist/taskpane.html at 320 px", () => {
  let taskpane: TaskpaneBrowser;
  let url: string;
  let context: BrowserContext;

  beforeAll(async () => {
    taskpane = await openBuiltTaskpane({ viewport: { width: 320, height: 480 } });
    ({ url, context } = taskpane);
  });

  afterAll(async () => {
    await taskpane?.close();
  });

  test("an error after Controleer in a scrolled pane comes into view and takes the focus", async () => {
    const page = await context.newPage();
    await page.goto(url + "taskpane.html");
    await page.getByRole("button", { name: "Controleer", exact: true }).and(page.locator(":enabled")).waitFor();
    // Unlink the level column: Controleer then refuses with a message at the top of the pane.
    await page.getByText("Kolommen", { exact: true }).click();
    await page.getByRole("combobox", { name: "PSO-trede" }).click();
    await page.getByRole("option", { name: "(niet gebruikt)" }).click();
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(200);
    await page.getByRole("button", { name: "Controleer", exact: true }).click();
    const alert = page.getByRole("alert");
    await alert.waitFor();
    await expect(alert.textContent()).resolves.toMatch(/PSO-trede/);
    expect(await inViewAndFocused(page, "[role=alert]")).toEqual({ inView: true, focused: true });
    expect(await cspViolations(page)).toEqual([]);
  });

  test("'bijgewerkt' after Vernieuw sociale bijdrage at the bottom of the pane comes into view and takes the focus", async () => {
    const page = await context.newPage();
    await page.goto(url + "taskpane.html");
    await page.getByRole("button", { name: "Controleer", exact: true }).and(page.locator(":enabled")).waitFor();
    await page.getByLabel("Peildatum").fill("1-12-2026");
    await page.getByRole("button", { name: "Controleer", exact: true }).click();
    await page.getByRole("heading", { name: "Resultaat" }).waitFor();
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(200);
    await page.getByRole("button", { name: "Vernieuw sociale bijdrage" }).click();
    await page.getByText(/Blad "Sociale bijdrage" bijgewerkt/).waitFor();
    expect(await inViewAndFocused(page, ".pso-notice[data-notice=success]")).toEqual({ inView: true, focused: true });
  });
});

const cspViolations = (page: Page): Promise<string[]> => page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);

describe("the realistic list: numbers that add up, and a screenshot per reader", () => {
  test("the inkoper: 60 rows at the top, the counts line adds up with the KPIs, its button shows the rows not counted", async () => {
    const { page, recorded } = await bench.open("?voorbeeld=praktijk");
    await page.getByText("60 leveranciers (gegevensrijen)").waitFor();
    await setPeildatum(page, PEILDATUM);
    await check(page);
    const line = (await page.getByTestId("counts-line").textContent()) ?? "";
    const suppliers = Number(await page.getByRole("table", { name: "Kerncijfers" }).getByRole("row").first().locator("td span").first().textContent());
    const errors = Number(await page.locator("[data-status=error] .pso-chip-count").textContent());
    expect(suppliers + errors).toBe(60);
    // The README's picture: the list checked, the pane as it first appears after a check (no scrolling).
    await screenshot(page, "inkoper-praktijk.png");
    if (errors === 0) expect(line).toMatch(/^Alle 60 gegevensrijen tellen mee als leverancier\./);
    else {
      expect(line).toContain(`Van de 60 gegevensrijen tellen ${suppliers} leveranciers mee; ${errors}`);
      await page.getByRole("button", { name: new RegExp(`^Toon deze (${errors} rijen|rij)$`) }).click();
      await expect(page.getByRole("list", { name: /Aandachtspunten/ }).getByRole("button").count()).resolves.toBe(errors);
      await page.getByRole("button", { name: "Toon alle aandachtspunten" }).click();
    }
    // Shares say over what they are taken; without a contribution column the PSO contribution is unknown.
    await page.getByText("van de beoordeelde leveranciers", { exact: false }).first().waitFor();
    await expect(page.getByRole("table", { name: "Kerncijfers" }).getByText("onbekend", { exact: true }).count()).resolves.toBe(1);
    await expectClean(page, recorded, bench.origin);
  });

  test("the contract manager: PSO formulas beside the list, one per row from a range", async () => {
    const { page, recorded } = await bench.open("?voorbeeld=praktijk");
    expect(await enterFormula(page, "H5", "=PSO.STATUS(D5:D24;E5:E24;C5:C24)")).toMatch(/^H5: /);
    await expect(cell(page, "H6").textContent()).resolves.toMatch(/^(Voldoet|Let op)/);
    expect(await enterFormula(page, "I5", "=PSO.EIS(C5)")).toBe("I5: Trede 2");
    await cell(page, "H5").click();
    await screenshot(page, "contractmanager-formules.png");
    await expectClean(page, recorded, bench.origin);
  });

  test("the controller: the Sociale bijdrage sheet of the realistic list", async () => {
    const { page, recorded } = await bench.open("?voorbeeld=praktijk");
    await setPeildatum(page, PEILDATUM);
    await page.getByRole("button", { name: "Vernieuw sociale bijdrage" }).click();
    await page.getByText('Blad "Sociale bijdrage" bijgewerkt (2026-12).').waitFor();
    const values = await sheetValues(page, "Sociale bijdrage");
    expect(values.some((line) => line[0] === "Leveranciers")).toBe(true);
    await screenshot(page, "controller-sociale-bijdrage.png");
    await expectClean(page, recorded, bench.origin);
  });

  test("the sample chooser swaps between the clean sample and the realistic list", async () => {
    const { page, recorded } = await bench.open();
    await page.getByLabel("Voorbeeldbestand").selectOption("leveranciers-praktijk.xlsx");
    await page.getByTestId("file-name").filter({ hasText: "leveranciers-praktijk.xlsx" }).waitFor();
    await page.getByText("60 leveranciers (gegevensrijen)").waitFor();
    await expect(cell(page, "A4").textContent()).resolves.toBe("Naam leverancier");
    await expectClean(page, recorded, bench.origin);
  });
});

/** Whether the result card's heading is wholly inside the window and the taskpane's scroll box, and has the focus. */
const cardInView = (page: Page) =>
  page.locator("#pso-summary-heading").evaluate((el) => {
    const r = el.getBoundingClientRect();
    const box = (el.closest(".wb-taskpane") ?? document.documentElement).getBoundingClientRect();
    const top = Math.max(0, box.top);
    const bottom = Math.min(window.innerHeight, box.bottom || window.innerHeight);
    return { inView: r.height > 0 && r.top >= top && r.bottom <= bottom, focused: document.activeElement === el };
  });

describe("the result first (issue 25 item 1)", () => {
  test("1366x768 workbench: the result card is in view and focused right after Controleer; its chips filter the list", async () => {
    const { page, recorded } = await bench.open("?voorbeeld=praktijk");
    await page.setViewportSize({ width: 1366, height: 768 });
    await setPeildatum(page, PEILDATUM);
    // Scrolled down first, as a user who read the setup would be.
    await page.locator(".wb-taskpane").evaluate((el) => el.scrollTo(0, el.scrollHeight));
    await check(page);
    await expect(cardInView(page)).resolves.toEqual({ inView: true, focused: true });
    const attention = page.getByRole("list", { name: /Aandachtspunten/ }).getByRole("button");
    const all = await attention.count();
    for (const status of ["warning", "compliant"]) {
      const chip = page.locator(`.pso-chips [data-status=${status}]`);
      const n = Number(await chip.locator(".pso-chip-count").textContent());
      await chip.click();
      await expect(chip.getAttribute("aria-pressed")).resolves.toBe("true");
      await expect(attention.count()).resolves.toBe(Math.min(n, 100));
      await chip.click();
      await expect(attention.count()).resolves.toBe(all);
    }
    await expectClean(page, recorded, bench.origin);
  });

  test("350 px taskpane (the add-in's own page): the result card is in view and focused right after Controleer", async () => {
    const taskpane = await openBuiltTaskpane({ viewport: { width: 350, height: 700 } });
    try {
      const page = await taskpane.context.newPage();
      await page.goto(taskpane.url + "taskpane.html");
      const button = page.getByRole("button", { name: "Controleer", exact: true }).and(page.locator(":enabled"));
      await button.waitFor();
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      await button.click();
      await page.getByRole("heading", { name: "Resultaat" }).waitFor();
      await page.locator("main[aria-busy='false']").waitFor();
      await expect(cardInView(page)).resolves.toEqual({ inView: true, focused: true });
      // Clean at 350 px: nothing wider than the pane.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(350);
    } finally {
      await taskpane.close();
    }
  });
});

describe("workbench polish", () => {
  test("formulas: =SOM is not calculated here and says so; a comma asks for ;; a result is shown in the cell's format", async () => {
    const { page, recorded } = await bench.open();
    expect(await enterFormula(page, "M5", "=SOM(D5:D7)")).toBe("M5: SOM wordt in de werkbank niet berekend (alleen PSO.*-formules); Excel rekent hem wel uit.");
    expect(await enterFormula(page, "M6", "=SUM(D5:D7)")).toMatch(/^M6: SUM wordt in de werkbank niet berekend/);
    expect(await enterFormula(page, "M7", "=PSO.BIJDRAGE(D5,I5)")).toBe("Fout: gebruik ; tussen argumenten (Nederlandse notatie), bijvoorbeeld =PSO.BIJDRAGE(A2;B2)");
    // D24 carries the column's euro format: the formula's result is shown in it, in the cell and in the bar.
    expect(await enterFormula(page, "D24", "=PSO.BIJDRAGE(D5;I5)")).toBe("D24: € 155.000");
    await expect(cell(page, "D24").textContent()).resolves.toBe("€ 155.000");
    await expectClean(page, recorded, bench.origin);
  });

  test("a range result over a typed cell shows #OVERLOOP! and keeps the typed cell; freed, it spills", async () => {
    const { page, recorded } = await bench.open();
    await enterFormula(page, "N6", "van mij");
    expect(await enterFormula(page, "N5", "=PSO.TREDE(E5:E7)")).toBe("N5: #OVERLOOP!");
    await expect(cell(page, "N6").textContent()).resolves.toBe("van mij");
    await expect(cell(page, "N5").getAttribute("title")).resolves.toMatch(/loopt over cel N6/);
    await enterFormula(page, "N6", "");
    await expect(cell(page, "N6").textContent()).resolves.toBe("Trede 3");
    await expectClean(page, recorded, bench.origin);
  });

  test("in English the spill error is #SPILL!", async () => {
    const page = await bench.context.newPage();
    await page.goto(bench.url + "?lang=en");
    await page.getByRole("button", { name: "Check", exact: true }).and(page.locator(":enabled")).waitFor();
    await enterFormula(page, "N6", "mine");
    await enterFormula(page, "N5", "=PSO.TREDE(E5:E7)");
    await expect(cell(page, "N5").textContent()).resolves.toBe("#SPILL!");
    await expect(cell(page, "N6").textContent()).resolves.toBe("mine");
  });

  test("no developer counters in the user's view; ?debug shows them", async () => {
    const { page } = await bench.open();
    await expect(page.getByText(/syncs:/).count()).resolves.toBe(0);
    const debug = await bench.open("?debug");
    await expect(debug.page.getByTestId("debug-syncs").textContent()).resolves.toMatch(/^syncs: \d+$/);
  });

  test("a dropped .csv is read as the CLI reads it: the same status on every row", async () => {
    const { page, recorded } = await bench.open();
    const csvFile = path.join(ROOT, "examples/leveranciers.csv");
    await page.locator("input[type=file]").setInputFiles(csvFile);
    await page.getByTestId("file-name").filter({ hasText: "leveranciers.csv" }).waitFor();
    await setPeildatum(page, PEILDATUM);
    await check(page);
    const loaded = await readSupplierFile(csvFile);
    if (!loaded.ok) throw new Error(loaded.message.nl);
    const findings = checkFindings(loaded.value.table, wonenLimburgPolicy, dayFromYmd(2026, 12, 1));
    const values = await sheetValues(page, "leveranciers");
    const statusCol = values[0].indexOf("PSO-status");
    expect(statusCol).toBeGreaterThan(0);
    expect(findings.length).toBe(40);
    for (const f of findings) expect(String(values[f.row - 1][statusCol])).toMatch(new RegExp(`^${statusLabel(f.status, "nl")}`));
    await expectClean(page, recorded, bench.origin);
  });

  test("policy editor: each group explains itself and Opslaan stays in view while scrolling", async () => {
    const { page, recorded } = await bench.open();
    await page.getByRole("button", { name: "Beleid" }).click();
    // The groups are folded to one line each; opened, each starts with what it decides.
    await page.locator("details[data-section=scope] > summary").click();
    await page.getByText("Welke leveranciers de PSO-eis krijgen: vanaf welke opdrachtsom per jaar.").waitFor();
    const save = page.getByRole("button", { name: "Opslaan" });
    const inView = () =>
      save.evaluate((el) => {
        const r = el.getBoundingClientRect();
        const pane = el.closest(".wb-taskpane")!.getBoundingClientRect();
        return r.top >= pane.top && r.bottom <= pane.bottom;
      });
    await page.locator(".wb-taskpane").evaluate((el) => el.scrollTo(0, el.scrollHeight / 3));
    expect(await inView()).toBe(true);
    await page.locator(".wb-taskpane").evaluate((el) => el.scrollTo(0, 0));
    expect(await inView()).toBe(true);
    await expectClean(page, recorded, bench.origin);
  });
});

describe("dates in Dutch whatever the browser's locale (chromium --lang=en-US)", () => {
  test("grid dates and the peildatum are Dutch day-month-year", async () => {
    const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), "pso-e2e-chromium-"));
    const context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM,
      args: [...ARGS, "--lang=en-US"],
      headless: true,
      locale: "en-US",
      viewport: { width: 1440, height: 900 },
    });
    try {
      const page = await context.newPage();
      await page.goto(bench.url);
      await cell(page, "A5").waitFor();
      expect(await page.evaluate(() => navigator.language)).toBe("en-US");
      await expect(cell(page, "F5").textContent()).resolves.toBe("30-9-2027");
      await expect(page.getByLabel("Peildatum").inputValue()).resolves.toMatch(/^\d{1,2}-\d{1,2}-\d{4}$/);
      await setPeildatum(page, "1-12-2026");
      await page.getByText("Certificaten en eisen gelden op 1-12-2026").waitFor();
      // The policy editor's dates too: no en-US date picker (01/01/2022).
      await page.getByRole("button", { name: "Beleid" }).click();
      await expect(page.getByLabel("Vanaf (eis 2)").inputValue()).resolves.toBe("1-1-2022");
    } finally {
      await context.close();
      fs.rmSync(userDataDir, { recursive: true, force: true });
    }
  });
});
