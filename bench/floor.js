// The floor of `check --out` (issue 22, "Targets"): the least any tool must do to hand back an edited copy of an .xlsx,
// run as its own process like the CLI. `node bench/floor.js IN.xlsx OUT.xlsx`: reads the zip, inflates the largest
// worksheet with Node's native zlib, finds its rows by a plain byte scan for `<row` (no cell is read, nothing is
// checked), deflates the sheet again at PSO-toets's level (1, src/xlsx/nodeCodec.ts) and writes the zip with every
// other part copied as stored. Prints `{"rows":N}`. Plain JavaScript so its start-up is Node's alone, as the CLI's
// bin/pso-toets.js is. floorCopy is exported for test/bench/floor.test.ts.
const fs = require("fs");
const zlib = require("zlib");

const LEVEL = 1;

/** The floor's work on one .xlsx in memory: the copy's bytes and the rows its sheet holds (header included). */
function floorCopy(zip) {
  let eocd = zip.length - 22;
  while (eocd >= 0 && zip.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  if (eocd < 0) throw new Error("not a zip");
  const count = zip.readUInt16LE(eocd + 10);
  let at = zip.readUInt32LE(eocd + 16);
  const entries = [];
  for (let i = 0; i < count; i++) {
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    const name = zip.toString("utf8", at + 46, at + 46 + nameLength);
    const local = zip.readUInt32LE(at + 42);
    const dataStart = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const compressedSize = zip.readUInt32LE(at + 20);
    entries.push({
      name,
      method: zip.readUInt16LE(at + 10),
      time: zip.readUInt32LE(at + 12),
      crc: zip.readUInt32LE(at + 16),
      size: zip.readUInt32LE(at + 24),
      data: zip.subarray(dataStart, dataStart + compressedSize),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  const sheets = entries.filter((e) => /^xl\/worksheets\/[^/]+\.xml$/.test(e.name));
  const sheet = sheets.reduce((a, b) => (b.size > a.size ? b : a));
  const xml = sheet.method === 8 ? zlib.inflateRawSync(sheet.data) : sheet.data;
  let rows = 0;
  for (let i = xml.indexOf("<row"); i >= 0; i = xml.indexOf("<row", i + 4)) rows++;
  sheet.data = zlib.deflateRawSync(xml, { level: LEVEL });
  sheet.method = 8;
  sheet.crc = zlib.crc32(xml);
  sheet.size = xml.length;

  const pieces = [];
  const central = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, "utf8");
    const head = Buffer.alloc(30);
    head.writeUInt32LE(0x04034b50, 0);
    head.writeUInt16LE(20, 4);
    head.writeUInt16LE(0x0800, 6);
    head.writeUInt16LE(e.method, 8);
    head.writeUInt32LE(e.time, 10);
    head.writeUInt32LE(e.crc, 14);
    head.writeUInt32LE(e.data.length, 18);
    head.writeUInt32LE(e.size, 22);
    head.writeUInt16LE(name.length, 26);
    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(0x02014b50, 0);
    dir.writeUInt16LE(20, 4);
    dir.writeUInt16LE(20, 6);
    head.copy(dir, 8, 6, 28);
    dir.writeUInt32LE(offset, 42);
    pieces.push(head, name, e.data);
    central.push(dir, name);
    offset += head.length + name.length + e.data.length;
  }
  const centralSize = central.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  return { rows, bytes: Buffer.concat([...pieces, ...central, end]) };
}

function main() {
  const [input, output] = process.argv.slice(2);
  const { rows, bytes } = floorCopy(fs.readFileSync(input));
  fs.writeFileSync(output, bytes);
  process.stdout.write(`${JSON.stringify({ rows })}\n`);
}

if (require.main === module) main();
module.exports = { floorCopy };
