import { execFileSync } from "child_process";
import { mkdirSync, writeFileSync } from "fs";
import path from "path";

/**
 * The core as it was just before the rule table (issue 27.2): the parent of commit 4643a73, which moved every rule's
 * flag, decision, reason and texts into src/core/rules/ruleTable.ts. Section 1 builds it from git in the same run,
 * with the same compiler options as lib/, and times its evaluateColumns beside today's: the baseline for "the
 * column evaluator's hot path stays allocation-free and as fast".
 */
export const RULE_TABLE_BASELINE = "8dcfd6deffacb138595861c1dd52b5a94c71f48b";

const ROOT = path.resolve(__dirname, "..");

/** Builds src/core at RULE_TABLE_BASELINE into `tmp` and loads it; a string says why it could not. */
export function loadBaselineCore(tmp: string): typeof import("../src/core") | string {
  const dir = path.join(tmp, "core-before-rule-table");
  loaded.set(dir, loaded.get(dir) ?? build(dir));
  return loaded.get(dir)!;
}

const loaded = new Map<string, typeof import("../src/core") | string>();

function build(dir: string): typeof import("../src/core") | string {
  try {
    mkdirSync(dir, { recursive: true });
    const tar = path.join(dir, "core.tar");
    execFileSync("git", ["archive", "--format=tar", "-o", tar, RULE_TABLE_BASELINE, "src/core"], { cwd: ROOT, stdio: "pipe" });
    execFileSync("tar", ["-xf", tar, "-C", dir], { stdio: "pipe" });
    const tsconfig = path.join(dir, "tsconfig.json");
    writeFileSync(
      tsconfig,
      JSON.stringify({
        extends: path.join(ROOT, "tsconfig.cli.json"),
        // Strictness added since (noUnusedLocals and friends) is not the baseline's concern: only its emitted code is.
        compilerOptions: { outDir: path.join(dir, "lib"), rootDir: path.join(dir, "src"), types: [], noUnusedLocals: false, noUnusedParameters: false, noImplicitReturns: false },
        include: [path.join(dir, "src/core")],
      }),
    );
    execFileSync(process.execPath, [path.join(ROOT, "node_modules/typescript/bin/tsc"), "-p", tsconfig], { cwd: ROOT, stdio: "pipe" });
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- the baseline core is built from git at run time, so its path is known only then
    return require(path.join(dir, "lib/core")) as typeof import("../src/core");
  } catch (error) {
    const e = error as { stdout?: Buffer; stderr?: Buffer; message: string };
    return `${e.message.split("\n")[0]} ${String(e.stdout ?? "").slice(0, 300)}${String(e.stderr ?? "").slice(0, 300)}`;
  }
}
