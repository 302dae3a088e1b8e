import { spawnSync } from "child_process";
import { copyFileSync, existsSync, mkdtempSync, readdirSync, writeFileSync } from "fs";
import os from "os";
import path from "path";
import { runCli } from "../support/cli";

/*
 * Issue 22 item 11: a `check --out` that was interrupted (Ctrl+C, a power cut) leaves `.kopie.xlsx.<pid>.<stamp>.tmp`
 * beside the target. The next write of that target removes it, and only it: our naming pattern, a process that is gone.
 */
const ROOT = path.resolve(__dirname, "../..");

test("the next --out removes the temporary file of an interrupted earlier run, and nothing of the user's", async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "pso-temps-"));
  const input = path.join(dir, "lijst.xlsx");
  copyFileSync(path.join(ROOT, "examples/leveranciers.xlsx"), input);
  const gone = spawnSync(process.execPath, ["-e", "0"]).pid!; // a process that has ended: its pid is free
  const stale = `.kopie.xlsx.${gone}.lq2x9a.tmp`;
  const alive = `.kopie.xlsx.${process.pid}.lq2x9b.tmp`; // a write still running (this test's own process)
  const users = [".kopie.xlsx.bak", "kopie.xlsx.123.tmp", `.andere.xlsx.${gone}.lq2x9a.tmp`];
  for (const name of [stale, alive, ...users]) writeFileSync(path.join(dir, name), "x");
  const result = await runCli(["check", input, "--peildatum", "2026-12-01", "--out", path.join(dir, "kopie.xlsx")]);
  expect(result.code).toBeLessThanOrEqual(1);
  expect(existsSync(path.join(dir, "kopie.xlsx"))).toBe(true);
  expect(existsSync(path.join(dir, stale))).toBe(false);
  expect(readdirSync(dir).sort()).toEqual([alive, ...users, "kopie.xlsx", "lijst.xlsx"].sort());
});
