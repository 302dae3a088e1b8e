/*
 * Writes the bad-input corpus under test/fixtures/bad/: each case is an input file and, beside it,
 * <input>.expect.json with what `pso-toets check <input> --peildatum 2026-12-01` must say (see test/reliability).
 * Run: npx tsx scripts/make-bad-fixtures.ts. Adding a case by hand is adding those two files.
 */
import ExcelJS from "exceljs";
import { promises as fs } from "fs";
import path from "path";

const DIR = path.join(__dirname, "..", "test", "fixtures", "bad");
const HEADER = ["Leverancier", "Opdrachtsom per jaar", "PSO-trede", "Geldig tot"];
const CFB = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

export interface RowExpectation {
  row: number;
  status: "compliant" | "non_compliant" | "warning" | "out_of_scope" | "error";
  /** Fragments that must all appear in the row's reasons (joined). */
  reasons?: string[];
  statusLine?: string;
  supplier?: string;
}

export interface Expectation {
  about: string;
  args?: string[];
  exit: 0 | 1 | 2;
  stderr?: string[];
  stdout?: string[];
  rowCount?: number;
  rows?: RowExpectation[];
}

type Cell = ExcelJS.CellValue;

async function xlsx(name: string, build: (wb: ExcelJS.Workbook) => void, expect: Expectation) {
  const wb = new ExcelJS.Workbook();
  build(wb);
  await wb.xlsx.writeFile(path.join(DIR, name));
  await expectation(name, expect);
}

function sheet(wb: ExcelJS.Workbook, name: string, rows: Cell[][]): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name);
  for (const row of rows) ws.addRow(row);
  return ws;
}

async function raw(name: string, bytes: Buffer | string, expect: Expectation) {
  await fs.writeFile(path.join(DIR, name), bytes);
  await expectation(name, expect);
}

async function expectation(name: string, expect: Expectation) {
  await fs.writeFile(path.join(DIR, `${name}.expect.json`), `${JSON.stringify(expect, null, 2)}\n`);
}

const csv = (lines: string[]) => `${lines.join("\r\n")}\r\n`;
const d = (iso: string) => new Date(`${iso}T00:00:00Z`);

