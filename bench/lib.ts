import os from "os";

/** One measured figure: its value, the baseline it is compared with in the same run, and the target. */
export interface Figure {
  name: string;
  value: string;
  /** What the value is compared with, e.g. "exceljs read 2.1 s". */
  baseline: string;
  /** value / baseline, written out ("0.04x read"). */
  ratio: string;
  target: string;
  /** true met, false missed, null no target for this figure. */
  met: boolean | null;
}

export interface Section {
  title: string;
  figures: Figure[];
  notes: string[];
  /** Set when the section could not run on this machine: what is missing and how to install it. */
  skipped?: string;
}

export const QUICK = process.env.BENCH_QUICK === "1";
/** BENCH_ONLY=3,7: the section numbers to run (all when unset). */
export const ONLY: string[] | null = process.env.BENCH_ONLY ? process.env.BENCH_ONLY.split(",").map((s) => s.trim()) : null;

export function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

export function nowMs(): number {
  return Number(process.hrtime.bigint()) / 1e6;
}

/** Median wall time in ms of `runs` calls of `fn` (after `warmup` unmeasured calls). */
export async function timeMedian(fn: () => unknown | Promise<unknown>, runs: number, warmup = 1): Promise<number> {
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = nowMs();
    await fn();
    times.push(nowMs() - t);
  }
  return median(times);
}

export const fmtMs = (ms: number): string => (ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : ms >= 10 ? `${ms.toFixed(0)} ms` : `${ms.toFixed(2)} ms`);
export const fmtInt = (n: number): string => Math.round(n).toLocaleString("en-US");
export const fmtRatio = (x: number): string => (x >= 100 ? `${x.toFixed(0)}x` : x >= 10 ? `${x.toFixed(1)}x` : `${x.toFixed(2)}x`);
export const fmtBytes = (b: number): string => (b >= 1024 * 1024 ? `${(b / 1024 / 1024).toFixed(2)} MB` : `${(b / 1024).toFixed(1)} KB`);

export function machine(): { date: string; cpu: string; cores: number; memory: string; node: string; os: string } {
  const cpus = os.cpus();
  return {
    date: new Date().toISOString().replace("T", " ").slice(0, 16) + " UTC",
    cpu: cpus[0]?.model.trim() ?? "unknown",
    cores: cpus.length,
    memory: `${(os.totalmem() / 1024 ** 3).toFixed(1)} GB`,
    node: process.version,
    os: `${os.type()} ${os.release()}`,
  };
}

export function skipped(title: string, missing: string, install: string): Section {
  return { title, figures: [], notes: [], skipped: `SKIPPED: ${missing} not found. Install with: ${install}` };
}
