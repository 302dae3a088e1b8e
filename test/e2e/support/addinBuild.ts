import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { ROOT } from "./workbench";

const DIST = path.join(ROOT, "dist");
const FILES = ["taskpane.html", "taskpane.js", "functions.js"];

function newest(p: string): number {
  if (!fs.existsSync(p)) return 0;
  const stat = fs.statSync(p);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return fs.readdirSync(p).reduce((n, name) => Math.max(n, newest(path.join(p, name))), stat.mtimeMs);
}

function fresh(dir: string): boolean {
  const files = FILES.map((f) => path.join(dir, f));
  if (!files.every((f) => fs.existsSync(f))) return false;
  const built = Math.min(...files.map((f) => fs.statSync(f).mtimeMs));
  return ["src", "webpack.config.js", "scripts/functions-json.js"].map((p) => path.join(ROOT, p)).every((p) => newest(p) <= built);
}

/** Runs one webpack build, failing with webpack's own error text. */
export function runWebpack(config: import("webpack").Configuration): Promise<void> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- webpack loads only when a build runs, not for every test file
  const webpack = require("webpack") as typeof import("webpack");
  return new Promise<void>((resolve, reject) =>
    webpack(config, (err, stats) => {
      if (err) return reject(err);
      if (stats?.hasErrors()) return reject(new Error(stats.toString({ all: false, errors: true })));
      resolve();
    }),
  );
}

/**
 * The add-in's built pages: dist/ when `npm run build` output is newer than its sources, otherwise the project's
 * own webpack.config.js built into a temporary directory (unminified, to save time; same loaders, same html).
 */
export async function builtAddinDir(): Promise<string> {
  if (fresh(DIST)) return DIST;
  const out = fs.mkdtempSync(path.join(os.tmpdir(), "pso-addin-"));
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the webpack config is CommonJS, loaded only when a build runs
  const configure = require(path.join(ROOT, "webpack.config.js"));
  const config = await configure({}, { mode: "production" });
  config.context = ROOT;
  config.output = { ...config.output, path: out, clean: true };
  config.devtool = false;
  config.optimization = { ...(config.optimization ?? {}), minimize: false };
  await runWebpack(config);
  return out;
}
