import ExcelJS from "exceljs";
import { strFromU8, unzipSync } from "fflate";
import { dayFromYmd, Finding, wonenLimburgPolicy } from "../../src/core";
import { openBook } from "../../src/xlsx/bookPatch";
import { socialSheetCopy } from "../../src/xlsx/socialPatch";
import { joinPieces } from "../../src/xlsx/zip";
import { findingsFor, PEIL } from "../core/report.fixture";

/*
 * Issue 25 item 5: page 1 of the Sociale bijdrage sheet is a summary the board reads (KPIs against target with last
 * month and the trend, still to go, the biggest risks by spend); the detail follows on page 2 (both charts inside the
 * print area, months as "dec 2026", an action list with the overdue first by spend, "achterstallig sinds" instead of
 * an old deadline), and the empty input cells are not printed.
 */
async function supplierBook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Leveranciers").addRow(["Leverancier"]);
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

async function refresh(bytes: Uint8Array, peil = PEIL, findings: readonly Finding[] = findingsFor(wonenLimburgPolicy, peil)) {
  const copy = socialSheetCopy(openBook(bytes)!, { findings, policy: wonenLimburgPolicy, peildatum: peil, lang: "nl", sourceSheet: "Leveranciers" });
  if (!copy.ok) throw new Error(copy.message.nl);
  const out = joinPieces(copy.value.pieces());
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(out.buffer as ArrayBuffer);
  return { bytes: out, ws: wb.getWorksheet("Sociale bijdrage")!, report: copy.value.report, zip: unzipSync(out) };
}

const rowValues = (ws: ExcelJS.Worksheet, r: number) => (ws.getRow(r).values as unknown[]).slice(1);
function rowOf(ws: ExcelJS.Worksheet, first: string): number {
  for (let r = 1; r <= ws.rowCount; r++) if (ws.getCell(r, 1).value === first) return r;
  throw new Error(`no row "${first}"`);
}
const colNumber = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);

describe("page 1: the board's summary", () => {
  test("KPIs with last month and the trend; 'Nog te gaan'; the biggest risks by spend; a page break before the detail", async () => {
    const first = await refresh(await supplierBook(), dayFromYmd(2026, 11, 2));
    const { ws, zip, report } = await refresh(first.bytes, PEIL);
    expect(rowValues(ws, 4).slice(0, 7)).toEqual(["Kerncijfers", "Waarde", "Aandeel", "Doel", "Vorige maand", "Trend", "Toelichting"]);
    const certified = rowValues(ws, rowOf(ws, "Met geldig PSO-certificaat (van de leveranciers binnen scope)"));
    const nov = report.history.find((h) => h.month === "2026-11")!;
    expect(certified[4]).toBe(nov.certifiedShare);
    expect(certified[5]).toMatch(nov.certifiedShare === report.kpis.certifiedShare ? /^=$/ : /^[▲▼] \d+,\d pt$/);

    const togo = rowValues(ws, rowOf(ws, "Nog te gaan"));
    const inScopeWithout = findingsFor().filter((f) => f.status !== "out_of_scope" && f.status !== "error" && !(f.certificateValid && f.heldLevel && f.validUntil !== null && f.heldLevel !== "aspirant" && f.heldLevel !== "geen"));
    expect(togo[1]).toBe(inScopeWithout.length);

    const riskTitle = rowOf(ws, "Grootste risico's (op uitgaven)");
    expect(riskTitle).toBeLessThan(22);
    const risks: unknown[][] = [];
    for (let r = riskTitle + 2; ws.getCell(r, 1).value !== null; r++) risks.push(rowValues(ws, r));
    const expected = findingsFor().filter((f) => f.status === "non_compliant" || f.status === "warning");
    expect(risks).toHaveLength(Math.min(5, expected.length));
    const spends = risks.map((r) => r[1] as number);
    expect(spends).toEqual([...spends].sort((a, b) => b - a));
    expect(spends[0]).toBe(Math.max(...expected.map((f) => f.spend ?? 0)));
    expect(ws.getCell(riskTitle + 2, 2).numFmt).toBe('"€" #,##0');

    const sheetXml = strFromU8(zip["xl/worksheets/sheet2.xml"]);
    // Page 2 starts at row 22; the Vooruitblik starts a page of its own, under the history.
    expect(sheetXml).toMatch(/<rowBreaks count="2" manualBreakCount="2"><brk id="21" max="16383" man="1"\/><brk id="\d+" max="16383" man="1"\/><\/rowBreaks>/);
    const vooruitblik = rowOf(ws, "Vooruitblik (komende maanden)");
    expect(sheetXml).toContain(`<brk id="${vooruitblik - 1}" max="16383" man="1"/>`);
  });
});

