import { coded, Message } from "../core";

/** What the workbench itself says about formulas (the add-in's texts live in the core and the taskpane). */
export const workbenchMessages = coded("workbench", {
  commaSeparator: (): Message => ({
    nl: "gebruik ; tussen argumenten (Nederlandse notatie), bijvoorbeeld =PSO.BIJDRAGE(A2;B2)",
    en: "use ; between arguments (Dutch notation), e.g. =PSO.BIJDRAGE(A2;B2)",
  }),
  notCalculated: (name: string): Message => ({
    nl: `${name} wordt in de werkbank niet berekend (alleen PSO.*-formules); Excel rekent hem wel uit.`,
    en: `${name} is not calculated in the workbench (PSO.* formulas only); Excel does calculate it.`,
  }),
  spill: (cell: string): Message => ({
    nl: `Het resultaat loopt over cel ${cell}, die niet leeg is. Maak de cellen eronder of ernaast leeg.`,
    en: `The result spills over cell ${cell}, which is not empty. Clear the cells below or beside it.`,
  }),
});
