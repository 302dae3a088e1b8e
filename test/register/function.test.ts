import { register } from "../../src/functions/functions";

/** Excel's CustomFunctions global, as the other function tests install it. */
class CfError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}
beforeAll(() => {
  (globalThis as Record<string, unknown>).CustomFunctions = { Error: CfError, ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A" } };
});

const RANGE = [
  ["Organisatie", "KvK-nummer", "Trede", "Geldig tot", "Plaats"],
  ["Groen en Zo B.V.", "01234567", "Trede 1", 46112, "Venlo"],
  ["Stichting Werkpunt", null, "PSO-3", "31-12-2027", "Sittard"],
];

test("PSO.REGISTER finds by KvK (leading zero lost) and by name, one answer per cell", () => {
  const out = register([[1234567], ["Werkpunt"], ["Onbekend BV"]], RANGE);
  expect(out.slice(0, 2)).toEqual([["Trede 1"], ["Trede 3"]]);
  const missing = out[2][0] as CfError;
  expect(missing).toBeInstanceOf(CfError);
  expect(missing.code).toBe("#N/A");
  expect(missing.message).toContain('"Onbekend BV" staat niet in het PSO-register');
});

// Issue 23 item 3: a 12-digit vestigingsnummer is not a KvK number plus four digits.
test("PSO.REGISTER finds a 12-digit vestigingsnummer only in the register's vestigingsnummer column", () => {
  expect((register([["012345670001"]], RANGE)[0][0] as CfError).code).toBe("#N/A");
  const withBranches = [
    ["Organisatie", "KvK-nummer", "Vestigingsnummer", "Trede", "Geldig tot"],
    ["Groen en Zo B.V.", "01234567", "000098765432", "Trede 1", 46112],
  ];
  expect(register([["000098765432"]], withBranches)).toEqual([["Trede 1"]]);
});

test("a range without a level column gives #VALUE! naming the column", () => {
  const out = register([["01234567"]], [["Organisatie", "KvK-nummer", "Geldig tot"], ["A", "01234567", 46112]]);
  const error = out[0][0] as CfError;
  expect(error.code).toBe("#VALUE!");
  expect(error.message).toContain('"Trede"');
});
