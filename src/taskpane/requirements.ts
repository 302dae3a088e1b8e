import type { Lang, Message } from "../core";

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

/** Declared in manifest.xml: getRangeByIndexes and Worksheet.onChanged are ExcelApi 1.7; one page for taskpane and formulas. */
export const REQUIRED: Requirement[] = [
  { set: "ExcelApi", version: "1.7", what: { nl: "het taakvenster", en: "the task pane" } },
  { set: "SharedRuntime", version: "1.1", what: { nl: "de PSO-formules", en: "the PSO formulas" } },
];

/** Not in the manifest: without them the rest works (src/excel/apiSets.ts asks before each use). */
export const OPTIONAL: Requirement[] = [
  {
    set: "ExcelApi",
    version: "1.9",
    what: { nl: "het blad Sociale bijdrage klaarzetten voor afdrukken (A4 liggend, afdrukbereik, voettekst, pagina-einde na de samenvatting)", en: "set up the Social contribution sheet for printing (A4 landscape, print area, footer, page break after the summary)" },
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
    what: { nl: "samengevoegde cellen in de leverancierslijst herkennen", en: "recognise merged cells in the supplier list" },
    members: ["Range.getMergedAreasOrNullObject", "RangeAreas.address"],
  },
  {
    set: "ExcelApi",
    version: "1.13",
    what: {
      nl: "de kolommen PSO-status en PSO-toelichting in een Excel-tabel opnemen en er weer uit halen",
      en: "add the columns PSO-status and PSO-toelichting to an Excel table and take them out again",
    },
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
      text:
        lang === "en"
          ? `This version of Excel lacks what PSO check needs: ${list(required, lang)}. Update Excel or use Excel on the web.`
          : `Deze versie van Excel mist wat PSO-toets nodig heeft: ${list(required, lang)}. Werk Excel bij of gebruik Excel op het web.`,
    };
  }
  const optional = missing(isSetSupported, OPTIONAL);
  if (optional.length === 0) return null;
  return {
    intent: "warning",
    text:
      lang === "en"
        ? `This version of Excel cannot ${list(optional, lang)}; everything else works. Update Excel or use Excel on the web for it.`
        : `Deze versie van Excel kan niet: ${list(optional, lang)}. De rest werkt. Werk Excel bij of gebruik Excel op het web.`,
  };
}
