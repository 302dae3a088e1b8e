/**
 * The suites of the integration tier (jest.config.js): each starts another program or needs a build, or pushes an
 * input at full size through that cannot be made smaller (the real 5 MB limit, more rows than the old 100,000 limit).
 */
const INTEGRATION = [
  "test/cli/check.test.ts", // LibreOffice round trip, bin/pso-toets.js
  "test/cli/drain.test.ts", // bin/pso-toets.js through a pipe
  "test/cli/rapport.test.ts", // LibreOffice to PDF, pdftotext
  "test/cli/staleTemps.test.ts", // a finished child process (its pid is free)
  "test/cli/terminal.test.ts", // bin/pso-toets.js
  "test/cli/usage.test.ts", // bin/pso-toets.js
  "test/excel/scale.test.ts", // 100,000 rows at the real 5 MB limit
  "test/functions/builtBundle.test.ts", // the built functions.js against the built CLI
  "test/functions/builtBundleLanguage.test.ts", // the built functions.js
  "test/functions/builtBundleMetadataEn.test.ts", // the built functions.en.json
  "test/functions/helpExamples.test.ts", // the built bundle and help pages
  "test/functions/workbenchEngine.test.ts", // the built functions.json
  "test/letters/brieven.test.ts", // LibreOffice Writer to PDF
  "test/letters/ooxml.test.ts", // Java: the letters' parts against the schemas
  "test/lint/eslintConfig.test.ts", // ESLint with the project's config
  "test/manifest/manifest.test.ts", // office-addin-manifest
  "test/manifest/metadataTranslation.test.ts", // a webpack build
  "test/manifest/urls.test.ts", // a webpack build
  "test/release/release.test.ts", // a release build, Chromium
  "test/release/releaseCheck.test.ts", // npm run validate
  "test/reliability/injection.test.ts", // LibreOffice
  "test/reliability/largeInputs.test.ts", // 110,000 rows through check and rapport, past the old row limit
  "test/reliability/licences.test.ts", // npm ls (test/reliability/licences.ts)
  "test/reliability/realWorld.test.ts", // LibreOffice
  "test/report/readableCopy.test.ts", // LibreOffice
  "test/report/reportPdf.test.ts", // LibreOffice to PDF
  "test/schema/producedParts.test.ts", // Java: every written part against the schemas (test/schema/validate.ts)
];

module.exports = { INTEGRATION };
