import { acceptable, REVIEWED_WITHOUT_LICENCE, runtimeLicences } from "./licences";

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
