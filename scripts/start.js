#!/usr/bin/env node
/*
 * npm start: serves the add-in on https://localhost:3000 (webpack serve) and says how to sideload it into Excel, and
 * serves the workbench (the add-in without Excel, on the sample workbook) on http://localhost:3001.
 */
const { spawn } = require("child_process");
const path = require("path");

const root = path.join(__dirname, "..");
const port = Number(process.env.PORT || 3000);
const manifest = path.join(root, "manifest.xml");

const help = `
PSO-toets draait op https://localhost:${port}/taskpane.html

Sideloaden in Excel op het web (Excel for the web):
  1. Open een werkmap op https://www.office.com (of in SharePoint/OneDrive).
  2. Start > Invoegtoepassingen (Add-ins) > Meer invoegtoepassingen > Mijn invoegtoepassingen >
     "Mijn invoegtoepassing uploaden" (Upload My Add-in) en kies:
     ${manifest}
  3. Klik op het tabblad Start op "PSO-toets". Als de browser het certificaat weigert: open eerst
     https://localhost:${port}/taskpane.html en vertrouw het certificaat.

Sideloaden in Excel voor Windows of Mac (desktop):
  npx office-addin-dev-settings sideload manifest.xml   (haalt het hulpprogramma van npm; alleen Windows en Mac)
  Windows zonder die tools: zet manifest.xml in een gedeelde map en voeg die map toe via
  Bestand > Opties > Vertrouwenscentrum > Catalogi met vertrouwde invoegtoepassingen.
  Mac: kopieer manifest.xml naar ~/Library/Containers/com.microsoft.Excel/Data/Documents/wef/

Het certificaat: "npx office-addin-dev-certs install" maakt en vertrouwt het (beheerdersrechten nodig).
Stoppen: Ctrl+C.
`;

const child = spawn(process.platform === "win32" ? "npx.cmd" : "npx", ["webpack", "serve", "--mode", "development", "--port", String(port)], {
  cwd: root,
  stdio: ["inherit", "pipe", "inherit"],
  env: process.env,
});
let shown = false;
child.stdout.on("data", (chunk) => {
  process.stdout.write(chunk);
  if (!shown && /compiled|Loopback|Project is running/i.test(String(chunk))) {
    shown = true;
    console.log(help);
  }
});
const workbench = spawn(process.execPath, [path.join(__dirname, "workbench.js")], { cwd: root, stdio: "inherit", env: process.env });
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    child.kill(signal);
    workbench.kill(signal);
  });
}
child.on("exit", (code) => {
  workbench.kill("SIGTERM");
  process.exit(code ?? 0);
});
