import { coded, Lang, Message } from "../core";
import type { MessageTable } from "../core/i18n/coded";

/**
 * Every text of the taskpane's frame, Dutch and English side by side in one coded() catalogue (codes
 * `taskpane.ui.<key>`). Row findings and parser messages come from src/core; the pane's other texts are in messages.ts.
 */
export const uiMessages = coded("taskpane.ui", {
  appTitle: { nl: "PSO-toets", en: "PSO check" },
  loading: { nl: "Bezig…", en: "Working…" },
  dismiss: { nl: "Sluiten", en: "Close" },
  unexpected: (detail: string): Message => ({ nl: `Er ging iets mis: ${detail}`, en: `Something went wrong: ${detail}` }),

  tableHeading: { nl: "Leverancierslijst", en: "Supplier list" },
  detecting: { nl: "Leverancierslijst zoeken…", en: "Looking for the supplier list…" },
  redetect: { nl: "Lijst opnieuw zoeken", en: "Find the list again" },
  sheetLine: (sheet: string, headerRow: number): Message => ({ nl: `Blad "${sheet}", kopregel op rij ${headerRow}`, en: `Sheet "${sheet}", header on row ${headerRow}` }),
  dataRows: (n: number): Message => ({
    nl: n === 1 ? "1 leverancier (gegevensrij)" : `${n} leveranciers (gegevensrijen)`,
    en: n === 1 ? "1 supplier (data row)" : `${n} suppliers (data rows)`,
  }),
  noTable: {
    nl: "Nog geen leverancierslijst gevonden. Open het blad met de lijst en klik op Lijst opnieuw zoeken.",
    en: "No supplier list found yet. Open the sheet with the list and click Find the list again.",
  },

  mappingHeading: { nl: "Kolommen", en: "Columns" },
  mappingSummary: (used: number, total: number): Message => ({ nl: `(${used} van ${total} gekoppeld)`, en: `(${used} of ${total} linked)` }),
  mappingHint: {
    nl: "Kies per gegeven de kolom uit uw lijst. PSO-toets onthoudt de keuze voor deze werkmap.",
    en: "Pick the column of your list for each item. PSO check remembers the choice for this workbook.",
  },
  notUsed: { nl: "(niet gebruikt)", en: "(not used)" },
  columnOption: (header: string, letter: string): Message => ({ nl: `${header} (kolom ${letter})`, en: `${header} (column ${letter})` }),
  emptyHeader: (letter: string): Message => ({ nl: `Kolom ${letter} (zonder kop)`, en: `Column ${letter} (no header)` }),

  settingsHeading: { nl: "Controle", en: "Check" },
  peildatum: { nl: "Peildatum", en: "Reference date" },
  peildatumHint: (date: string): Message => ({ nl: `Certificaten en eisen gelden op ${date}`, en: `Certificates and requirements as on ${date}` }),
  peildatumInvalid: { nl: "Kies een geldige datum.", en: "Pick a valid date." },
  peildatumPlaceholder: { nl: "dd-mm-jjjj", en: "dd-mm-yyyy" },
  policy: { nl: "Beleid", en: "Policy" },
  policyLoading: { nl: "Beleid laden…", en: "Loading policy…" },
  policySource: {
    sheet: { nl: "uit het blad PSO-beleid van deze werkmap", en: "from this workbook's PSO-beleid sheet" },
    preset: { nl: "standaardbeleid", en: "default policy" },
  },

  check: { nl: "Controleer", en: "Check" },
  clear: { nl: "Wis markeringen", en: "Clear highlights" },
  cleared: { nl: "Markeringen gewist.", en: "Highlights cleared." },
  editPolicy: { nl: "Beleid", en: "Policy" },
  refreshSocial: { nl: "Vernieuw sociale bijdrage", en: "Refresh social contribution" },
  socialRefreshed: (sheet: string, month: string): Message => ({ nl: `Blad "${sheet}" bijgewerkt (${month}).`, en: `Sheet "${sheet}" updated (${month}).` }),

  summaryHeading: { nl: "Resultaat", en: "Result" },
  summaryFor: (date: string, policy: string): Message => ({ nl: `Peildatum ${date}, beleid ${policy}`, en: `Reference date ${date}, policy ${policy}` }),
  stale: {
    nl: "De instellingen zijn gewijzigd na deze controle. Klik op Controleer voor een nieuw resultaat.",
    en: "The settings changed after this check. Click Check for a new result.",
  },
  statusCounts: { nl: "Aantal per status", en: "Count per status" },
  kpiHeading: { nl: "Kerncijfers", en: "Key figures" },
  kpiContributionNote: (n: number): Message => ({
    nl: `op basis van ${n} ${n === 1 ? "leverancier" : "leveranciers"} met bekende sociale bijdrage`,
    en: `based on ${n} ${n === 1 ? "supplier" : "suppliers"} with a known social contribution`,
  }),
  target: (pct: string): Message => ({ nl: `doel ${pct}`, en: `target ${pct}` }),

  failingHeading: (n: number): Message => ({ nl: `Aandachtspunten (${n})`, en: `Points of attention (${n})` }),
  failingHint: { nl: "Klik op een regel om de rij in het blad te selecteren.", en: "Click a line to select the row in the sheet." },
  noFailing: {
    nl: "Geen aandachtspunten: alle leveranciers voldoen of vallen buiten scope.",
    en: "Nothing to follow up: every supplier complies or is out of scope.",
  },
  rowLabel: (row: number): Message => ({ nl: `Rij ${row}`, en: `Row ${row}` }),
  showAll: (n: number): Message => ({ nl: `Toon alle ${n}`, en: `Show all ${n}` }),

  // The editor's field and row labels sit with each setting in core/policy/policySettings.ts; here only its frame.
  editorTitle: { nl: "Beleid aanpassen", en: "Edit policy" },
  scopeHeading: { nl: "Reikwijdte", en: "Scope" },
  requirementsHeading: { nl: "Minimale trede vanaf datum", en: "Minimum level from date" },
  growthHeading: { nl: "Groeipad", en: "Growth path" },
  warningHeading: { nl: "Signalering", en: "Warnings" },
  kpiSettingsHeading: { nl: "Kerncijfers", en: "Key figures" },
  sroiHeading: { nl: "Klassieke social return (SROI)", en: "Classic social return (SROI)" },
  sectorHeading: { nl: "Sectorniveaus", en: "Sector levels" },
  notANumber: (text: string): Message => ({ nl: `"${text}" is geen getal van 0 of meer`, en: `"${text}" is not a number of 0 or more` }),
  notDayList: (text: string): Message => ({
    nl: `"${text}" is geen lijst van aantallen dagen, bijvoorbeeld 90; 60; 30; 7`,
    en: `"${text}" is not a list of day counts, e.g. 90; 60; 30; 7`,
  }),
  notIsoDate: { nl: "typ een datum, bijvoorbeeld 1-1-2022", en: "type a date, e.g. 1-1-2022" },
  save: { nl: "Opslaan", en: "Save" },
  cancel: { nl: "Annuleren", en: "Cancel" },
  reset: { nl: "Standaardbeleid herstellen", en: "Restore default policy" },
  saved: { nl: "Beleid opgeslagen in het blad PSO-beleid.", en: "Policy saved in the PSO-beleid sheet." },
  resetDone: { nl: "Standaardbeleid hersteld.", en: "Default policy restored." },
});

/** A catalogue read in one language: each text as a string, each text with arguments as a function giving a string. */
export type InLanguage<T> = T extends (...args: infer A) => Message ? (...args: A) => string : T extends Message ? string : { [K in keyof T]: InLanguage<T[K]> };

function isMessage(entry: unknown): entry is Message {
  return typeof entry === "object" && entry !== null && typeof (entry as Message).nl === "string" && typeof (entry as Message).en === "string";
}

/** The catalogue's texts in one language, for components that show one language throughout (`s.check`, `s.rowLabel(7)`). */
export function inLanguage<T extends MessageTable>(table: T, lang: Lang): InLanguage<T> {
  const out: Record<string, unknown> = {};
  for (const [key, entry] of Object.entries(table)) {
    if (typeof entry === "function") out[key] = (...args: never[]) => entry(...args)[lang];
    else if (isMessage(entry)) out[key] = entry[lang];
    else out[key] = inLanguage(entry, lang);
  }
  return out as InLanguage<T>;
}

export type Strings = InLanguage<typeof uiMessages>;

/** The catalogue in each language: what the components read. */
export const strings: Record<Lang, Strings> = { nl: inLanguage(uiMessages, "nl"), en: inLanguage(uiMessages, "en") };
