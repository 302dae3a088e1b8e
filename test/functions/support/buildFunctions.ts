import * as fs from "fs";
import * as os from "os";
import * as path from "path";

export const ROOT = path.resolve(__dirname, "../../..");
const DIST = path.join(ROOT, "dist");
const SOURCES = ["src/functions", "src/core", "webpack.config.js", "scripts/functions-json.js", "scripts/help-pages.js"].map((p) => path.join(ROOT, p));

function newestSource(dir: string): number {
  if (!fs.statSync(dir).isDirectory()) return fs.statSync(dir).mtimeMs;
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(p) : fs.statSync(p).mtimeMs);
  }
  return newest;
}

function fresh(dir: string): boolean {
  const files = ["functions.js", "functions.json", "functions.en.json"].map((f) => path.join(dir, f));
  if (!files.every((f) => fs.existsSync(f))) return false;
  const built = Math.min(...files.map((f) => fs.statSync(f).mtimeMs));
  return SOURCES.every((s) => newestSource(s) <= built);
}

/** Runs the project's own webpack config (metadata plugin included) for the functions entry only, into `outDir`. */
async function buildInto(outDir: string): Promise<void> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- webpack loads only when a build runs, not for every test file
  const webpack = require("webpack") as typeof import("webpack");
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the webpack config is CommonJS, loaded only when a build runs
  const configure = require(path.join(ROOT, "webpack.config.js"));
  const config = await configure({}, { mode: "production" });
  config.context = ROOT;
  config.entry = { functions: "./src/functions/functions.ts" };
  config.output = { ...config.output, path: outDir, clean: true };
  config.devtool = false;
  // The metadata, its finishing step (allowErrorForDataTypeAny, helpUrl) and the copied help pages it checks.
  config.plugins = config.plugins.filter((p: object) => /CustomFunctionsMetadata|FunctionsJson|Copy/.test(p.constructor.name));
  await new Promise<void>((resolve, reject) => {
    webpack(config, (err, stats) => {
      if (err) return reject(err);
      if (stats?.hasErrors()) return reject(new Error(stats.toString({ all: false, errors: true })));
      resolve();
    });
  });
}

/**
 * The directory holding the built functions.js and functions.json: dist/ when `npm run build` output is newer than
 * every source of src/functions and src/core, otherwise a fresh build of the same config in a temporary directory.
 */
export async function builtFunctionsDir(): Promise<string> {
  if (fresh(DIST)) return DIST;
  const out = fs.mkdtempSync(path.join(os.tmpdir(), "pso-functions-"));
  await buildInto(out);
  return out;
}
