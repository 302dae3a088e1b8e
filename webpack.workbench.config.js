/*
 * Builds the workbench: one page that runs the real taskpane App and the real PSO.* functions against the
 * in-browser Excel stand-in (src/excel-standin), with a grid, a formula bar and the sample workbook.
 *   npx webpack --config webpack.workbench.config.js   →  dist-workbench/index.html
 * The page takes the Content-Security-Policy and the layout CSS from src/taskpane/taskpane.html, so the browser
 * tests check the add-in's own policy against the built bundle.
 */
const fs = require("fs");
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { FunctionsJsonPlugin } = require("./scripts/functions-json");

const OUT = path.resolve(__dirname, "dist-workbench");
const HELP_URL = "https://localhost:3000/";

function fromTaskpaneHtml() {
  const html = fs.readFileSync(path.resolve(__dirname, "src/taskpane/taskpane.html"), "utf8");
  const csp = /<meta http-equiv="Content-Security-Policy"[^>]*>/i.exec(html);
  if (!csp) throw new Error("src/taskpane/taskpane.html has no Content-Security-Policy meta tag");
  const style = /<style>([\s\S]*?)<\/style>/i.exec(html);
  return { csp: csp[0], taskpaneStyles: style ? style[1] : "" };
}

module.exports = (env = {}, options = {}) => {
  const { csp, taskpaneStyles } = fromTaskpaneHtml();
  return {
    mode: options.mode || "production",
    context: __dirname,
    // No eval-based source maps: the CSP forbids eval, as it does in the add-in.
    devtool: "source-map",
    // Rebuilds after a small change take seconds instead of half a minute.
    cache: { type: "filesystem", name: "workbench", buildDependencies: { config: [__filename] } },
    // office-standin.js stands in for office.js when the browser tests open the add-in's own dist/taskpane.html.
    entry: { workbench: "./src/workbench/index.tsx", "office-standin": "./src/workbench/officeStub.ts" },
    output: { path: env.out ? path.resolve(env.out) : OUT, filename: "[name].js", clean: true },
    // src/xlsx/csv.ts (the CLI's CSV parser, used for a dropped .csv) imports Node's stream for a function the page never calls.
    resolve: { extensions: [".ts", ".tsx", ".js"], fallback: { stream: false } },
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
    // A tool page served from localhost: minifying 4 MB of Fluent UI and exceljs would triple the build time.
    optimization: { minimize: Boolean(env.minify) },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: "./src/functions/functions.ts" }),
      // The same functions.json as the add-in's (allowErrorForDataTypeAny included); help pages are copied for helpUrl.
      new FunctionsJsonPlugin({ devUrl: HELP_URL, baseUrl: HELP_URL }),
      new HtmlWebpackPlugin({ filename: "index.html", template: "./src/workbench/workbench.html", chunks: ["workbench"], csp, taskpaneStyles }),
      new CopyWebpackPlugin({ patterns: [
          { from: "examples/leveranciers.xlsx", to: "leveranciers.xlsx" },
          { from: "examples/leveranciers-praktijk.xlsx", to: "leveranciers-praktijk.xlsx" },
          { from: "examples/leveranciers-met-register.xlsx", to: "leveranciers-met-register.xlsx" },
          { from: "examples/leveranciers-vooruitblik.xlsx", to: "leveranciers-vooruitblik.xlsx" },
          { from: "src/help/*.html", to: "[name][ext]" },
        ], }),
    ],
  };
};
