import ExcelJS from "exceljs";
import { unzipSync } from "fflate";
import { dayFromYmd, Finding, wonenLimburgPolicy } from "../../src/core";
import { openBook } from "../../src/xlsx/bookPatch";
import { socialSheetCopy } from "../../src/xlsx/socialPatch";
import { joinPieces } from "../../src/xlsx/zip";
import { findingsFor, PEIL } from "../core/report.fixture";

/* The Sociale bijdrage sheet patched into a workbook (rapport --out), read back with exceljs as a user's Excel would. */
const policy = wonenLimburgPolicy;
const text = (ws: ExcelJS.Worksheet, address: string) => ws.getCell(address).value;

/** The rows under a section title in column A, up to the first empty row. */
function tableUnder(ws: ExcelJS.Worksheet, title: string): unknown[][] {
  let r = 1;
  while (r <= ws.rowCount && ws.getCell(`A${r}`).value !== title) r++;
  const rows: unknown[][] = [];
  for (let i = r + 2; i <= ws.rowCount && ws.getCell(`A${i}`).value !== null; i++) {
    rows.push((ws.getRow(i).values as unknown[]).slice(1, 11));
  }
  return rows;
}

async function bytesOf(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

async function supplierBook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Leveranciers").addRow(["Leverancier"]);
  return bytesOf(wb);
}

function patched(bytes: Uint8Array, peil = PEIL, findings: readonly Finding[] = findingsFor(), lang: "nl" | "en" = "nl") {
  const result = socialSheetCopy(openBook(bytes)!, { findings, policy, peildatum: peil, lang, sourceSheet: "Leveranciers" });
  if (!result.ok) return result;
  return { ok: true as const, bytes: joinPieces(result.value.pieces()) };
}

/** One refresh; returns the new file and its report sheet. */
async function refresh(bytes: Uint8Array, peil = PEIL, findings: readonly Finding[] = findingsFor(), lang: "nl" | "en" = "nl") {
  const result = patched(bytes, peil, findings, lang);
  if (!result.ok) throw new Error(result.message.nl);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(result.bytes.buffer as ArrayBuffer);
  return { bytes: result.bytes, workbook, ws: workbook.getWorksheet("Sociale bijdrage")! };
}

describe("the Sociale bijdrage sheet patched into the workbook", () => {
  test("a new sheet: KPI values with Dutch number formats, empty own-figure inputs, A4 landscape with print titles", async () => {
    const { ws } = await refresh(await supplierBook());
    expect(text(ws, "A1")).toBe("Sociale bijdrage (PSO)");
    expect(text(ws, "A2")).toBe('Peildatum 1-12-2026 · beleid: Wonen Limburg (whitepaper) · bron: blad "Leveranciers"');
    // Issue 23 item 12: the certified share over the suppliers in scope (3 of 6), then "Nog te gaan".
    expect([text(ws, "A7"), text(ws, "B7"), text(ws, "C7"), text(ws, "D7")]).toEqual(["Met geldig PSO-certificaat (van de leveranciers binnen scope)", 3, 0.5, 0.5]);
    expect([text(ws, "A8"), text(ws, "B8")]).toEqual(["Nog te gaan", 3]);
    expect([text(ws, "A9"), text(ws, "B9")]).toEqual(["Uitgaven totaal", 1_910_000]);
    expect(ws.getCell("B9").numFmt).toBe('"€" #,##0');
    expect(ws.getCell("C7").numFmt).toBe("0.0%");
    expect(text(ws, "B11")).toBe(95_000);
    expect([text(ws, "L5"), text(ws, "M5")]).toEqual(["Directe bijdrage", null]);
    expect(ws.getCell("M5").numFmt).toBe("0.0%");
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    expect(ws.headerFooter.oddFooter).toBe("&LBeleid: Wonen Limburg (whitepaper) · peildatum 1-12-2026&RPagina &P van &N");
  });

  test("what the controller typed (own figures, notes elsewhere) survives a refresh; the check line uses it", async () => {
    const first = await refresh(await supplierBook());
    first.ws.getCell("M5").value = 0.016;
    first.ws.getCell("M6").value = "13,9%";
    first.ws.getCell("M8").value = "Trede 3";
    first.ws.getCell("M9").value = new Date(Date.UTC(2022, 6, 21));
    const { ws } = await refresh(await bytesOf(first.workbook), dayFromYmd(2026, 12, 20));
    expect([text(ws, "M5"), text(ws, "M6"), text(ws, "M7"), text(ws, "M8")]).toEqual([0.016, "13,9%", null, "Trede 3"]);
    expect(text(ws, "M10")).toBe("1,6% + 13,9% = 15,5%, trede 3");
  });

  test("history: one row per month; the same month twice replaces its row, a new month is added below", async () => {
    let step = await refresh(await supplierBook(), dayFromYmd(2026, 11, 2));
    step = await refresh(step.bytes, dayFromYmd(2026, 12, 1));
    const { ws } = await refresh(step.bytes, dayFromYmd(2026, 12, 15));
    const history = tableUnder(ws, "Historie (maandelijkse inventarisatie)");
    expect(history.map((r) => r[0])).toEqual(["nov 2026", "dec 2026"]);
    expect(history[1][3]).toEqual(new Date(Date.UTC(2026, 11, 15)));
    expect(ws.getCell("D59").numFmt).toBe("d-m-yyyy");
  });

  test("a shorter action list leaves no stale rows behind", async () => {
    const first = await refresh(await supplierBook());
    const { ws } = await refresh(first.bytes, dayFromYmd(2026, 12, 2), findingsFor().slice(0, 2));
    const below: unknown[] = [];
    let seen = false;
    ws.getColumn(1).eachCell((cell) => {
      if (seen) below.push(cell.value);
      if (cell.value === "Actielijst (achterstallig eerst, grootste uitgaven eerst)") seen = true;
    });
    expect(below).toEqual(["Leverancier", "B Schoonmaak"]);
  });

  test("a refresh in Dutch clears the tables an English refresh left, and keeps a note typed below them", async () => {
    const english = await refresh(await supplierBook(), PEIL, findingsFor(), "en");
    const englishRows = english.ws.rowCount;
    english.ws.getCell(`A${englishRows + 3}`).value = "Notitie controller";
    const { ws } = await refresh(await bytesOf(english.workbook), dayFromYmd(2026, 12, 2), findingsFor().slice(0, 2));
    const columnA: unknown[] = [];
    ws.getColumn(1).eachCell((cell) => columnA.push(cell.value));
    expect(columnA).not.toContain("Supplier");
    expect(columnA.filter((v) => v === "Leverancier")).toHaveLength(3); // the risks', the contracts ending and the action list's header
    expect(tableUnder(ws, "Actielijst (achterstallig eerst, grootste uitgaven eerst)").map((r) => r[0])).toEqual(["B Schoonmaak"]);
    expect(text(ws, `A${englishRows + 3}`)).toBe("Notitie controller");
  });

  test("an unreadable history refuses the refresh", async () => {
    const first = await refresh(await supplierBook());
    first.ws.getCell("B58").value = "ongeveer de helft";
    const result = patched(await bytesOf(first.workbook), dayFromYmd(2027, 1, 4));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message.nl).toContain('historie, rij 58, kolom "Aandeel gecertificeerd"');
  });
});

