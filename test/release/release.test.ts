/**
 * The release IT deploys, built once for this file as an administrator builds it:
 * `npm run release -- --url https://pso.example.org/toets/ --contact "..."` (scripts/release.js, a webpack production
 * build) into a temporary directory. The zip is unpacked, its manifest checked offline against its own files, and its
 * taskpane page loaded in Chromium from those files under the page's CSP, with the Office stand-in for office.js.
 */
import { execFile } from "child_process";
import { createHash } from "crypto";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import type { Server } from "http";
import { chromium } from "playwright-core";
import { OFFICE_JS } from "../e2e/support/taskpaneBrowser";
import { ARGS, CHROMIUM, CSP_LISTENER, cspViolations } from "../e2e/support/workbench";

jest.setTimeout(600_000);

const ROOT = path.resolve(__dirname, "../..");
const URL_ = "https://pso.example.org/toets/";
const CONTACT = "Servicedesk Inkoop <script>alert(1)</script>, servicedesk@example.nl, 012-3456789";
const PKG_VERSION: string = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")).version;
const DEV_MANIFEST = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");

// eslint-disable-next-line @typescript-eslint/no-require-imports -- a CommonJS script of the build, without types of its own
const check = require("../../scripts/release-check") as {
  checkRelease(files: Record<string, Uint8Array>, options: { baseUrl?: string; version?: string; notId?: string }): string[];
  unzipRelease(zip: Uint8Array): { folder: string; files: Record<string, Uint8Array> };
  pngSize(bytes: Uint8Array): { width: number; height: number } | null;
};
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a CommonJS script of the build, without types of its own
const lib = require("../../scripts/workbench-lib") as { ensureBuilt(): Promise<string>; serve(dir: string): Promise<{ server: Server; url: string }> };

function runRelease(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [path.join(ROOT, "scripts/release.js"), ...args], { cwd: ROOT, timeout: 840_000, maxBuffer: 16 << 20 }, (error, stdout, stderr) =>
      resolve({ code: error ? (typeof error.code === "number" ? error.code : 1) : 0, stdout, stderr }),
    );
  });
}

let out: string;
let zipPath: string;
let folder: string;
let files: Record<string, Uint8Array>;
let unpacked: string;
let built: { code: number; stdout: string; stderr: string };
const text = (p: string) => Buffer.from(files[p]).toString("utf8");
const manifest = () => text("manifest.xml");

beforeAll(async () => {
  out = fs.mkdtempSync(path.join(os.tmpdir(), "pso-release-test-"));
  built = await runRelease(["--url", URL_, "--contact", CONTACT, "--out", out]);
  if (built.code !== 0) throw new Error(`npm run release failed (${built.code}):\n${built.stderr}`);
  zipPath = path.join(out, `pso-toets-${PKG_VERSION}.zip`);
  ({ folder, files } = check.unzipRelease(new Uint8Array(fs.readFileSync(zipPath))));
  unpacked = path.join(out, "unpacked");
  for (const [p, bytes] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(unpacked, p)), { recursive: true });
    fs.writeFileSync(path.join(unpacked, p), bytes);
  }
}, 900_000);

afterAll(() => {
  if (out) fs.rmSync(out, { recursive: true, force: true });
});

