import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { ROOT } from "./buildFunctions";

const CLI_SOURCES = ["src/core", "src/cli", "src/xlsx"].map((d) => path.join(ROOT, d));
const CLI_MAIN = path.join(ROOT, "lib/cli/main.js");

function newest(dir: string): number {
  if (!fs.existsSync(dir)) return 0;
  let n = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    n = Math.max(n, e.isDirectory() ? newest(p) : fs.statSync(p).mtimeMs);
  }
  return n;
}

/** bin/pso-toets.js runs the compiled CLI in lib/; compile it first when it is missing or older than its sources. */
export function ensureCliBuilt(): void {
  const stale = !fs.existsSync(CLI_MAIN) || CLI_SOURCES.some((d) => newest(d) > fs.statSync(CLI_MAIN).mtimeMs);
  if (!stale) return;
  const tsc = spawnSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", "tsconfig.cli.json"], { cwd: ROOT, encoding: "utf8" });
  if (tsc.status !== 0) throw new Error(`building the CLI (tsc -p tsconfig.cli.json) failed:\n${tsc.stdout}${tsc.stderr}`);
}

export interface CliRow {
  row: number;
  supplier: string;
  status: string;
  statusLine: string;
  requiredLevel: string | null;
  heldLevel: string | null;
  reasons: string[];
}

/** `node bin/pso-toets.js check <file> --json --peildatum <iso>`, parsed; exit 1 (failing rows) is a normal answer. */
export function cliCheckJson(file: string, peildatum: string): { peildatum: string; rows: CliRow[]; kpis: Record<string, unknown> } {
  const run = spawnSync(process.execPath, ["bin/pso-toets.js", "check", file, "--json", "--peildatum", peildatum], {
    cwd: ROOT,
    encoding: "utf8",
  });
  if (run.status !== 0 && run.status !== 1) {
    throw new Error(`pso-toets check exited with ${run.status}:\n${run.stderr}${run.stdout}`);
  }
  return JSON.parse(run.stdout);
}
