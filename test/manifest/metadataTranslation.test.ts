/**
 * The build step that writes functions.en.json (scripts/functions-json.js): the Dutch metadata with the descriptions
 * of a translation table, and a failed build when a function or a parameter has no translation, so a new PSO.*
 * function cannot ship with Dutch descriptions only.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

// eslint-disable-next-line @typescript-eslint/no-require-imports -- a CommonJS script of the build, without types of its own
const { FunctionsJsonPlugin, translate } = require("../../scripts/functions-json") as {
  FunctionsJsonPlugin: new (options: object) => object;
  translate(metadata: Metadata, table: object): { metadata: Metadata; problems: string[] };
};

jest.setTimeout(60_000);

interface Metadata {
  allowErrorForDataTypeAny?: boolean;
  functions: { id: string; name: string; description: string; helpUrl?: string; parameters: { name: string; description: string; optional?: boolean }[] }[];
}

const dutch = (): Metadata => ({
  allowErrorForDataTypeAny: true,
  functions: [
    {
      id: "TREDE", name: "TREDE", description: "De PSO-trede.", helpUrl: "https://localhost:3000/functions.html#trede",
      parameters: [{ name: "tekst", description: "De trede zoals getypt." }],
    },
    {
      id: "GELDIG", name: "GELDIG", description: "WAAR zolang het certificaat geldig is.",
      parameters: [{ name: "geldig_tot", description: "Laatste geldige dag." }, { name: "peildatum", description: "Datum van de toets.", optional: true }],
    },
  ],
});

const table = () => ({
  $comment: "a comment is no function",
  TREDE: { description: "The PSO level.", parameters: { tekst: "The level as typed." } },
  GELDIG: { description: "TRUE while the certificate is valid.", parameters: { geldig_tot: "Last valid day.", peildatum: "Reference date." } },
});

describe("translate", () => {
  test("a complete table: every description English, everything else as in the Dutch metadata", () => {
    const source = dutch();
    const { metadata, problems } = translate(source, table());
    expect(problems).toEqual([]);
    expect(metadata.functions.map((f) => [f.description, ...f.parameters.map((p) => p.description)])).toEqual([
      ["The PSO level.", "The level as typed."],
      ["TRUE while the certificate is valid.", "Last valid day.", "Reference date."],
    ]);
    const withoutDescriptions = (m: Metadata) =>
      JSON.parse(JSON.stringify(m, (key, value) => (key === "description" ? undefined : value)));
    expect(withoutDescriptions(metadata)).toEqual(withoutDescriptions(dutch()));
    expect(source).toEqual(dutch()); // the Dutch metadata is left alone
  });

  test("a function without a translation is named, and so is each untranslated or empty parameter", () => {
    const incomplete = table() as Record<string, unknown>;
    delete incomplete.TREDE;
    incomplete.GELDIG = { description: "TRUE while valid.", parameters: { geldig_tot: "  " } };
    expect(translate(dutch(), incomplete).problems).toEqual([
      'PSO.TREDE has no translated description: add "TREDE" with its description and parameters',
      "parameter geldig_tot of PSO.GELDIG has no translated description",
      "parameter peildatum of PSO.GELDIG has no translated description",
    ]);
  });

  test("a translation of a function or parameter that no longer exists is named too (a rename left it behind)", () => {
    const stale = {
      ...table(),
      TREDE: { description: "The PSO level.", parameters: { tekst: "The level as typed.", text: "The level." } },
      SROI: { description: "Social return.", parameters: {} },
    };
    expect(translate(dutch(), stale).problems).toEqual([
      "PSO.TREDE has no parameter text: remove or rename it",
      "there is no function PSO.SROI: remove or rename it",
    ]);
  });
});

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

/** A small webpack build whose only asset is `metadata` as functions.json, finished by the project's plugin. */
async function build(metadata: Metadata, translation: object | string, help: string | null = null): Promise<{ errors: string[]; out: string; tablePath: string }> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- webpack loads only when a build runs, not for every test file
  const webpack = require("webpack") as typeof import("webpack");
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pso-translate-"));
  dirs.push(dir);
  fs.writeFileSync(path.join(dir, "entry.js"), "");
  fs.writeFileSync(path.join(dir, "functions.html"), '<h2 id="trede">PSO.TREDE</h2>');
  const tablePath = path.join(dir, "metadata.en.json");
  fs.writeFileSync(tablePath, typeof translation === "string" ? translation : JSON.stringify(translation));
  const emitMetadata = {
    apply(compiler: import("webpack").Compiler) {
      compiler.hooks.thisCompilation.tap("EmitMetadata", (compilation) =>
        compilation.hooks.processAssets.tap({ name: "EmitMetadata", stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
          compilation.emitAsset("functions.json", new webpack.sources.RawSource(JSON.stringify(metadata)));
          compilation.emitAsset("functions.html", new webpack.sources.RawSource(fs.readFileSync(path.join(dir, "functions.html"))));
        }),
      );
    },
  };
  // help: null: this build's metadata is made up, so it has no help pages (test/functions/helpExamples.test.ts has them)
  const plugin = new FunctionsJsonPlugin({ devUrl: "https://localhost:3000/", baseUrl: "https://localhost:3000/", translations: { "functions.en.json": tablePath }, help });
  const config: import("webpack").Configuration = {
    mode: "production",
    context: dir,
    entry: "./entry.js",
    output: { path: path.join(dir, "dist") },
    plugins: [emitMetadata, plugin as import("webpack").WebpackPluginInstance],
  };
  const stats = await new Promise<import("webpack").Stats>((resolve, reject) =>
    webpack(config, (err, s) => (err ? reject(err) : resolve(s!))),
  );
  return { errors: stats.toJson({ all: false, errors: true }).errors!.map((e) => e.message), out: path.join(dir, "dist"), tablePath };
}

