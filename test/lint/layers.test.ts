import path from "path";
import { RuleTester } from "eslint";
import tseslint from "typescript-eslint";
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the rule is a plain CommonJS module, as ESLint loads it
const { rule, LAYERS } = require("../../eslint/layers.js");

const srcDir = path.resolve(__dirname, "../../src");
const at = (file: string) => path.join(srcDir, file);
const options = [{ srcDir, layers: LAYERS }];

const tester = new RuleTester({ languageOptions: { parser: tseslint.parser, ecmaVersion: 2022, sourceType: "module" } });

tester.run("pso/layers", rule, {
  valid: [
    // core's own subject folders, even one named like a src folder
    { filename: at("core/report/kpi.ts"), code: `import { x } from "../letters/fields"; import { y } from "../../core";`, options },
    { filename: at("xlsx/patch.ts"), code: `import { x } from "../core"; import { unzipSync } from "fflate";`, options },
    { filename: at("excel/write.ts"), code: `import type { TaskpaneActions } from "../addin/actions";`, options },
    { filename: at("taskpane/App.tsx"), code: `import { useState } from "react"; import { Button } from "@fluentui/react-components";`, options },
    { filename: at("workbench/index.tsx"), code: `import { App } from "../taskpane/App"; import ExcelJS from "exceljs";`, options },
    { filename: at("cli/main.ts"), code: `import fs from "fs"; import { patch } from "../xlsx/patch"; import { check } from "../core";`, options },
    // outside src/ nothing is checked
    { filename: path.resolve(srcDir, "../test/x.test.ts"), code: `import fs from "fs"; import { main } from "../src/cli/main";`, options },
  ],
  invalid: [
    { filename: at("core/read/cells.ts"), code: `import { patch } from "../../xlsx/patch";`, options, errors: [{ messageId: "folder" }] },
    { filename: at("core/policy.ts"), code: `import fs from "fs";`, options, errors: [{ messageId: "builtin" }] },
    { filename: at("core/policy.ts"), code: `import { gzipSync } from "node:zlib";`, options, errors: [{ messageId: "builtin" }] },
    { filename: at("core/policy.ts"), code: `import React from "react";`, options, errors: [{ messageId: "pkg" }] },
    { filename: at("xlsx/readRegister.ts"), code: `import path from "path";`, options, errors: [{ messageId: "builtin" }] },
    { filename: at("xlsx/readRegister.ts"), code: `const fs = require("fs");`, options, errors: [{ messageId: "builtin" }] },
    { filename: at("excel/policySheet.ts"), code: `import { setActivePolicy } from "../functions/activePolicy";`, options, errors: [{ messageId: "folder" }] },
    { filename: at("functions/functions.ts"), code: `export { x } from "../excel/read";`, options, errors: [{ messageId: "folder" }] },
    { filename: at("taskpane/App.tsx"), code: `const m = await import("../xlsx/patch");`, options, errors: [{ messageId: "folder" }] },
    { filename: at("letters/render.ts"), code: `import { main } from "../cli/main";`, options, errors: [{ messageId: "folder" }] },
    { filename: at("xlsx/zip.ts"), code: `import type { Workbook } from "../workbench/xlsx";`, options, errors: [{ messageId: "folder" }] },
  ],
});
