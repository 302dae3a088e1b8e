#!/usr/bin/env node
/* Writes the README's formula table from the one help source: `node scripts/readme-formulas.js` after changing
 * src/functions/help.json or a function's parameters. test/functions/helpExamples.test.ts fails while they differ. */
const fs = require("fs");
const path = require("path");
const { readmeTable } = require("./help-pages");

const BEGIN = "<!-- formules:begin (node scripts/readme-formulas.js) -->";
const END = "<!-- formules:end -->";

/** functions.json as the build writes it, from dist/ (run `npm run build` first). */
function builtMetadata(dir) {
  return JSON.parse(fs.readFileSync(path.join(dir, "functions.json"), "utf8"));
}

function withTable(readme, table) {
  const start = readme.indexOf(BEGIN);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`README.md has no ${BEGIN} … ${END} block`);
  return readme.slice(0, start + BEGIN.length) + "\n" + table + "\n" + readme.slice(end);
}

if (require.main === module) {
  const root = path.resolve(__dirname, "..");
  const help = JSON.parse(fs.readFileSync(path.join(root, "src/functions/help.json"), "utf8"));
  const readmePath = path.join(root, "README.md");
  const table = readmeTable(help, builtMetadata(process.argv[2] || path.join(root, "dist")));
  fs.writeFileSync(readmePath, withTable(fs.readFileSync(readmePath, "utf8"), table));
}

module.exports = { BEGIN, END, withTable };
