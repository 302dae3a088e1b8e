#!/usr/bin/env node
/*
 * Draws the PSO-toets icons as PNGs: three white steps rising to the right (the "treden" of the Prestatieladder) on a
 * green rounded square. Drawn on a 16x16 grid and scaled by a whole number (16, 32, 64, 80 = 1x, 2x, 4x, 5x), so every
 * edge of a step falls on a pixel edge at every size: at 16 px the steps are 2 px wide with 2 px of green between
 * them, and never run together into a blob. Only the rounded corners are anti-aliased (4x4 samples per pixel).
 * Deterministic: the same bytes on every run and machine (no dates, no randomness; zlib level fixed).
 *
 *   node scripts/make-icons.js [outDir]     (default: assets/)
 *
 * The sizes are the ones manifest.xml declares: 16, 32 and 80 for the ribbon button, 32 for IconUrl, 64 for
 * HighResolutionIconUrl.
 */
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const SIZES = [16, 32, 64, 80];
const GREEN = [16, 124, 65]; // #107C41, Excel's green
const WHITE = [255, 255, 255];

/** On the 16-unit grid: the rounded square (1..15, corner radius 3) and the three steps [x0, x1, top] standing on y = 13. */
const SQUARE = { x0: 1, y0: 1, x1: 15, y1: 15, radius: 3 };
const STEPS = [
  [3, 5, 9],
  [7, 9, 6],
  [11, 13, 3],
];
const FLOOR = 13;

function crc32(buf) {
  let crc = 0xffffffff;
  for (let n = 0; n < buf.length; n++) {
    let c = (crc ^ buf[n]) & 0xff;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    crc = (crc >>> 8) ^ c;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "latin1"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** An RGBA PNG of size x size from pixel(x, y) -> [r, g, b, a] (x, y are pixel indexes). */
function png(size, pixel) {
  const stride = size * 4 + 1;
  const raw = Buffer.alloc(stride * size);
  for (let y = 0; y < size; y++) {
    raw[y * stride] = 0; // filter: none
    for (let x = 0; x < size; x++) pixel(x, y).forEach((v, i) => (raw[y * stride + 1 + x * 4 + i] = v));
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", zlib.deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

/** Is the point (u, v), in grid units, inside the rounded square? */
function inSquare(u, v) {
  const { x0, y0, x1, y1, radius: r } = SQUARE;
  if (u < x0 || u > x1 || v < y0 || v > y1) return false;
  const cx = Math.min(Math.max(u, x0 + r), x1 - r);
  const cy = Math.min(Math.max(v, y0 + r), y1 - r);
  return (u - cx) ** 2 + (v - cy) ** 2 <= r * r;
}

const onStep = (u, v) => STEPS.some(([a, b, top]) => u >= a && u < b && v >= top && v < FLOOR);

/** The icon at `size` (a multiple of 16). */
function icon(size) {
  if (size % 16 !== 0) throw new Error(`icon size ${size} is not a multiple of 16`);
  const unit = size / 16;
  const samples = 4;
  return png(size, (x, y) => {
    let cover = 0;
    let white = 0;
    for (let i = 0; i < samples; i++) {
      for (let j = 0; j < samples; j++) {
        const u = (x + (i + 0.5) / samples) / unit;
        const v = (y + (j + 0.5) / samples) / unit;
        if (!inSquare(u, v)) continue;
        cover++;
        if (onStep(u, v)) white++;
      }
    }
    if (cover === 0) return [0, 0, 0, 0];
    const t = white / cover;
    const rgb = GREEN.map((g, k) => Math.round(g + (WHITE[k] - g) * t));
    return [...rgb, Math.round((255 * cover) / (samples * samples))];
  });
}

function writeIcons(outDir) {
  fs.mkdirSync(outDir, { recursive: true });
  return SIZES.map((size) => {
    const file = path.join(outDir, `icon-${size}.png`);
    fs.writeFileSync(file, icon(size));
    return file;
  });
}

module.exports = { SIZES, icon, writeIcons };

if (require.main === module) {
  const out = path.resolve(process.argv[2] || path.join(__dirname, "..", "assets"));
  for (const file of writeIcons(out)) console.log(file);
}
