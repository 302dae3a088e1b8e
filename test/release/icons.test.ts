/**
 * The ribbon icons: made by scripts/make-icons.js (the same bytes every run, and the committed assets/ are its output),
 * and readable at 16 px: three separate light steps, rising to the right, on a dark green square with enough contrast,
 * where the old icon was one green staircase that ran together into a blob.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as zlib from "zlib";

const ROOT = path.resolve(__dirname, "../..");
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a CommonJS script of the build, without types of its own
const icons = require("../../scripts/make-icons") as { SIZES: number[]; writeIcons(dir: string): string[] };

/** An 8-bit RGBA PNG as rows of [r, g, b, a] (all five filter types). */
function decode(bytes: Buffer): { width: number; height: number; px: (x: number, y: number) => number[] } {
  let pos = 8;
  let width = 0;
  let height = 0;
  const idat: Buffer[] = [];
  while (pos < bytes.length) {
    const len = bytes.readUInt32BE(pos);
    const type = bytes.toString("latin1", pos + 4, pos + 8);
    const data = bytes.subarray(pos + 8, pos + 8 + len);
    if (type === "IHDR") {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      expect([data[8], data[9]]).toEqual([8, 6]);
    } else if (type === "IDAT") idat.push(data);
    pos += 12 + len;
  }
  const raw = zlib.inflateSync(Buffer.concat(idat));
  const stride = width * 4;
  const out = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    for (let i = 0; i < stride; i++) {
      const x = raw[y * (stride + 1) + 1 + i];
      const a = i >= 4 ? out[y * stride + i - 4] : 0;
      const b = y > 0 ? out[(y - 1) * stride + i] : 0;
      const c = i >= 4 && y > 0 ? out[(y - 1) * stride + i - 4] : 0;
      const p = a + b - c;
      const paeth = Math.abs(p - a) <= Math.abs(p - b) && Math.abs(p - a) <= Math.abs(p - c) ? a : Math.abs(p - b) <= Math.abs(p - c) ? b : c;
      out[y * stride + i] = (x + [0, a, b, (a + b) >> 1, paeth][filter]) & 0xff;
    }
  }
  return { width, height, px: (x, y) => [...out.subarray(y * stride + x * 4, y * stride + x * 4 + 4)] };
}

const luminance = ([r, g, b]: number[]) => {
  const lin = (v: number) => (v / 255 <= 0.03928 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
};

test("make-icons writes the same bytes on every run, and assets/ holds exactly its output at the sizes the manifest declares", () => {
  const a = fs.mkdtempSync(path.join(os.tmpdir(), "pso-icons-a-"));
  const b = fs.mkdtempSync(path.join(os.tmpdir(), "pso-icons-b-"));
  try {
    icons.writeIcons(a);
    icons.writeIcons(b);
    expect(icons.SIZES).toEqual([16, 32, 64, 80]);
    expect(fs.readdirSync(path.join(ROOT, "assets")).sort()).toEqual(icons.SIZES.map((s) => `icon-${s}.png`).sort());
    for (const size of icons.SIZES) {
      const name = `icon-${size}.png`;
      const made = fs.readFileSync(path.join(a, name));
      expect(made.equals(fs.readFileSync(path.join(b, name)))).toBe(true);
      expect([name, made.equals(fs.readFileSync(path.join(ROOT, "assets", name)))]).toEqual([name, true]);
      const { width, height } = decode(made);
      expect([name, width, height]).toEqual([name, size, size]);
    }
  } finally {
    fs.rmSync(a, { recursive: true, force: true });
    fs.rmSync(b, { recursive: true, force: true });
  }
});

test("at 16 px the icon shows three separate light steps rising to the right, with strong contrast against the square", () => {
  const { width, height, px } = decode(fs.readFileSync(path.join(ROOT, "assets/icon-16.png")));
  const light = (x: number, y: number) => px(x, y)[3] === 255 && luminance(px(x, y)) > 0.8;
  const dark = (x: number, y: number) => px(x, y)[3] === 255 && luminance(px(x, y)) < 0.3;
  // The columns holding light pixels, grouped into runs of neighbouring columns: one run per step.
  const columns = Array.from({ length: width }, (_, x) => Array.from({ length: height }, (_, y) => light(x, y)).filter(Boolean).length);
  const runs: { from: number; to: number; height: number }[] = [];
  columns.forEach((count, x) => {
    if (count === 0) return;
    const last = runs[runs.length - 1];
    if (last && last.to === x - 1) {
      last.to = x;
      last.height = Math.max(last.height, count);
    } else runs.push({ from: x, to: x, height: count });
  });
  expect(runs).toHaveLength(3);
  for (const r of runs) expect(r.to - r.from + 1).toBeGreaterThanOrEqual(2);
  expect(runs[0].height).toBeLessThan(runs[1].height);
  expect(runs[1].height).toBeLessThan(runs[2].height);
  // Between two steps, at the height of the lowest one, at least 2 px of dark green: the steps do not run together.
  const bottom = Math.max(...Array.from({ length: height }, (_, y) => (Array.from({ length: width }, (_, x) => light(x, y)).some(Boolean) ? y : -1)));
  for (let i = 0; i < 2; i++) {
    const gap = Array.from({ length: runs[i + 1].from - runs[i].to - 1 }, (_, k) => runs[i].to + 1 + k);
    expect(gap.length).toBeGreaterThanOrEqual(2);
    for (const x of gap) expect([x, bottom, dark(x, bottom)]).toEqual([x, bottom, true]);
  }
  const lightLum = luminance(px(runs[2].from, bottom));
  const darkLum = luminance(px(runs[0].to + 1, bottom));
  expect((lightLum + 0.05) / (darkLum + 0.05)).toBeGreaterThanOrEqual(4.5);
});
