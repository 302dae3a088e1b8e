import { unzipSync } from "fflate";
import { mkdtempSync, readdirSync, readFileSync } from "fs";
import os from "os";
import path from "path";
import { runCli } from "../support/cli";
import { libreOfficeConvertAll } from "../support/libreoffice";
import { openZip } from "../../src/xlsx/zip";
import { workbookParts } from "../../src/xlsx/workbookParts";

/*
 * Workbooks made by other tools (test/fixtures/real-world/, made by scripts/fixtures/make_openpyxl.py and
 * make_libreoffice.py): charts, a pivot table and its cache, an Excel table, an image, a hyperlink, comments, data
 * validation over the whole sheet, hidden sheets, defined names, shared formulas, rich text and a VBA project.
 * `check --out` must copy every part it does not have to change byte for byte, and in the checked sheet only add.
 */
const DIR = path.join(__dirname, "..", "fixtures", "real-world");
const fixtures = readdirSync(DIR).filter((f) => /\.(xlsx|xlsm)$/.test(f)).sort();
const PEIL = ["--peildatum", "2026-12-01"];
const text = (b: Uint8Array) => new TextDecoder().decode(b);

interface Copy {
  input: string;
  out: string;
  original: Record<string, Uint8Array>;
  copy: Record<string, Uint8Array>;
  sheetPath: string;
  stylesPath: string;
}

const copies = new Map<string, Copy>();

async function annotated(name: string): Promise<Copy> {
  const known = copies.get(name);
  if (known) return known;
  const input = path.join(DIR, name);
  const before = readFileSync(input);
  const out = path.join(mkdtempSync(path.join(os.tmpdir(), "pso-real-")), `kopie${path.extname(name)}`);
  const result = await runCli(["check", input, ...PEIL, "--out", out]);
  expect({ code: result.code, stderr: result.stderr }).toEqual({ code: 1, stderr: "" });
  expect(readFileSync(input).equals(before)).toBe(true);
  const parts = workbookParts(openZip(before))!;
  const made: Copy = {
    input,
    out,
    original: unzipSync(before),
    copy: unzipSync(readFileSync(out)),
    sheetPath: parts.sheets[0].path,
    stylesPath: parts.stylesPath!,
  };
  copies.set(name, made);
  return made;
}

/** The sheet XML without what PSO-toets adds: its cells in the two result columns, widths, highlight rule, row spans. */
function withoutAdditions(xml: string, columns: string[]): string {
  const ours = new RegExp(`<c r="(?:${columns.join("|")})\\d+"(?: s="\\d+")? t="inlineStr"><is><t xml:space="preserve">[^<]*</t></is></c>`, "g");
  return normalise(
    xml
      .replace(ours, "")
      .replace(/<conditionalFormatting sqref="[^"]*"><cfRule type="expression" dxfId="\d+" priority="\d+"><formula>OR\(LEFT\([\s\S]*?<\/conditionalFormatting>/g, ""),
  );
}

/**
 * Differences the patch makes on purpose and that carry no content: spans hints, the dimension, the column widths, and
 * the height of a row whose height was not set by hand (it grows to fit the wrapped explanation).
 */
