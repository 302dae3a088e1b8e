/**
 * Errors as input. With allowErrorForDataTypeAny in functions.json, Excel calls the function even when a cell of an
 * input range holds an error and passes that cell as a CustomFunctions.Error. The functions promise an answer per
 * cell: the error cell gets its own error with a message, every other cell is computed.
 */
import { dayFromYmd, dayToExcelSerial } from "../../src/core";
import { resetActivePolicy } from "../../src/addin/activePolicy";
import * as PSO from "../../src/functions/functions";
import { ErrorCode, installStandIn, StandInError } from "./support/customFunctionsStandIn";

const cf = installStandIn();
afterEach(() => resetActivePolicy());

const serial = (y: number, m: number, d: number) => dayToExcelSerial(dayFromYmd(y, m, d));
const PEIL = [[serial(2022, 6, 30)]];
const VALID = serial(2023, 12, 31);
const col = (...vs: unknown[]) => vs.map((v) => [v]);
/** What Excel passes for an #N/A cell (#N/B in Dutch Excel) and a #DIV/0! cell. */
const na = () => new cf.Error(ErrorCode.notAvailable);
const div0 = () => new cf.Error(ErrorCode.divisionByZero);

describe("one error cell in a range spoils only its own row", () => {
  test("PSO.STATUS over E5:E9 with an #N/A in the middle: that row is #N/A naming the column, the others are computed", () => {
    const out = PSO.status(
      col("Trede 2", "Trede 1", na(), "geen", "Trede 2"),
      col(VALID, VALID, VALID, "", VALID),
      col(200_000, 200_000, 200_000, 200_000, 100_000),
      PEIL, null as never, null as never, null as never,
    );
    expect(out).toHaveLength(5);
    expect(out[0][0]).toBe("Voldoet");
    expect(String(out[1][0])).toMatch(/^Voldoet niet/);
    expect(out[2][0]).toBeInstanceOf(StandInError);
    const e = out[2][0] as StandInError;
    expect(e.code).toBe("#N/A");
    expect(e.message).toMatch(/#N\/A/);
    expect(e.message).toMatch(/PSO-trede|trede/i);
    expect(String(out[3][0])).toMatch(/^Voldoet niet/);
    expect(out[4][0]).toBe("Buiten scope");
  });

  test("an error in an optional column (gunningsdatum) gives that row an error, not a silent 'no date'", () => {
    const out = PSO.voldoet(col("Trede 2", "Trede 2"), col(VALID, VALID), col(200_000, 200_000), PEIL, col(null, div0()), null as never, null as never);
    expect(out[0][0]).toBe(true);
    expect(out[1][0]).toBeInstanceOf(StandInError);
    expect((out[1][0] as StandInError).message).toContain("#DIV/0!");
  });

  test("PSO.BIJDRAGE and PSO.TREDE: a #DIV/0! contribution or an #N/A level is #VALUE!/#N/A in that cell only", () => {
    const bijdrage = PSO.bijdrage(col(1_000_000, 1_000_000, 500_000), col(0.155, div0(), 0.1));
    expect(bijdrage[0][0]).toBe(155_000);
    expect((bijdrage[1][0] as StandInError).code).toBe("#VALUE!");
    expect((bijdrage[1][0] as StandInError).message).toContain("bijdrage_pct");
    expect(bijdrage[2][0]).toBe(50_000);
    const trede = PSO.trede(col("PSO-2", na(), "aspirant"));
    expect(trede.map((r) => (r[0] instanceof StandInError ? r[0].code : r[0]))).toEqual(["Trede 2", "#N/A", "Aspirant-status"]);
  });

  test("PSO.KPI counts a row with an error cell under rows with errors and still computes the others", () => {
    const out = PSO.kpi(col(100_000, 200_000, 300_000), col("Trede 2", na(), "Trede 1"));
    const rows = new Map(out.map((r) => [String(r[0]), r[1]]));
    expect(out.flat().some((v) => v instanceof StandInError)).toBe(false);
    const errorsRow = [...rows.keys()].find((k) => /fout/i.test(k));
    expect(errorsRow).toBeDefined();
    expect(rows.get(errorsRow!)).toBe(1);
  });
});
