import { coded, dayFromYmd, dayToExcelSerial, Message, messages } from "../../src/core";
import { errorKindOf } from "../../src/functions/errors";
import * as PSO from "../../src/functions/functions";
import { forgetFunctionLang, functionLang } from "../../src/functions/language";
import { ErrorCode, installStandIn, StandInError } from "./support/customFunctionsStandIn";

installStandIn();

const serial = (y: number, m: number, d: number) => dayToExcelSerial(dayFromYmd(y, m, d));
const c = (v: unknown) => [[v]];
const omitted = null as never;
const only = (grid: unknown[][]) => grid[0][0];

/** Office's global as the shared runtime sees it once Office.onReady has run. */
function officeDisplayLanguage(displayLanguage: string | undefined): void {
  (globalThis as { Office?: unknown }).Office = displayLanguage === undefined ? undefined : { context: { displayLanguage } };
  forgetFunctionLang();
}

afterEach(() => officeDisplayLanguage(undefined));

describe("the PSO.* functions speak Office's display language", () => {
  test("English Office: an unreadable argument gives an English message, the kind Excel shows unchanged", () => {
    officeDisplayLanguage("en-US");
    const e = only(PSO.bijdrage(c("veel"), c(0.155))) as StandInError;
    expect(e).toBeInstanceOf(StandInError);
    expect(e.code).toBe(ErrorCode.invalidValue);
    expect(e.message).toBe('uitgaven: "veel" is not an amount; expected e.g. 150000 or €150000 (Dutch notation such as 150.000 is read too)');
  });

  test("Dutch Office: the same cell gives the Dutch message", () => {
    officeDisplayLanguage("nl-NL");
    const e = only(PSO.bijdrage(c("veel"), c(0.155))) as StandInError;
    expect(e.message).toBe('uitgaven: "veel" is geen bedrag; verwacht bijvoorbeeld € 150.000 of 150000');
  });

  test("English Office: status lines, levels, sector levels and KPI labels are English, with English dates", () => {
    officeDisplayLanguage("en-GB");
    const peil = c(serial(2022, 6, 30));
    expect(only(PSO.status(c("Trede 1"), c(serial(2023, 1, 1)), c(200_000), peil, c(""), c(""), omitted))).toBe(
      "Not compliant: Level 1, requires Level 2",
    );
    expect(only(PSO.trede(c("PSO-2")))).toBe("Level 2");
    expect(only(PSO.eis(c(100_000), peil, omitted, omitted))).toBe("No requirement");
    expect(only(PSO.niveau(c("Schoonmaak")))).toBe("Level 1: PSO is a condition");
    expect(only(PSO.groeipad(c(serial(2022, 3, 1)), c(36), peil))).toMatch(/^Growth path \(awarded 1 March 2022\)/);
    const labels = PSO.kpi([[200_000]], [["Trede 2"]], omitted).map((r) => r[0] as string);
    expect(labels[0]).toBe("Suppliers");
    for (const label of labels) expect(label).not.toMatch(/Leveranciers|Uitgaven|Aandeel|doel|Rijen|trede/);
  });

  test("a function called before Office is ready answers in Dutch and reads the language again later", () => {
    officeDisplayLanguage(undefined);
    expect(functionLang()).toBe("nl");
    (globalThis as { Office?: unknown }).Office = { context: { displayLanguage: "en-US" } };
    expect(functionLang()).toBe("en");
  });
});

describe("the error kind is chosen by the message's code, not its wording", () => {
  test("a missing value and a #N/A input are #N/A; any other problem is #VALUE!", () => {
    expect(errorKindOf(messages.missing())).toBe("na");
    expect(errorKindOf(messages.formulaError("#N/A"))).toBe("na");
    expect(errorKindOf(messages.formulaError("#N/B"))).toBe("na");
    expect(errorKindOf(messages.formulaError("#DIV/0!"))).toBe("value");
    expect(errorKindOf(messages.notMoney("veel"))).toBe("value");
  });

  test("rewording the Dutch text of a code keeps its kind; borrowing its wording under another code does not make #N/A", () => {
    // The catalogue entry core.missing with new wording, as after an edit of its Dutch and English text.
    const reworded = coded("core", { missing: (): Message => ({ nl: "niets ingevuld", en: "nothing filled in" }) }).missing();
    expect(errorKindOf(reworded)).toBe("na");
    const lookalike: Message = { nl: messages.missing().nl, en: messages.missing().en };
    expect(errorKindOf(lookalike)).toBe("value");
  });
});
