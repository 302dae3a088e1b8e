#!/usr/bin/env node
/* The command-line entry: runs the compiled CLI (npm run build:cli, also run by npm ci via "prepare"). */
let cli;
try {
  cli = require("../lib/cli/main.js");
} catch {
  process.stderr.write("PSO-toets is nog niet gebouwd. Voer eerst `npm run build:cli` uit.\n");
  process.exit(2);
}
cli.run(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
