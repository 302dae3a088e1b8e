import { buildCheckReport, checkFindings, columnUseOfGrid, computeKpis, dayFromYmd, policyFromJson, tableFromGrid, wonenLimburgPolicy } from "../../src/core";

const peildatum = dayFromYmd(2026, 12, 1);
const header = ["Leverancier", "Opdrachtsom", "PSO-trede", "Geldig tot"];

function report(grid: unknown[][], policy = wonenLimburgPolicy) {
  const table = tableFromGrid(grid as never)!;
  return buildCheckReport(table, columnUseOfGrid(grid), { policy, peildatum, lang: "nl" })!;
}

test("a SUM of the spend without a supplier name is a totals row: it ends the table and is not counted", () => {
  const r = report([header, ["A", 200000, "Trede 2", "1-1-2028"], ["B", 300000, "Trede 3", "1-1-2028"], [null, 500000, null, null]]);
  expect(r.findings.map((f) => f.row)).toEqual([2, 3]);
  expect(r.lastDataRow).toBe(3);
  expect(r.nextBlockRow).toBe(4);
  expect(r.kpis.suppliers).toBe(2);
  expect(r.kpis.spend).toBe(500000);
  expect(r.notices[0].nl).toContain("op rij 4 begint een totaalregel");
});

test("a row with data but no supplier name is an error row \"naam ontbreekt\", listed but not counted in the KPIs", () => {
  const r = report([header, ["A", 200000, "Trede 2", "1-1-2028"], [null, 300000, "Trede 1", "1-1-2028"]]);
  expect(r.findings.map((f) => f.status)).toEqual(["compliant", "error"]);
  expect(r.attention).toHaveLength(1);
  expect(r.attention[0]).toMatchObject({ row: 3, status: "error" });
  expect(r.attention[0].statusLine).toContain('"Leverancier" (A): naam ontbreekt');
  expect(r.kpis.suppliers).toBe(1);
  expect(r.kpis.spend).toBe(200000);
});

test("a number below the suppliers that is not their sum is a supplier row without a name, not a total", () => {
  const r = report([header, ["A", 200000, "Trede 2", "1-1-2028"], [null, 123, null, null]]);
  expect(r.findings.map((f) => f.status)).toEqual(["compliant", "error"]);
  expect(r.nextBlockRow).toBeNull();
});

test("the KPI line names the policy's spend level: trede 3 when the policy says so", () => {
  const policy = policyFromJson({ kpi: { spendMinLevel: "trede3" } });
  if (!policy.ok) throw new Error(policy.message.nl);
  const grid = [header, ["A", 200000, "Trede 3", "1-1-2028"], ["B", 200000, "Trede 2", "1-1-2028"]];
  const lines = report(grid, policy.value).kpiLines;
  expect(lines.find((l) => l.key === "spendHigh")?.label).toBe("Uitgaven bij trede 3 of hoger");
  expect(lines.find((l) => l.key === "spendHigh")?.value).toMatch(/^€ 200\.000,00 \(50,0%\)$/);
});

test("Leverancier | Opdrachtsom | PSO-trede | (blank) | Notitie: the results go right of the note, in F and G", () => {
  const grid = [["Leverancier", "Opdrachtsom", "PSO-trede", null, "Notitie"], ["A", 200000, "Trede 2", null, "zie mail"]];
  const r = report(grid);
  expect([r.firstColumn, r.lastColumn]).toEqual([0, 4]);
  expect([r.result.status, r.result.explanation]).toEqual([5, 6]);
  expect(r.highlight.statusCell).toBe("$F2");
  expect(r.notices).toEqual([]);
});

test("result columns that move past the user's data say so, naming that column and where they went", () => {
  const grid = [header, ["A", 200000, "Trede 2", "1-1-2028", null, "notitie"]];
  const r = report(grid);
  expect([r.result.status, r.result.explanation]).toEqual([6, 7]);
  expect(r.notices.map((n) => n.en)).toEqual(["There is data right of the table in column F; it is kept. PSO-status and PSO-toelichting therefore go in columns G and H."]);
});

test("an earlier run's result columns are used again", () => {
  const grid = [[...header, "PSO-status", "PSO-toelichting"], ["A", 200000, "Trede 2", "1-1-2028", "Voldoet", ""]];
  const r = report(grid);
  expect([r.result.status, r.result.rerun, r.lastColumn]).toEqual([4, true, 3]);
});

test("the report's rows made one at a time (for the copy and the printed list) are exactly the findings checkFindings gives, a missing name included", () => {
  const grid = [
    header,
    ["A", 200000, "Trede 2", "1-1-2028"],
    [null, 300000, "Trede 1", "1-1-2028"],
    ["C", "veel", "Trede 9", "gisteren"],
    [],
    ["E", 50000, "geen", null],
  ];
  const r = report(grid);
  const table = tableFromGrid(grid as never)!;
  const expected = checkFindings(table, wonenLimburgPolicy, peildatum);
  const oneByOne = Array.from({ length: r.checked.count }, (_, i) => r.checked.findingAt(i));
  expect(oneByOne).toEqual(expected);
  expect(Array.from({ length: r.checked.count }, (_, i) => r.checked.rowAt(i))).toEqual([2, 3, 4, 6]);
  expect(r.findings).toEqual(expected);
  expect(r.kpis).toEqual(computeKpis(expected, wonenLimburgPolicy));
  expect(r.attention.map((a) => a.row)).toEqual(expected.filter((f) => f.status !== "compliant" && f.status !== "out_of_scope").map((f) => f.row));
});

/* Issue 16, item 2: a growth path that cannot be applied is never silently off. */
describe("a term column without an award date (or the other way round) is a notice naming the column found and the one missing", () => {
  // "Opdrachtsom" beside a term is the whole contract's sum: € 800.000 over 48 months is € 200.000 a year.
  const supplier = ["A", 800000, "Aspirant", "1-1-2028"];

  test("term without award date: the growth path is not applied, and the notice says what to add", () => {
    const r = report([[...header, "Looptijd (mnd)"], [...supplier, 48]]);
    const notice = r.notices.find((n) => n.code === "core.report.growthPathNoAward");
    expect(notice?.nl).toContain('kolom "Looptijd (mnd)" (E) geeft de looptijd');
    expect(notice?.nl).toContain("gunnings- of ingangsdatum");
    expect(notice?.en).toMatch(/^Growth path not applied/);
    expect(r.findings[0].status).toBe("non_compliant");
  });

  test("award date without term or end date: the same, the other way round", () => {
    const r = report([[...header, "Ingangsdatum"], [...supplier, "1-9-2025"]]);
    expect(r.notices.map((n) => n.code)).toContain("core.report.growthPathNoTerm");
    expect(r.notices.find((n) => n.code === "core.report.growthPathNoTerm")?.nl).toContain('kolom "Ingangsdatum" (E) geeft de gunningsdatum');
  });

  test("both present, neither present, or a policy without a growth path: no notice", () => {
    const both = report([[...header, "Ingangsdatum", "Looptijd (mnd)"], [...supplier, "1-9-2025", 48]]);
    expect(both.notices).toEqual([]);
    expect(both.findings[0].status).toBe("compliant");
    expect(report([header, supplier]).notices).toEqual([]);
    const off = policyFromJson({ growthPath: { enabled: false } });
    if (!off.ok) throw new Error(off.message.nl);
    expect(report([[...header, "Looptijd (mnd)"], [...supplier, 48]], off.value).notices).toEqual([]);
  });
});