describe("the webpack step", () => {
  test("writes functions.en.json beside functions.json, with the same helpUrls and allowErrorForDataTypeAny", async () => {
    const { errors, out } = await build(dutch(), table());
    expect(errors).toEqual([]);
    const en = JSON.parse(fs.readFileSync(path.join(out, "functions.en.json"), "utf8")) as Metadata;
    const nl = JSON.parse(fs.readFileSync(path.join(out, "functions.json"), "utf8")) as Metadata;
    expect(en.allowErrorForDataTypeAny).toBe(true);
    expect(en.functions.map((f) => [f.id, f.helpUrl, f.description])).toEqual([
      ["TREDE", "https://localhost:3000/functions.html#trede", "The PSO level."],
      ["GELDIG", undefined, "TRUE while the certificate is valid."],
    ]);
    expect(nl.functions[0].description).toBe("De PSO-trede.");
  });

  test("reads and translates the English table once per build, for the English help page and functions.en.json together", async () => {
    // The plugin's own fs: the module object require() hands out (an `import *` copy cannot be spied on).
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- the same object the plugin's require("fs") gets
    const read = jest.spyOn(require("fs") as typeof fs, "readFileSync");
    try {
      // With help pages on (the project's help.json, which names other functions: the build's complaints do not matter here).
      const { tablePath } = await build(dutch(), table(), path.join(__dirname, "../../src/functions/help.json"));
      expect(read.mock.calls.filter(([file]) => file === tablePath)).toHaveLength(1);
    } finally {
      read.mockRestore();
    }
  });

  test("fails when a new function has no English description, naming the function and the table", async () => {
    const withNew = dutch();
    withNew.functions.push({ id: "NIEUW", name: "NIEUW", description: "Een nieuwe functie.", parameters: [] });
    const { errors } = await build(withNew, table());
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('functions.en.json: PSO.NIEUW has no translated description: add "NIEUW"');
    expect(errors[0]).toContain("metadata.en.json");
  });

  test("fails with a clear message when the table is not valid JSON, and writes no English file", async () => {
    const { errors, out } = await build(dutch(), '{ "TREDE": { "description": "The PSO level.", } }');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^functions\.en\.json: cannot read .*metadata\.en\.json: .*JSON/);
    expect(fs.existsSync(path.join(out, "functions.en.json"))).toBe(false);
  });
});
