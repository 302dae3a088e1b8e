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

/* Issue 16, item 4: "60 leveranciers (gegevensrijen)" at the top and "Leveranciers 44" below must add up. */
describe("numbers that add up", () => {
  const grid = [
    ["Leverancier", "Opdrachtsom per jaar", "PSO-trede", "Geldig tot"],
    ["A", 200000, "Trede 2", "1-1-2028"],
    [null, null, null, null],
    ["B", "veel", "Trede 2", "1-1-2028"],
    ["C", 90000, "geen", null],
    [null, null, null, null],
    ["D", 300000, "trde 2", "1-1-2028"],
    ["E", 400000, "Ja", "1-1-2028"],
    ["Totaal", 990000, null, null],
  ];

  test("one line says how the rows split, and the rows not counted are there by number", () => {
    const r = report(grid);
    expect(r.rowCounts).toMatchObject({ rows: 8, assessed: 3, errorRows: [4, 7], blankRows: [3, 6], endRow: 9 });
    expect(r.rowCounts.line.nl).toBe("8 rijen: 3 leveranciers beoordeeld, 2 met een gegevensfout (niet meegeteld), 2 lege rijen, 1 totaalregel of tweede tabel (rij 9, niet gecontroleerd)");
    expect(r.rowCounts.line.en).toBe("8 rows: 3 suppliers assessed, 2 with a data error (not counted), 2 blank rows, 1 totals row or second table (row 9, not checked)");
    const { rows, assessed, errorRows, blankRows, endRow } = r.rowCounts;
    expect(assessed + errorRows.length + blankRows.length + (endRow === null ? 0 : 1)).toBe(rows);
    expect(assessed).toBe(r.kpis.suppliers);
  });

  test("zero categories are left out: a clean list is one short sentence", () => {
    const r = report([header, ["A", 200000, "Trede 2", "1-1-2028"]]);
    expect(r.rowCounts.line.nl).toBe("1 rij: 1 leverancier beoordeeld");
  });

  test("shares say what they are taken over", () => {
    const lines = report(grid).kpiLines;
    expect(lines.find((l) => l.key === "certified")).toMatchObject({ label: "Met geldig PSO-certificaat (van de leveranciers binnen scope)", shareOf: null });
    expect(lines.find((l) => l.key === "spendHigh")?.shareOf).toBe("van de inkoopwaarde van de beoordeelde leveranciers");
    expect(lines.find((l) => l.key === "spend")?.shareOf).toBeNull();
  });

  test('without a contribution column the PSO-bijdrage is "onbekend" with the reason, not € 0,00', () => {
    const line = report(grid).kpiLines.find((l) => l.key === "psoContribution");
    expect(line?.value).toBe("onbekend");
    expect(line?.unknown).toContain("geen kolom met de sociale bijdrage");
  });

  test("with a contribution column it is computed; filled in for no certified supplier it is unknown again", () => {
    const withColumn = [[...header, "Sociale bijdrage"], ["A", 200000, "Trede 2", "1-1-2028", "10%"]];
    expect(report(withColumn).kpiLines.find((l) => l.key === "psoContribution")).toMatchObject({ value: "€ 20.000,00", unknown: null });
    const empty = [[...header, "Sociale bijdrage"], ["A", 200000, "Trede 2", "1-1-2028", null]];
    expect(report(empty).kpiLines.find((l) => l.key === "psoContribution")?.unknown).toContain("bij geen van de 1 gecertificeerde leveranciers");
  });
});
