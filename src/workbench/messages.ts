import { coded, Lang, Message } from "../core";

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

/**
 * The workbench page's own frame (bar, formula bar, sheet tabs): the page stays Dutch in either language, as the
 * Dutch Excel it plays (its labels are named so in the browser tests and the README); the taskpane inside it follows
 * ?lang. The English texts are here so the frame can follow too once those are.
 */
export const FRAME_LANG: Lang = "nl";

export const frameMessages = coded("workbench.frame", {
  title: { nl: "PSO-toets werkbank", en: "PSO-toets workbench" },
  open: { nl: "Open .xlsx of .csv…", en: "Open .xlsx or .csv…" },
  download: { nl: "Download .xlsx", en: "Download as .xlsx" },
  sample: { nl: "Voorbeeld", en: "Example" },
  sampleFile: { nl: "Voorbeeldbestand", en: "Example file" },
  ownFile: { nl: "(eigen bestand)", en: "(own file)" },
  samples: {
    everyRow: { nl: "Voorbeeld: elke lastige rij (40)", en: "Example: every awkward row (40)" },
    practice: { nl: "Voorbeeld: lijst uit de praktijk (60)", en: "Example: a list from practice (60)" },
    register: { nl: "Voorbeeld: met PSO-register", en: "Example: with PSO register" },
    outlook: { nl: "Voorbeeld: vooruitblik (einddatums, Aspirant sinds, SW-bedrijf)", en: "Example: outlook (end dates, Aspirant since, SW company)" },
  },
  dropHint: { nl: "of sleep een .xlsx- of .csv-bestand op deze pagina", en: "or drop an .xlsx or .csv file on this page" },
  workbook: { nl: "Werkmap", en: "Workbook" },
  taskpane: { nl: "Taakvenster PSO-toets", en: "PSO-toets task pane" },
  sheets: { nl: "Bladen", en: "Sheets" },
  cell: { nl: "Cel", en: "Cell" },
  formulaBar: { nl: "Formulebalk", en: "Formula bar" },
  enter: { nl: "Invoeren", en: "Enter" },
  formulaError: (error: string): Message => ({ nl: `Fout: ${error}`, en: `Error: ${error}` }),
  functions: (names: string): Message => ({
    nl: `Functies: ${names}. Nederlandse notatie: ; tussen argumenten.`,
    en: `Functions: ${names}. Dutch notation: ; between arguments.`,
  }),
  firstRowsOnly: (rows: string): Message => ({ nl: `Alleen de eerste ${rows} rijen worden getoond.`, en: `Only the first ${rows} rows are shown.` }),
  notOpened: (file: string, kind: string, detail: string): Message => ({
    nl: `${file} kon niet worden geopend als ${kind}: ${detail}`,
    en: `${file} could not be opened as ${kind}: ${detail}`,
  }),
  notStarted: (detail: string): Message => ({ nl: `De werkbank kon niet starten: ${detail}`, en: `The workbench could not start: ${detail}` }),
});

/** The frame's texts in the frame's language. */
export const F = (m: Message): string => m[FRAME_LANG];
