/*
 * Finishes the functions.json that custom-functions-metadata-plugin emits, in both webpack builds:
 *  - `allowErrorForDataTypeAny: true`, so Excel still calls a PSO.* function when a cell of its input holds an error
 *    and passes that error in (the functions answer per cell). Microsoft documents it as a top-level property of the
 *    metadata ("Unlike the other JSON metadata properties, allowErrorForDataTypeAny is a top-level property",
 *    learn.microsoft.com/office/dev/add-ins/excel/custom-functions-json#allowerrorfordatatypeany); it applies to every
 *    parameter of type any, and the JSDoc generator cannot emit it.
 *  - every helpUrl under the URL the add-in is served from (the manifest gets the same rewrite), and the build fails
 *    when a helpUrl names a page the build does not emit.
 *  - one metadata file per further language (functions.en.json): the finished Dutch file with the descriptions of a
 *    table in src/functions (metadata.en.json). Autocomplete and the Insert Function dialog show these descriptions;
 *    the manifest's Functions.Metadata.Url picks the file by Office's language ("Localize custom functions",
 *    learn.microsoft.com/office/dev/add-ins/excel/custom-functions-naming). The build fails when the table lacks a
 *    function or a parameter, so no function ships Dutch-only, or names one that no longer exists.
 */
const fs = require("fs");
const path = require("path");
const { Compilation, WebpackError, sources } = require("webpack");
const helpPages = require("./help-pages");

/** The help text and examples of every function (see scripts/help-pages.js). */
const HELP = path.resolve(__dirname, "../src/functions/help.json");

const NAME = "PsoFunctionsJson";

class FunctionsJsonPlugin {
  /**
   * @param {{ file?: string, devUrl: string, baseUrl: string, translations?: Record<string, string>, help?: string | null }} options
   *   translations: the file to write for each further language, and the path of its description table.
   *   help: the help source (src/functions/help.json by default); null builds no help pages.
   */
  constructor(options) {
    this.file = options.file || "functions.json";
    this.devUrl = options.devUrl;
    this.baseUrl = options.baseUrl;
    this.translations = options.translations || {};
    this.help = options.help === undefined ? HELP : options.help;
  }

  /**
   * functions.html (Dutch, from the JSDoc) and functions.en.html (the English table's descriptions, `english`) from the
   * one help source, before finish() checks that every helpUrl names an emitted page.
   */
  emitHelpPages(compilation, metadata, english) {
    if (this.help === null) return;
    compilation.fileDependencies.add(this.help);
    let help;
    try {
      help = JSON.parse(fs.readFileSync(this.help, "utf8"));
    } catch (error) {
      compilation.errors.push(new WebpackError(`cannot read ${this.help}: ${error.message}`));
      return;
    }
    for (const p of helpPages.problems(help, metadata)) compilation.errors.push(new WebpackError(p));
    const pages = { "functions.html": helpPages.helpPage("nl", help, metadata) };
    if (english) pages["functions.en.html"] = helpPages.helpPage("en", help, english);
    for (const [file, html] of Object.entries(pages)) {
      const source = new sources.RawSource(html);
      if (compilation.getAsset(file)) compilation.updateAsset(file, source);
      else compilation.emitAsset(file, source);
    }
  }

