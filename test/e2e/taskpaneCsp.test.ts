/**
 * The add-in's own built page, dist/taskpane.html, in chromium under its real Content-Security-Policy. office.js
 * is the only script from outside the add-in's origin; the test answers that request with the stand-in bundle
 * (dist-workbench/office-standin.js) instead of Microsoft's CDN, and proves no other request leaves localhost.
 */
import * as fs from "fs";
import * as path from "path";
import type { BrowserContext } from "playwright-core";
import { OFFICE_JS, openBuiltTaskpane, TaskpaneBrowser } from "./support/taskpaneBrowser";
import { cspViolations, ROOT } from "./support/workbench";

jest.setTimeout(180_000);

let taskpane: TaskpaneBrowser;
let url: string;
let context: BrowserContext;

beforeAll(async () => {
  taskpane = await openBuiltTaskpane();
  ({ url, context } = taskpane);
});

afterAll(async () => {
  await taskpane?.close();
});

test("dist/taskpane.html runs under its CSP: no violation, no request off localhost but office.js, sheet text stays text", async () => {
  const page = await context.newPage();
  const requests: string[] = [];
  const errors: string[] = [];
  const dialogs: string[] = [];
  page.on("request", (r) => requests.push(r.url()));
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });

  await page.goto(url + "taskpane.html");
  const html = fs.readFileSync(path.join(ROOT, "src/taskpane/taskpane.html"), "utf8");
  expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="[^"]*script-src 'self' https:\/\/appsforoffice\.microsoft\.com;/);
  await page.getByRole("button", { name: "Controleer", exact: true }).and(page.locator(":enabled")).waitFor();
  await page.getByLabel("Peildatum").fill("2026-12-01");
  await page.getByRole("button", { name: "Controleer", exact: true }).click();
  await page.getByRole("heading", { name: "Resultaat" }).waitFor();

  // The functions bundle registered its functions in the same page (shared runtime).
  const registered = await page.evaluate(() => (window as unknown as { psoStandin: { functions(): string[] } }).psoStandin.functions());
  expect(registered).toEqual(expect.arrayContaining(["TREDE", "STATUS", "BIJDRAGE"]));
  // The check wrote its results into the stand-in workbook.
  const values = await page.evaluate(() => (window as unknown as { psoStandin: { values(n: string): unknown[][] } }).psoStandin.values("Leveranciers"));
  expect(String(values[1][4])).toMatch(/^Voldoet niet/);

  // Supplier names that look like HTML are shown literally in the list of points of attention.
  await expect(page.getByRole("button", { name: /Rij 2/ }).textContent()).resolves.toContain("<img src=x onerror=alert(1)>");
  await expect(page.getByRole("button", { name: /Rij 4/ }).textContent()).resolves.toContain("<script>alert(2)</script>");
  await expect(page.locator("img[src='x']").count()).resolves.toBe(0);
  await page.waitForTimeout(200);

  expect(await cspViolations(page)).toEqual([]);
  expect(errors).toEqual([]);
  expect(dialogs).toEqual([]);
  const origin = new URL(url).origin;
  expect(requests.filter((u) => !u.startsWith(origin + "/") && !/^(data|blob):/.test(u))).toEqual([OFFICE_JS]);
});

test("in an Excel with ExcelApi 1.12 (stand-in refuses 1.13 calls) Controleer still works and says merged cells were not checked", async () => {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(url + "taskpane.html?excelApi=1.12");
  await expect(page.getByRole("alert").filter({ hasText: "in een Excel-tabel opnemen" }).innerText()).resolves.toContain("ExcelApi 1.13");
  await page.getByRole("button", { name: "Controleer", exact: true }).and(page.locator(":enabled")).waitFor();
  await page.getByLabel("Peildatum").fill("2026-12-01");
  await page.getByRole("button", { name: "Controleer", exact: true }).click();
  await page.getByRole("heading", { name: "Resultaat" }).waitFor();
  const values = await page.evaluate(() => (window as unknown as { psoStandin: { values(n: string): unknown[][] } }).psoStandin.values("Leveranciers"));
  expect(String(values[1][4])).toMatch(/^Voldoet niet/);
  await expect(page.getByText(/kan samengevoegde cellen niet herkennen/).count()).resolves.toBeGreaterThan(0);
  await expect(page.getByText("ApiNotFound").count()).resolves.toBe(0);
  expect(errors).toEqual([]);
});
