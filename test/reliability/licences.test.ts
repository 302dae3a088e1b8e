import { readFileSync } from "fs";
import path from "path";
import { acceptable, REVIEWED_WITHOUT_LICENCE, runtimeLicences } from "./licences";

// eslint-disable-next-line @typescript-eslint/no-require-imports -- the generator is a plain Node script
const generator = require("../../scripts/licences.js") as {
  runtimePackages: () => { name: string; version: string; licence: string }[];
  markdown: (list: { name: string; version: string; licence: string }[]) => string;
  OUTPUT: string;
};

test("the SPDX check accepts permissive licences and dual licences with a permissive choice, not copyleft", () => {
  expect(acceptable("MIT")).toBe(true);
  expect(acceptable("(MIT OR GPL-3.0-or-later)")).toBe(true);
  expect(acceptable("Apache-2.0 AND MIT")).toBe(true);
  for (const copyleft of ["GPL-3.0", "AGPL-3.0-only", "LGPL-2.1-or-later", "SSPL-1.0", "EUPL-1.2", "MIT AND GPL-2.0", "UNKNOWN"]) {
    expect([copyleft, acceptable(copyleft)]).toEqual([copyleft, false]);
  }
});

test("every runtime dependency (npm ls --omit=dev --all) has a licence compatible with distribution", () => {
  const list = runtimeLicences();
  expect(list.map((p) => p.name)).toEqual(expect.arrayContaining(["exceljs", "react", "react-dom", "@fluentui/react-components"]));
  const refused = list.filter((p) => !acceptable(p.licence) && !REVIEWED_WITHOUT_LICENCE.has(`${p.name}@${p.version}`));
  expect(refused).toEqual([]);
});

describe("THIRD-PARTY-LICENSES.md (node scripts/licences.js)", () => {
  const generated = generator.runtimePackages();

  test("the generator finds the same packages, versions and licences as npm ls", () => {
    const key = (p: { name: string; version: string; licence: string }) => `${p.name}@${p.version} ${p.licence}`;
    expect(generated.map(key).sort()).toEqual(runtimeLicences().map(key).sort());
  });

  test("the committed file is what the generator writes today (run `node scripts/licences.js` after a dependency change)", () => {
    const committed = readFileSync(path.resolve(generator.OUTPUT), "utf8");
    expect(committed).toBe(generator.markdown(generated));
    expect(committed).toContain("| exceljs |");
  });
});
