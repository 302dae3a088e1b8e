import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import type { Server } from "http";
import { BrowserContext, chromium } from "playwright-core";
import { builtAddinDir } from "./addinBuild";
import { ARGS, CHROMIUM, CSP_LISTENER } from "./workbench";

// eslint-disable-next-line @typescript-eslint/no-require-imports -- a CommonJS script of the build, without types of its own
const lib = require("../../../scripts/workbench-lib") as {
  ensureBuilt(): Promise<string>;
  serve(dir: string): Promise<{ server: Server; url: string }>;
};

/** The address the built taskpane loads Office.js from; the browser answers it with the Excel stand-in. */
export const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

export interface TaskpaneBrowser {
  context: BrowserContext;
  /** Where the built add-in is served, ending in "/". */
  url: string;
  close(): Promise<void>;
}

/**
 * The built add-in (dist/ or a fresh build) served on localhost and a Chromium that records CSP violations and answers
 * office.js with the stand-in: how the taskpane tests open `taskpane.html` as Office would.
 */
export async function openBuiltTaskpane(options: { viewport?: { width: number; height: number } } = {}): Promise<TaskpaneBrowser> {
  const [addin, workbench] = await Promise.all([builtAddinDir(), lib.ensureBuilt()]);
  const officeStandin = fs.readFileSync(path.join(workbench, "office-standin.js"), "utf8");
  const { server, url } = await lib.serve(addin);
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), "pso-e2e-chromium-"));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    args: ARGS,
    headless: true,
    locale: "nl-NL",
    ...(options.viewport ? { viewport: options.viewport } : {}),
  });
  context.setDefaultTimeout(15_000);
  await context.addInitScript(CSP_LISTENER);
  await context.route(OFFICE_JS, (route) => route.fulfill({ status: 200, contentType: "text/javascript", body: officeStandin }));
  return {
    context,
    url,
    async close() {
      await context.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      fs.rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