test("a note the controller typed below the report's tables survives a refresh; the report's own rows are replaced", async () => {
  const first = await refresh(await supplierBook());
  const last = first.ws.rowCount;
  first.ws.getCell(`A${last + 3}`).value = "Notitie controller: leverancier X belt terug";
  first.ws.getCell(`B${last + 4}`).value = 12345;
  const { ws } = await refresh(await bytesOf(first.workbook), dayFromYmd(2026, 12, 2), findingsFor().slice(0, 2));
  expect(text(ws, `A${last + 3}`)).toBe("Notitie controller: leverancier X belt terug");
  expect(text(ws, `B${last + 4}`)).toBe(12345);
  const actions = tableUnder(ws, "Actielijst (achterstallig eerst, grootste uitgaven eerst)");
  expect(actions.map((r) => r[0])).toEqual(["B Schoonmaak"]);
});

describe("the report's charts in the file", () => {
  const parts = (bytes: Uint8Array) => unzipSync(bytes);
  const str = (b: Uint8Array) => new TextDecoder().decode(b);

  test("a line chart of the monthly history and a column chart per level, linked sheet -> drawing -> chart, with content types", async () => {
    let step = await refresh(await supplierBook(), dayFromYmd(2026, 11, 2));
    step = await refresh(step.bytes, dayFromYmd(2026, 12, 1));
    const zip = parts(step.bytes);
    const sheetRels = str(zip["xl/worksheets/_rels/sheet2.xml.rels"]);
    expect(str(zip["xl/worksheets/sheet2.xml"])).toMatch(/<drawing [^>]*r:id="rIdPsoDrawing"\/><\/worksheet>$/);
    expect(sheetRels).toContain('Target="../drawings/drawing1.xml"');
    const drawing = str(zip["xl/drawings/drawing1.xml"]);
    expect(drawing.match(/name="PSO historie"/g)).toHaveLength(1);
    const drawingRels = str(zip["xl/drawings/_rels/drawing1.xml.rels"]);
    const charts = Object.keys(zip).filter((p) => /^xl\/charts\/chart\d+\.xml$/.test(p));
    expect(charts).toHaveLength(3); // the second refresh rewrote the first one's charts, it did not add three more
    for (const chart of charts) expect(drawingRels).toContain(`../charts/${chart.split("/").pop()}`);
    const types = str(zip["[Content_Types].xml"]);
    for (const part of ["xl/drawings/drawing1.xml", ...charts]) expect(types).toContain(`PartName="/${part}"`);
    const line = charts.map((c) => str(zip[c])).find((x) => x.includes("<c:lineChart>"))!;
    expect(line).toContain("<c:f>'Sociale bijdrage'!$A$58:$A$59</c:f>");
    expect(line).toMatch(/<c:strCache><c:ptCount val="2"\/><c:pt idx="0"><c:v>nov 2026<\/c:v><\/c:pt><c:pt idx="1"><c:v>dec 2026<\/c:v>/);
    expect(line).toContain("<c:f>'Sociale bijdrage'!$B$58:$B$59</c:f>");
  });
});

test("a monthly refresh reuses the styles the month before added: styles.xml does not grow", async () => {
  const first = await refresh(await supplierBook(), dayFromYmd(2026, 11, 2));
  const second = await refresh(first.bytes, dayFromYmd(2026, 12, 1));
  const third = await refresh(second.bytes, dayFromYmd(2027, 1, 4));
  const styles = (bytes: Uint8Array) => new TextDecoder().decode(unzipSync(bytes)["xl/styles.xml"]);
  expect(styles(third.bytes)).toBe(styles(second.bytes));
  expect(styles(second.bytes).length).toBe(styles(first.bytes).length);
  expect(third.ws.getCell("A4").font?.bold).toBe(true);
  expect(third.ws.getCell("B9").numFmt).toBe('"€" #,##0');
});
