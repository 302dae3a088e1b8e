#!/usr/bin/env node
/*
 * Offline checks of an add-in manifest and of a release, without Microsoft's validation service (no network):
 *
 *   npm run validate                                   manifest.xml (development) and the icons in assets/
 *   npm run validate -- release/pso-toets-1.2.0.zip     a release zip: its manifest against its own files
 *   npm run validate -- release/...zip --url https://host/pad/    and every URL on that address
 *
 * What is checked: well-formed XML; an <Id> that is a GUID (in a release: not the development manifest's); a <Version>
 * of four numbers (in a release: package.json's version); every URL https and on the add-in's address; every resid
 * naming a resource of the right kind, every resource id used once; every icon a PNG at the size the manifest declares
 * (IconUrl 32x32, HighResolutionIconUrl 64x64, each <bt:Image size="N"> NxN); every URL naming a file that is there
 * (and an #anchor an id on that page); the requirement sets (ExcelApi, SharedRuntime) declared. A release further:
 * no source maps, content-hashed bundles that taskpane.html loads, and the privacy, support and help pages and the
 * changelog present. Microsoft's own validator stays available as `npm run validate:online`.
 */
const fs = require("fs");
const path = require("path");
const { DOMParser } = require("@xmldom/xmldom");
const { DEV_URL, GUID } = require("./release-build");

const XSI = "http://www.w3.org/2001/XMLSchema-instance";

/** Width and height of a PNG, or null when the bytes are no PNG. */
function pngSize(bytes) {
  if (!bytes || bytes.length < 24) return null;
  const sig = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (!sig.every((b, i) => bytes[i] === b) || Buffer.from(bytes.subarray(12, 16)).toString("latin1") !== "IHDR") return null;
  const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  return { width: view.readUInt32BE(16), height: view.readUInt32BE(20) };
}

function parseXml(xml) {
  const errors = [];
  const onError = (level, message) => {
    if (level !== "warning") errors.push(String(message).split("\n")[0]);
  };
  let doc = null;
  try {
    doc = new DOMParser({ onError }).parseFromString(String(xml), "application/xml");
  } catch (error) {
    errors.push(error.message.split("\n")[0]);
  }
  return { doc: errors.length ? null : doc, errors };
}

const elements = (doc) => Array.from(doc.getElementsByTagName("*"));
const byName = (doc, name) => elements(doc).filter((e) => e.localName === name);
const childrenNamed = (e, name) => Array.from(e.childNodes).filter((c) => c.nodeType === 1 && c.localName === name);

/**
 * The problems of a manifest, in Dutch, one sentence each (empty: none).
 * @param {string} xml
 * @param {{ baseUrl: string, version?: string, notId?: string, file?: (relative: string) => Uint8Array | null | undefined }} options
 *   baseUrl: every URL must start with it; version: the <Version> it must have; notId: an <Id> it must not have;
 *   file: the bytes of a file under baseUrl, null when it is missing, undefined when it cannot be known (not checked).
 */
