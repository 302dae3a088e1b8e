/**
 * Browser harness for the workbench: builds dist-workbench when stale, serves it on 127.0.0.1 (random port),
 * starts Debian's chromium through playwright-core and records, per page, every request, console error, page
 * error, dialog and Content-Security-Policy violation, so each test can assert that none happened.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import type { Server } from "http";
import { chromium, BrowserContext, Page } from "playwright-core";

// eslint-disable-next-line @typescript-eslint/no-require-imports -- a CommonJS script of the build, without types of its own
const lib = require("../../../scripts/workbench-lib") as {
  ROOT: string;
  ensureBuilt(): Promise<string>;
  serve(dir: string, options?: { port?: number; host?: string }): Promise<{ server: Server; url: string }>;
};

export const ROOT = lib.ROOT;
export const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
export const chromiumMissing = !fs.existsSync(CHROMIUM);

export const ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

export interface Recorded {
  requests: string[];
  consoleErrors: string[];
  pageErrors: string[];
  dialogs: string[];
}

export interface Workbench {
  url: string;
  origin: string;
  context: BrowserContext;
  open(query?: string): Promise<{ page: Page; recorded: Recorded }>;
  close(): Promise<void>;
}

/** Collects CSP violations inside the page, where the browser reports them. */
export const CSP_LISTENER = `
  window.__cspViolations = [];
  document.addEventListener("securitypolicyviolation", (e) => {
    window.__cspViolations.push(e.violatedDirective + " " + e.blockedURI);
  });
`;

export async function startWorkbench(): Promise<Workbench> {
  const dir = await lib.ensureBuilt();
  const { server, url } = await lib.serve(dir);
  const origin = new URL(url).origin;
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), "pso-e2e-chromium-"));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    args: ARGS,
    headless: true,
    viewport: { width: 1440, height: 900 },
    acceptDownloads: true,
    locale: "nl-NL",
    timezoneId: "Europe/Amsterdam",
  });
  context.setDefaultTimeout(15_000);
  await context.addInitScript(CSP_LISTENER);
  return {
    url,
    origin,
    context,
    async open(query = "") {
      const page = await context.newPage();
      const recorded: Recorded = { requests: [], consoleErrors: [], pageErrors: [], dialogs: [] };
      page.on("request", (r) => recorded.requests.push(r.url()));
      page.on("response", (r) => {
        if (r.status() >= 400) recorded.consoleErrors.push(`HTTP ${r.status()} ${r.url()}`);
      });
      page.on("console", (m) => {
        if (m.type() === "error") recorded.consoleErrors.push(m.text());
      });
      page.on("pageerror", (e) => recorded.pageErrors.push(e.message));
      page.on("dialog", (d) => {
        recorded.dialogs.push(d.message());
        void d.dismiss();
      });
      await page.goto(url + query);
      await page.locator("td[data-cell='A5']").waitFor();
      // The taskpane has found the table once it shows the sheet and the check button is enabled.
      await page.getByRole("button", { name: "Controleer", exact: true }).and(page.locator(":enabled")).waitFor();
      return { page, recorded };
    },
    async close() {
      await context.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      fs.rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

export const cspViolations = (page: Page): Promise<string[]> => page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);

/** A cell of the grid by its A1 address. */
export const cell = (page: Page, address: string) => page.locator(`td[data-cell='${address}']`);

/** The values of a sheet as the stand-in holds them (read-only view the page offers). */
export const sheetValues = (page: Page, name: string): Promise<(string | number | boolean)[][]> =>
  page.evaluate((n) => (window as unknown as { psoWorkbench: { values(n: string): (string | number | boolean)[][] } }).psoWorkbench.values(n), name);

export async function setPeildatum(page: Page, iso: string): Promise<void> {
  await page.getByLabel("Peildatum").fill(iso);
}

/** Clicks Controleer and waits for the result and the red/amber rows to be painted. */
export async function check(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Controleer", exact: true }).click();
  await page.getByRole("heading", { name: "Resultaat" }).waitFor();
  await page.locator("main[aria-busy='false']").waitFor();
}

const SCREENSHOTS = path.join(ROOT, "docs/images");

/** Writes docs/images/<name> only when asked (UPDATE_SCREENSHOTS=1) or missing, so test runs do not churn git. */
export async function screenshot(page: Page, name: string): Promise<void> {
  const file = path.join(SCREENSHOTS, name);
  if (process.env.UPDATE_SCREENSHOTS !== "1" && fs.existsSync(file)) return;
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: file });
}

/** Everything a test must leave behind: no request off the page's origin, no CSP violation, no error, no dialog. */
export async function expectClean(page: Page, recorded: Recorded, origin: string): Promise<void> {
  const offsite = recorded.requests.filter((u) => !u.startsWith(origin + "/") && !/^(data|blob):/.test(u));
  expect(offsite).toEqual([]);
  expect(await cspViolations(page)).toEqual([]);
  expect(recorded.pageErrors).toEqual([]);
  expect(recorded.consoleErrors).toEqual([]);
  expect(recorded.dialogs).toEqual([]);
}