  apply(compiler) {
    compiler.hooks.thisCompilation.tap(NAME, (compilation) => {
      // After CopyWebpackPlugin has added the help pages, so their presence can be checked.
      compilation.hooks.processAssets.tap({ name: NAME, stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL + 1 }, () => {
        const asset = compilation.getAsset(this.file);
        if (!asset) return; // the metadata plugin reported why
        const metadata = JSON.parse(asset.source.source().toString());
        // Each language's table is read and applied once; the help pages and the finished file share the result.
        const translations = [];
        for (const [file, tablePath] of Object.entries(this.translations)) {
          compilation.fileDependencies.add(tablePath); // `npm start` rebuilds when the table changes
          try {
            translations.push({ file, tablePath, ...translate(metadata, JSON.parse(fs.readFileSync(tablePath, "utf8"))) });
          } catch (error) {
            compilation.errors.push(new WebpackError(`${file}: cannot read ${tablePath}: ${error.message}`));
          }
        }
        this.emitHelpPages(compilation, metadata, translations.find((t) => t.file === "functions.en.json")?.metadata);
        const emitted = (path) => Boolean(compilation.getAsset(path));
        const problems = finish(metadata, this.devUrl, this.baseUrl, emitted);
        for (const p of problems) compilation.errors.push(new WebpackError(`${this.file}: ${p}`));
        compilation.updateAsset(this.file, new sources.RawSource(JSON.stringify(metadata, null, 2)));
        for (const { file, tablePath, ...translated } of translations) {
          // The same finishing as the Dutch file (its helpUrls and their problems, reported once above).
          finish(translated.metadata, this.devUrl, this.baseUrl, emitted);
          const lang = /^functions\.(\w+)\.json$/.exec(file);
          // Each language's functions point to that language's help page, where the build made one.
          if (lang && compilation.getAsset(`functions.${lang[1]}.html`)) {
            for (const f of translated.metadata.functions) if (f.helpUrl) f.helpUrl = f.helpUrl.replace("/functions.html", `/functions.${lang[1]}.html`);
          }
          for (const p of translated.problems) compilation.errors.push(new WebpackError(`${file}: ${p} (${tablePath})`));
          const source = new sources.RawSource(JSON.stringify(translated.metadata, null, 2));
          if (compilation.getAsset(file)) compilation.updateAsset(file, source);
          else compilation.emitAsset(file, source);
        }
      });
    });
  }
}

/** Patches the metadata in place; returns what is wrong with it. Exported for the tests. */
function finish(metadata, devUrl, baseUrl, emitted) {
  const problems = [];
  const anyTyped = metadata.functions.filter((f) => f.parameters.some((p) => (p.type || "any") === "any"));
  if (anyTyped.length > 0) metadata.allowErrorForDataTypeAny = true;
  for (const f of metadata.functions) {
    if (!f.helpUrl) continue;
    if (f.helpUrl.startsWith(devUrl)) f.helpUrl = baseUrl + f.helpUrl.slice(devUrl.length);
    const page = f.helpUrl.startsWith(baseUrl) ? f.helpUrl.slice(baseUrl.length).split("#")[0] : null;
    if (page === null) problems.push(`the helpUrl of ${f.id} (${f.helpUrl}) is not under ${baseUrl}`);
    else if (!emitted(page)) problems.push(`the helpUrl of ${f.id} names ${page}, which the build does not emit`);
  }
  return problems;
}

/**
 * A copy of the finished metadata with every function and parameter description taken from `table`
 * ({ ID: { description, parameters: { name: description } } }; keys starting with "$" are comments). Everything else
 * (ids, names, parameter names, types, options, helpUrls, allowErrorForDataTypeAny) stays as it is, so a formula
 * means the same in every language. Returns the copy and what the table lacks or has too much. Exported for the tests.
 */
function translate(metadata, table) {
  const problems = [];
  const copy = JSON.parse(JSON.stringify(metadata));
  const text = (value) => (typeof value === "string" && value.trim() !== "" ? value : null);
  for (const f of copy.functions) {
    const entry = table[f.id];
    if (!entry) {
      problems.push(`PSO.${f.id} has no translated description: add "${f.id}" with its description and parameters`);
      continue;
    }
    if (text(entry.description)) f.description = entry.description;
    else problems.push(`PSO.${f.id} has no translated description`);
    const params = entry.parameters || {};
    for (const p of f.parameters) {
      if (text(params[p.name])) p.description = params[p.name];
      else problems.push(`parameter ${p.name} of PSO.${f.id} has no translated description`);
    }
    for (const name of Object.keys(params)) {
      if (!f.parameters.some((p) => p.name === name)) problems.push(`PSO.${f.id} has no parameter ${name}: remove or rename it`);
    }
  }
  for (const id of Object.keys(table)) {
    if (!id.startsWith("$") && !copy.functions.some((f) => f.id === id)) problems.push(`there is no function PSO.${id}: remove or rename it`);
  }
  return { metadata: copy, problems };
}

module.exports = { FunctionsJsonPlugin, finish, translate };
