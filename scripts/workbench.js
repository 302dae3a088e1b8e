#!/usr/bin/env node
/*
 * The workbench: try PSO-toets without Excel. Builds dist-workbench when its sources changed, then serves it on
 * http://localhost:3001 (WORKBENCH_PORT to change). Only localhost: nothing is reachable from other machines.
 */
const { ensureBuilt, isFresh, serve } = require("./workbench-lib");

const port = Number(process.env.WORKBENCH_PORT || 3001);

async function main() {
  if (!isFresh()) console.log("Werkbank bouwen (dist-workbench)…");
  const dir = await ensureBuilt();
  const { url } = await serve(dir, { port });
  console.log(`\nPSO-toets werkbank (zonder Excel): ${url}\n  Het voorbeeld examples/leveranciers.xlsx staat open; sleep een eigen .xlsx op de pagina.\n  Stoppen: Ctrl+C.\n`);
}

main().catch((error) => {
  console.error(`De werkbank kon niet starten: ${error.message}`);
  process.exit(1);
});