describe("npm run release -- --url https://pso.example.org/toets/ --contact ...", () => {
  test("makes pso-toets-<version>.zip with one folder pso-toets-<version>/ holding everything IT hosts, and says where it is", () => {
    expect(built.stdout).toContain(`pso-toets-${PKG_VERSION}.zip`);
    expect(folder).toBe(`pso-toets-${PKG_VERSION}`);
    const names = Object.keys(files).sort();
    expect(names).toEqual(
      expect.arrayContaining([
        "manifest.xml", "taskpane.html", "functions.json", "functions.en.json", "help.html", "functions.html", "privacy.html", "support.html",
        "CHANGELOG.md", "THIRD-PARTY-LICENSES.md", "INSTALLEREN.txt", "assets/icon-16.png", "assets/icon-32.png", "assets/icon-64.png", "assets/icon-80.png",
      ]),
    );
    expect(text("CHANGELOG.md")).toMatch(new RegExp(`^## ${PKG_VERSION.replace(/\./g, "\\.")}\\b`, "m"));
    expect(text("INSTALLEREN.txt")).toContain(URL_);
    // With its checksum beside it, in the form `sha256sum -c` reads.
    const sha = createHash("sha256").update(fs.readFileSync(zipPath)).digest("hex");
    expect(fs.readFileSync(`${zipPath}.sha256`, "utf8")).toBe(`${sha}  pso-toets-${PKG_VERSION}.zip\n`);
    expect(built.stdout).toContain(sha);
  });

  test("no source maps, and taskpane.html loads content-hashed bundles that are in the zip", () => {
    expect(Object.keys(files).filter((p) => p.endsWith(".map"))).toEqual([]);
    const scripts = [...text("taskpane.html").matchAll(/<script[^>]*\bsrc="?([^"\s>]+)/g)].map((m) => m[1]);
    const own = scripts.filter((s) => !s.startsWith("https:"));
    expect(own).toHaveLength(2);
    for (const s of own) {
      expect(s).toMatch(/^(taskpane|functions)\.[0-9a-f]{8}\.js$/);
      expect(files[s]).toBeDefined();
      expect(text(s)).not.toMatch(/sourceMappingURL/);
    }
    expect(scripts).toContain(OFFICE_JS);
  });

  test("the manifest passes every offline check against the zip's own files (URLs, resids, icon sizes, version, requirement sets)", () => {
    const devId = /<Id>([^<]+)<\/Id>/.exec(DEV_MANIFEST)![1];
    expect(check.checkRelease(files, { baseUrl: URL_, version: `${PKG_VERSION}.0`, notId: devId })).toEqual([]);
  });

  test("every URL in the manifest is https on the given address and names a file in the zip", () => {
    const urls = [...manifest().matchAll(/\b(?:DefaultValue|Value)="(\w+:\/\/[^"]+)"/g)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThan(10);
    for (const u of urls) {
      expect([u, u.startsWith(URL_)]).toEqual([u, true]);
      expect([u, files[u.slice(URL_.length).split("#")[0]] !== undefined]).toEqual([u, true]);
    }
    expect(manifest()).not.toContain("localhost");
    const script = /<bt:Url id="Functions.Script.Url" DefaultValue="([^"]+)"/.exec(manifest())![1];
    expect(script).toMatch(/\/functions\.[0-9a-f]{8}\.js$/);
    expect(/<SupportUrl DefaultValue="([^"]+)"/.exec(manifest())![1]).toBe(`${URL_}support.html`);
  });

  test("its own <Id>, not the development manifest's, and <Version> from package.json in four parts", () => {
    const id = /<Id>([^<]+)<\/Id>/.exec(manifest())![1];
    const devId = /<Id>([^<]+)<\/Id>/.exec(DEV_MANIFEST)![1];
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(id).not.toBe(devId);
    expect(/<Version>([^<]+)<\/Version>/.exec(manifest())![1]).toBe(`${PKG_VERSION}.0`);
    expect(manifest()).toMatch(/<Set Name="SharedRuntime" MinVersion="1\.1"\/>/);
    expect(manifest()).toMatch(/<Set Name="ExcelApi" MinVersion="[\d.]+"\/>/);
  });

  test("each icon is a PNG of the size the manifest declares for it; the high-resolution icon is 64x64", () => {
    const size = (p: string) => check.pngSize(files[p]);
    expect(size("assets/icon-16.png")).toEqual({ width: 16, height: 16 });
    expect(size("assets/icon-32.png")).toEqual({ width: 32, height: 32 });
    expect(size("assets/icon-80.png")).toEqual({ width: 80, height: 80 });
    const high = /<HighResolutionIconUrl DefaultValue="([^"]+)"/.exec(manifest())![1];
    expect(check.pngSize(files[high.slice(URL_.length)])).toEqual({ width: 64, height: 64 });
    for (const m of manifest().matchAll(/<bt:Image size="(\d+)" resid="([^"]+)"\/>/g)) {
      const url = new RegExp(`<bt:Image id="${m[2].replace(/\./g, "\\.")}" DefaultValue="([^"]+)"`).exec(manifest())![1];
      expect([m[2], check.pngSize(files[url.slice(URL_.length)])]).toEqual([m[2], { width: Number(m[1]), height: Number(m[1]) }]);
    }
  });

  test("the support page names the contact given at build time (as text, an e-mail address as a link) and the version", () => {
    const html = text("support.html");
    expect(html).toContain("Servicedesk Inkoop");
    expect(html).toMatch(/<a href="?mailto:servicedesk@example\.nl"?>servicedesk@example\.nl<\/a>/);
    expect(html).toContain("012-3456789");
    // Given as text: shown as text, never run.
    expect(html).not.toMatch(/<script/i);
    expect(html).toMatch(/&lt;script(>|&gt;)alert\(1\)&lt;\/script(>|&gt;)/);
    expect(html).toContain(PKG_VERSION);
    for (const page of ["help.html", "functions.html", "privacy.html"]) expect(html).toMatch(new RegExp(`href="?${page.replace(".", "\\.")}`));
  });

  test("the privacy statement says what is read, what is stored in the workbook and where, and that nothing is sent", () => {
    const html = text("privacy.html");
    for (const words of ["Wat PSO-toets leest", "Wat PSO-toets in de werkmap bewaart", "Wat PSO-toets verstuurt", "PSO-beleid", "werkmapinstellingen", "Niets uit de werkmap", "appsforoffice.microsoft.com"]) {
      expect([words, html.includes(words)]).toEqual([words, true]);
    }
  });

  test("what the privacy statement promises holds for the shipped code: no bundle can send or keep data outside the workbook", () => {
    const bundles = Object.keys(files).filter((p) => p.endsWith(".js"));
    expect(bundles).toHaveLength(2);
    for (const b of bundles) {
      const code = text(b);
      for (const api of ["fetch(", "XMLHttpRequest", "sendBeacon", "WebSocket", "EventSource", "localStorage", "sessionStorage", "indexedDB", "document.cookie"]) {
        expect([b, api, code.includes(api)]).toEqual([b, api, false]);
      }
    }
    // And the page's CSP keeps it so: connections only to its own server, scripts only from there and Office.js.
    expect(text("taskpane.html")).toMatch(/connect-src 'self'/);
    expect(text("taskpane.html")).toMatch(/script-src 'self' https:\/\/appsforoffice\.microsoft\.com;/);
  });

  test("the released taskpane page, served from the zip's files, renders in Chromium under its CSP with the Office stand-in", async () => {
    const officeStandin = fs.readFileSync(path.join(await lib.ensureBuilt(), "office-standin.js"), "utf8");
    const { server, url } = await lib.serve(unpacked);
    const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), "pso-release-chromium-"));
    const context = await chromium.launchPersistentContext(userDataDir, { executablePath: CHROMIUM, args: ARGS, headless: true, locale: "nl-NL" });
    try {
      context.setDefaultTimeout(30_000);
      await context.addInitScript(CSP_LISTENER);
      await context.route(OFFICE_JS, (route) => route.fulfill({ status: 200, contentType: "text/javascript", body: officeStandin }));
      const page = await context.newPage();
      const requests: string[] = [];
      const errors: string[] = [];
      page.on("request", (r) => requests.push(r.url()));
      page.on("pageerror", (e) => errors.push(e.message));
      page.on("console", (m) => {
        if (m.type() === "error") errors.push(m.text());
      });
      await page.goto(url + "taskpane.html");
      await page.getByRole("button", { name: "Controleer", exact: true }).and(page.locator(":enabled")).waitFor();
      await page.getByLabel("Peildatum").fill("2026-12-01");
      await page.getByRole("button", { name: "Controleer", exact: true }).click();
      await page.getByRole("heading", { name: "Resultaat" }).waitFor();
      const registered = await page.evaluate(() => (window as unknown as { psoStandin: { functions(): string[] } }).psoStandin.functions());
      expect(registered).toEqual(expect.arrayContaining(["TREDE", "STATUS", "BIJDRAGE"]));
      await page.waitForTimeout(200);
      expect(await cspViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
      const origin = new URL(url).origin;
      expect(requests.filter((u) => !u.startsWith(origin + "/") && !/^(data|blob):/.test(u))).toEqual([OFFICE_JS]);
      expect(requests.filter((u) => /\.[0-9a-f]{8}\.js$/.test(u))).toHaveLength(2);
    } finally {
      await context.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      fs.rmSync(userDataDir, { recursive: true, force: true });
    }
  });
});

describe("npm run release refuses what Office cannot load, before building", () => {
  test.each([
    [["--url", "http://pso.example.org/toets/"], /begint niet met https:\/\//],
    [["--contact", "x"], /--url ontbreekt/],
    [["--url", "https://pso.example.org/toets/?a=1"], /vraag \(\?\)/],
    [["--url", "https://pso.example.org/", "--id", "geen-guid"], /geen GUID/],
  ])("%j", async (args, message) => {
    const result = await runRelease([...args, "--out", out]);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(message);
    expect(fs.readdirSync(out).filter((f) => f.endsWith(".zip"))).toEqual([`pso-toets-${PKG_VERSION}.zip`]);
  });
});
