import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "fs";
import os from "os";
import path from "path";
import { SaxesParser } from "saxes";
import { runCli } from "../support/cli";

/*
 * Issue 22 item 13: a sheet that is not well-formed XML, or names a row or column beyond Excel's limits, is refused
 * (exit 2, the part and the place named, no copy written) as Excel would refuse it; it is never read in part or
 * copied on. And seeded, structure-aware mutations of real workbooks never crash, hang or pass a damaged sheet on.
 */
const FIXTURES = path.join(__dirname, "..", "fixtures");
const BASE = path.join(FIXTURES, "other-writers", "kolommen.xlsx");
const SHEET = "xl/worksheets/sheet1.xml";
const PEIL = ["--peildatum", "2026-12-01"];

function withSheet(source: string, edit: (xml: string) => string): string {
  const parts = unzipSync(readFileSync(source));
  const sheet = Object.keys(parts).find((k) => /^xl\/worksheets\/sheet\d+\.xml$/.test(k))!;
  parts[sheet] = strToU8(edit(strFromU8(parts[sheet])));
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), "pso-damaged-")), "lijst.xlsx");
  writeFileSync(file, zipSync(parts));
  return file;
}

async function refused(edit: (xml: string) => string) {
  const input = withSheet(BASE, edit);
  const out = path.join(path.dirname(input), "kopie.xlsx");
  const r = await runCli(["check", input, ...PEIL, "--out", out]);
  return { ...r, written: existsSync(out) };
}

describe("a damaged sheet is refused, naming where it breaks", () => {
  test("a row number beyond 1,048,576", async () => {
    const r = await refused((x) => x.replace('<row r="3"', '<row r="99999999999999999999"'));
    expect(r.code).toBe(2);
    expect(r.written).toBe(false);
    expect(r.stderr).toContain(SHEET);
    expect(r.stderr).toContain('rijnummer "99999999999999999999"');
    expect(r.stderr).toContain("na rij 2");
  });

  test("a cell reference beyond row 1,048,576 or column XFD", async () => {
    const row = await refused((x) => x.replace('r="C4"', 'r="C4294967296"'));
    expect(row.code).toBe(2);
    expect(row.stderr).toContain('"C4294967296"');
    const col = await refused((x) => x.replace('r="C4"', 'r="XFE4"'));
    expect(col.code).toBe(2);
    expect(col.stderr).toContain('"XFE4"');
    expect(col.stderr).toContain("XFD");
  });

  test("a span cut out of the rows", async () => {
    const r = await refused((x) => x.replace(/<\/t><\/is><\/c><c r="B3"[\s\S]*?<c r="D3"/, ""));
    expect(r.code).toBe(2);
    expect(r.written).toBe(false);
    expect(r.stderr).toMatch(/onderdeel xl\/worksheets\/sheet1\.xml is geen geldige XML, regel 1, teken \d+ \(na rij 2\)/);
  });

  test("an end tag dropped", async () => {
    const r = await refused((x) => x.replace("</row><row r=\"4\"", "<row r=\"4\""));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("geen geldige XML");
    expect(r.stderr).toContain("eindtag");
  });

  test("a stray ampersand and a DTD", async () => {
    const amp = await refused((x) => x.replace("Groen Delta", "Groen & Delta"));
    expect(amp.code).toBe(2);
    expect(amp.stderr).toContain("&-teken");
    const dtd = await refused((x) => x.replace("<worksheet", '<!DOCTYPE worksheet [<!ENTITY a "aaaa">]><worksheet'));
    expect(dtd.code).toBe(2);
    expect(dtd.stderr).toContain("DTD");
  });
});

/** A small seeded random generator (mulberry32): the same mutations every run. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One structure-aware mutation: cut a span between two tags, drop or duplicate a tag, or blow up a number. */
function mutate(xml: string, rnd: () => number): string {
  const tags = [...xml.matchAll(/<[^>]+>/g)].map((m) => ({ at: m.index!, text: m[0] }));
  const pick = () => tags[Math.floor(rnd() * tags.length)];
  switch (Math.floor(rnd() * 5)) {
    case 0: {
      const a = pick();
      const b = pick();
      const [from, to] = a.at < b.at ? [a.at, b.at] : [b.at, a.at];
      return xml.slice(0, from) + xml.slice(to);
    }
    case 1: {
      const t = pick();
      return xml.slice(0, t.at) + xml.slice(t.at + t.text.length);
    }
    case 2: {
      const t = pick();
      return xml.slice(0, t.at) + t.text + xml.slice(t.at);
    }
    case 3: {
      const numbers = [...xml.matchAll(/\br="([A-Z]*)(\d+)"/g)];
      const m = numbers[Math.floor(rnd() * numbers.length)];
      if (!m) return xml;
      const huge = ["99999999999999999999", "4294967296", "1048577", "0"][Math.floor(rnd() * 4)];
      return xml.slice(0, m.index!) + `r="${m[1]}${huge}"` + xml.slice(m.index! + m[0].length);
    }
    default: {
      const at = Math.floor(rnd() * xml.length);
      return xml.slice(0, at) + xml.slice(at + 1 + Math.floor(rnd() * 40));
    }
  }
}

function wellFormed(xml: string): boolean {
  const parser = new SaxesParser({ xmlns: true });
  let ok = true;
  parser.on("error", () => {
    ok = false;
  });
  try {
    parser.write(xml).close();
  } catch {
    ok = false;
  }
  return ok;
}

describe("seeded structure-aware mutations of real workbooks", () => {
  const corpus = ["real-world", "other-writers"].flatMap((dir) =>
    readdirSync(path.join(FIXTURES, dir))
      .filter((f) => /\.xls[xm]$/.test(f))
      .map((f) => path.join(FIXTURES, dir, f)),
  );
  test.each(corpus.map((f) => [path.basename(f), f]))("%s: no crash, and a copy is only written from a well-formed sheet", async (_name, file) => {
    const rnd = random(22);
    for (let i = 0; i < 20; i++) {
      let mutated = "";
      const input = withSheet(file, (x) => (mutated = mutate(x, rnd)));
      const out = path.join(path.dirname(input), "kopie.xlsx");
      const r = await runCli(["check", input, ...PEIL, "--out", out]);
      expect(r.stderr).not.toContain("fout in het programma zelf");
      expect([0, 1, 2]).toContain(r.code);
      if (!wellFormed(mutated)) {
        expect({ i, code: r.code, written: existsSync(out) }).toEqual({ i, code: 2, written: false });
      } else if (existsSync(out)) {
        const copy = unzipSync(readFileSync(out));
        for (const [name, bytes] of Object.entries(copy)) if (name.endsWith(".xml")) expect({ name, ok: wellFormed(strFromU8(bytes)) }).toEqual({ name, ok: true });
      }
    }
  });
});
