import { CellValue, Policy, policyFromJson, wonenLimburgPolicy } from "../../src/core";
import { policyFromGrid, policyToGrid } from "../../src/core/policy/policySheet";
import { getPath, LIST_SETTINGS, setPath, SETTINGS, SettingKind } from "../../src/core/policy/policySettings";

/** A value unlike the preset's for each kind, and one no value of that kind may be. */
const CHANGED: Record<SettingKind, (preset: unknown) => unknown> = {
  text: () => "Gemeente Voorbeeld",
  money: (v) => (v as number) + 12_345.5,
  months: (v) => (v as number) + 7,
  days: (v) => (v as number) + 11,
  fraction: (v) => ((v as number) === 0.125 ? 0.25 : 0.125),
  bool: (v) => !v,
  level: (v) => (v === "trede3" ? "basis" : "trede3"),
  dayList: () => [45, 10],
  date: (v) => (v === "2023-04-01" ? "2020-06-15" : "2023-04-01"),
};
const NOT_IN_JSON: Record<SettingKind, unknown> = {
  text: 42,
  money: -1,
  months: "twaalf",
  days: -3,
  fraction: 1.5,
  bool: "ja",
  level: "trede9",
  dayList: [30, "zeven"],
  date: "1-4-2023",
};
/** A cell each kind cannot read; a text reads any cell (a blank one is an empty text: the sender's phone may be blank). */
const NOT_IN_CELL: Record<SettingKind, CellValue | undefined> = {
  text: undefined,
  money: "veel",
  months: "twaalf",
  days: "-3",
  fraction: "150%",
  bool: "misschien",
  level: "Trede 9",
  dayList: "90, zestig",
  date: "volgend jaar",
};

/** The list settings, each with a value unlike the preset's. */
const CHANGED_LIST: Record<string, unknown> = {
  requirements: [
    { from: "2020-03-01", minLevel: "aspirant" },
    { from: "2024-07-01", minLevel: "pso30plus" },
  ],
  "growthPath.steps": [{ level: "basis", monthsAfterAward: 9 }],
  "sectorLevels.levels": [
    { niveau: 2, meaning: "PSO telt mee bij gunning", keywords: ["energie", "telecom"] },
    { niveau: 3, meaning: "PSO is welkom", keywords: ["ict"] },
  ],
};

function withValue(path: string, value: unknown): Policy {
  const policy = structuredClone(wonenLimburgPolicy) as unknown as Record<string, unknown>;
  setPath(policy, path, value);
  return policy as unknown as Policy;
}

/** JSON as a buyer writes it: only the setting that differs from the preset. */
function partialJson(path: string, value: unknown): Record<string, unknown> {
  const json: Record<string, unknown> = {};
  setPath(json, path, value);
  return json;
}

const sheetRow = (grid: CellValue[][], label: string) => grid.findIndex((r) => r[0] === label);

describe("policy settings schema: every setting round-trips", () => {
  test("the schema names each path once and each sheet label once", () => {
    const paths = [...SETTINGS.map((s) => s.path), ...LIST_SETTINGS.map((s) => s.path)];
    expect(new Set(paths).size).toBe(paths.length);
    const labels = SETTINGS.map((s) => s.sheetLabel.toLowerCase());
    expect(new Set(labels).size).toBe(labels.length);
    for (const path of paths) expect(getPath(wonenLimburgPolicy, path)).toBeDefined();
  });

  describe.each(SETTINGS.map((s) => [s.path, s] as const))("%s", (path, setting) => {
    const value = CHANGED[setting.kind](getPath(wonenLimburgPolicy, path));
    const policy = withValue(path, value);

    test("a JSON file that sets only this setting changes only this setting", () => {
      expect(value).not.toEqual(getPath(wonenLimburgPolicy, path));
      expect(policyFromJson(JSON.parse(JSON.stringify(partialJson(path, value))))).toEqual({ ok: true, value: policy });
    });

    test("a whole policy survives JSON.stringify and back", () => {
      expect(policyFromJson(JSON.parse(JSON.stringify(policy)))).toEqual({ ok: true, value: policy });
    });

    test("a JSON value of the wrong kind is refused, naming the path in both languages", () => {
      const bad = policyFromJson(partialJson(path, NOT_IN_JSON[setting.kind]));
      expect(bad.ok).toBe(false);
      expect(!bad.ok && bad.message.nl).toContain(`"${path}" moet`);
      expect(!bad.ok && bad.message.en).toContain(`"${path}" must`);
    });

    test("the PSO-beleid sheet holds it on its own row, and writing then reading gives the same policy", () => {
      const grid = policyToGrid(policy);
      expect(sheetRow(grid, setting.sheetLabel)).toBeGreaterThan(0);
      expect(policyFromGrid(grid)).toEqual({ ok: true, value: policy });
    });

    test("a sheet value of the wrong kind is refused, naming the row and the setting", () => {
      const grid = policyToGrid(wonenLimburgPolicy);
      const i = sheetRow(grid, setting.sheetLabel);
      const wrong = NOT_IN_CELL[setting.kind];
      if (wrong === undefined) {
        grid[i][1] = null;
        const blank = policyFromGrid(grid);
        expect(blank.ok && getPath(blank.value, path)).toBe("");
        return;
      }
      grid[i][1] = wrong;
      const bad = policyFromGrid(grid);
      expect(bad.ok).toBe(false);
      expect(!bad.ok && bad.message.nl).toContain(`rij ${i + 1} ("${setting.sheetLabel}")`);
      expect(!bad.ok && bad.message.en).toContain(`row ${i + 1} ("${setting.sheetLabel}")`);
    });
  });

  describe.each(LIST_SETTINGS.map((s) => [s.path] as const))("list %s", (path) => {
    test("has a changed value in this test", () => expect(CHANGED_LIST[path]).toBeDefined());
    const policy = withValue(path, CHANGED_LIST[path]);

    test("round-trips through JSON", () => {
      expect(policyFromJson(JSON.parse(JSON.stringify(partialJson(path, CHANGED_LIST[path]))))).toEqual({ ok: true, value: policy });
    });

    test("round-trips through the PSO-beleid sheet", () => {
      expect(policyFromGrid(policyToGrid(policy))).toEqual({ ok: true, value: policy });
    });

    test("a JSON value that is no list is refused, naming the path", () => {
      const bad = policyFromJson(partialJson(path, "geen lijst"));
      expect(!bad.ok && bad.message.nl).toContain(`"${path}" moet een lijst`);
      expect(!bad.ok && bad.message.en).toContain(`"${path}" must be a list`);
    });
  });
});

describe("policy JSON", () => {
  test("an English message says what was expected in English", () => {
    const bad = policyFromJson({ kpi: { spendMinLevel: "hoog" } });
    expect(bad).toEqual({
      ok: false,
      message: {
        nl: 'beleid: "kpi.spendMinLevel" moet een trede, bijv. "trede2" of "basis" zijn',
        en: 'policy: "kpi.spendMinLevel" must be a level, e.g. "trede2" or "basis"',
      },
    });
  });

  test("requirements come back sorted by date, whatever order the file has", () => {
    const p = policyFromJson({ requirements: [{ from: "2022-01-01", minLevel: "trede2" }, { from: "2021-01-01", minLevel: "trede1" }] });
    expect(p.ok && p.value.requirements.map((r) => r.from)).toEqual(["2021-01-01", "2022-01-01"]);
  });

  test("a file that is no object is refused", () => {
    expect(policyFromJson([1, 2]).ok).toBe(false);
  });
});
