/*
 * What a release build changes in the add-in's files, for webpack.config.js (env.release) and scripts/release.js:
 *  - the manifest: every URL on the release URL, an <Id> of its own (the deployed add-in and a sideloaded development
 *    copy must not collide), <Version> from package.json, and Functions.Script.Url naming the content-hashed bundle;
 *  - the support page: the contact given at build time and the version.
 */
const { Compilation, WebpackError, sources } = require("webpack");

/** The development manifest (manifest.xml) is served from here by `npm start`. */
const DEV_URL = "https://localhost:3000/";
/**
 * The deployed add-in's <Id>. Fixed, so that every release is an update of the same add-in in the admin centre; never
 * the development manifest's <Id>. `npm run release -- --id <guid>` gives an organisation its own.
 */
const RELEASE_ID = "360eaa46-1dce-4fc5-ba27-b1adb9ddfe01";
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** package.json's "1.2.3" as the manifest's four-part "1.2.3.0"; throws (in Dutch) on anything else. */
function manifestVersion(version) {
  const m = /^(\d+)\.(\d+)\.(\d+)$/.exec(String(version));
  if (!m || m.slice(1).some((part) => Number(part) > 65535)) {
    throw new Error(`De versie in package.json ("${version}") is geen versie als 1.2.3; het manifest vraagt vier getallen tot 65535.`);
  }
  return `${m[1]}.${m[2]}.${m[3]}.0`;
}

/** The release URL as the manifest uses it: https, no query or fragment, ending in "/". Throws (in Dutch) otherwise. */
function releaseUrl(input) {
  let url;
  try {
    url = new URL(String(input));
  } catch {
    throw new Error(`--url "${input}" is geen adres. Voorbeeld: --url https://intranet.example.nl/pso-toets/`);
  }
  if (url.protocol !== "https:") throw new Error(`--url "${input}" begint niet met https://; Office laadt een invoegtoepassing alleen via HTTPS.`);
  if (url.search || url.hash || url.username || url.password) {
    throw new Error(`--url "${input}" bevat een vraag (?), anker (#) of inloggegevens; geef alleen het adres van de map.`);
  }
  return url.href.replace(/\/*$/, "/");
}

/** The manifest a release ships: every development URL on `url`, its own id and version, the hashed functions bundle. */
function releaseManifest(xml, { url, id, version, functionsFile }) {
  if (!GUID.test(id)) throw new Error(`--id "${id}" is geen GUID (zoals ${RELEASE_ID}).`);
  // The development manifest's note about itself becomes a note about this release.
  let out = String(xml).replace(/<!--\s*The development manifest[\s\S]*?-->/, `<!-- PSO-toets ${version}, built by npm run release for ${url} -->`);
  out = out.split(DEV_URL).join(url);
  out = out.replace(/<Id>[^<]*<\/Id>/, `<Id>${id}</Id>`).replace(/<Version>[^<]*<\/Version>/, `<Version>${version}</Version>`);
  if (functionsFile) out = out.split(`"${url}functions.js"`).join(`"${url}${functionsFile}"`);
  return out;
}

const escapeHtml = (s) => String(s).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);

/** The contact as HTML: the text escaped, e-mail addresses as mailto: links and https addresses as links. */
function contactHtml(contact) {
  const parts = String(contact).split(/([^\s<>"',;()]+@[^\s<>"',;()]+\.[a-z]{2,}|https:\/\/[^\s<>"']+[^\s<>"'.,;:)])/i);
  return parts
    .map((part, i) => {
      if (i % 2 === 0) return escapeHtml(part);
      const href = part.startsWith("https://") ? part : `mailto:${part}`;
      return `<a href="${escapeHtml(href)}">${escapeHtml(part)}</a>`;
    })
    .join("");
}

/** Fills the marked places of src/help/support.html: <!--contact-->…<!--/contact--> and <!--version-->…<!--/version-->. */
function supportPage(html, { contact, version }) {
  let out = String(html);
  if (contact && String(contact).trim()) out = out.replace(/<!--contact-->[\s\S]*?<!--\/contact-->/, `<!--contact-->${contactHtml(String(contact).trim())}<!--/contact-->`);
  if (version) out = out.replace(/<!--version-->[\s\S]*?<!--\/version-->/, `<!--version-->${escapeHtml(version)}<!--/version-->`);
  return out;
}

const NAME = "PsoRelease";

/** Rewrites manifest.xml once the bundles have their final (content-hashed) names. */
class ReleaseManifestPlugin {
  /** @param {{ url: string, id: string, version: string }} options */
  constructor(options) {
    this.options = options;
  }

  apply(compiler) {
    compiler.hooks.thisCompilation.tap(NAME, (compilation) => {
      compilation.hooks.processAssets.tap({ name: NAME, stage: Compilation.PROCESS_ASSETS_STAGE_REPORT }, () => {
        const asset = compilation.getAsset("manifest.xml");
        if (!asset) return void compilation.errors.push(new WebpackError("manifest.xml is not in the build"));
        const entry = compilation.entrypoints.get("functions");
        const functionsFile = entry && [...entry.getEntrypointChunk().files].find((f) => f.endsWith(".js"));
        if (!functionsFile) return void compilation.errors.push(new WebpackError("the functions bundle is not in the build"));
        try {
          const xml = releaseManifest(asset.source.source().toString(), { ...this.options, functionsFile });
          compilation.updateAsset("manifest.xml", new sources.RawSource(xml));
        } catch (error) {
          compilation.errors.push(new WebpackError(error.message));
        }
      });
    });
  }
}

module.exports = { DEV_URL, RELEASE_ID, GUID, manifestVersion, releaseUrl, releaseManifest, contactHtml, supportPage, escapeHtml, ReleaseManifestPlugin };