describe("the detail from page 2", () => {
  test("months read 'nov 2026', 'dec 2026' (also in the chart); the three charts lie inside the print area; inputs do not", async () => {
    const first = await refresh(await supplierBook(), dayFromYmd(2026, 11, 2));
    const { ws, zip } = await refresh(first.bytes, PEIL);
    const header = rowOf(ws, "Maand");
    expect([ws.getCell(header + 1, 1).value, ws.getCell(header + 2, 1).value]).toEqual(["nov 2026", "dec 2026"]);
    const workbook = strFromU8(zip["xl/workbook.xml"]);
    const area = /name="_xlnm.Print_Area"[^>]*>'Sociale bijdrage'!\$A\$1:\$([A-Z]+)\$(\d+)</.exec(workbook)!;
    const lastCol = colNumber(area[1]);
    const drawing = Object.keys(zip).find((p) => /^xl\/drawings\/drawing\d+\.xml$/.test(p))!;
    const anchors = [...strFromU8(zip[drawing]).matchAll(/<xdr:to><xdr:col>(\d+)<\/xdr:col><xdr:colOff>0<\/xdr:colOff><xdr:row>(\d+)<\/xdr:row>/g)];
    expect(anchors).toHaveLength(3);
    for (const a of anchors) {
      expect(Number(a[1])).toBeLessThanOrEqual(lastCol);
      expect(Number(a[2])).toBeLessThanOrEqual(Number(area[2]));
    }
    const line = Object.keys(zip).filter((p) => /^xl\/charts\/chart\d+\.xml$/.test(p)).map((p) => strFromU8(zip[p])).find((x) => x.includes("<c:lineChart>"))!;
    expect(line).toContain("<c:v>dec 2026</c:v>");
    // The yellow input cells (own figures) sit right of the print area.
    const input = rowOf(ws, "Kerncijfers");
    let inputCol = 0;
    ws.getRow(input + 1).eachCell((cell, c) => {
      if (cell.value === "Directe bijdrage") inputCol = c + 1;
    });
    expect(inputCol).toBeGreaterThan(lastCol);
  });

  test("the action list: overdue first, largest spend first, 'achterstallig sinds <datum>' instead of the old deadline", async () => {
    const { ws, report } = await refresh(await supplierBook());
    const header = rowOf(ws, "Actielijst (achterstallig eerst, grootste uitgaven eerst)") + 1;
    expect(rowValues(ws, header).slice(0, 3)).toEqual(["Leverancier", "Uitgaven", "Wanneer"]);
    const rows: unknown[][] = [];
    for (let r = header + 1; ws.getCell(r, 1).value !== null; r++) rows.push(rowValues(ws, r));
    const overdue = report.actions.filter((a) => a.daysLeft !== null && a.daysLeft < 0);
    expect(overdue.length).toBeGreaterThan(0);
    const shown = rows.slice(0, overdue.length);
    for (const r of shown) expect(r[2]).toMatch(/^achterstallig sinds \d{1,2}-\d{1,2}-\d{4}$/);
    const spends = shown.map((r) => (r[1] as number) ?? 0);
    expect(spends).toEqual([...spends].sort((a, b) => b - a));
    expect(rows.slice(overdue.length).some((r) => typeof r[2] === "string" && (r[2] as string).startsWith("achterstallig"))).toBe(false);
  });
});

test("a report from before the board page: the own figures move right with what was typed, no old table stays behind", async () => {
  const first = await refresh(await supplierBook(), dayFromYmd(2026, 11, 2));
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(first.bytes.buffer as ArrayBuffer);
  const ws = wb.getWorksheet("Sociale bijdrage")!;
  // The layout before issue 25: own figures in G/H, the tables under them from row 13, the history from row 28.
  for (let r = 4; r <= 60; r++) for (let c = 1; c <= 13; c++) ws.getCell(r, c).value = null;
  ws.getCell("G5").value = "Directe bijdrage";
  ws.getCell("H5").value = 0.016;
  ws.getCell("G6").value = "Indirecte bijdrage";
  ws.getCell("H6").value = "13,9%";
  ws.getCell("A13").value = "Per trede";
  ws.getCell("A28").value = "Historie (maandelijkse inventarisatie)";
  ws.getRow(29).values = ["Maand", "Aandeel gecertificeerd", "Aandeel uitgaven trede 2+", "Peildatum", "Leveranciers", "Met certificaat", "Uitgaven", "Uitgaven trede 2+", "PSO-bijdrage", "Aandeel PSO-bijdrage"];
  ws.getRow(30).values = ["2026-11", 0.5, 0.4, new Date(Date.UTC(2026, 10, 2)), 7, 4, 1910000, 900000, 95000, 0.05];
  ws.getCell("A32").value = "Actielijst (op deadline)";
  ws.getCell("A33").value = "Leverancier";
  ws.getCell("A34").value = "Oude actie";
  const old = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  const { ws: after, report } = await refresh(old, PEIL);
  expect(report.history.map((h) => h.month)).toEqual(["2026-11", "2026-12"]);
  expect(after.getCell("H5").value).toBeNull();
  let moved: unknown[] = [];
  after.eachRow((row) => {
    row.eachCell((cell, c) => {
      if (cell.value === "Directe bijdrage") moved = [c, row.getCell(c + 1).value];
    });
  });
  expect(moved).toEqual([12, 0.016]);
  const texts: unknown[] = [];
  after.eachRow((row) => texts.push(row.getCell(1).value));
  expect(texts).not.toContain("Oude actie");
  expect(texts.filter((t) => t === "Per trede")).toHaveLength(1);
});
