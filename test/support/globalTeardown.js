/** After the run: removes the LibreOffice profiles of this run's workers (test/support/libreoffice.ts). */
const fs = require("fs");
const os = require("os");
const path = require("path");

module.exports = async function globalTeardown() {
  const run = process.env.PSO_TEST_RUN;
  if (!run) return;
  const prefix = `pso-lo-profile-${run}-`;
  for (const name of fs.readdirSync(os.tmpdir())) {
    if (name.startsWith(prefix)) fs.rmSync(path.join(os.tmpdir(), name), { recursive: true, force: true });
  }
};
