// ESLint 9 flat config: `npm run lint` (part of `npm test`).
// - typescript-eslint's recommended rules on all TypeScript (src, test, bench, scripts);
// - Microsoft's eslint-plugin-office-addins on the code that calls Office.js (src/excel, src/addin), so a
//   context.sync() in a loop, a read before load/sync or an empty load() is caught;
// - pso/layers: which folder of src/ may import which (the table LAYERS in eslint/layers.js; README, "Architectuur").
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import officeAddins from "eslint-plugin-office-addins";
import { createRequire } from "module";
import path from "path";
import { fileURLToPath } from "url";

const require = createRequire(import.meta.url);
const root = path.dirname(fileURLToPath(import.meta.url));
const { rule: layersRule, LAYERS } = require("./eslint/layers.js");
const pso = { rules: { layers: layersRule } };


const layers = (table) => ({ "pso/layers": ["error", { srcDir: path.join(root, "src"), layers: table }] });

export default tseslint.config(
  // What is built or generated (as .gitignore), and data.
  {
    ignores: ["dist/**", "dist-*/**", "lib/**", "node_modules/**", "coverage/**", "test-output/**", ".jest-cache/**", "tmp/**", "examples/**", "templates/**", "docs/**"],
  },
  { linterOptions: { reportUnusedDisableDirectives: "error" } },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: "module",
      globals: {
        // Node (scripts, CLI, tests) and the browser (taskpane, workbench); TypeScript checks which is really there.
        ...Object.fromEntries(
          ["process", "console", "require", "module", "__dirname", "__filename", "Buffer", "setTimeout", "clearTimeout",
            "setInterval", "clearInterval", "setImmediate", "URL", "TextEncoder", "TextDecoder", "globalThis", "window",
            "document", "navigator", "fetch", "performance", "structuredClone", "queueMicrotask", "Office", "Excel",
            "CustomFunctions"].map((name) => [name, "readonly"]),
        ),
      },
    },
    rules: {
      // TypeScript already reports these (noUnusedLocals, noUnusedParameters; undefined names).
      "@typescript-eslint/no-unused-vars": "off",
      "no-undef": "off",
      // Removing control characters from untrusted text (terminal output, XML, names) is deliberate.
      "no-control-regex": "off",
      // The Excel stand-in's getter objects need the proxy they belong to.
      "@typescript-eslint/no-this-alias": ["error", { allowedNames: ["self"] }],
    },
  },
  {
    files: ["src/**/*.{ts,tsx}"],
    plugins: { pso, "office-addins": officeAddins },
    rules: layers(LAYERS),
  },
  {
    files: ["src/excel/**/*.ts", "src/addin/**/*.ts"],
    rules: {
      "office-addins/no-context-sync-in-loop": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/call-sync-after-load": "error",
      "office-addins/load-object-before-read": "error",
      "office-addins/no-empty-load": "error",
      "office-addins/no-navigational-load": "error",
      "office-addins/test-for-null-using-isNullObject": "error",
    },
  },
  {
    // Plain Node scripts in CommonJS.
    files: ["**/*.js", "**/*.cjs"],
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
);
