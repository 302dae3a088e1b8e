#!/usr/bin/env node
/*
 * npm start: first says where to click (the workbench: PSO-toets without Excel, no certificate needed), then serves
 * the workbench on http://localhost:3001 and the add-in for Excel on https://localhost:3000 (webpack serve). Excel
 * needs https with a trusted certificate: that step is explained before it asks anything, and when it cannot be done
 * the workbench goes on. SIGINT/SIGTERM stop every child process (each runs in its own process group).
 */
const { spawn, spawnSync } = require("child_process");
const path = require("path");

const root = path.join(__dirname, "..");
const port = Number(process.env.PORT || 3000);
const workbenchPort = Number(process.env.WORKBENCH_PORT || 3001);
const manifest = path.join(root, "manifest.xml");
const windows = process.platform === "win32";

const first = `
PSO-toets
  Proberen zonder Excel (geen certificaat nodig): http://localhost:${workbenchPort}/?voorbeeld=praktijk
  Excel zelf (sideloaden): https://localhost:${port}/taskpane.html, zodra webpack klaar is (uitleg volgt).
  Stoppen: Ctrl+C.
`;

const sideload = `
PSO-toets voor Excel draait op https://localhost:${port}/taskpane.html

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

Nog steeds zonder Excel: http://localhost:${workbenchPort}/?voorbeeld=praktijk
`;

const INSTALL_HINT = "npx office-addin-dev-certs install";

/** Whether the development CA is trusted already; null when that cannot be told (the package is missing). */
function caInstalled() {
  try {
    const verify = require("office-addin-dev-certs/lib/verify");
    return Boolean(verify.isCaCertificateInstalled());
  } catch {
    return null;
  }
}

const hasCommand = (name) => !windows && spawnSync("sh", ["-c", `command -v ${name}`], { stdio: "ignore" }).status === 0;

/**
 * The certificate step, said before anything asks for a password. Installing the CA puts it in the system's trust
 * store, which needs administrator rights (sudo): only in an interactive terminal with sudo, and only when
 * PSO_TOETS_CERT is not "nee". Returns whether webpack may try to install it itself (it may not: it was done or
 * refused here, so no second, unexplained prompt follows).
 */
function certificateStep() {
  const installed = caInstalled();
  if (installed !== false) return;
  console.log(
    "Certificaat voor Excel: Excel laadt de invoegtoepassing alleen via https met een vertrouwd certificaat.\n" +
      "  Dat ontwikkelcertificaat komt eenmalig in het vertrouwde archief van uw systeem; daarvoor zijn beheerdersrechten nodig.\n" +
      "  De werkbank hierboven heeft het niet nodig.",
  );
  const interactive = process.stdin.isTTY && process.stdout.isTTY;
  const mayAsk = process.env.PSO_TOETS_CERT !== "nee" && interactive && (windows || hasCommand("sudo"));
  if (mayAsk) {
    console.log("  Uw systeem vraagt nu om uw wachtwoord (sudo) om het certificaat te installeren. Overslaan: start met PSO_TOETS_CERT=nee.");
    const result = spawnSync(windows ? "npx.cmd" : "npx", ["office-addin-dev-certs", "install"], { cwd: root, stdio: "inherit" });
    if (result.status === 0) return;
  }
  console.log(`  Certificaat niet geïnstalleerd; doe dat later als beheerder met: ${INSTALL_HINT}. De werkbank draait gewoon door.`);
}

console.log(first);

/** Children in their own process group (not on Windows), so a signal reaches webpack and not only npx. */
const children = [];
function start(command, args, options) {
  const child = spawn(command, args, { cwd: root, env: process.env, detached: !windows, ...options });
  children.push(child);
  return child;
}

function stopAll(signal) {
  for (const child of children) {
    if (child.exitCode !== null || child.signalCode !== null) continue;
    try {
      if (windows) child.kill(signal);
      else process.kill(-child.pid, signal);
    } catch {
      // already gone
    }
  }
}

start(process.execPath, [path.join(__dirname, "workbench.js")], { stdio: ["ignore", "inherit", "inherit"] });
certificateStep();

const webpack = start(windows ? "npx.cmd" : "npx", ["webpack", "serve", "--mode", "development", "--port", String(port)], {
  stdio: ["ignore", "pipe", "inherit"],
  // The certificate step above has been done or explained: webpack uses what is there and never prompts again.
  env: { ...process.env, PSO_TOETS_CERT_INSTALL: "nee" },
});
let shown = false;
webpack.stdout.on("data", (chunk) => {
  process.stdout.write(chunk);
  if (!shown && /compiled|Loopback|Project is running/i.test(String(chunk))) {
    shown = true;
    console.log(sideload);
  }
});

let stopping = false;
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) {
  process.on(signal, () => {
    stopping = true;
    stopAll(signal);
    // Whatever does not stop within a few seconds is killed; then this process ends.
    setTimeout(() => {
      stopAll("SIGKILL");
      process.exit(0);
    }, 3000).unref();
  });
}
process.on("exit", () => stopAll("SIGKILL"));

let running = children.length;
for (const child of children) {
  child.on("exit", (code) => {
    running--;
    // webpack ending on its own (an error) ends everything; a stop request ends once every child has.
    if (!stopping && child === webpack) {
      stopping = true;
      stopAll("SIGTERM");
      process.exitCode = code ?? 0;
    }
    if (running === 0) process.exit(process.exitCode ?? 0);
  });
}
