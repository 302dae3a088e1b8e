import { unzipSync } from "fflate";
import { mkdtempSync, readdirSync, readFileSync } from "fs";
import os from "os";
import path from "path";
import { runCli } from "../support/cli";
import { bookFromXlsx, xlsxFromBook } from "../../src/workbench/xlsx";
import { findingsAdded } from "./excelRules";
import { schemaFindings } from "./validate";

/*
 * Issue 22, "what to build" 2: every part of every file PSO-toets writes is validated against the ECMA-376 schemas
 * (as Excel reads them) and the rules Excel enforces that no schema states, over the real-world corpus and the files
 * shaped by other writers: the copy from .xlsx, .xlsm and .csv, the copy checked again, `rapport --out` new and
 * refreshed, the workbench download. A finding the input already had is not ours; any other fails the test.
 */
const FIXTURES = path.join(__dirname, "..", "fixtures");
const EXAMPLES = path.join(__dirname, "..", "..", "examples");
const PEIL = ["--peildatum", "2026-12-01"];
const corpus = [
  ...["real-world", "other-writers"].flatMap((dir) => readdirSync(path.join(FIXTURES, dir)).filter((f) => /\.xls[xm]$/.test(f)).map((f) => path.join(FIXTURES, dir, f))),
  ...readdirSync(EXAMPLES).filter((f) => /\.xlsx$/.test(f)).map((f) => path.join(EXAMPLES, f)),
];
const unzip = (file: string) => unzipSync(readFileSync(file));

interface Case {
  label: string;
  input: Record<string, Uint8Array> | null;
  output: Record<string, Uint8Array>;
}

const cases: Case[] = [];
let findings: Map<string, Map<string, string[]>>;

async function copy(args: string[], ext = ".xlsx"): Promise<string> {
  const out = path.join(mkdtempSync(path.join(os.tmpdir(), "pso-produced-")), `uit${ext}`);
  const r = await runCli([...args, ...PEIL, "--out", out]);
  if (r.code === 2) throw new Error(`${args.join(" ")}: ${r.stderr}`);
  return out;
}

beforeAll(async () => {
  for (const file of corpus) {
    const name = path.basename(file);
    const ext = path.extname(file);
    const first = await copy(["check", file], ext);
    cases.push({ label: `check --out ${name}`, input: unzip(file), output: unzip(first) });
    const again = await copy(["check", first], ext);
    cases.push({ label: `check --out again ${name}`, input: unzip(file), output: unzip(again) });
  }
  const csv = await copy(["check", path.join(EXAMPLES, "leveranciers.csv")]);
  cases.push({ label: "check --out leveranciers.csv", input: null, output: unzip(csv) });
  for (const name of ["leveranciers.xlsx", "leveranciers-praktijk.xlsx", "leveranciers-vooruitblik.xlsx"]) {
    const input = path.join(EXAMPLES, name);
    const report = await copy(["rapport", input]);
    cases.push({ label: `rapport --out ${name}`, input: unzip(input), output: unzip(report) });
    const refreshed = await copy(["rapport", report]);
    cases.push({ label: `rapport --out refreshed ${name}`, input: unzip(input), output: unzip(refreshed) });
  }
  const vorm = readFileSync(path.join(FIXTURES, "real-world", "excel-vorm.xlsx"));
  const bytes = () => vorm.buffer.slice(vorm.byteOffset, vorm.byteOffset + vorm.byteLength) as ArrayBuffer;
  const book = await bookFromXlsx(bytes());
  const sheet = book.model.sheets[0] as unknown as { set(r: number, c: number, v: unknown): void };
  sheet.set(1, 4, 123);
  sheet.set(0, 7, "PSO-status");
  cases.push({ label: "workbench download excel-vorm.xlsx", input: unzipSync(new Uint8Array(vorm)), output: unzipSync(new Uint8Array(await xlsxFromBook(book, bytes()))) });
  const files: Record<string, Record<string, Uint8Array>> = {};
  cases.forEach((c, i) => {
    files[`out ${i}`] = c.output;
    if (c.input) files[`in ${i}`] = c.input;
  });
  findings = schemaFindings(files);
}, 600_000);

/** The findings of the output that the input did not already have (per part, by message). */
function ours(i: number, c: Case): string[] {
  const before = findings.get(`in ${i}`) ?? new Map<string, string[]>();
  const after = findings.get(`out ${i}`)!;
  return findingsAdded(before, after, c.input, c.output);
}

test("every produced part is valid against the schemas and Excel's own rules (findings the input had excepted)", () => {
  expect(cases.length).toBeGreaterThan(2 * corpus.length);
  const all = cases.map((c, i) => ({ file: c.label, findings: ours(i, c) })).filter((x) => x.findings.length > 0);
  expect(all).toEqual([]);
});
