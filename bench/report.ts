import { Figure, machine, Section } from "./lib";

const mark = (met: boolean | null) => (met === null ? "" : met ? "met" : "MISSED");
const cell = (text: string) => text.replace(/\|/g, "\\|");

export function markdown(sections: Section[], totalMs: number, quick: boolean, extraNotes: string[], only: string[] | null = null): string {
  const m = machine();
  const lines = [
    "# PSO-toets benchmarks",
    "",
    `Measured ${m.date} by \`npm run bench\`${quick ? " (BENCH_QUICK=1: small sizes, a harness check, not the real figures)" : ""}${only ? ` (BENCH_ONLY=${only.join(",")}: those sections only)` : ""} on ${m.cpu}, ${m.cores} cores, ${m.memory} memory, Node ${m.node}, ${m.os}. The run took ${(totalMs / 60000).toFixed(1)} minutes.`,
    "",
    "Timings are medians of several runs in one process run; every figure has a baseline measured in the same run and its ratio to it. Benchmarks are not tests: nothing fails on a slow machine. How to run and read them: [docs/readme-bench.md](docs/readme-bench.md).",
    "",
  ];
  for (const s of sections) {
    lines.push(`## ${s.title}`, "");
    if (s.skipped) lines.push(`**${s.skipped}**`, "");
    if (s.figures.length > 0) {
      lines.push("| Figure | Value | Baseline (same run) | Ratio | Target | |", "|---|---|---|---|---|---|");
      for (const f of s.figures) lines.push(`| ${[f.name, f.value, f.baseline, f.ratio, f.target, mark(f.met)].map(cell).join(" | ")} |`);
      lines.push("");
    }
    for (const n of s.notes) lines.push(`- ${n}`);
    if (s.notes.length > 0) lines.push("");
  }
  if (extraNotes.length > 0) lines.push("## Targets missed, and why", "", ...extraNotes.map((n) => `- ${n}`), "");
  return `${lines.join("\n")}`;
}

export function consoleTable(sections: Section[]): string {
  const rows: string[][] = [["Section / figure", "Value", "Ratio vs baseline", "Target", ""]];
  for (const s of sections) {
    rows.push([s.title, "", "", "", ""]);
    if (s.skipped) rows.push([`  ${s.skipped}`, "", "", "", ""]);
    for (const f of s.figures as Figure[]) rows.push([`  ${f.name}`, f.value, `${f.ratio} (${f.baseline})`, f.target, mark(f.met)]);
  }
  const widths = rows[0].map((_, c) => Math.min(70, Math.max(...rows.map((r) => r[c].length))));
  return rows.map((r) => r.map((t, c) => t.padEnd(widths[c])).join("  ").trimEnd()).join("\n");
}
