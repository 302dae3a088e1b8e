/**
 * Three tiers, one run: `npx jest` (and `npm test`) runs all of them; `npm run test:unit`, `test:integration` and
 * `test:e2e` run one (`jest --selectProjects <name>`).
 *
 * - unit: in the jest process only: no other program, no build, no browser. `npm run test:unit` runs it on two
 *   workers: 1 min 51 s on a quiet two-core machine, 2 min 54 s to 3 min 15 s beside another engineer's builds (load
 *   4.7), against 4 min 44 s on one worker with ts-jest (README, "Duur van de testsuite").
 * - integration: starts another program or needs a build: LibreOffice, the built CLI (bin/pso-toets.js), webpack,
 *   pdftotext, office-addin-manifest; and the inputs at a full size that is no parameter: the one check at the real
 *   5 MB limit with 100,000 rows, and 110,000 rows past the old row limit (test/reliability/largeInputs.test.ts).
 * - e2e: Chromium against the workbench, the built task pane and `npm start` (test/e2e).
 *
 * The integration list is in test/support/tiers.js; test/lint/tiers.test.ts keeps a suite that starts a program or
 * a build out of the unit tier.
 */
const { INTEGRATION } = require("./test/support/tiers");
const { compilerOptions } = require("./tsconfig.json");

/**
 * TypeScript and JSX reach jest through @swc/jest: it strips the types, as ts-jest did with isolatedModules, about
 * twenty times faster on a cold cache (393 files: 0.4 s against 7.8 s); `npm run typecheck` (tsc, in `npm test`)
 * checks the types. Target and JSX follow tsconfig.json (ES2020, the automatic runtime of `react-jsx`); class fields
 * keep tsc's semantics for that target (useDefineForClassFields off). jest.mock calls would be hoisted as with ts-jest.
 */
const swc = (syntax) => [
  "@swc/jest",
  {
    jsc: {
      parser: syntax,
      target: compilerOptions.target.toLowerCase(),
      transform: { react: { runtime: compilerOptions.jsx === "react-jsx" ? "automatic" : "classic" }, useDefineForClassFields: false },
    },
    module: { type: "commonjs" },
    sourceMaps: "inline",
  },
];

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const integrationPattern = `/(${INTEGRATION.map(escape).join("|")})$`;

const shared = {
  testEnvironment: "node",
  rootDir: __dirname,
  roots: ["<rootDir>/test"],
  transform: {
    "^.+\\.ts$": swc({ syntax: "typescript" }),
    "^.+\\.tsx$": swc({ syntax: "typescript", tsx: true }),
    "^.+\\.jsx?$": swc({ syntax: "ecmascript", jsx: true }),
  },
  transformIgnorePatterns: ["/node_modules/(?!(.*/node_modules/)?(strip-bom|uuid)/)"],
  setupFilesAfterEnv: ["<rootDir>/test/support/domTimeout.js"],
};

/** @type {import('jest').Config} */
module.exports = {
  reporters: ["default", "<rootDir>/test/support/summaryReporter.js"],
  testTimeout: 60000,
  globalSetup: "<rootDir>/test/support/globalSetup.js",
  globalTeardown: "<rootDir>/test/support/globalTeardown.js",
  projects: [
    {
      ...shared,
      displayName: "unit",
      testMatch: ["<rootDir>/test/**/*.test.ts", "<rootDir>/test/**/*.test.tsx"],
      testPathIgnorePatterns: ["/node_modules/", "<rootDir>/test/e2e/", integrationPattern],
    },
    {
      ...shared,
      displayName: "integration",
      testMatch: INTEGRATION.map((f) => `<rootDir>/${f}`),
      globalSetup: "<rootDir>/test/support/buildOnce.js",
    },
    {
      ...shared,
      displayName: "e2e",
      testMatch: ["<rootDir>/test/e2e/**/*.test.ts"],
      globalSetup: "<rootDir>/test/support/buildOnce.js",
    },
  ],
};