function checkManifest(xml, options) {
  const problems = [];
  const { doc, errors } = parseXml(xml);
  if (!doc) return errors.map((e) => `Het manifest is geen geldige XML: ${e}`);
  const root = doc.documentElement;
  if (root.localName !== "OfficeApp" || root.getAttributeNS(XSI, "type") !== "TaskPaneApp") {
    problems.push(`Het manifest is geen taakvenster-invoegtoepassing (<OfficeApp xsi:type="TaskPaneApp">), maar <${root.localName}>.`);
  }
  const top = (name) => childrenNamed(root, name)[0];
  const text = (name) => (top(name) ? top(name).textContent.trim() : null);

  const id = text("Id");
  if (!id || !GUID.test(id)) problems.push(`<Id> is geen GUID: "${id ?? "ontbreekt"}".`);
  else if (options.notId && id.toLowerCase() === options.notId.toLowerCase()) {
    problems.push(`<Id> ${id} is die van het ontwikkelmanifest; de uitgerolde invoegtoepassing en een ontwikkelkopie zouden botsen.`);
  }
  const version = text("Version");
  if (!version || !/^\d{1,5}\.\d{1,5}\.\d{1,5}\.\d{1,5}$/.test(version)) problems.push(`<Version> is geen versie van vier getallen (zoals 1.2.0.0): "${version ?? "ontbreekt"}".`);
  else if (options.version && version !== options.version) problems.push(`<Version> is ${version}, verwacht ${options.version} (de versie in package.json).`);
  if (!top("SupportUrl")) problems.push("<SupportUrl> ontbreekt: de beheerder en de gebruiker moeten weten waar ze terecht kunnen.");

  // Every URL the manifest gives Office: DefaultValue and Value attributes that are addresses.
  const urls = [];
  for (const e of elements(doc)) {
    for (const attr of ["DefaultValue", "Value"]) {
      const v = e.getAttribute(attr);
      // An address: scheme:// (http, https, ftp, ...) or a scheme without slashes that loads something (data:, javascript:, ...).
      if (v && (/^[a-z][a-z0-9+.-]*:\/\//i.test(v) || /^(data|javascript|file|blob|mailto):/i.test(v))) urls.push({ url: v, where: e.localName });
    }
  }
  if (urls.length === 0) problems.push("Het manifest noemt geen enkel adres.");
  for (const { url, where } of urls) {
    if (!url.startsWith("https://")) problems.push(`<${where}> ${url}: geen https://; Office laadt alleen via HTTPS.`);
    else if (!url.startsWith(options.baseUrl)) problems.push(`<${where}> ${url}: niet op ${options.baseUrl}.`);
  }

  // Resources: each id once, each resid naming a resource of the kind its element needs.
  const kinds = { Image: new Map(), Url: new Map(), String: new Map() };
  for (const kind of Object.keys(kinds)) {
    for (const e of byName(doc, kind)) {
      const rid = e.getAttribute("id");
      if (!rid) continue;
      if (kinds[kind].has(rid)) problems.push(`De resource-id "${rid}" staat twee keer in <bt:${kind}s>.`);
      kinds[kind].set(rid, e);
    }
  }
  const kindOf = (e) => (e.localName === "Image" ? "Image" : ["SourceLocation", "Runtime", "FunctionFile", "LearnMoreUrl"].includes(e.localName) ? "Url" : "String");
  for (const e of elements(doc)) {
    const resid = e.getAttribute("resid");
    if (!resid) continue;
    if (resid.length > 32) problems.push(`resid "${resid}" is langer dan 32 tekens.`);
    const kind = kindOf(e);
    if (!kinds[kind].has(resid)) problems.push(`<${e.localName} resid="${resid}"> wijst naar geen <bt:${kind}> met id "${resid}".`);
  }

  // Files: each URL names a file that is there; an #anchor names an id on that page; icons are PNGs of their size.
  const file = options.file || (() => undefined);
  const bytesOf = (url) => (url.startsWith(options.baseUrl) ? file(decodeURIComponent(url.slice(options.baseUrl.length).split("#")[0])) : undefined);
  const seen = new Set();
  for (const { url, where } of urls) {
    if (seen.has(url) || !url.startsWith(options.baseUrl)) continue;
    seen.add(url);
    const bytes = bytesOf(url);
    if (bytes === null) problems.push(`<${where}> ${url}: het bestand ontbreekt.`);
    const anchor = url.split("#")[1];
    const escaped = anchor ? anchor.replace(/[.*+?^${}()|[\]\\]/g, "\\$&") : "";
    if (bytes && anchor && !new RegExp(`\\sid=["']?${escaped}(["'\\s>]|$)`).test(Buffer.from(bytes).toString("utf8"))) problems.push(`<${where}> ${url}: de pagina heeft geen id="${anchor}".`);
  }
  const expectSize = (url, size, where) => {
    const bytes = bytesOf(url);
    if (!bytes) return;
    const actual = pngSize(bytes);
    if (!actual) problems.push(`${where} ${url}: geen PNG-afbeelding.`);
    else if (actual.width !== size || actual.height !== size) problems.push(`${where} ${url}: ${actual.width}x${actual.height} pixels, verwacht ${size}x${size}.`);
  };
  const urlsOf = (e) => [e.getAttribute("DefaultValue"), ...childrenNamed(e, "Override").map((o) => o.getAttribute("Value"))].filter(Boolean);
  if (!top("IconUrl")) problems.push("<IconUrl> ontbreekt.");
  else for (const u of urlsOf(top("IconUrl"))) expectSize(u, 32, "<IconUrl>");
  if (!top("HighResolutionIconUrl")) problems.push("<HighResolutionIconUrl> ontbreekt.");
  else for (const u of urlsOf(top("HighResolutionIconUrl"))) expectSize(u, 64, "<HighResolutionIconUrl>");
  for (const e of byName(doc, "Image")) {
    const size = e.getAttribute("size");
    const image = kinds.Image.get(e.getAttribute("resid"));
    if (size && image) for (const u of urlsOf(image)) expectSize(u, Number(size), `<bt:Image size="${size}" resid="${e.getAttribute("resid")}">`);
  }

  // Requirement sets: the Excel API and, for custom functions in the taskpane's runtime, the shared runtime.
  const sets = new Map(byName(doc, "Set").map((s) => [s.getAttribute("Name"), s.getAttribute("MinVersion") || (s.parentNode && s.parentNode.getAttribute && s.parentNode.getAttribute("DefaultMinVersion"))]));
  if (!sets.get("ExcelApi")) problems.push('<Requirements> noemt geen <Set Name="ExcelApi">: Office weet dan niet welke Excel de invoegtoepassing nodig heeft.');
  if (byName(doc, "Runtime").length > 0 && !sets.get("SharedRuntime")) {
    problems.push('De formules delen de runtime van het taakvenster, maar <Requirements> noemt geen <Set Name="SharedRuntime" MinVersion="1.1">.');
  }
  return problems;
}

/** The files of a release zip (fflate), as { relative path inside its one top folder: bytes }, and that folder's name. */
function unzipRelease(zipBytes) {
  const { unzipSync } = require("fflate");
  const entries = unzipSync(zipBytes);
  const names = Object.keys(entries).filter((n) => !n.endsWith("/"));
  const tops = new Set(names.map((n) => n.split("/")[0]));
  if (tops.size !== 1 || names.some((n) => !n.includes("/"))) throw new Error("Het zipbestand heeft niet één map met de bestanden erin.");
  const folder = [...tops][0];
  const files = {};
  for (const n of names) files[n.slice(folder.length + 1)] = entries[n];
  return { folder, files };
}

/** The base URL a manifest serves its taskpane from (DefaultSettings/SourceLocation, up to the last "/"). */
function baseUrlOf(xml) {
  const m = /<DefaultSettings>\s*<SourceLocation DefaultValue="([^"]+)"/.exec(String(xml));
  return m ? m[1].replace(/[^/]*$/, "") : null;
}

