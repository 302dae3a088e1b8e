import { bundleIn } from "./support/bundle";
import { StandIn, StandInError } from "./support/customFunctionsStandIn";

/*
 * The built functions bundle in a page whose Office says the display language is English (or Dutch): the bundle reads
 * Office.context.displayLanguage itself, so its results and error messages follow Office without the taskpane's help.
 */
type Fn = (...args: unknown[]) => unknown[][];

const call = (standIn: StandIn, id: string, ...args: unknown[]) => (standIn.associated.get(id) as Fn)(...args)[0][0];
const PEIL = [[44742]]; // 30-6-2022
const VALID = [[46660]];

test("English Office: PSO.STATUS, PSO.TREDE and an error message in English", async () => {
  const en = await bundleIn("en-US");
  expect(call(en, "STATUS", [["Trede 1"]], VALID, [[200_000]], PEIL, [[""]], [[""]], null)).toBe("Not compliant: Level 1, requires Level 2");
  expect(call(en, "TREDE", [["PSO-2"]])).toBe("Level 2");
  const error = call(en, "BIJDRAGE", [["veel"]], [[0.155]]) as StandInError;
  expect(error).toBeInstanceOf(StandInError);
  expect(error.message).toMatch(/^uitgaven: "veel" is not an amount/);
}, 180_000);

test("Dutch Office: the same calls in Dutch", async () => {
  const nl = await bundleIn("nl-NL");
  expect(call(nl, "STATUS", [["Trede 1"]], VALID, [[200_000]], PEIL, [[""]], [[""]], null)).toBe("Voldoet niet: trede 1, vereist trede 2");
  expect(call(nl, "TREDE", [["PSO-2"]])).toBe("Trede 2");
  expect((call(nl, "BIJDRAGE", [["veel"]], [[0.155]]) as StandInError).message).toMatch(/^uitgaven: "veel" is geen bedrag/);
}, 180_000);
