/**
 * The libraries considered for the streaming reader, measured on the same worksheet: two ways to unzip it and four
 * ways to walk its XML to cell values. Each parser must find the same number of values, or the figure says so.
 */
import { strFromU8, unzipSync } from "fflate";
import JSZip from "jszip";
import { readFileSync } from "fs";
import { Parser as HtmlParser } from "htmlparser2";
import { SaxesParser } from "saxes";
import { findEntry, openZip, streamEntryText } from "../src/xlsx/zip";
import { CellContext, cellValue } from "../src/xlsx/sheetReader";
import { forEachCell, splitSheet } from "../src/xlsx/sheetXml";
import { median, nowMs } from "./lib";

// sax ships no types.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- sax has no types; only its parser is described here
const sax = require("sax") as { parser(strict: boolean): { onopentag: (t: { name: string }) => void; ontext: (t: string) => void; onclosetag: (n: string) => void; write(s: string): { close(): void } } };

const SHEET = "xl/worksheets/sheet1.xml";

export interface Candidate {
  name: string;
  ms: number;
  values: number;
}

function time(fn: () => number, runs: number): { ms: number; values: number } {
  let values = fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = nowMs();
    values = fn();
    times.push(nowMs() - t);
  }
  return { ms: median(times), values };
}

/** Counts cells with a value (a <v> or an inline <t>) the way an event parser would collect them. */
function eventCounter() {
  let inValue = false;
  let values = 0;
  return {
    open: (name: string) => {
      if (name === "v" || name === "t") inValue = true;
    },
    text: (t: string) => {
      if (inValue && t !== "") values++;
    },
    close: () => {
      inValue = false;
    },
    get values() {
      return values;
    },
  };
}

export async function measureCandidates(file: string, runs: number): Promise<{ unzip: Candidate[]; parse: Candidate[] }> {
  const bytes = readFileSync(file);
  const zip = openZip(bytes);
  const entry = findEntry(zip, SHEET)!;
  const xml = strFromU8(unzipSync(bytes, { filter: (f) => f.name === SHEET })[SHEET]);

  const jszipMs: number[] = [];
  for (let i = 0; i < runs + 1; i++) {
    const t = nowMs();
    await (await JSZip.loadAsync(bytes)).file(SHEET)!.async("string");
    if (i > 0) jszipMs.push(nowMs() - t);
  }
  const unzip: Candidate[] = [
    { name: "jszip 3.10 (exceljs's), whole part as one string", ms: median(jszipMs), values: 0 },
    { name: "fflate 0.8 unzipSync, whole part as one string", ...time(() => strFromU8(unzipSync(bytes, { filter: (f) => f.name === SHEET })[SHEET]).length, runs), values: 0 },
    {
      name: "fflate 0.8 Inflate, streamed in 64 KB chunks (chosen)",
      ...time(() => {
        let n = 0;
        streamEntryText(zip, entry, (t) => (n += t.length));
        return n;
      }, runs),
      values: 0,
    },
  ];

  const ctx: CellContext = { strings: [], dateStyles: new Uint8Array(0), date1904: false };
  const parse: Candidate[] = [
    {
      name: "saxes 5 (events)",
      ...time(() => {
        const c = eventCounter();
        const p = new SaxesParser();
        p.on("opentag", (t) => c.open(t.name));
        p.on("text", c.text);
        p.on("closetag", c.close);
        p.write(xml).close();
        return c.values;
      }, runs),
    },
    {
      name: "sax 1.6 (events)",
      ...time(() => {
        const c = eventCounter();
        const p = sax.parser(true);
        p.onopentag = (t) => c.open(t.name);
        p.ontext = c.text;
        p.onclosetag = c.close;
        p.write(xml).close();
        return c.values;
      }, runs),
    },
    {
      name: "htmlparser2 6 xmlMode (events)",
      ...time(() => {
        const c = eventCounter();
        const p = new HtmlParser({ onopentag: (name) => c.open(name), ontext: c.text, onclosetag: c.close }, { xmlMode: true });
        p.write(xml);
        p.end();
        return c.values;
      }, runs),
    },
    {
      name: "hand-rolled scanner, every cell decoded to its value (chosen)",
      ...time(() => {
        let values = 0;
        splitSheet(zip, entry, {
          head: () => undefined,
          cells: true,
          row: (rowXml, _n, plain, cells) => {
            forEachCell(rowXml, cells, (_col, type, style, inner) => {
              if (inner === null) return;
              const v = cellValue(type, style, inner, "", ctx);
              if (v !== null && v !== "") values++;
            }, plain);
          },
          tail: () => undefined,
        });
        return values;
      }, runs),
    },
  ];
  return { unzip, parse };
}
