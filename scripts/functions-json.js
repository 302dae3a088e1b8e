/*
 * Finishes the functions.json that custom-functions-metadata-plugin emits, in both webpack builds:
 *  - `allowErrorForDataTypeAny: true`, so Excel still calls a PSO.* function when a cell of its input holds an error
 *    and passes that error in (the functions answer per cell). Microsoft documents it as a top-level property of the
 *    metadata ("Unlike the other JSON metadata properties, allowErrorForDataTypeAny is a top-level property",
 *    learn.microsoft.com/office/dev/add-ins/excel/custom-functions-json#allowerrorfordatatypeany); it applies to every
 *    parameter of type any, and the JSDoc generator cannot emit it.
 *  - every helpUrl under the URL the add-in is served from (the manifest gets the same rewrite), and the build fails
 *    when a helpUrl names a page the build does not emit.
 */
const { Compilation, WebpackError, sources } = require("webpack");

const NAME = "PsoFunctionsJson";

class FunctionsJsonPlugin {
  /** @param {{ file?: string, devUrl: string, baseUrl: string }} options */
  constructor(options) {
    this.file = options.file || "functions.json";
    this.devUrl = options.devUrl;
    this.baseUrl = options.baseUrl;
  }

  apply(compiler) {
    compiler.hooks.thisCompilation.tap(NAME, (compilation) => {
      // After CopyWebpackPlugin has added the help pages, so their presence can be checked.
      compilation.hooks.processAssets.tap({ name: NAME, stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL + 1 }, () => {
        const asset = compilation.getAsset(this.file);
        if (!asset) return; // the metadata plugin reported why
        const metadata = JSON.parse(asset.source.source().toString());
        const problems = finish(metadata, this.devUrl, this.baseUrl, (path) => Boolean(compilation.getAsset(path)));
        for (const p of problems) compilation.errors.push(new WebpackError(`${this.file}: ${p}`));
        compilation.updateAsset(this.file, new sources.RawSource(JSON.stringify(metadata, null, 2)));
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

module.exports = { FunctionsJsonPlugin, finish };
