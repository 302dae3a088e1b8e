/**
 * The offline manifest checks (`npm run validate`, and the release's own check before it is zipped) without a build:
 * the development manifest passes, and each kind of mistake an administrator or developer can make is named.
 */
import { execFileSync, spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";

const ROOT = path.resolve(__dirname, "../..");
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a CommonJS script of the build, without types of its own
const { checkManifest, pngSize } = require("../../scripts/release-check") as {
  checkManifest(xml: string, options: { baseUrl: string; version?: string; notId?: string; file?: (p: string) => Uint8Array | null | undefined }): string[];
  pngSize(bytes: Uint8Array): { width: number; height: number } | null;
};
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a CommonJS script of the build, without types of its own
const build = require("../../scripts/release-build") as {
  RELEASE_ID: string;
  releaseManifest(xml: string, o: { url: string; id: string; version: string; functionsFile?: string }): string;
  manifestVersion(v: string): string;
  releaseUrl(u: string): string;
  supportPage(html: string, o: { contact?: string; version?: string }): string;
};

const DEV = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
const DEV_ID = /<Id>([^<]+)<\/Id>/.exec(DEV)![1];
const BASE = "https://pso.example.org/toets/";
const assets = (p: string) => (p.startsWith("assets/") ? (fs.existsSync(path.join(ROOT, p)) ? new Uint8Array(fs.readFileSync(path.join(ROOT, p))) : null) : undefined);
const release = (xml = DEV) => build.releaseManifest(xml, { url: BASE, id: build.RELEASE_ID, version: "0.1.0.0", functionsFile: "functions.0123abcd.js" });
const checkRelease = (xml: string) => checkManifest(xml, { baseUrl: BASE, version: "0.1.0.0", notId: DEV_ID, file: assets });

describe("the offline manifest checks", () => {
  test("the development manifest passes, its icons in assets/ at their declared sizes", () => {
    expect(checkManifest(DEV, { baseUrl: "https://localhost:3000/", file: assets })).toEqual([]);
  });

  test("a release manifest made from it passes on the release address, with its own Id and version", () => {
    const xml = release();
    expect(checkRelease(xml)).toEqual([]);
    expect(xml).not.toContain("localhost");
    expect(xml).toContain(`<Id>${build.RELEASE_ID}</Id>`);
    expect(xml).toContain(`"${BASE}functions.0123abcd.js"`);
  });

  test.each([
    ["an http address", (x: string) => x.replace(`${BASE}help.html`, "http://pso.example.org/toets/help.html"), /<Url> http:\/\/pso\.example\.org\/toets\/help\.html: geen https:\/\//],
    ["an address on another host", (x: string) => x.replace(`${BASE}support.html`, "https://elders.example.com/support.html"), /<SupportUrl> https:\/\/elders\.example\.com\/support\.html: niet op https:\/\/pso\.example\.org\/toets\//],
    ["a resid without resource", (x: string) => x.replace('<Label resid="Group.Label"/>', '<Label resid="Group.Labl"/>'), /<Label resid="Group\.Labl"> wijst naar geen <bt:String>/],
    ["a resid of the wrong kind", (x: string) => x.replace('<bt:Image size="16" resid="Icon.16x16"/>', '<bt:Image size="16" resid="Taskpane.Url"/>'), /<Image resid="Taskpane\.Url"> wijst naar geen <bt:Image>/],
    ["an id used twice", (x: string) => x.replace('<bt:Image id="Icon.32x32"', '<bt:Image id="Icon.16x16"'), /"Icon\.16x16" staat twee keer/],
    ["an 80x80 high-resolution icon", (x: string) => x.replace("assets/icon-64.png", "assets/icon-80.png"), /<HighResolutionIconUrl> .*icon-80\.png: 80x80 pixels, verwacht 64x64/],
    ["a ribbon icon of the wrong size", (x: string) => x.replace('<bt:Image id="Icon.80x80" DefaultValue="https://pso.example.org/toets/assets/icon-80.png"', '<bt:Image id="Icon.80x80" DefaultValue="https://pso.example.org/toets/assets/icon-64.png"'), /<bt:Image size="80" resid="Icon\.80x80"> .*icon-64\.png: 64x64 pixels, verwacht 80x80/],
    ["a missing icon file", (x: string) => x.replace("assets/icon-16.png", "assets/icon-15.png"), /icon-15\.png: het bestand ontbreekt/],
    ["the development Id", (x: string) => x.replace(build.RELEASE_ID, DEV_ID), /die van het ontwikkelmanifest/],
    ["another version", (x: string) => x.replace("<Version>0.1.0.0</Version>", "<Version>0.0.9.0</Version>"), /<Version> is 0\.0\.9\.0, verwacht 0\.1\.0\.0/],
    ["a three-part version", (x: string) => x.replace("<Version>0.1.0.0</Version>", "<Version>0.1.0</Version>"), /geen versie van vier getallen/],
    ["no SharedRuntime set", (x: string) => x.replace(/<Set Name="SharedRuntime"[^>]*\/>/, ""), /noemt geen <Set Name="SharedRuntime"/],
    ["no ExcelApi set", (x: string) => x.replace(/<Set Name="ExcelApi"[^>]*\/>/, ""), /noemt geen <Set Name="ExcelApi">/],
    ["a data: icon", (x: string) => x.replace(`${BASE}assets/icon-32.png"/>\n  <HighRes`, `data:image/png;base64,AAAA"/>\n  <HighRes`), /<IconUrl> data:image\/png;base64,AAAA: geen https:\/\//],
    ["broken XML", (x: string) => x.replace("</Hosts>", ""), /geen geldige XML/],
  ])("names %s", (_, mutate, message) => {
    const problems = checkRelease(mutate(release()));
    expect(problems.join("\n")).toMatch(message);
  });

  test("names a page that is missing and an #anchor that is not on its page (quoted or minified id)", () => {
    const xml = release().replace(`${BASE}support.html"`, `${BASE}support.html#contact"`);
    const pages: Record<string, string> = { "help.html": "<h1 id=hulp>", "support.html": "<p id=contacten>" };
    const file = (p: string) => (p in pages ? new Uint8Array(Buffer.from(pages[p])) : p.startsWith("assets/") ? assets(p) : p === "taskpane.html" ? null : undefined);
    const problems = checkManifest(xml, { baseUrl: BASE, file }).join("\n");
    expect(problems).toMatch(/<SupportUrl> https:\/\/pso\.example\.org\/toets\/support\.html#contact: de pagina heeft geen id="contact"/);
    expect(problems).toMatch(/taskpane\.html: het bestand ontbreekt/);
    pages["support.html"] = '<p class="x" id="contact">';
    expect(checkManifest(xml, { baseUrl: BASE, file }).join("\n")).not.toMatch(/geen id=/);
  });

  test("a text with a colon is no address: 'Tip: ...' in a string passes", () => {
    expect(checkRelease(release().replace('DefaultValue="PSO check is loaded"', 'DefaultValue="Tip: PSO check is loaded"'))).toEqual([]);
  });

  test("pngSize reads a PNG's dimensions and refuses anything else", () => {
    expect(pngSize(new Uint8Array(fs.readFileSync(path.join(ROOT, "assets/icon-64.png"))))).toEqual({ width: 64, height: 64 });
    expect(pngSize(new Uint8Array(Buffer.from("<svg/>")))).toBeNull();
  });
});

describe("npm run validate", () => {
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8"));

  test("runs the offline checks (no Microsoft service), and the online validator is a separate script", () => {
    expect(pkg.scripts.validate).toBe("node scripts/release-check.js");
    expect(pkg.scripts["validate:online"]).toMatch(/office-addin-manifest validate/);
  });

  test("passes on manifest.xml and fails, naming the problem, on a manifest with an 80x80 high-resolution icon", () => {
    const ok = execFileSync(process.execPath, ["scripts/release-check.js"], { cwd: ROOT, encoding: "utf8" });
    expect(ok).toContain("in orde");
    const bad = path.join(ROOT, "test-output", "manifest-80.xml");
    fs.mkdirSync(path.dirname(bad), { recursive: true });
    fs.writeFileSync(bad, DEV.replace("assets/icon-64.png", "assets/icon-80.png"));
    const run = spawnSync(process.execPath, ["scripts/release-check.js", bad], { cwd: ROOT, encoding: "utf8" });
    fs.rmSync(bad);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("80x80 pixels, verwacht 64x64");
  });
});

describe("what the release build writes", () => {
  test("the manifest version is package.json's version in four parts; anything else is refused in Dutch", () => {
    expect(build.manifestVersion("1.2.3")).toBe("1.2.3.0");
    expect(() => build.manifestVersion("1.2.3-beta.1")).toThrow(/geen versie als 1\.2\.3/);
    expect(() => build.manifestVersion("70000.0.0")).toThrow(/tot 65535/);
  });

  test("the release address must be https without query, and gets its final slash", () => {
    expect(build.releaseUrl("https://intranet.example.nl/pso-toets")).toBe("https://intranet.example.nl/pso-toets/");
    expect(() => build.releaseUrl("http://intranet.example.nl/")).toThrow(/https/);
    expect(() => build.releaseUrl("intranet")).toThrow(/geen adres/);
  });

  test("the support page: the contact as text with its e-mail address and https address as links; without one, the default text stays", () => {
    const html = fs.readFileSync(path.join(ROOT, "src/help/support.html"), "utf8");
    const filled = build.supportPage(html, { contact: 'Team Inkoop & Control "PSO", pso@example.nl, https://intranet.example.nl/servicedesk', version: "1.4.0" });
    expect(filled).toContain('Team Inkoop &amp; Control &quot;PSO&quot;, <a href="mailto:pso@example.nl">pso@example.nl</a>, <a href="https://intranet.example.nl/servicedesk">https://intranet.example.nl/servicedesk</a>');
    expect(filled).toContain("<!--version-->1.4.0<!--/version-->");
    const plain = build.supportPage(html, {});
    expect(plain).toContain("functioneel beheerder of de servicedesk");
  });
});
