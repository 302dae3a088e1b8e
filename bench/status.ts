/**
 * `npx tsx bench/status.ts`: section 5 (custom functions) of the bench alone, printed, without rewriting BENCHMARKS.md
 * (build lib/ first: `npx tsc -p tsconfig.cli.json`). BENCH_QUICK=1 for the small size.
 */
import { functionsSection } from "./sections/functions";

functionsSection().then((s) => {
  for (const f of s.figures) console.log(`${f.name}: ${f.value} (target ${f.target})`);
});
