/*
 * The licences of the runtime dependency tree (npm ls --omit=dev --all): what ships in the add-in bundle and with
 * the CLI, as npm itself lists it. scripts/licences.js writes THIRD-PARTY-LICENSES.md from the same tree.
 */
import { execFileSync } from "child_process";
import { readFileSync } from "fs";
import path from "path";

export interface PackageLicence {
  name: string;
  version: string;
  licence: string;
}

const ROOT = path.join(__dirname, "..", "..");

/** Licences that allow closed or open distribution without passing on copyleft duties. */
export const PERMISSIVE = new Set([
  "MIT", "MIT-0", "ISC", "BSD-2-Clause", "BSD-3-Clause", "Apache-2.0", "0BSD", "Unlicense", "CC0-1.0", "BlueOak-1.0.0",
  "Python-2.0", "CC-BY-4.0", "Zlib",
]);

function licenceOf(pkg: { license?: unknown; licenses?: unknown }): string {
  const l = pkg.license ?? pkg.licenses;
  if (typeof l === "string") return l;
  if (Array.isArray(l)) return l.map((x) => (typeof x === "string" ? x : (x as { type?: string }).type)).join(" OR ");
  if (l && typeof l === "object") return String((l as { type?: string }).type ?? "UNKNOWN");
  return "UNKNOWN";
}

/** Old non-SPDX spellings found in the tree. */
const ALIASES: Record<string, string> = { "MIT/X11": "MIT" };

/**
 * Packages without a usable licence field, reviewed by hand and listed so that any new one still fails.
 * buffers@0.1.1 (exceljs -> unzipper -> binary -> buffers) states no licence at all; a pull request adding one
 * (substack/node-buffers#15) is open. Only exceljs's streaming zip reader uses it; PSO-toets loads whole files.
 */
export const REVIEWED_WITHOUT_LICENCE = new Set(["buffers@0.1.1"]);

/** An SPDX expression is acceptable when one OR-alternative consists only of permissive licences. */
export function acceptable(expression: string): boolean {
  return expression
    .replace(/[()]/g, "")
    .split(/\s+OR\s+/i)
    .some((alt) => alt.split(/\s+AND\s+/i).every((id) => PERMISSIVE.has(ALIASES[id.trim()] ?? id.trim())));
}

export function runtimeLicences(): PackageLicence[] {
  const out = execFileSync("npm", ["ls", "--omit=dev", "--all", "--parseable"], { cwd: ROOT, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
  const seen = new Map<string, PackageLicence>();
  for (const dir of out.split("\n").map((l) => l.trim()).filter(Boolean)) {
    if (path.resolve(dir) === ROOT) continue;
    const pkg = JSON.parse(readFileSync(path.join(dir, "package.json"), "utf8"));
    const entry = { name: pkg.name, version: pkg.version, licence: licenceOf(pkg) };
    seen.set(`${entry.name}@${entry.version}`, entry);
  }
  return [...seen.values()].sort((a, b) => a.name.localeCompare(b.name));
}
