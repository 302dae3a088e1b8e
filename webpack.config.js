/* Builds the add-in: one taskpane page that also hosts the custom functions (shared runtime). */
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { FunctionsJsonPlugin } = require("./scripts/functions-json");
const { DEV_URL, RELEASE_ID, manifestVersion, releaseUrl, supportPage, ReleaseManifestPlugin } = require("./scripts/release-build");

/**
 * HTTPS for `webpack serve`: the trusted office-addin-dev-certs when they install; else the generated certificate
 * files without system trust (installing the CA needs sudo and a desktop); else webpack's own self-signed one.
 * Each fallback says what to do, so `npm start` never dies on a fresh machine.
 */
async function httpsOptions() {
  const devCerts = require("office-addin-dev-certs");
  try {
    // scripts/start.js has explained (and done or skipped) the install: no second, unexplained sudo prompt here.
    if (process.env.PSO_TOETS_CERT_INSTALL === "nee" && !require("office-addin-dev-certs/lib/verify").isCaCertificateInstalled()) {
      throw new Error("niet geïnstalleerd");
    }
    const { ca, key, cert } = await devCerts.getHttpsServerOptions();
    return { ca, key, cert };
  } catch (error) {
    const fs = require("fs");
    const dir = require("office-addin-dev-certs/lib/defaults").certificateDirectory;
    const file = (name) => path.join(dir, name);
    if (["ca.crt", "localhost.crt", "localhost.key"].every((n) => fs.existsSync(file(n)))) {
      console.warn(
        `\n[PSO-toets] De ontwikkelcertificaten zijn niet als vertrouwd geïnstalleerd (${error.message}).\n` +
          `  Gebruik de bestanden in ${dir}; vertrouw ${file("ca.crt")} in uw browser of besturingssysteem,\n` +
          "  of voer als beheerder uit: npx office-addin-dev-certs install\n",
      );
      return { ca: fs.readFileSync(file("ca.crt")), key: fs.readFileSync(file("localhost.key")), cert: fs.readFileSync(file("localhost.crt")) };
    }
    console.warn(`\n[PSO-toets] Geen ontwikkelcertificaten (${error.message}); webpack gebruikt een eigen, niet-vertrouwd certificaat.\n`);
    return null;
  }
}

/**
 * env.release ({ url, contact?, id? }, from scripts/release.js): the build IT deploys. Content-hashed bundles (so no
 * cache serves old code after an update), no source maps, and a manifest with the release URL, its own <Id> and the
 * version of package.json; the support page names the contact. Without it, a production build (`npm run build`) is
 * served from PSO_TOETS_URL (default https://localhost:3000/) with stable bundle names.
 */
module.exports = async (env, options) => {
  const dev = options.mode === "development";
  const serving = Boolean(env && env.WEBPACK_SERVE);
  const release = !dev && env && env.release ? env.release : null;
  /** Where the production build is served from; the manifest and functions.json point there. */
  const PROD_URL = release ? releaseUrl(release.url) : (process.env.PSO_TOETS_URL || DEV_URL).replace(/\/*$/, "/");
  const packageVersion = require("./package.json").version;
  const version = release ? manifestVersion(packageVersion) : null;
  return {
    // The taskpane's CSP has no 'unsafe-eval' and governs the development build too: no eval-* devtool, ever.
    devtool: release ? false : dev ? "cheap-module-source-map" : "source-map",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      functions: "./src/functions/functions.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: release ? "[name].[contenthash:8].js" : "[name].js",
      ...(release ? { chunkFilename: "[name].[contenthash:8].js" } : {}),
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { transpileOnly: true, configFile: "tsconfig.build.json" } },
        },
      ],
    },
    performance: { hints: false },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: path.resolve(__dirname, "src/functions/functions.ts") }),
      // functions.json is Dutch (the JSDoc); functions.en.json is what the manifest gives Office in any other language.
      new FunctionsJsonPlugin({
        devUrl: DEV_URL,
        baseUrl: dev ? DEV_URL : PROD_URL,
        translations: { "functions.en.json": path.resolve(__dirname, "src/functions/metadata.en.json") },
      }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane", "functions"],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          {
            from: "src/help/*.html",
            to: "[name][ext]",
            noErrorOnMissing: true,
            // The support page names who to ask: the contact given to `npm run release -- --contact`.
            transform: (content, file) =>
              path.basename(file) === "support.html" ? supportPage(content.toString(), { contact: release && release.contact, version: release ? packageVersion : undefined }) : content,
          },
          {
            from: "manifest.xml",
            to: "[name][ext]",
            transform: (content) => (dev ? content : content.toString().split(DEV_URL).join(PROD_URL)),
          },
        ],
      }),
      ...(release ? [new ReleaseManifestPlugin({ url: PROD_URL, id: release.id || RELEASE_ID, version })] : []),
    ],
    devServer: serving
      ? {
          static: { directory: path.resolve(__dirname, "dist") },
          headers: { "Access-Control-Allow-Origin": "*" },
          server: await httpsOptions().then((options) => (options ? { type: "https", options } : { type: "https" })),
          host: "localhost",
          port: Number(process.env.PORT || 3000),
          hot: false,
          liveReload: false,
          client: false,
        }
      : undefined,
  };
};