/**
 * The problems of a release's files ({ path: bytes }): its manifest (checkManifest) and what a deployable release needs
 * besides. options: baseUrl (default: the manifest's own), version, notId (the development manifest's <Id>).
 */
function checkRelease(files, options = {}) {
  const problems = [];
  const has = (p) => Object.prototype.hasOwnProperty.call(files, p);
  if (!has("manifest.xml")) return ["manifest.xml ontbreekt in de release."];
  const xml = Buffer.from(files["manifest.xml"]).toString("utf8");
  const baseUrl = options.baseUrl || baseUrlOf(xml);
  if (!baseUrl) return ["Het manifest noemt geen <DefaultSettings><SourceLocation>."];
  problems.push(...checkManifest(xml, { ...options, baseUrl, file: (p) => (has(p) ? files[p] : null) }));

  for (const p of ["taskpane.html", "help.html", "functions.html", "privacy.html", "support.html", "functions.json", "functions.en.json", "CHANGELOG.md"]) {
    if (!has(p)) problems.push(`${p} ontbreekt in de release.`);
  }
  for (const p of Object.keys(files)) {
    if (p.endsWith(".map")) problems.push(`${p}: een source map hoort niet in de release.`);
    else if (p.endsWith(".js") && /\/[/*][#@] sourceMappingURL=/.test(Buffer.from(files[p]).toString("utf8"))) problems.push(`${p} verwijst naar een source map.`);
  }
  if (has("taskpane.html")) {
    const html = Buffer.from(files["taskpane.html"]).toString("utf8");
    const scripts = [...html.matchAll(/<script[^>]*\bsrc=(?:"([^"]+)"|'([^']+)'|([^\s>]+))/g)].map((m) => m[1] || m[2] || m[3]).filter((s) => !/^https?:/.test(s));
    if (scripts.length === 0) problems.push("taskpane.html laadt geen eigen script.");
    for (const s of scripts) {
      const name = s.replace(/^\.?\//, "");
      if (!has(name)) problems.push(`taskpane.html laadt ${s}, maar dat bestand ontbreekt.`);
      if (!/\.[0-9a-f]{8,}\.js$/.test(name)) problems.push(`taskpane.html laadt ${s} zonder inhoudshash in de naam: een cache kan na een update oude code geven.`);
    }
  }
  if (has("support.html")) {
    const html = Buffer.from(files["support.html"]).toString("utf8");
    if (options.version && !html.includes(options.version.replace(/\.0$/, ""))) problems.push("support.html noemt de versie niet.");
  }
  return problems;
}

module.exports = { pngSize, checkManifest, checkRelease, unzipRelease, baseUrlOf };

function main(argv) {
  const root = path.join(__dirname, "..");
  const args = argv.slice();
  const urlAt = args.indexOf("--url");
  const url = urlAt >= 0 ? args.splice(urlAt, 2)[1] : null;
  const target = args[0] || path.join(root, "manifest.xml");
  const devXml = fs.readFileSync(path.join(root, "manifest.xml"), "utf8");
  const devId = /<Id>([^<]+)<\/Id>/.exec(devXml)[1];
  let problems;
  if (target.endsWith(".zip")) {
    const { folder, files } = unzipRelease(fs.readFileSync(target));
    const version = /^pso-toets-(\d+\.\d+\.\d+)$/.exec(folder);
    problems = checkRelease(files, { baseUrl: url ? require("./release-build").releaseUrl(url) : undefined, version: version ? `${version[1]}.0` : undefined, notId: devId });
  } else {
    const xml = fs.readFileSync(target, "utf8");
    // The development manifest: its icons are in assets/; the pages and bundles exist only once webpack has built them.
    const file = (p) => (p.startsWith("assets/") ? (fs.existsSync(path.join(root, p)) ? fs.readFileSync(path.join(root, p)) : null) : undefined);
    problems = checkManifest(xml, { baseUrl: url || DEV_URL, file });
  }
  if (problems.length) {
    console.error(`${target}: ${problems.length} ${problems.length === 1 ? "probleem" : "problemen"}:`);
    for (const p of problems) console.error(`  - ${p}`);
    return 1;
  }
  console.log(`${target}: in orde (offline gecontroleerd; Microsofts eigen controle: npm run validate:online).`);
  return 0;
}

if (require.main === module) {
  try {
    process.exitCode = main(process.argv.slice(2));
  } catch (error) {
    console.error(error.message);
    process.exitCode = 2;
  }
}
