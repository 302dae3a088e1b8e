import { spawnSync } from "child_process";
import path from "path";
import { nowMs } from "./lib";

const ROOT = path.resolve(__dirname, "..");

export interface MeasuredRun {
  ms: number;
  /** Peak resident memory of the child alone, from the preloaded maxrss.js. */
  maxRssKb: number;
  /** CPU time of the child (user + system, all threads), from the same preload; NaN when it did not exit normally. */
  cpuMs: number;
  exit: number | null;
  /** The signal that ended it, e.g. SIGTERM after timeoutMs; null when it exited. */
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI (`bin/pso-toets.js ARGS`) in a new process, as a user does: wall time from spawn to exit, peak memory. */
export function runCliMeasured(args: string[], maxBuffer = 1 << 30, timeoutMs?: number): MeasuredRun {
  return runNodeMeasured(path.join(ROOT, "bin/pso-toets.js"), args, maxBuffer, timeoutMs);
}

/** Runs `node SCRIPT ARGS` in a new process the same way (the floor of section 3 is bench/floor.js). */
export function runNodeMeasured(script: string, args: string[], maxBuffer = 1 << 30, timeoutMs?: number): MeasuredRun {
  const t = nowMs();
  const r = spawnSync(process.execPath, ["-r", path.join(ROOT, "bench/maxrss.js"), script, ...args], {
    cwd: ROOT,
    encoding: "utf8",
    maxBuffer,
    timeout: timeoutMs,
  });
  const ms = nowMs() - t;
  const m = /BENCH_MAXRSS_KB=(\d+)/.exec(r.stderr ?? "");
  const cpu = /BENCH_CPU_US=(\d+)/.exec(r.stderr ?? "");
  return { ms, maxRssKb: m ? Number(m[1]) : NaN, cpuMs: cpu ? Number(cpu[1]) / 1000 : NaN, exit: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr };
}
