#!/usr/bin/env node
/*
 * npm run release -- --url https://host/pad/ [--contact "Servicedesk, servicedesk@example.nl, 012-3456789"] [--id <guid>] [--out <map>]
 *
 * Builds the release IT deploys: release/pso-toets-<version>.zip with one folder pso-toets-<version>/ holding
 *  - manifest.xml: every URL on --url, <Version> from package.json, the release's own <Id> (not the development one);
 *  - taskpane.html with content-hashed bundles (taskpane.<hash>.js, functions.<hash>.js), no source maps;
 *  - functions.json, functions.en.json, the icons, help.html, functions.html, privacy.html, support.html (with --contact);
 *  - CHANGELOG.md, THIRD-PARTY-LICENSES.md and INSTALLEREN.txt (what to do with the folder).
 * The release is checked offline (scripts/release-check.js) before it is zipped; any problem stops the release.
 */
const fs = require("fs");
const os = require("os");
const path = require("path");
const { GUID, manifestVersion, releaseUrl, RELEASE_ID } = require("./release-build");
const { checkRelease } = require("./release-check");

const ROOT = path.join(__dirname, "..");
/** One fixed time for every zip entry, so the same build gives the same zip. */
const ZIP_TIME = new Date(2026, 0, 1, 0, 0, 0);

const USAGE = 'Gebruik: npm run release -- --url https://intranet.example.nl/pso-toets/ [--contact "Servicedesk, servicedesk@example.nl"] [--id <guid>] [--out <map>]';

function parseArgs(argv) {
  const options = {};
  const known = { "--url": "url", "--contact": "contact", "--id": "id", "--out": "out" };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split(/=(.*)/s);
    const key = known[flag];
    if (!key) throw new Error(`Onbekende optie "${argv[i]}".\n${USAGE}`);
    const value = inline !== undefined ? inline : argv[++i];
    if (value === undefined || value === "") throw new Error(`${flag} heeft een waarde nodig.\n${USAGE}`);
    options[key] = value;
  }
  if (!options.url) throw new Error(`--url ontbreekt: het HTTPS-adres waar de bestanden van PSO-toets komen te staan.\n${USAGE}`);
  return options;
}

function runWebpack(config) {
  const webpack = require("webpack");
  return new Promise((resolve, reject) =>
    webpack(config, (err, stats) => {
      if (err) return reject(err);
      if (stats.hasErrors()) return reject(new Error(stats.toString({ all: false, errors: true })));
      resolve(stats);
    }),
  );
}

/** Every file under `dir`, as { "a/b.png": bytes }, in sorted order. */
function readTree(dir, prefix = "") {
  const files = {};
  for (const name of fs.readdirSync(path.join(dir, prefix)).sort()) {
    const rel = prefix ? `${prefix}/${name}` : name;
    if (fs.statSync(path.join(dir, rel)).isDirectory()) Object.assign(files, readTree(dir, rel));
    else files[rel] = new Uint8Array(fs.readFileSync(path.join(dir, rel)));
  }
  return files;
}

function installText({ version, url, id, contact }) {
  return [
    `PSO-toets ${version}`,
    "",
    `Deze map is gebouwd voor ${url}`,
    "",
    `1. Zet de inhoud van deze map op ${url} (elke webserver of opslag die statische bestanden via HTTPS serveert).`,
    `   Controle: ${url}taskpane.html en ${url}support.html openen in een browser.`,
    "   Tip: serveer taskpane.html en manifest.xml met 'Cache-Control: no-cache'; de bestanden met een hash in de naam",
    "   (taskpane.<hash>.js, functions.<hash>.js) mogen lang in de cache.",
    "2. Upload manifest.xml in het Microsoft 365-beheercentrum: Instellingen > Geïntegreerde apps > Aangepaste apps uploaden",
    "   (app-type Office-invoegtoepassing) en wijs de app toe aan gebruikers of groepen.",
    "3. Een update: de nieuwe bestanden over de oude heen op hetzelfde adres zetten (de oude <naam>.<hash>.js nog een",
    "   paar dagen laten staan) en het nieuwe manifest.xml uploaden (zelfde Id, hogere versie).",
    "",
    `Id van deze invoegtoepassing: ${id}`,
    `Contact op de ondersteuningspagina: ${contact || "(niet opgegeven: de pagina verwijst naar de functioneel beheerder of servicedesk)"}`,
    "Wat de invoegtoepassing leest en bewaart: privacy.html. Wijzigingen per versie: CHANGELOG.md.",
    "",
  ].join("\r\n");
}