function normalise(xml: string): string {
  return xml
    .replace(/\sspans="[^"]*"/g, "")
    .replace(/<row [^>]*>/g, (tag) => (/customHeight="(1|true)"/.test(tag) ? tag : tag.replace(/\sht="[^"]*"/, "")))
    .replace(/<dimension ref="[^"]*"\/>/, "")
    .replace(/<cols>[\s\S]*?<\/cols>/, "")
    .replace(/<row ([^>]*?)\/>/g, "<row $1></row>")
    .replace(/<row r="\d+"><\/row>/g, "");
}

/** `<col>` attributes per 1-based column, for the columns the copy did not add. */
function widths(xml: string, skip: number[]): Map<number, string> {
  const out = new Map<number, string>();
  for (const tag of xml.match(/<col [^>]*\/>/g) ?? []) {
    const min = Number(/min="(\d+)"/.exec(tag)![1]);
    const max = Number(/max="(\d+)"/.exec(tag)![1]);
    const rest = tag.replace(/\s(min|max)="\d+"/g, "");
    for (let c = min; c <= Math.min(max, 200); c++) if (!skip.includes(c)) out.set(c, rest);
  }
  return out;
}

function addedColumns(xml: string): string[] {
  const header = /<c r="([A-Z]+)\d+" s="\d+" t="inlineStr"><is><t xml:space="preserve">PSO-status<\/t>/.exec(xml);
  expect(header).not.toBeNull();
  const status = header![1];
  const next = String.fromCharCode(status.charCodeAt(status.length - 1) + 1);
  return [status, status.slice(0, -1) + next];
}

/** A CSV as LibreOffice writes it: quoted fields may hold commas, quotes and line breaks. */
function parseCsv(csv: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const ch = csv[i];
    if (quoted) {
      if (ch === '"' && csv[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(field);
      field = "";
    } else if (ch === "\n") {
      rows.push([...row, field]);
      row = [];
      field = "";
    } else if (ch !== "\r") field += ch;
  }
  if (field !== "" || row.length > 0) rows.push([...row, field]);
  return rows;
}

test("the corpus holds workbooks from LibreOffice, openpyxl, Excel's shape and an .xlsm", () => {
  expect(fixtures).toEqual(expect.arrayContaining(["libreoffice-draaitabel.xlsx", "openpyxl-grafiek.xlsx", "openpyxl-tabel.xlsx", "excel-vorm.xlsx", "macro.xlsm"]));
});

describe.each(fixtures)("%s", (name) => {
  test("check --out succeeds and every part outside the checked sheet and styles is byte-identical", async () => {
    const c = await annotated(name);
    expect(Object.keys(c.copy).sort()).toEqual(Object.keys(c.original).sort());
    const changed = Object.keys(c.original).filter((part) => !Buffer.from(c.original[part]).equals(Buffer.from(c.copy[part])));
    expect(changed.sort()).toEqual([c.sheetPath, c.stylesPath].sort());
  });

  test("the checked sheet differs only by what was added; added cells are text, never formulas", async () => {
    const c = await annotated(name);
    const before = text(c.original[c.sheetPath]);
    const after = text(c.copy[c.sheetPath]);
    const columns = addedColumns(after);
    expect(withoutAdditions(after, columns)).toBe(normalise(before));
    const skip = columns.map((l) => l.charCodeAt(l.length - 1) - 64 + (l.length > 1 ? 26 * (l.charCodeAt(0) - 64) : 0));
    expect(widths(after, skip)).toEqual(widths(before, skip));
    const added = after.match(new RegExp(`<c r="(?:${columns.join("|")})\\d+"[^>]*>[\\s\\S]*?</c>`, "g")) ?? [];
    expect(added.length).toBeGreaterThan(2);
    for (const cell of added) {
      expect(cell).toContain('t="inlineStr"');
      expect(cell).not.toContain("<f>");
    }
  });

  test("styles only gain: the original styles part is a prefix-wise subset of the copy's", async () => {
    const c = await annotated(name);
    const before = text(c.original[c.stylesPath]);
    const after = text(c.copy[c.stylesPath]);
    // Every element of the original is still there, in order, with only collection counts changed.
    const strip = (xml: string) => xml.replace(/\scount="\d+"/g, "");
    const pieces = strip(before).split(/(?=<)/);
    let at = 0;
    const copyText = strip(after);
    for (const piece of pieces) {
      const found = copyText.indexOf(piece, at);
      expect({ piece, found: found >= 0 }).toEqual({ piece, found: true });
      at = found + piece.length;
    }
    expect(after).toContain('<bgColor rgb="FFFFC7CE"/>');
  });

  test("LibreOffice opens the copy and shows the same values in every original cell", async () => {
    const c = await annotated(name);
    const dir = mkdtempSync(path.join(os.tmpdir(), "pso-real-lo-"));
    // One LibreOffice start for both (the copy is named kopie.*, the original keeps its name).
    const [originalCsv, copyCsv] = libreOfficeConvertAll([c.input, c.out], "csv", dir);
    const original = parseCsv(readFileSync(originalCsv, "utf8"));
    const copy = parseCsv(readFileSync(copyCsv, "utf8"));
    const width = Math.max(...original.map((r) => r.length));
    expect(copy.length).toBe(original.length);
    copy.forEach((row, r) => {
      const mine = row.slice(0, width);
      const theirs = [...original[r], ...new Array(width - original[r].length).fill("")];
      expect({ row: r + 1, cells: mine }).toEqual({ row: r + 1, cells: theirs });
    });
    expect(copy.some((row) => row.includes("PSO-status"))).toBe(true);
  });
});

test("macros in, macros out: the .xlsm copy keeps xl/vbaProject.bin and the macro-enabled content type", async () => {
  const c = await annotated("macro.xlsm");
  expect(Buffer.from(c.copy["xl/vbaProject.bin"]).equals(Buffer.from(c.original["xl/vbaProject.bin"]))).toBe(true);
  expect(text(c.copy["[Content_Types].xml"])).toContain("application/vnd.ms-excel.sheet.macroEnabled.main+xml");
  const result = await runCli(["check", c.input, ...PEIL, "--out", path.join(mkdtempSync(path.join(os.tmpdir(), "pso-real-")), "kopie.xlsx")]);
  expect(result.code).toBe(2);
  expect(result.stderr).toContain("moet eindigen op .xlsm");
});

test("the chart, pivot table and cache, table, comments and drawings of LibreOffice's workbook are all still there", async () => {
  const c = await annotated("libreoffice-draaitabel.xlsx");
  for (const part of ["xl/charts/chart1.xml", "xl/pivotTables/pivotTable1.xml", "xl/pivotCache/pivotCacheDefinition1.xml", "xl/pivotCache/pivotCacheRecords1.xml", "xl/tables/table1.xml", "xl/comments1.xml", "xl/drawings/drawing1.xml"]) {
    expect([part, c.copy[part] !== undefined]).toEqual([part, true]);
  }
});

describe.each(fixtures)("rapport --out on %s", (name) => {
  test("adds the Sociale bijdrage sheet; every part but the workbook's list of sheets, its relations, the content types and styles is byte-identical", async () => {
    const input = path.join(DIR, name);
    const out = path.join(mkdtempSync(path.join(os.tmpdir(), "pso-real-rapport-")), `rapport${path.extname(name)}`);
    const result = await runCli(["rapport", input, ...PEIL, "--out", out]);
    expect({ code: result.code, stderr: result.stderr }).toEqual({ code: 0, stderr: "" });
    const original = unzipSync(readFileSync(input));
    const copy = unzipSync(readFileSync(out));
    const parts = workbookParts(openZip(readFileSync(input)))!;
    const after = workbookParts(openZip(readFileSync(out)))!;
    const sheet = after.sheets.find((s) => s.name === "Sociale bijdrage")!;
    expect(after.sheets.map((s) => s.name)).toEqual([...parts.sheets.map((s) => s.name), "Sociale bijdrage"]);
    const added = Object.keys(copy).filter((p) => !(p in original));
    expect(added).toContain(sheet.path);
    // New parts are the sheet and its chart parts only.
    for (const part of added) expect(part).toMatch(/^xl\/(worksheets|drawings|charts)\//);
    const changed = Object.keys(original).filter((part) => !Buffer.from(original[part]).equals(Buffer.from(copy[part] ?? new Uint8Array())));
    expect(changed.sort()).toEqual(["[Content_Types].xml", parts.workbookPath, `xl/_rels/${parts.workbookPath.split("/").pop()}.rels`, parts.stylesPath!].sort());
    if (name.endsWith(".xlsm")) expect(text(copy["[Content_Types].xml"])).toContain("application/vnd.ms-excel.sheet.macroEnabled.main+xml");
  });
});

test("a second month's rapport on the first month's copy changes only the report sheet and its charts", async () => {
  const input = path.join(DIR, "libreoffice-draaitabel.xlsx");
  const dir = mkdtempSync(path.join(os.tmpdir(), "pso-real-rapport-"));
  const first = path.join(dir, "november.xlsx");
  const second = path.join(dir, "december.xlsx");
  expect((await runCli(["rapport", input, "--peildatum", "2026-11-02", "--out", first])).code).toBe(0);
  expect((await runCli(["rapport", first, ...PEIL, "--out", second])).code).toBe(0);
  const a = unzipSync(readFileSync(first));
  const b = unzipSync(readFileSync(second));
  expect(Object.keys(b).sort()).toEqual(Object.keys(a).sort());
  const sheet = workbookParts(openZip(readFileSync(second)))!.sheets.find((s) => s.name === "Sociale bijdrage")!.path;
  const changed = Object.keys(a).filter((part) => !Buffer.from(a[part]).equals(Buffer.from(b[part])));
  expect(changed.filter((p) => p !== sheet && p !== "xl/workbook.xml" && !/^xl\/charts\/chart\d+\.xml$/.test(p))).toEqual([]);
  expect(changed).toContain(sheet);
  // The workbook part changes only where the print area grows by the new month's history row.
  const printArea = (xml: Uint8Array) => text(xml).replace(/(_xlnm\.Print_Area"[^>]*>[^<]*\$)\d+</, "$1N<");
  expect(printArea(b["xl/workbook.xml"])).toBe(printArea(a["xl/workbook.xml"]));
});

test.each(fixtures)("rapport --out on %s writes well-formed XML in every part it writes", async (name) => {
  const out = path.join(mkdtempSync(path.join(os.tmpdir(), "pso-real-rapport-")), `rapport${path.extname(name)}`);
  expect((await runCli(["rapport", path.join(DIR, name), ...PEIL, "--out", out])).code).toBe(0);
  const original = unzipSync(readFileSync(path.join(DIR, name)));
  const copy = unzipSync(readFileSync(out));
  const written = Object.keys(copy).filter((p) => /\.(xml|rels)$/.test(p) && !(original[p] && Buffer.from(original[p]).equals(Buffer.from(copy[p]))));
  for (const part of written) {
    const xml = text(copy[part]);
    // Every prefix an element PSO-toets wrote uses is declared on that element or on the root (it declares nothing in
    // between): the mistake LibreOffice forgives and Excel does not.
    const tags = xml.match(/<[A-Za-z][^>]*>/g) ?? [];
    const root = tags.find((t) => !t.startsWith("<?")) ?? "";
    const before = original[part] ? text(original[part]) : "";
    for (const tag of tags) {
      if (before.includes(tag)) continue; // the workbook's own elements, as they were
      const prefixes = [...tag.matchAll(/^<([A-Za-z]\w*):|\s([A-Za-z]\w*):[\w-]+=/g)].map((m) => m[1] ?? m[2]).filter((x) => x !== "xmlns" && x !== "xml");
      for (const prefix of prefixes) {
        const declared = tag.includes(`xmlns:${prefix}="`) || root.includes(`xmlns:${prefix}="`);
        expect([part, tag.slice(0, 60), prefix, declared]).toEqual([part, tag.slice(0, 60), prefix, true]);
      }
    }
  }
});
