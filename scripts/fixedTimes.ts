import { unzipSync, zipSync } from "fflate";

/** The one date the generated examples carry (workbook properties and zip entries), so reruns change no byte. */
export const FIXED = new Date(Date.UTC(2026, 0, 5, 9, 0, 0));

/** The same zip entries with one fixed timestamp, so rerunning a script leaves git with nothing to commit. */
export function withFixedTimes(bytes: Uint8Array): Uint8Array {
  const entries = unzipSync(bytes);
  const out: Record<string, [Uint8Array, { mtime: Date }]> = {};
  for (const name of Object.keys(entries)) out[name] = [entries[name], { mtime: FIXED }];
  return zipSync(out, { level: 6 });
}
