/**
 * The page exactly as `npm start` serves it: scripts/start.js (webpack serve, development mode, https) on a free
 * port, opened in chromium under the page's own Content-Security-Policy. office.js is answered with the stand-in
 * bundle (dist-workbench/office-standin.js), as in taskpaneCsp.test.ts. An eval-based devtool in the development
 * build is blocked by that CSP: the taskpane stays blank and no PSO.* function registers, which this test catches.
 */
import { ChildProcess, spawn } from "child_process";
import * as fs from "fs";
import * as net from "net";
import * as os from "os";
import * as path from "path";
import { BrowserContext, chromium } from "playwright-core";
import { ARGS, CHROMIUM, CSP_LISTENER, cspViolations, ROOT } from "./support/workbench";

// eslint-disable-next-line @typescript-eslint/no-require-imports -- a CommonJS script of the build, without types of its own
const lib = require("../../scripts/workbench-lib") as { ensureBuilt(): Promise<string> };

jest.setTimeout(240_000);

const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const FUNCTIONS = ["BIJDRAGE", "EIS", "GELDIG", "GROEIPAD", "KPI", "NIVEAU", "REGISTER", "SROI", "STATUS", "TREDE", "VOLDOET"];

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** Starts `node scripts/start.js` in its own process group and resolves once webpack has compiled. */
function startDevServer(port: number, workbenchPort: number): Promise<{ child: ChildProcess; output: () => string }> {
  const child = spawn(process.execPath, [path.join(ROOT, "scripts/start.js")], {
    cwd: ROOT,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, PORT: String(port), WORKBENCH_PORT: String(workbenchPort) },
  });
  let log = "";
  const output = () => log;
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      log += String(chunk);
      if (/compiled with \d+ errors?|Failed to compile/i.test(log)) reject(new Error(`webpack serve failed:\n${log}`));
      else if (/compiled (successfully|with \d+ warnings?)/i.test(log)) resolve({ child, output });
    };
    child.stdout!.on("data", onData);
    child.stderr!.on("data", onData);
    child.once("exit", (code) => reject(new Error(`scripts/start.js exited with ${code}:\n${log}`)));
  });
}

function stop(child: ChildProcess | undefined): Promise<void> {
  if (!child || child.exitCode !== null || child.pid === undefined) return Promise.resolve();
  return new Promise((resolve) => {
    child.once("exit", () => resolve());
    try {
      process.kill(-child.pid!, "SIGTERM");
    } catch {
      resolve();
    }
  });
}

let server: ChildProcess | undefined;
let serverOutput = () => "";
let url: string;
let context: BrowserContext;
let userDataDir: string;

beforeAll(async () => {
  // The stand-in bundle comes from the workbench build; building it first also spares start.js's workbench a build.
  const officeStandin = fs.readFileSync(path.join(await lib.ensureBuilt(), "office-standin.js"), "utf8");
  const [port, workbenchPort] = [await freePort(), await freePort()];
  ({ child: server, output: serverOutput } = await startDevServer(port, workbenchPort));
  url = `https://localhost:${port}/`;
  userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), "pso-e2e-dev-"));
  context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    // webpack serve's certificate is not trusted on a test machine (installing a CA needs root).
    args: [...ARGS, "--ignore-certificate-errors"],
    ignoreHTTPSErrors: true,
    headless: true,
    locale: "nl-NL",
  });
  context.setDefaultTimeout(30_000);
  await context.addInitScript(CSP_LISTENER);
  await context.route(OFFICE_JS, (route) => route.fulfill({ status: 200, contentType: "text/javascript", body: officeStandin }));
});

afterAll(async () => {
  await context?.close();
  await stop(server);
  if (userDataDir) fs.rmSync(userDataDir, { recursive: true, force: true });
});

test("npm start's development build renders the taskpane, registers all eleven PSO functions under the page's CSP and serves their metadata in Dutch and English", async () => {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });

  await page.goto(url + "taskpane.html");
  // What a user sees first: the taskpane with its check button, not a blank pane.
  await page
    .getByRole("button", { name: "Controleer", exact: true })
    .waitFor()
    .catch((e: Error) => {
      throw new Error(`${e.message}\nCSP or page errors: ${errors.join("\n")}\nserver output:\n${serverOutput().slice(-2000)}`);
    });
  await expect(page.locator("#root").innerText()).resolves.toMatch(/PSO/);

  const registered = await page.evaluate(() => (window as unknown as { psoStandin: { functions(): string[] } }).psoStandin.functions());
  expect([...registered].sort()).toEqual(FUNCTIONS);

  // The development build really is the one under test (not dist/ from an earlier production build).
  const bundle = await (await page.request.get(url + "taskpane.js")).text();
  expect(bundle).toContain("./src/taskpane/index.tsx");

  // The metadata Excel reads from the same server lets error cells in and points help at pages it serves.
  // Both languages: the manifest's metadata URL and each of its Overrides name a file this server serves.
  const manifest = await (await page.request.get(url + "manifest.xml")).text();
  const metadataUrl = /<bt:Url id="Functions\.Metadata\.Url"[\s\S]*?<\/bt:Url>/.exec(manifest)![0];
  const files = [...new Set([...metadataUrl.matchAll(/Value="https:\/\/localhost:3000\/([^"]+)"/g)].map((m) => m[1]))];
  expect(files.sort()).toEqual(["functions.en.json", "functions.json"]);
  const served: Record<string, { allowErrorForDataTypeAny?: boolean; functions: { id: string; description: string; helpUrl: string }[] }> = {};
  for (const file of files) {
    const response = await page.request.get(url + file);
    expect([file, response.status()]).toEqual([file, 200]);
    served[file] = await response.json();
    expect([file, served[file].allowErrorForDataTypeAny]).toEqual([file, true]);
    for (const f of served[file].functions) {
      const help = await page.request.get(f.helpUrl.replace("https://localhost:3000/", url));
      expect([f.helpUrl, help.status()]).toEqual([f.helpUrl, 200]);
    }
  }
  const [nl, en] = [served["functions.json"], served["functions.en.json"]];
  expect(en.functions.map((f) => f.id)).toEqual(nl.functions.map((f) => f.id));
  expect(en.functions.find((f) => f.id === "STATUS")!.description).toMatch(/^The PSO status/);
  expect(nl.functions.find((f) => f.id === "STATUS")!.description).toMatch(/^De PSO-status/);

  await page.waitForTimeout(200);
  expect(await cspViolations(page)).toEqual([]);
  expect(errors).toEqual([]);
});

test("in an Excel without ExcelApi 1.13 the taskpane says in Dutch (English in English Office) what is missing, and the taskpane still renders", async () => {
  const page = await context.newPage();
  await page.goto(url + "taskpane.html?excelApi=1.12");
  await page.getByRole("button", { name: "Controleer", exact: true }).waitFor();
  await expect(page.getByRole("alert").filter({ hasText: "samengevoegde cellen" }).innerText()).resolves.toContain("ExcelApi 1.13");
  const english = await context.newPage();
  await english.goto(url + "taskpane.html?excelApi=1.12&lang=en");
  await english.getByRole("button", { name: "Check" }).waitFor();
  await expect(english.getByRole("alert").filter({ hasText: "merged cells" }).count()).resolves.toBe(1);
});
