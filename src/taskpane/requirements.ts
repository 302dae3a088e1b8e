import { coded, Lang, Message } from "../core";
import { paneMessages } from "./messages";

/**
 * What PSO-toets needs from Excel. The manifest declares the minimum (Office will not load the add-in without it);
 * a few features need a later API set, so the taskpane asks at start and says what this Excel lacks.
 * API sets per method: learn.microsoft.com/javascript/api/requirement-sets/excel/excel-api-requirement-sets.
 */
export interface Requirement {
  set: string;
  version: string;
  /** What depends on it, as the user knows it. */
  what: Message;
  /** The Excel members (Class.member, as @types/office-js names them) that need this set; the adapter calls them only where Excel has it. */
  members?: string[];
}

/** What depends on each API set, as the user knows it. */
export const REQUIREMENT_TEXTS = coded("taskpane.requirement", {
  taskpane: { nl: "het taakvenster", en: "the task pane" },
  formulas: { nl: "de PSO-formules", en: "the PSO formulas" },
  printSetup: {
    nl: "het blad Sociale bijdrage klaarzetten voor afdrukken (A4 liggend, afdrukbereik, voettekst, pagina-einde na de samenvatting)",
    en: "set up the Social contribution sheet for printing (A4 landscape, print area, footer, page break after the summary)",
  },
  mergedCells: { nl: "samengevoegde cellen in de leverancierslijst herkennen", en: "recognise merged cells in the supplier list" },
  tableResize: {
    nl: "de kolommen PSO-status en PSO-toelichting in een Excel-tabel opnemen en er weer uit halen",
    en: "add the columns PSO-status and PSO-toelichting to an Excel table and take them out again",
  },
});

/** Declared in manifest.xml: getRangeByIndexes and Worksheet.onChanged are ExcelApi 1.7; one page for taskpane and formulas. */
export const REQUIRED: Requirement[] = [
  { set: "ExcelApi", version: "1.7", what: REQUIREMENT_TEXTS.taskpane },
  { set: "SharedRuntime", version: "1.1", what: REQUIREMENT_TEXTS.formulas },
];

/** Not in the manifest: without them the rest works (src/excel/apiSets.ts asks before each use). */
export const OPTIONAL: Requirement[] = [
  {
    set: "ExcelApi",
    version: "1.9",
    what: REQUIREMENT_TEXTS.printSetup,
    members: [
      "Worksheet.pageLayout", "PageLayout.orientation", "PageLayout.paperSize", "PageLayout.zoom", "PageLayout.setPrintTitleRows",
      "PageLayout.setPrintArea", "PageLayout.leftMargin", "PageLayout.rightMargin", "PageLayout.topMargin", "PageLayout.bottomMargin",
      "PageLayout.headersFooters", "HeaderFooterGroup.defaultForAllPages", "HeaderFooter.leftFooter", "HeaderFooter.rightFooter",
      "Worksheet.horizontalPageBreaks", "PageBreakCollection.removePageBreaks", "PageBreakCollection.add",
    ],
  },
  {
    set: "ExcelApi",
    version: "1.13",
    what: REQUIREMENT_TEXTS.mergedCells,
    members: ["Range.getMergedAreasOrNullObject", "RangeAreas.address"],
  },
  {
    set: "ExcelApi",
    version: "1.13",
    what: REQUIREMENT_TEXTS.tableResize,
    members: ["Table.resize"],
  },
];

export type IsSetSupported = (name: string, version: string) => boolean;

/** The requirements this Excel does not meet; a throwing or absent check counts as not supported. */
export function missing(isSetSupported: IsSetSupported | undefined, requirements: Requirement[]): Requirement[] {
  return requirements.filter((r) => {
    try {
      return !isSetSupported?.(r.set, r.version);
    } catch {
      return true;
    }
  });
}

const list = (items: Requirement[], lang: Lang) => items.map((r) => `${r.what[lang]} (${r.set} ${r.version})`).join(", ");

/** One sentence for the taskpane, or null when this Excel has everything. */
export function requirementNotice(isSetSupported: IsSetSupported | undefined, lang: Lang): { intent: "error" | "warning"; text: string } | null {
  const required = missing(isSetSupported, REQUIRED);
  if (required.length > 0) {
    return {
      intent: "error",
      text: paneMessages.excelLacks(list(required, lang))[lang],
    };
  }
  const optional = missing(isSetSupported, OPTIONAL);
  if (optional.length === 0) return null;
  return {
    intent: "warning",
    text: paneMessages.excelCannot(list(optional, lang))[lang],
  };
}
