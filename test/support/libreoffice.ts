import { execFileSync } from "child_process";
import { mkdirSync, mkdtempSync } from "fs";
import os from "os";
import path from "path";

/**
 * One LibreOffice profile per jest worker: the first conversion in a worker creates it (a cold start of several
 * seconds), every later one in that worker starts warm. Conversions within a worker run one after another
 * (execFileSync), so the profile is never used twice at once; another jest run (its own PSO_TEST_RUN) gets its own.
 * test/support/globalTeardown.js removes the run's profiles.
 */
export function libreOfficeProfile(): string {
  const run = process.env.PSO_TEST_RUN ?? String(process.pid);
  const worker = process.env.JEST_WORKER_ID ?? "0";
  const dir = path.join(os.tmpdir(), `pso-lo-profile-${run}-${worker}`);
  mkdirSync(dir, { recursive: true });
  return dir;
}

/**
 * Converts workbooks or documents with one headless LibreOffice start (which recalculates on load) and returns the
 * new files' paths, in the order given. The files need distinct names: they land side by side in one directory.
 */
export function libreOfficeConvertAll(files: string[], to: "xlsx" | "csv" | "pdf", outDir?: string): string[] {
  const names = files.map((file) => `${path.basename(file, path.extname(file))}.${to}`);
  if (new Set(names).size !== names.length) throw new Error(`libreOfficeConvertAll: two files would both become ${names.join(", ")}`);
  const dir = outDir ?? mkdtempSync(path.join(os.tmpdir(), "pso-lo-"));
  execFileSync(
    "soffice",
    [`-env:UserInstallation=file://${libreOfficeProfile()}`, "--headless", "--norestore", "--convert-to", to, "--outdir", dir, ...files],
    { stdio: "pipe", timeout: 120_000 + 30_000 * (files.length - 1) },
  );
  return names.map((name) => path.join(dir, name));
}

/** Converts one workbook with headless LibreOffice (which recalculates on load) and returns the new file's path. */
export function libreOfficeConvert(file: string, to: "xlsx" | "csv" | "pdf", outDir?: string): string {
  return libreOfficeConvertAll([file], to, outDir)[0];
}
