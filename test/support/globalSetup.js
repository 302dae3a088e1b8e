/**
 * Once per jest run, before any suite: names the run, so each worker's LibreOffice profile
 * (test/support/libreoffice.ts) belongs to this run only and globalTeardown.js can remove them.
 */
module.exports = async function globalSetup() {
  process.env.PSO_TEST_RUN = String(process.pid);
};
