import { execFileSync } from "child_process";
import { mkdtempSync } from "fs";
import os from "os";
import path from "path";

/** Converts a workbook with headless LibreOffice (which recalculates on load) and returns the new file's path. */
export function libreOfficeConvert(file: string, to: "xlsx" | "csv" | "pdf", outDir?: string): string {
  const dir = outDir ?? mkdtempSync(path.join(os.tmpdir(), "pso-lo-"));
  const profile = mkdtempSync(path.join(os.tmpdir(), "pso-lo-profile-"));
  execFileSync(
    "soffice",
    [`-env:UserInstallation=file://${profile}`, "--headless", "--norestore", "--convert-to", to, "--outdir", dir, file],
    { stdio: "pipe", timeout: 120_000 },
  );
  return path.join(dir, `${path.basename(file, path.extname(file))}.${to}`);
}
