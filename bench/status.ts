/**
 * `npx tsx bench/status.ts [dist]`: section 5 (custom functions) of the bench alone, printed, without rewriting
 * BENCHMARKS.md. Calls PSO.STATUS from a production build: `npx webpack --mode production --output-path DIR` first
 * (default dist/, which `npm run build` makes), and lib/ (`npx tsc -p tsconfig.cli.json`) for the baseline.
 * BENCH_QUICK=1 for the small size.
 */
import path from "path";
import { functionsSection } from "./sections/functions";

functionsSection(path.resolve(process.argv[2] ?? path.join(__dirname, "..", "dist"))).then((s) => {
  for (const f of s.figures) console.log(`${f.name}: ${f.value} (target ${f.target})`);
});
