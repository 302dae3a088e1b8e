import { asGrid, guarded, mapRows } from "../../src/functions/ranges";
import { excelError, errorForFinding } from "../../src/functions/errors";
import { evaluateRow, wonenLimburgPolicy } from "../../src/core";
import { getActivePolicy, onActivePolicyChange, resetActivePolicy, setActivePolicy } from "../../src/addin/activePolicy";
import * as PSO from "../../src/functions/functions";
import { installStandIn, StandInError } from "./support/customFunctionsStandIn";

installStandIn();
const join = (cells: unknown[]) => cells.map(String).join("|");

describe("range broadcasting: one formula covers a whole column", () => {
  test("ranges of equal shape pair up cell by cell; a single cell applies to every row", () => {
    expect(mapRows([[[1], [2]], [["a"], ["b"]], [["x"]]], { required: [] }, join)).toEqual([["1|a|x"], ["2|b|x"]]);
  });

  test("a row range broadcasts against a column range like Excel does (2×1 with 1×3 gives 2×3)", () => {
    expect(mapRows([[[1], [2]], [["a", "b", "c"]]], { required: [] }, join)).toEqual([
      ["1|a", "1|b", "1|c"],
      ["2|a", "2|b", "2|c"],
    ]);
  });

  test("an omitted optional argument (null) applies to every row", () => {
    expect(mapRows([[[1], [2]], null], { required: [] }, join)).toEqual([["1|null"], ["2|null"]]);
  });

  test("ranges of different sizes give one #VALUE! naming both sizes", () => {
    const out = mapRows([[[1], [2], [3]], [["a"], ["b"]]], { required: [] }, join);
    expect(out).toHaveLength(1);
    const e = out[0][0] as StandInError;
    expect(e).toBeInstanceOf(StandInError);
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toContain("3×1, 2×1");
  });

  test("a row whose required cells are all blank stays blank; Excel's empty string counts as blank", () => {
    expect(mapRows([[[""], ["  "], [null], [5]]], { required: [0] }, join)).toEqual([[""], [""], [""], ["5"]]);
  });

  test("a JavaScript exception in one row becomes #VALUE! in that cell only, never a thrown error", () => {
    const out = mapRows([[[1], [2]]], { required: [] }, ([v]) => {
      if (v === 2) throw new TypeError("boom");
      return v;
    });
    expect(out[0][0]).toBe(1);
    expect((out[1][0] as StandInError).code).toBe("#VALUE!");
    expect((out[1][0] as StandInError).message).toContain("interne fout in PSO-toets (boom)");
    expect((guarded(() => { throw new Error("kapot"); })[0][0] as StandInError).code).toBe("#VALUE!");
  });

  test("scalars and 1-D arrays are accepted as well as Excel's 2-D arrays", () => {
    expect(asGrid(5)).toEqual([[5]]);
    expect(asGrid([1, 2])).toEqual([[1, 2]]);
    expect(asGrid(undefined)).toEqual([[null]]);
  });
});

describe("errors go through one helper on the CustomFunctions global", () => {
  test("the code follows the kind and the message is Dutch", () => {
    const e = excelError("na", { nl: "ontbreekt", en: "missing" }) as unknown as StandInError;
    expect(e.code).toBe("#N/A");
    expect(e.message).toBe("ontbreekt");
  });

  test("an error row from the core becomes #N/A for missing data, #VALUE! for unreadable data", () => {
    const missing = evaluateRow({ row: 2, level: "Trede 2" }, wonenLimburgPolicy, 19_000);
    expect((errorForFinding(missing) as unknown as StandInError).code).toBe("#N/A");
    const unreadable = evaluateRow({ row: 2, level: "trede 9", spend: 1 }, wonenLimburgPolicy, 19_000);
    expect((errorForFinding(unreadable) as unknown as StandInError).code).toBe("#VALUE!");
  });

  test("without the Excel runtime the helper says so instead of failing obscurely", () => {
    const saved = (globalThis as { CustomFunctions?: unknown }).CustomFunctions;
    delete (globalThis as { CustomFunctions?: unknown }).CustomFunctions;
    try {
      expect(() => excelError("value", { nl: "x", en: "x" })).toThrow("CustomFunctions runtime not loaded");
    } finally {
      (globalThis as { CustomFunctions?: unknown }).CustomFunctions = saved;
    }
  });
});

describe("the active policy lives in memory; the Excel adapter sets it", () => {
  afterEach(() => resetActivePolicy());

  test("defaults to the preset, and a policy set by the adapter changes what the formulas answer", () => {
    expect(getActivePolicy()).toBe(wonenLimburgPolicy);
    const seen: string[] = [];
    const stop = onActivePolicyChange((p) => seen.push(p.name));
    expect(PSO.eis([[120_000]], [["30-6-2022"]])).toEqual([["Geen eis"]]);
    setActivePolicy({ ...wonenLimburgPolicy, name: "Eigen beleid", scope: { minAnnualSpend: 100_000 } });
    expect(PSO.eis([[120_000]], [["30-6-2022"]])).toEqual([["Trede 2"]]);
    stop();
    resetActivePolicy();
    expect(seen).toEqual(["Eigen beleid"]);
    expect(PSO.eis([[120_000]], [["30-6-2022"]])).toEqual([["Geen eis"]]);
  });

  test("taskpane.js and functions.js each bundle their own copy of the module; a policy set in one reaches the other", () => {
    let taskpaneCopy!: typeof import("../../src/addin/activePolicy");
    let functionsCopy!: typeof import("../../src/addin/activePolicy");
    jest.isolateModules(() => {
      taskpaneCopy = require("../../src/addin/activePolicy");
    });
    jest.isolateModules(() => {
      functionsCopy = require("../../src/addin/activePolicy");
    });
    expect(taskpaneCopy).not.toBe(functionsCopy);
    const own = { ...wonenLimburgPolicy, name: "Uit het blad PSO-beleid" };
    taskpaneCopy.setActivePolicy(own);
    expect(functionsCopy.getActivePolicy()).toBe(own);
    expect(getActivePolicy()).toBe(own);
  });
});
