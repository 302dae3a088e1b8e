/** @jest-environment jsdom */
import { fireEvent, screen } from "@testing-library/react";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import path from "path";
import englishMetadata from "../../src/functions/metadata.en.json";
import { argumentHint, functionHelp, FunctionHelpTable } from "../../src/workbench/argumentHints";
import { FormulaBar } from "../../src/workbench/FormulaBar";
import { renderUi } from "../taskpane/setup";

/*
 * The workbench's formula bar shows a PSO function's arguments while its formula is typed (`=PSO.BIJDRAGE(`), the
 * argument being typed in bold and what it means in the user's language, from the functions' own metadata: the
 * functions.json the build makes from functions.ts's JSDoc (generated here the same way) and its English table.
 */
let help: FunctionHelpTable;
beforeAll(async () => {
  const generated = await generateCustomFunctionsMetadata(path.join(__dirname, "..", "..", "src", "functions", "functions.ts"));
  expect(generated.errors).toEqual([]);
  help = functionHelp(JSON.parse(generated.metadataJson), englishMetadata);
}, 30_000);

describe("which argument a formula being typed is at", () => {
  test.each([
    ["=PSO.BIJDRAGE(", "PSO.BIJDRAGE", 0],
    ["=pso.bijdrage(D5;", "PSO.BIJDRAGE", 1],
    ['=PSO.TREDE("a;b', "PSO.TREDE", 0],
    ["=PSO.EIS(D5;PSO.TREDE(E5", "PSO.TREDE", 0],
    ["=PSO.EIS(D5;PSO.TREDE(E5);", "PSO.EIS", 2],
  ])("%s: %s, argument %i", (text, name, argument) => {
    const hint = argumentHint(text, help);
    expect([hint?.fn.name, hint?.argument]).toEqual([name, argument]);
  });

  test.each(["PSO.BIJDRAGE(", "=PSO.BIJDRAGE(D5;I5)", "=SOM(A1;", "=SOM(PSO.BIJDRAGE(D5;I5);"])("%s: no hint", (text) => {
    expect(argumentHint(text, help)).toBeNull();
  });
});

function typeFormula(text: string, lang: "nl" | "en") {
  renderUi(<FormulaBar selection={{ row: 4, col: 9 }} content="" functionNames={["PSO.BIJDRAGE"]} onCommit={() => ({ text: "" })} help={help} lang={lang} />);
  fireEvent.change(screen.getByLabelText("Formulebalk"), { target: { value: text } });
  return screen.queryByTestId("argument-hint");
}

describe("the formula bar's hint", () => {
  test("in Dutch: the arguments with the current one in bold and what it means", () => {
    const hint = typeFormula("=PSO.BIJDRAGE(D5;", "nl")!;
    expect(hint.querySelector("code")?.textContent).toBe("PSO.BIJDRAGE(uitgaven; bijdrage_pct)");
    expect(hint.querySelector("strong")?.textContent).toBe("bijdrage_pct");
    expect(hint).toHaveTextContent("bijdrage_pct: Totale sociale bijdrage van de leverancier: 0,155, 15,5% of 15,5 (cel of bereik).");
  });

  test("in English: the same arguments (formulas keep their Dutch names), described in English", () => {
    const hint = typeFormula("=PSO.BIJDRAGE(", "en")!;
    expect(hint.querySelector("strong")?.textContent).toBe("uitgaven");
    expect(hint).toHaveTextContent("uitgaven: Spend at the supplier in euros (cell or range).");
  });

  test("optional arguments in brackets, as Excel shows them; nothing in bold past the last one", () => {
    const hint = typeFormula("=PSO.GELDIG(F5;A1;", "nl")!;
    expect(hint.querySelector("code")?.textContent).toBe("PSO.GELDIG(geldig_tot; [peildatum])");
    expect(hint.querySelector("strong")).toBeNull();
  });

  test("no hint outside a PSO function's parentheses", () => {
    expect(typeFormula("=PSO.BIJDRAGE(D5;I5)", "nl")).toBeNull();
  });
});