async function main() {
  await fs.mkdir(DIR, { recursive: true });

  await xlsx("leeg-blad.xlsx", (wb) => wb.addWorksheet("Blad1"), {
    about: "an empty sheet",
    exit: 2,
    stderr: ['Bestand "leeg-blad.xlsx", blad "Blad1"', "geen kopregel gevonden"],
  });

  await xlsx("geen-kopregel.xlsx", (wb) => sheet(wb, "Data", [["Firma", "Bedrag", "Keurmerk"], ["A", 200000, "Trede 2"]]), {
    about: "no header PSO-toets recognises: refused, with the columns it expects",
    exit: 2,
    stderr: ['Bestand "geen-kopregel.xlsx", blad "Data"', "geen kopregel gevonden", '"Opdrachtsom per jaar"'],
  });

  await xlsx(
    "dubbele-kop.xlsx",
    (wb) => sheet(wb, "Lijst", [
      [...HEADER, "Opdrachtsom per jaar"],
      ["Eerste kolom telt BV", 200000, "Trede 2", d("2028-01-01"), 50000],
      ["Tweede rij BV", 100000, "geen", null, 900000],
    ]),
    {
      about: "two columns named Opdrachtsom per jaar: the first is used and the user is told",
      exit: 0,
      stderr: ['bestand "dubbele-kop.xlsx", blad "Lijst": kolom "Opdrachtsom per jaar" staat er meer dan eens (B, E); PSO-toets gebruikt kolom B'],
      rowCount: 2,
      rows: [{ row: 2, status: "compliant" }, { row: 3, status: "out_of_scope" }],
    },
  );

  await xlsx(
    "samengevoegde-kop.xlsx",
    (wb) => {
      const ws = sheet(wb, "Lijst", [
        ["Leverancier", "Opdrachtsom per jaar", "", "PSO-trede", "Geldig tot"],
        ["Samengevoegd BV", 300000, "excl. btw", "Trede 2", d("2028-01-01")],
        ["Ook Samengevoegd BV", 300000, "incl. btw", "Trede 1", d("2028-01-01")],
      ]);
      ws.mergeCells("B1:C1");
    },
    {
      about: "a header cell merged over two columns is one column, not a duplicate",
      exit: 1,
      rowCount: 2,
      rows: [{ row: 2, status: "compliant" }, { row: 3, status: "non_compliant", statusLine: "Voldoet niet: trede 1, vereist trede 2" }],
    },
  );

  await xlsx(
    "titelblok.xlsx",
    (wb) => {
      const ws = sheet(wb, "Overzicht", [
        ["Leveranciers 2026, afdeling Inkoop"],
        ["Bron: crediteurenadministratie, stand 1-11-2026"],
        [],
        [],
        HEADER,
        ["Onder de titel BV", 250000, "Trede 3", d("2028-06-30")],
        ["Ook onder de titel BV", "€ 175.000", "Aspirant", d("2027-06-30")],
      ]);
      ws.mergeCells("A1:D1");
    },
    {
      about: "a title block and blank rows above the header: the header is found on row 5 and rows keep their sheet numbers",
      exit: 1,
      stdout: ["PSO-toets: titelblok.xlsx (Overzicht)", "Rij 7  Ook onder de titel BV: Voldoet niet"],
      rowCount: 2,
      rows: [{ row: 6, status: "compliant" }, { row: 7, status: "non_compliant" }],
    },
  );

  await xlsx(
    "formulefouten.xlsx",
    (wb) => {
      const ws = sheet(wb, "Lijst", [HEADER]);
      ws.addRow(["Opzoekfout BV", 200000, { formula: 'VLOOKUP("x",Z1:Z2,2,FALSE)', result: { error: "#N/A" } }, d("2028-01-01")]);
      ws.addRow(["Deelfout BV", { formula: "1/0", result: { error: "#DIV/0!" } }, "Trede 2", d("2028-01-01")]);
      ws.addRow(["Nederlandse foutcode BV", "#DEEL/0!", "Trede 2", d("2028-01-01")]);
      ws.addRow(["Goede formule BV", { formula: "100000*2", result: 200000 }, "Trede 2", d("2028-01-01")]);
    },
    {
      about: "formulas that return errors: the row names the column and the error; the other rows are checked",
      exit: 1,
      rowCount: 4,
      rows: [
        { row: 2, status: "error", reasons: ['Kolom "PSO-trede" (C)', "formulefout #N/A"] },
        { row: 3, status: "error", reasons: ['Kolom "Opdrachtsom per jaar" (B)', "formulefout #DIV/0!"] },
        { row: 4, status: "error", reasons: ['Kolom "Opdrachtsom per jaar" (B)', "formulefout #DEEL/0!"] },
        { row: 5, status: "compliant" },
      ],
    },
  );

  await raw(
    "tekst-in-bedrag.csv",
    csv([
      HEADER.join(";"),
      "Veel BV;veel;Trede 2;1-1-2028",
      "Ongeveer BV;ca. 200.000;Trede 2;1-1-2028",
      "Nog niet bekend BV;n.t.b.;Trede 2;1-1-2028",
      "Leeg bedrag BV;;Trede 2;1-1-2028",
      "Tekstbedrag BV;€ 1.250.000,00;Trede 2;1-1-2028",
      "Afgekort BV;1,2 mln;Trede 1;1-1-2028",
    ]),
    {
      about: "text in money cells: each bad row names the column; amounts written as Dutch text are read",
      exit: 1,
      stdout: ["PSO-toets: tekst-in-bedrag.csv", 'Rij 2  Veel BV: Fout: Kolom "Opdrachtsom per jaar" (B): "veel" is geen bedrag'],
      rowCount: 6,
      rows: [
        { row: 2, status: "error", reasons: ['Kolom "Opdrachtsom per jaar" (B)', '"veel" is geen bedrag'] },
        { row: 3, status: "error", reasons: ['"ca. 200.000" is geen bedrag'] },
        { row: 4, status: "error", reasons: ['"n.t.b." is geen bedrag'] },
        { row: 5, status: "error", reasons: ['Kolom "Opdrachtsom per jaar" (B): leeg, maar verplicht'] },
        { row: 6, status: "compliant" },
        { row: 7, status: "non_compliant" },
      ],
    },
  );

  await xlsx(
    "negatief-en-enorm.xlsx",
    (wb) => sheet(wb, "Lijst", [
      HEADER,
      ["Creditnota BV", -5000, "Trede 2", d("2028-01-01")],
      ["Centen of euro's BV", 1_000_000_000_000, "Trede 2", d("2028-01-01")],
      ["Nul euro BV", 0, "geen", null],
      ["Gewoon BV", 150000, "Trede 2", d("2028-01-01")],
    ]),
    {
      about: "negative and implausibly large spend are errors of that row only",
      exit: 1,
      rowCount: 4,
      rows: [
        { row: 2, status: "error", reasons: ['Kolom "Opdrachtsom per jaar" (B)', "bedrag -5000 is negatief"] },
        { row: 3, status: "error", reasons: ["onwaarschijnlijk groot (meer dan 10 miljard)"] },
        { row: 4, status: "out_of_scope" },
        { row: 5, status: "compliant" },
      ],
    },
  );

  await raw(
    "datums-als-tekst.csv",
    csv([
      HEADER.join(";"),
      "Nederlands BV;200000;Trede 2;1-3-2028",
      "ISO BV;200000;Trede 2;2028-03-01",
      "Maandnaam BV;200000;Trede 2;1 maart 2028",
      "Dubbelzinnig BV;200000;Trede 2;01-12-2026",
      "Bestaat niet BV;200000;Trede 2;31-02-2027",
      "Amerikaans BV;200000;Trede 2;12/31/2027",
      "Jaartal BV;200000;Trede 2;1-3-1928",
    ]),
    {
      about: "dates as text: Dutch, ISO and month names; 01-12-2026 is 1 December (day first), impossible dates are errors",
      exit: 1,
      rowCount: 7,
      rows: [
        { row: 2, status: "compliant" },
        { row: 3, status: "compliant" },
        { row: 4, status: "compliant" },
        { row: 5, status: "warning", statusLine: "Let op: certificaat verloopt 1-12-2026" },
        { row: 6, status: "error", reasons: ['Kolom "Geldig tot" (D)', '"31-02-2027" is geen datum'] },
        { row: 7, status: "error", reasons: ['"12/31/2027" is geen datum'] },
        { row: 8, status: "error", reasons: ['datum "1-3-1928" ligt buiten 1990-2100'] },
      ],
    },
  );

  await xlsx(
    "excel-datumgetallen.xlsx",
    (wb) => {
      const ws = sheet(wb, "Lijst", [
        HEADER,
        ["Datumgetal BV", 200000, "Trede 2", 46935],
        ["Schrikkeldag 1900 BV", 200000, "Trede 2", 60],
        ["Te groot getal BV", 200000, "Trede 2", 3_000_000],
        ["Negatief getal BV", 200000, "Trede 2", -1],
        ["Opgemaakt als datum BV", 200000, "Trede 2", 60],
      ]);
      ws.getCell("D6").numFmt = "d-m-yyyy";
    },
    {
      about: "Excel serials in a date column: a plausible one is read, the 1900 leap-year bug (60) and out-of-range serials are errors",
      exit: 1,
      rowCount: 5,
      rows: [
        { row: 2, status: "compliant" },
        { row: 3, status: "error", reasons: ['Kolom "Geldig tot" (D)', "29-2-1900, een dag die niet bestaat"] },
        { row: 4, status: "error", reasons: ["3000000 is geen geldig Excel-datumgetal"] },
        { row: 5, status: "error", reasons: ["-1 is geen geldig Excel-datumgetal"] },
        { row: 6, status: "error", reasons: ['Kolom "Geldig tot" (D)', "ligt buiten 1990-2100"] },
      ],
    },
  );

  await raw(
    "tikfout-trede.csv",
    csv([
      HEADER.join(";"),
      "Tikfout BV;200000;trde 2;1-1-2028",
      "Trede vier BV;200000;Trede 4;1-1-2028",
      "Andere spelling BV;200000;PSO-2;1-1-2028",
      "Kleine letters BV;200000;trede2;1-1-2028",
    ]),
    {
      about: "misspelled levels are errors that say which spellings work; known spellings are read",
      exit: 1,
      rowCount: 4,
      rows: [
        { row: 2, status: "error", reasons: ['Kolom "PSO-trede" (C): onbekende PSO-trede "trde 2"', '"Trede 2"'] },
        { row: 3, status: "error", reasons: ['onbekende PSO-trede "Trede 4"'] },
        { row: 4, status: "compliant" },
        { row: 5, status: "compliant" },
      ],
    },
  );

  const nbsp = "\u00a0";
  await raw(
    "spaties.csv",
    csv([
      ` Leverancier ;Opdrachtsom${nbsp}per jaar;  PSO-trede${nbsp};Geldig tot `,
      `${nbsp}Harde${nbsp}spatie BV${nbsp};€${nbsp}200.000;${nbsp}Trede${nbsp}2${nbsp};${nbsp}1-1-2028 `,
      `  Gewone spaties BV  ;  250 000  ;  Trede 2  ;  2028-01-01  `,
      `Smalle spatie BV;300\u202f000;Trede\u00a02;1 maart 2028`,
      `${nbsp};${nbsp};${nbsp};${nbsp}`,
    ]),
    {
      about: "spaces and non-breaking spaces around and inside values and headers are ignored; a row of only spaces is blank",
      exit: 0,
      rowCount: 3,
      rows: [
        { row: 2, status: "compliant", supplier: "Harde spatie BV" },
        { row: 3, status: "compliant", supplier: "Gewone spaties BV" },
        { row: 4, status: "compliant" },
      ],
    },
  );

  await raw(
    "windows-1252.csv",
    Buffer.from(
      csv([HEADER.join(";"), "Caf\xe9 De Zon;\x80 300.000;Trede 2;1-1-2028", "\x93Aanhalingstekens\x94 BV;\x80 100.000,00;geen;"]),
      "latin1",
    ),
    {
      about: "a CSV saved by Dutch Excel in Windows-1252: the euro sign (byte 0x80) and accents are read",
      exit: 0,
      rowCount: 2,
      rows: [
        { row: 2, status: "compliant", supplier: "Café De Zon" },
        { row: 3, status: "out_of_scope", supplier: "“Aanhalingstekens” BV" },
      ],
    },
  );

  await raw(
    "verkeerd-scheidingsteken.csv",
    csv([HEADER.join(","), "Komma BV,200000,Trede 2,1-1-2028", "Decimale komma BV,€ 300.000,00,Trede 2,1-1-2028", "Goed BV,250000,Trede 2,1-1-2028"]),
    {
      about: "comma-separated with an unquoted decimal comma: that row is an error, the user is told why, the others are checked",
      exit: 1,
      stderr: ['bestand "verkeerd-scheidingsteken.csv": rij 3 heeft meer velden dan de kopregel', "komma of puntkomma"],
      rowCount: 3,
      rows: [{ row: 2, status: "compliant" }, { row: 3, status: "error" }, { row: 4, status: "compliant" }],
    },
  );

  await raw("pijp-scheidingsteken.csv", csv([HEADER.join("|"), "Pijp BV|200000|Trede 2|1-1-2028"]), {
    about: "an unknown delimiter: no header found, and the message names the delimiters that work",
    exit: 2,
    stderr: ['Bestand "pijp-scheidingsteken.csv": geen kopregel gevonden', "puntkomma's, komma's of tabs"],
  });

  await raw(
    "aanhalingstekens-met-regeleinde.csv",
    csv([
      HEADER.join(";"),
      '"Regel\neinde BV";"200.000";"Trede 2";"1-1-2028"',
      '"Punt;komma BV";200000;"Trede 1";1-1-2028',
      '"Aanhalings""tekens BV";200000;Trede 2;1-1-2028',
    ]),
    {
      about: "quoted fields with a line break, a delimiter and a doubled quote: one record each, numbered as Excel shows them",
      exit: 1,
      rowCount: 3,
      rows: [
        { row: 2, status: "compliant", supplier: "Regel\neinde BV" },
        { row: 3, status: "non_compliant", supplier: "Punt;komma BV" },
        { row: 4, status: "compliant", supplier: 'Aanhalings"tekens BV' },
      ],
    },
  );

  await raw("beschadigd.xlsx", Buffer.concat([Buffer.from("PK\u0003\u0004"), Buffer.alloc(200, 7)]), {
    about: "a corrupted .xlsx (broken zip)",
    exit: 2,
    stderr: ["beschadigd.xlsx", "geen leesbaar .xlsx-bestand"],
  });

  await raw("wachtwoord.xlsx", Buffer.concat([CFB, Buffer.alloc(504)]), {
    about: "a password-protected .xlsx is an OLE compound file, not a zip: the message says to remove the password",
    exit: 2,
    stderr: ["wachtwoord.xlsx", "met een wachtwoord beveiligd", "verwijder het wachtwoord", "sla het op als Excel-werkmap (.xlsx)"],
  });

  await raw("oud.xls", Buffer.concat([CFB, Buffer.alloc(504)]), {
    about: "an old .xls workbook",
    exit: 2,
    stderr: ["oud.xls", "Sla een oud .xls-bestand in Excel op als .xlsx"],
  });

  await raw("leeg.csv", "", { about: "an empty file", exit: 2, stderr: ['Bestand "leeg.csv" is leeg'] });

  await xlsx(
    "verdwaalde-cel-onderaan.xlsx",
    (wb) => {
      const ws = sheet(wb, "Lijst", [HEADER, ["Bovenaan BV", 200000, "Trede 2", d("2028-01-01")]]);
      ws.getCell("A1048576").value = "Helemaal onderaan BV";
      ws.getCell("B1048576").value = 300000;
    },
    {
      about: "a sheet whose used range reaches row 1,048,576: read in seconds, rows keep their numbers",
      exit: 1,
      rowCount: 2,
      rows: [
        { row: 2, status: "compliant" },
        { row: 1048576, status: "non_compliant", supplier: "Helemaal onderaan BV" },
      ],
    },
  );
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
