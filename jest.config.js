/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    "^.+\\.(t|j)sx?$": ["ts-jest", { tsconfig: "tsconfig.test.json" }],
  },
  transformIgnorePatterns: ["/node_modules/(?!(.*/node_modules/)?(strip-bom|uuid)/)"],
  reporters: ["default", "<rootDir>/test/support/summaryReporter.js"],
  testTimeout: 60000,
};
