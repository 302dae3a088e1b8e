/**
 * Every URL Excel follows (the manifest's pages, icons, SupportUrl and LearnMoreUrl, the functions' metadata for each
 * language, and each function's helpUrl in functions.json and functions.en.json) names a file the build emits, under the URL the build is served from: the production URL
 * (PSO_TOETS_URL) in a production build, https://localhost:3000/ for `npm start`.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { runWebpack } from "../e2e/support/addinBuild";

jest.setTimeout(180_000);

const ROOT = path.resolve(__dirname, "../..");
const PROD_URL = "https://pso.example.org/toets/";

interface Metadata {
  allowErrorForDataTypeAny?: boolean;
  functions: { id: string; helpUrl?: string; options?: Record<string, unknown>; parameters: { name: string; type?: string }[] }[];
}

/** The project's webpack.config.js with PSO_TOETS_URL set, for the functions entry only (the taskpane bundle adds nothing here). */
async function productionBuild(): Promise<string> {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), "pso-urls-"));
  const saved = process.env.PSO_TOETS_URL;
  process.env.PSO_TOETS_URL = PROD_URL;
  try {
    let configure: (env: object, options: object) => Promise<import("webpack").Configuration>;
    jest.isolateModules(() => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- the webpack config is CommonJS, loaded only when a build runs
      configure = require(path.join(ROOT, "webpack.config.js"));
    });
    const config = await configure!({}, { mode: "production" });
    config.context = ROOT;
    config.entry = { functions: "./src/functions/functions.ts" };
    config.output = { ...config.output, path: out, clean: true };
    config.devtool = false;
    config.optimization = { minimize: false };
    await runWebpack(config);
  } finally {
    if (saved === undefined) delete process.env.PSO_TOETS_URL;
    else process.env.PSO_TOETS_URL = saved;
  }
  return out;
}

/** Every URL the manifest gives Office: DefaultValue attributes and their per-locale Overrides (xmlns URIs are no addresses). */
function manifestUrls(xml: string): string[] {
  return [...xml.matchAll(/\b(?:DefaultValue|Value)="(\w+:\/\/[^"]+)"/g)].map((m) => m[1]);
}

/** The file a URL names under `base`, and the fragment's element when there is one. */
function expectEmitted(dir: string, base: string, url: string): void {
  expect([url, url.startsWith(base)]).toEqual([url, true]);
  const [file, anchor] = url.slice(base.length).split("#");
  const p = path.join(dir, file);
  expect([url, fs.existsSync(p)]).toEqual([url, true]);
  if (anchor) expect([url, fs.readFileSync(p, "utf8").includes(`id="${anchor}"`)]).toEqual([url, true]);
}

let dir: string;
let metadata: Metadata;
let english: Metadata;

beforeAll(async () => {
  dir = await productionBuild();
  metadata = JSON.parse(fs.readFileSync(path.join(dir, "functions.json"), "utf8"));
  english = JSON.parse(fs.readFileSync(path.join(dir, "functions.en.json"), "utf8"));
});

afterAll(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

describe(`a production build with PSO_TOETS_URL=${PROD_URL}`, () => {
  test("every URL in the emitted manifest is under the production URL and names a file the build emitted", () => {
    const urls = manifestUrls(fs.readFileSync(path.join(dir, "manifest.xml"), "utf8"));
    expect(urls.length).toBeGreaterThan(8);
    for (const url of urls) expectEmitted(dir, PROD_URL, url);
    expect(urls).toEqual(expect.arrayContaining([`${PROD_URL}functions.en.json`, `${PROD_URL}functions.json`]));
  });

  test("SupportUrl and LearnMoreUrl lead to a help page that links to the formulas page", () => {
    const xml = fs.readFileSync(path.join(dir, "manifest.xml"), "utf8");
    const support = /<SupportUrl DefaultValue="([^"]+)"/.exec(xml)![1];
    const learnMore = /<bt:Url id="GetStarted.LearnMoreUrl" DefaultValue="([^"]+)"/.exec(xml)![1];
    for (const url of [support, learnMore]) expectEmitted(dir, PROD_URL, url);
    const page = fs.readFileSync(path.join(dir, support.slice(PROD_URL.length).split("#")[0]), "utf8");
    expect(page).toContain('href="functions.html"');
    expect(page).not.toMatch(/(src|href)="https?:/);
  });

  test("every function's helpUrl is under the production URL and names a section of an emitted page, in both languages", () => {
    expect(metadata.functions).toHaveLength(11);
    // each language's own help page (functions.en.html is made by the build from the same help source)
    expect(english.functions.map((f) => f.helpUrl)).toEqual(metadata.functions.map((f) => f.helpUrl?.replace("/functions.html#", "/functions.en.html#")));
    for (const f of [...metadata.functions, ...english.functions]) {
      expect([f.id, typeof f.helpUrl]).toEqual([f.id, "string"]);
      expectEmitted(dir, PROD_URL, f.helpUrl!);
    }
  });

  test("functions.json and functions.en.json let errors in: allowErrorForDataTypeAny at the top level, every parameter of type any", () => {
    for (const m of [metadata, english]) {
      expect(m.allowErrorForDataTypeAny).toBe(true);
      for (const f of m.functions) for (const p of f.parameters) expect([f.id, p.name, p.type ?? "any"]).toEqual([f.id, p.name, "any"]);
    }
  });
});

describe("the source manifest (what `npm start` serves)", () => {
  test("every URL is under https://localhost:3000/ and names a file the build emits", () => {
    const urls = manifestUrls(fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8"));
    for (const url of urls) expectEmitted(dir, "https://localhost:3000/", url);
  });
});
