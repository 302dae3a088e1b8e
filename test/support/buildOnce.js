/**
 * globalSetup of the integration and e2e tiers: builds once, before any suite, what is missing or older than its
 * sources, so the suites reuse lib/ (the CLI behind bin/pso-toets.js), dist/ (the add-in, functions.json) and, for
 * e2e, dist-workbench/, instead of each building its own. After `npm run build` (as `npm test` does) it builds nothing.
 * Builds run as child processes in the project folder; the test process never changes its working directory.
 */
const { spawnSync } = require("child_process");
const fs = require("fs");
const path = require("path");

const ROOT = path.resolve(__dirname, "../..");

function newest(p) {
  if (!fs.existsSync(p)) return 0;
  const stat = fs.statSync(p);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return fs.readdirSync(p).reduce((n, name) => Math.max(n, newest(path.join(p, name))), stat.mtimeMs);
}

/** True when an output is missing or older than the newest input. */
function stale(outputs, inputs) {
  const out = outputs.map((f) => path.join(ROOT, f));
  if (!out.every((f) => fs.existsSync(f))) return true;
  const built = Math.min(...out.map((f) => fs.statSync(f).mtimeMs));
  return inputs.some((p) => newest(path.join(ROOT, p)) > built);
}

function run(script) {
  const result = spawnSync("npm", ["run", "--silent", script], { cwd: ROOT, encoding: "utf8" });
  if (result.status !== 0) throw new Error(`npm run ${script} failed:\n${result.stdout}${result.stderr}`);
}

module.exports = async function buildOnce(_globalConfig, projectConfig) {
  if (stale(["lib/cli/main.js"], ["src/core", "src/cli", "src/xlsx", "src/letters", "tsconfig.cli.json", "tsconfig.json"])) run("build:cli");
  const addin = ["dist/taskpane.html", "dist/taskpane.js", "dist/functions.js", "dist/functions.json", "dist/functions.en.json"];
  if (stale(addin, ["src", "webpack.config.js", "scripts/functions-json.js", "manifest.xml", "assets"])) run("build");
  if (projectConfig && projectConfig.displayName && projectConfig.displayName.name === "e2e") {
    await require(path.join(ROOT, "scripts/workbench-lib")).ensureBuilt();
  }
};
