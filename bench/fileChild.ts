/**
 * Runs in its own process (so its peak memory is its own): the CLI's three phases on one file, timed apart.
 * Prints one JSON line: { readMs, evaluateMs, writeMs, rows }.
 */
import { buildCheckReport, dayFromYmd, wonenLimburgPolicy } from "./core";
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the compiled CLI build (lib/), measured as shipped
const { readSupplierFile } = require("../lib/cli/readFiles") as typeof import("../src/cli/readFiles");
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the compiled CLI build (lib/), measured as shipped
const { columnUseOfScan, writeAnnotatedCopy } = require("../lib/xlsx/patch") as typeof import("../src/xlsx/patch");
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the compiled CLI build (lib/), measured as shipped
const { nodeCodec } = require("../lib/cli/nodeCodec") as typeof import("../src/cli/nodeCodec");
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the compiled CLI build (lib/), measured as shipped
const { writeAtomically } = require("../lib/cli/writeOut") as typeof import("../src/cli/writeOut");

async function main(): Promise<void> {
  const [file, out] = process.argv.slice(2);
  const t0 = performance.now();
  const loaded = await readSupplierFile(file);
  if (!loaded.ok) throw new Error(loaded.message.en);
  const t1 = performance.now();
  const { table, xlsx } = loaded.value;
  const report = buildCheckReport(table, columnUseOfScan(xlsx!.scan, table), { policy: wonenLimburgPolicy, peildatum: dayFromYmd(2026, 12, 1), lang: "nl" });
  if (!report) throw new Error("no free columns");
  const findings = report.findings;
  const t2 = performance.now();
  const failed = await writeAtomically(out, (sink) => writeAnnotatedCopy(xlsx!, report, sink, nodeCodec));
  if (failed) throw new Error(failed.en);
  const t3 = performance.now();
  process.stdout.write(
    `${JSON.stringify({ readMs: t1 - t0, evaluateMs: t2 - t1, writeMs: t3 - t2, rows: findings.length})}\n`,
  );
}

main().catch((e) => {
  process.stderr.write(String(e?.stack ?? e));
  process.exit(1);
});
