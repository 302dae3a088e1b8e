import { dayFromYmd, evaluateColumns, explanation, statusLine, STATUSES, wonenLimburgPolicy } from "../../src/core";
import { generateCells } from "../../bench/generate";

const PEIL = dayFromYmd(2026, 12, 1);

describe("evaluateColumns: a status per row from columns of raw cells, the full finding on demand", () => {
  const columns = {
    count: 4,
    rowNumbers: [5, 6, 7, 9],
    cells: {
      supplier: ["Bouw BV", "Glans", "Groen & Zn", "Kapot BV"],
      spend: [1_250_000, "€ 480.000,00", 90_000, "veel"],
      level: ["Trede 2", "trede1", "", "PSO-3"],
      validUntil: [46_700, "31-3-2028", null, "31-02-2027"],
    },
  };
  const verdicts = evaluateColumns(columns, wonenLimburgPolicy, PEIL);

  test("status codes in a byte array, in row order, one bad row among good ones", () => {
    expect(verdicts.status).toBeInstanceOf(Uint8Array);
    expect(Array.from(verdicts.status, (s) => STATUSES[s])).toEqual(["compliant", "non_compliant", "out_of_scope", "error"]);
  });

  test("the finding of a row carries its sheet row number and the reason a buyer reads", () => {
    const failing = verdicts.findingAt(1);
    expect(failing.row).toBe(6);
    expect(failing.supplier).toBe("Glans");
    expect(statusLine(failing)).toBe("Voldoet niet: trede 1, vereist trede 2");
    expect(explanation(verdicts.findingAt(2))).toContain("onder de drempel van € 150.000,00");
  });

  test("a bad cell names its column and what was expected; both bad cells of the row are listed", () => {
    const bad = verdicts.findingAt(3);
    expect(bad.row).toBe(9);
    expect(bad.reasons.map((r) => (r.code === "invalid" ? r.field : r.code))).toEqual(["spend", "validUntil"]);
    expect(explanation(bad)).toMatch(/^Kolom "Opdrachtsom per jaar": .*veel/);
  });

  test("a column the sheet lacks counts as blank: no level column means no certificate", () => {
    const noLevel = evaluateColumns({ count: 2, cells: { spend: [200_000, 100_000] } }, wonenLimburgPolicy, PEIL);
    expect(Array.from(noLevel.status, (s) => STATUSES[s])).toEqual(["non_compliant", "out_of_scope"]);
    expect(noLevel.findingAt(0).row).toBe(1);
    expect(noLevel.findingAt(0).heldLevel).toBe("geen");
  });

  test("certificate validity per row as a byte array: expired or absent certificates do not count", () => {
    const v = evaluateColumns(
      { count: 3, cells: { spend: [200_000, 200_000, 200_000], level: ["Trede 2", "Trede 2", ""], validUntil: ["30-11-2026", "1-12-2026", null] } },
      wonenLimburgPolicy,
      PEIL,
    );
    expect(Array.from(v.certificateValid)).toEqual([0, 1, 0]);
    expect(v.statusOf(0)).toBe("non_compliant");
  });
});

test("statusLineAt gives each row the status line of its own finding, in both languages, though rows share one text", () => {
  const cells = generateCells(2000, 3).map((c, i) => (i % 97 === 0 ? [c[0], c[1], "veel", ...c.slice(3)] : c));
  const col = (i: number) => cells.map((c) => c[i] ?? null);
  const columns = { count: cells.length, cells: { category: col(1), spend: col(2), level: col(3), validUntil: col(4), awardDate: col(5), termMonths: col(6), contribution: col(7) } };
  const verdicts = evaluateColumns(columns, wonenLimburgPolicy, dayFromYmd(2026, 12, 1));
  expect(new Set(Array.from(verdicts.status)).size).toBe(5);
  for (const lang of ["nl", "en"] as const) {
    for (let i = 0; i < verdicts.count; i++) expect([i, verdicts.statusLineAt(i, lang)]).toEqual([i, statusLine(verdicts.findingAt(i), lang)]);
  }
});
