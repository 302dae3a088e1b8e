/* Build-if-stale and a tiny static file server for the workbench; used by scripts/workbench.js and test/e2e. */
const fs = require("fs");
const http = require("http");
const path = require("path");

const ROOT = path.join(__dirname, "..");
const OUT = path.join(ROOT, "dist-workbench");
const INPUTS = ["src", "webpack.workbench.config.js", "examples/leveranciers.xlsx", "examples/leveranciers-praktijk.xlsx", "examples/leveranciers-met-register.xlsx", "package-lock.json"].map((p) => path.join(ROOT, p));

function newest(p) {
  if (!fs.existsSync(p)) return 0;
  const stat = fs.statSync(p);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return fs.readdirSync(p).reduce((n, name) => Math.max(n, newest(path.join(p, name))), stat.mtimeMs);
}

/** True when dist-workbench exists and is newer than every source it is built from. */
function isFresh(out = OUT) {
  const files = ["index.html", "workbench.js", "office-standin.js", "functions.json", "leveranciers.xlsx", "leveranciers-praktijk.xlsx", "leveranciers-met-register.xlsx"].map((f) => path.join(out, f));
  if (!files.every((f) => fs.existsSync(f))) return false;
  const built = Math.min(...files.map((f) => fs.statSync(f).mtimeMs));
  return INPUTS.every((p) => newest(p) <= built);
}

/** Runs webpack.workbench.config.js through webpack's Node API; rejects with the compiler errors. */
function build(out = OUT) {
  const webpack = require("webpack");
  const config = require(path.join(ROOT, "webpack.workbench.config.js"))({ out }, { mode: "production" });
  return new Promise((resolve, reject) => {
    webpack(config, (err, stats) => {
      if (err) return reject(err);
      if (stats.hasErrors()) return reject(new Error(stats.toString({ all: false, errors: true })));
      resolve(out);
    });
  });
}

/** Builds beside the target and renames it into place, so two test workers never serve a half-written build. */
async function ensureBuilt(out = OUT) {
  if (isFresh(out)) return out;
  const temp = `${out}.build-${process.pid}`;
  await build(temp);
  if (!isFresh(out)) {
    fs.rmSync(out, { recursive: true, force: true });
    try {
      fs.renameSync(temp, out);
      return out;
    } catch (error) {
      if (!isFresh(out)) throw error;
    }
  }
  fs.rmSync(temp, { recursive: true, force: true });
  return out;
}

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".map": "application/json",
  ".png": "image/png",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

/** Serves `dir` read-only on host:port (port 0 = any free port); resolves to { server, url }. */
function serve(dir = OUT, { port = 0, host = "127.0.0.1" } = {}) {
  const root = path.resolve(dir);
  const server = http.createServer((req, res) => {
    const url = new URL(req.url || "/", "http://localhost");
    const file = path.resolve(root, "." + decodeURIComponent(url.pathname === "/" ? "/index.html" : url.pathname));
    if (!file.startsWith(root + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404, { "Content-Type": "text/plain" });
      return res.end("Not found");
    }
    res.writeHead(200, { "Content-Type": TYPES[path.extname(file)] || "application/octet-stream", "Cache-Control": "no-store" });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      const { port: actual } = server.address();
      resolve({ server, url: `http://${host === "127.0.0.1" ? "localhost" : host}:${actual}/` });
    });
  });
}

module.exports = { OUT, ROOT, isFresh, build, ensureBuilt, serve };
