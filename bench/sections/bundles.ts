import { execFileSync } from "child_process";
import { existsSync, mkdtempSync, readFileSync, statSync } from "fs";
import http from "http";
import os from "os";
import path from "path";
import { gzipSync } from "zlib";
import { Figure, fmtBytes, fmtMs, fmtRatio, median, QUICK, Section, skipped } from "../lib";

const ROOT = path.resolve(__dirname, "../..");
const CHROMIUM = "/usr/bin/chromium";
const ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

/** Office.js cannot load here: a stub with just what src/taskpane/index.tsx touches (onReady, displayLanguage). */
const OFFICE_STUB = `window.Office = { onReady: (cb) => Promise.resolve({ host: "Excel", platform: "OfficeOnline" }).then((info) => { cb && cb(info); return info; }), context: { displayLanguage: "nl-NL", requirements: { isSetSupported: () => true } }, HostType: { Excel: "Excel" } };`;

function serve(dir: string): Promise<{ url: string; close: () => void }> {
  const types: Record<string, string> = { ".html": "text/html", ".js": "text/javascript", ".json": "application/json", ".png": "image/png" };
  const server = http.createServer((req, res) => {
    const file = path.join(dir, decodeURIComponent((req.url ?? "/").split("?")[0]));
    if (!file.startsWith(dir) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "content-type": types[path.extname(file)] ?? "application/octet-stream" }).end(readFileSync(file));
  });
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      resolve({ url: `http://127.0.0.1:${port}/`, close: () => server.close() });
    }),
  );
}

async function startupTimes(dist: string, runs: number): Promise<{ taskpane: number; blank: number; error?: string }> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- playwright-core loads only when the bundle section runs
  const { chromium } = require("playwright-core") as typeof import("playwright-core");
  const server = await serve(dist);
  const taskpane: number[] = [];
  const blank: number[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      const context = await chromium.launchPersistentContext(mkdtempSync(path.join(os.tmpdir(), "pso-bench-chromium-")), {
        executablePath: CHROMIUM,
        args: ARGS,
        headless: true,
      });
      try {
        await context.route("https://appsforoffice.microsoft.com/**", (route) => route.abort());
        await context.addInitScript(OFFICE_STUB);
        const page = context.pages()[0] ?? (await context.newPage());
        let t = performance.now();
        await page.goto(`${server.url}functions.json`, { waitUntil: "load" });
        blank.push(performance.now() - t);
        t = performance.now();
        await page.goto(`${server.url}taskpane.html`, { waitUntil: "commit" });
        await page.locator("button:not([disabled])").first().waitFor({ state: "visible", timeout: 15_000 });
        taskpane.push(performance.now() - t);
      } finally {
        await context.close();
      }
    }
  } catch (error) {
    return { taskpane: NaN, blank: NaN, error: error instanceof Error ? error.message.split("\n")[0] : String(error) };
  } finally {
    server.close();
  }
  return { taskpane: median(taskpane), blank: median(blank) };
}

/**
 * `webpack --mode production` into `dist` (a temporary directory, so the bench never overwrites a colleague's dist/);
 * section 5 calls the custom functions from this build, section 6 measures it. BENCH_REUSE_DIST=1 keeps an earlier one.
 */
export function buildBundles(dist: string): void {
  if (process.env.BENCH_REUSE_DIST === "1" && existsSync(path.join(dist, "taskpane.js"))) return;
  execFileSync(process.execPath, [path.join(ROOT, "node_modules/webpack-cli/bin/cli.js"), "--mode", "production", "--output-path", dist], {
    cwd: ROOT,
    stdio: "pipe",
  });
}

export async function bundlesSection(dist: string): Promise<Section> {
  const title = "6. Bundles and start-up";
  const gz = (name: string) => gzipSync(readFileSync(path.join(dist, name)), { level: 9 }).length;
  const raw = (name: string) => readFileSync(path.join(dist, name)).length;
  const functionsGz = gz("functions.js");
  const taskpaneGz = gz("taskpane.js");
  const figures: Figure[] = [
    { name: "functions.js, gzip", value: `${fmtBytes(functionsGz)} (${fmtBytes(raw("functions.js"))} raw)`, baseline: "50 KB budget", ratio: fmtRatio(functionsGz / 50 / 1024), target: "< 50 KB gz", met: functionsGz < 50 * 1024 },
    { name: "taskpane.js, gzip", value: `${fmtBytes(taskpaneGz)} (${fmtBytes(raw("taskpane.js"))} raw)`, baseline: "300 KB budget", ratio: fmtRatio(taskpaneGz / 300 / 1024), target: "< 300 KB gz", met: taskpaneGz < 300 * 1024 },
  ];
  const notes = [
    "Built with `webpack --mode production` into a temporary directory (the same config as `dist/`, so the bench never overwrites a colleague's dist/). gzip level 9.",
  ];
  if (!existsSync(CHROMIUM)) {
    const s = skipped(title, "/usr/bin/chromium (start-up time)", "sudo apt-get install -y chromium");
    return { title, figures, notes, skipped: s.skipped };
  }
  const times = await startupTimes(dist, QUICK ? 2 : 5);
  if (times.error) notes.push(`Start-up could not be measured: ${times.error}`);
  else {
    figures.push({
      name: "page load to interactive taskpane",
      value: fmtMs(times.taskpane),
      baseline: `same browser, a static page from the same server ${fmtMs(times.blank)}`,
      ratio: fmtRatio(times.taskpane / times.blank),
      target: "< 1.5 s",
      met: times.taskpane < 1500,
    });
    notes.push(
      "Start-up: the built taskpane.html served over local HTTP to headless Debian Chromium (playwright-core, fresh profile per run). The Office.js request to appsforoffice.microsoft.com is aborted and a minimal `window.Office` stub (onReady, displayLanguage) is injected with addInitScript, so the real index.tsx mounts the real App. Interactive = from navigation start until the first enabled button is visible. Median of the runs; real Office.js adds its own download and start-up on top.",
    );
  }
  return { title, figures, notes };
}
