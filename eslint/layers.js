"use strict";
/**
 * ESLint rule `pso/layers`: which folder of src/ may import which.
 *
 * The table LAYERS below is the one place that says it; eslint.config.mjs hands it to the rule. A relative import is resolved against the
 * importing file, so `../letters/x` from `src/core/report/` is core's own letters folder, not src/letters. A file in a
 * folder the table does not name is not checked, and neither is an import of such a folder.
 *
 * Options: { srcDir, layers: { [folder]: { may: string[], builtins?: boolean, packages?: string[] } } }
 *   may       the other src folders this folder may import (its own folder always)
 *   builtins  Node built-ins (fs, path, node:zlib, ...) allowed; default false
 *   packages  npm packages allowed (by name, scoped names whole); omitted = any package
 */
const path = require("path");
const { builtinModules } = require("module");

const BUILTINS = new Set(builtinModules.flatMap((m) => [m, m.split("/")[0]]));

function packageName(spec) {
  const parts = spec.split("/");
  return spec.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0];
}

function isBuiltin(spec) {
  return spec.startsWith("node:") || BUILTINS.has(spec.split("/")[0]);
}

/** @type {import('eslint').Rule.RuleModule} */
const rule = {
  meta: {
    type: "problem",
    docs: { description: "Import boundaries between the folders of src/ (README, Architectuur)" },
    schema: [
      {
        type: "object",
        properties: { srcDir: { type: "string" }, layers: { type: "object" } },
        required: ["srcDir", "layers"],
        additionalProperties: false,
      },
    ],
    messages: {
      folder: "src/{{from}} may not import src/{{to}} (allowed: {{allowed}}); see LAYERS in eslint/layers.js",
      builtin: "src/{{from}} may not import the Node built-in '{{spec}}': it is bundled for the browser or kept free of I/O",
      pkg: "src/{{from}} may not import the package '{{spec}}' (allowed: {{allowed}})",
    },
  },
  create(context) {
    const { srcDir, layers } = context.options[0];
    const file = context.filename ?? context.getFilename();
    const rel = path.relative(srcDir, file);
    if (rel.startsWith("..") || path.isAbsolute(rel)) return {};
    const from = rel.split(path.sep)[0];
    const layer = layers[from];
    if (!layer || rel === from) return {};

    function check(node, spec) {
      if (typeof spec !== "string") return;
      if (spec.startsWith(".")) {
        const target = path.relative(srcDir, path.resolve(path.dirname(file), spec));
        if (target.startsWith("..") || path.isAbsolute(target)) return;
        const to = target.split(path.sep)[0];
        if (to === from || !layers[to] || layer.may.includes(to)) return;
        context.report({ node, messageId: "folder", data: { from, to, allowed: layer.may.join(", ") || "none" } });
      } else if (isBuiltin(spec)) {
        if (!layer.builtins) context.report({ node, messageId: "builtin", data: { from, spec } });
      } else if (layer.packages && !layer.packages.includes(packageName(spec))) {
        context.report({ node, messageId: "pkg", data: { from, spec, allowed: layer.packages.join(", ") || "none" } });
      }
    }
    const source = (node) => node.source && check(node.source, node.source.value);
    return {
      ImportDeclaration: source,
      ExportNamedDeclaration: source,
      ExportAllDeclaration: source,
      ImportExpression: (node) => node.source.type === "Literal" && check(node.source, node.source.value),
      TSImportEqualsDeclaration: (node) =>
        node.moduleReference.type === "TSExternalModuleReference" &&
        check(node.moduleReference, node.moduleReference.expression.value),
      CallExpression(node) {
        const [arg] = node.arguments;
        if (node.callee.type === "Identifier" && node.callee.name === "require" && arg && arg.type === "Literal")
          check(node, arg.value);
      },
    };
  },
};

/**
 * The layers of src/. `may`: other src folders a folder may import; `builtins`: Node's fs, path, zlib, ...;
 * `packages`: the npm packages it may use (omitted: any). Nothing may import src/cli or src/workbench.
 */
const LAYERS = {
  // pure rules: no Office, DOM, I/O, Node or package
  core: { may: [], packages: [] },
  // files as bytes: the CLI reads them from disk and hands them in; bundled for the browser (workbench)
  xlsx: { may: ["core"], packages: ["fflate"] },
  letters: { may: ["core"], packages: ["docxtemplater", "pizzip", "fflate"] },
  functions: { may: ["core", "addin"], packages: [] }, // addin/activePolicy.ts: the policy both adapters share in the runtime
  "excel-standin": { may: ["core"], packages: [] },
  // the Office.js adapter; addin/actions.ts is the contract it implements
  excel: { may: ["core", "addin"], packages: [] },
  addin: { may: ["core", "excel"], packages: [] },
  taskpane: { may: ["core", "addin", "letters"], packages: ["react", "react-dom", "@fluentui/react-components"] },
  workbench: { may: ["core", "xlsx", "letters", "functions", "excel", "excel-standin", "addin", "taskpane"] },
  cli: { may: ["core", "xlsx", "letters"], builtins: true },
};

module.exports = { rule, LAYERS };
