import { ColumnMapping, dayFromYmd, wonenLimburgPolicy } from "../../src/core";
import { createWorkbook } from "../../src/excel-standin";
import { BENCH_HEADERS, generateCells } from "../generate";
import { Figure, fmtBytes, fmtInt, fmtMs, fmtRatio, nowMs, QUICK, Section } from "../lib";

const MB4 = 4 * 1024 * 1024;

interface Measured {
  syncs: number;
  maxRequest: number;
  maxResponse: number;
  ms: number;
}

/** Runs one action against the stand-in and reads the sync log it left. */
async function measure(book: ReturnType<typeof createWorkbook>, action: () => Promise<unknown>): Promise<Measured> {
  const from = book.log.count;
  const t = nowMs();
  const result = (await action()) as { ok?: boolean; message?: { en: string } } | undefined;
  const ms = nowMs() - t;
  if (result && result.ok === false) throw new Error(result.message?.en);
  const syncs = book.log.syncs.slice(from);
  return {
    syncs: syncs.length,
    maxRequest: Math.max(0, ...syncs.map((s) => s.requestBytes)),
    maxResponse: Math.max(0, ...syncs.map((s) => s.responseBytes)),
    ms,
  };
}

export async function officeSection(): Promise<Section> {
  // Loaded here, not at the top: the adapter is being worked on, and a broken build must fail only this section.
  const { createTaskpaneActions } = await import("../../src/excel/taskpaneActions");
  const sizes = QUICK ? [1_000, 10_000] : [1_000, 10_000, 100_000];
  const figures: Figure[] = [];
  const notes: string[] = [];
  const first = new Map<string, number>();
  for (const n of sizes) {
    const book = createWorkbook({ Leveranciers: [BENCH_HEADERS, ...generateCells(n)] });
    const actions = createTaskpaneActions(book.run);
    const options = { peildatum: dayFromYmd(2026, 12, 1), policy: wonenLimburgPolicy, lang: "nl" as const };
    // The mapping detect found, as the taskpane passes it: refresh with an empty one would refuse the sheet.
    let mapping: ColumnMapping = {};
    const runs: [string, () => Promise<unknown>][] = [
      [
        "validate (detect + check)",
        async () => {
          const info = await actions.detect();
          if (!info.ok) return info;
          mapping = info.value.mapping;
          return actions.check({ ...options, mapping });
        },
      ],
      ["clear", () => actions.clear()],
    ];
    if (actions.refreshSocialSheet) runs.push(["refresh (social sheet)", () => actions.refreshSocialSheet!({ ...options, mapping })]);
    else if (n === sizes[0]) notes.push("refresh: `refreshSocialSheet` is not in createTaskpaneActions yet, so it is not measured.");
    for (const [name, action] of runs) {
      let m: Measured;
      try {
        m = await measure(book, action);
      } catch (error) {
        const code = (error as { code?: string }).code ?? (error instanceof Error ? error.message : String(error));
        const syncs = book.log.syncs.slice(-1)[0];
        figures.push({
          name: `${name}, ${fmtInt(n)} rows`,
          value: `FAILED in the stand-in: ${code}${syncs ? ` (last sync: request ${fmtBytes(syncs.requestBytes)}, response ${fmtBytes(syncs.responseBytes)})` : ""}`,
          baseline: `${first.get(name) ?? "-"} syncs at ${fmtInt(sizes[0])} rows`,
          ratio: "-",
          target: "<= 6 syncs, constant; no request over 4 MB",
          met: false,
        });
        notes.push(`${name} at ${fmtInt(n)} rows fails: ${code}. Excel on the web would refuse the same batch; the adapter must chunk that read or write.`);
        continue;
      }
      if (!first.has(name)) first.set(name, m.syncs);
      const largest = Math.max(m.maxRequest, Number.isFinite(m.maxResponse) ? m.maxResponse : 0);
      figures.push({
        name: `${name}, ${fmtInt(n)} rows`,
        value: `${m.syncs} syncs; largest request ${fmtBytes(m.maxRequest)}, response ${Number.isFinite(m.maxResponse) ? fmtBytes(m.maxResponse) : "not reported by the stand-in"}; ${fmtMs(m.ms)} in the stand-in`,
        baseline: `${first.get(name)} syncs at ${fmtInt(sizes[0])} rows`,
        ratio: fmtRatio(m.syncs / first.get(name)!),
        target: "<= 6 syncs, constant; no request over 4 MB",
        met: m.syncs <= 6 && m.syncs === first.get(name) && m.maxRequest <= MB4,
      });
      if (largest > MB4) notes.push(`${name} at ${fmtInt(n)} rows moves ${fmtBytes(largest)} in one sync.`);
    }
  }
  notes.unshift(
    "Counted with the in-browser Excel stand-in (src/excel-standin), which logs every `context.sync()` with the JSON size of what it sent and loaded. The adapter writes result columns in chunks of at most 4,000,000 bytes, so at 100,000 rows a check takes more syncs by design: the sync count then grows with the payload (one per ~4 MB), never with the row count.",
  );
  return { title: "4. Office round trips (Excel stand-in)", figures, notes };
}