/**
 * Builds, checks and zips the release. Returns { zip, version, url, id, files }.
 * @param {{ url: string, contact?: string, id?: string, out?: string }} options
 */
async function buildRelease(options) {
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8"));
  const version = manifestVersion(pkg.version);
  const url = releaseUrl(options.url);
  const id = options.id || RELEASE_ID;
  if (!GUID.test(id)) throw new Error(`--id "${id}" is geen GUID (zoals ${RELEASE_ID}).`);
  const changelog = fs.readFileSync(path.join(ROOT, "CHANGELOG.md"), "utf8");
  if (!new RegExp(`^## \\[?${pkg.version.replace(/\./g, "\\.")}\\b`, "m").test(changelog)) {
    throw new Error(`CHANGELOG.md heeft geen kopje "## ${pkg.version}": schrijf eerst op wat er in deze versie veranderd is.`);
  }
  const folder = `pso-toets-${pkg.version}`;
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "pso-release-"));
  const dir = path.join(work, folder);
  try {
    const configure = require(path.join(ROOT, "webpack.config.js"));
    const config = await configure({ release: { url, contact: options.contact, id } }, { mode: "production" });
    config.context = ROOT;
    config.output = { ...config.output, path: dir, clean: true };
    const cwd = process.cwd();
    process.chdir(ROOT);
    try {
      await runWebpack(config);
    } finally {
      process.chdir(cwd);
    }
    fs.copyFileSync(path.join(ROOT, "CHANGELOG.md"), path.join(dir, "CHANGELOG.md"));
    fs.copyFileSync(path.join(ROOT, "THIRD-PARTY-LICENSES.md"), path.join(dir, "THIRD-PARTY-LICENSES.md"));
    fs.writeFileSync(path.join(dir, "INSTALLEREN.txt"), installText({ version: pkg.version, url, id, contact: options.contact }));

    const files = readTree(dir);
    const devId = /<Id>([^<]+)<\/Id>/.exec(fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8"))[1];
    const problems = checkRelease(files, { baseUrl: url, version, notId: devId });
    if (problems.length) throw new Error(`De release is niet in orde:\n${problems.map((p) => `  - ${p}`).join("\n")}`);

    const { zipSync } = require("fflate");
    const entries = {};
    for (const [rel, bytes] of Object.entries(files)) entries[`${folder}/${rel}`] = [bytes, { mtime: ZIP_TIME, level: /\.png$/.test(rel) ? 0 : 9 }];
    const outDir = path.resolve(options.out || path.join(ROOT, "release"));
    fs.mkdirSync(outDir, { recursive: true });
    const zip = path.join(outDir, `${folder}.zip`);
    const bytes = zipSync(entries);
    fs.writeFileSync(zip, bytes);
    // A checksum beside the zip, so whoever hosts it can see it is the file that was built.
    const sha256 = require("crypto").createHash("sha256").update(bytes).digest("hex");
    fs.writeFileSync(`${zip}.sha256`, `${sha256}  ${path.basename(zip)}\n`);
    return { zip, sha256, version, url, id, files: Object.keys(files) };
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

module.exports = { buildRelease, parseArgs };

if (require.main === module) {
  (async () => {
    let options;
    try {
      options = parseArgs(process.argv.slice(2));
      releaseUrl(options.url);
      if (options.id && !GUID.test(options.id)) throw new Error(`--id "${options.id}" is geen GUID (zoals ${RELEASE_ID}).`);
    } catch (error) {
      console.error(error.message);
      process.exit(2);
    }
    try {
      const result = await buildRelease(options);
      const size = fs.statSync(result.zip).size;
      console.log(`${path.relative(process.cwd(), result.zip) || result.zip} (${(size / 1024).toFixed(0)} KB, ${result.files.length} bestanden)`);
      console.log(`  adres:  ${result.url}`);
      console.log(`  versie: ${result.version}   Id: ${result.id}`);
      console.log(`  SHA-256: ${result.sha256} (ook in ${path.basename(result.zip)}.sha256)`);
      if (!options.contact) console.log('  Let op: geen --contact opgegeven; support.html verwijst naar "de functioneel beheerder of de servicedesk".');
      console.log("  Volgende stap: zie INSTALLEREN.txt in de zip, of README, 'Voor IT'.");
    } catch (error) {
      console.error(error.message);
      process.exit(1);
    }
  })();
}
