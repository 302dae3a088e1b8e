import { coded, Message, POLICY_SHEET_NAME } from "../core";

/** Every user-facing text of the Excel adapter, Dutch first. */
export const adapterMessages = coded("excel", {
  noHeader: (sheet: string): Message => ({
    nl: `Geen leverancierstabel gevonden op blad "${sheet}". Verwacht in de eerste 30 rijen een kopregel met kolommen zoals "Leverancier", "Opdrachtsom per jaar" en "PSO-trede".`,
    en: `No supplier table found on sheet "${sheet}". Expected a header row within the first 30 rows with columns such as "Leverancier", "Opdrachtsom per jaar" and "PSO-trede".`,
  }),
  emptySheet: (sheet: string): Message => ({
    nl: `Blad "${sheet}" is leeg. Open het blad met de leverancierslijst en probeer het opnieuw.`,
    en: `Sheet "${sheet}" is empty. Open the sheet with the supplier list and try again.`,
  }),
  policySheetActive: (): Message => ({
    nl: `Het actieve blad is "${POLICY_SHEET_NAME}", het beleid zelf. Open het blad met de leverancierslijst en klik opnieuw.`,
    en: `The active sheet is "${POLICY_SHEET_NAME}", the policy itself. Open the sheet with the supplier list and click again.`,
  }),
  policySheetEmpty: (sheet: string): Message => ({
    nl: `Het blad ${sheet} is leeg. Kies "Standaardbeleid herstellen" of sla het beleid opnieuw op.`,
    en: `The ${sheet} sheet is empty. Choose "Restore default policy" or save the policy again.`,
  }),
  policyUserSheetKept: (userSheet: string, policySheet: string): Message => ({
    nl: `Het blad "${userSheet}" is niet door PSO-toets gemaakt en blijft zoals het is; het beleid staat op het blad "${policySheet}".`,
    en: `The sheet "${userSheet}" was not made by PSO-toets and is left as it is; the policy is on the sheet "${policySheet}".`,
  }),
  socialRefreshFailed: (sheet: string, detail: string): Message => ({
    nl: `Het blad "${sheet}" kon niet worden ververst: ${detail}`,
    en: `The "${sheet}" sheet could not be refreshed: ${detail}`,
  }),
  mergedInResult: (address: string): Message => ({
    nl: `Rechts naast de tabel staan samengevoegde cellen (${address}) waar de PSO-kolommen moeten komen. Hef de samenvoeging op of maak twee lege kolommen vrij.`,
    en: `Merged cells (${address}) stand right of the table where the PSO columns go. Unmerge them or free two empty columns.`,
  }),
  unmappedRequired: (label: { nl: string; en: string }): Message => ({
    nl: `Kies onder "Kolommen" welke kolom "${label.nl}" bevat; zonder die kolom kan PSO-toets niet controleren.`,
    en: `Choose under "Columns" which column holds "${label.en}"; without it PSO-toets cannot check.`,
  }),
  mappingOtherSheet: (from: string, to: string, label: { nl: string; en: string }): Message => ({
    nl: `De kolomkoppeling is gemaakt voor blad "${from}", maar het actieve blad is "${to}", en daar is de kolom "${label.nl}" niet te herkennen. Klik op "Lijst opnieuw zoeken" en kies de kolommen van dit blad.`,
    en: `The column mapping was made for sheet "${from}", but the active sheet is "${to}", where no "${label.en}" column can be recognised. Click "Find the list again" and choose this sheet's columns.`,
  }),
  badMapping: (field: string, index: number, count: number): Message => ({
    nl: `De kolomkoppeling voor "${field}" wijst naar kolom ${index + 1}, maar de tabel heeft ${count} kolommen. Kies de kolom opnieuw.`,
    en: `The column mapping for "${field}" points to column ${index + 1}, but the table has ${count} columns. Choose the column again.`,
  }),
  noResults: (sheet: string): Message => ({
    nl: `Op blad "${sheet}" staan geen PSO-markeringen om te wissen.`,
    en: `Sheet "${sheet}" has no PSO highlights to clear.`,
  }),
  office: (action: Message, error: unknown): Message => {
    const e = error as { code?: string; message?: string; debugInfo?: { code?: string } };
    const code = e?.code ?? e?.debugInfo?.code ?? "";
    const detail = `${code ? `${code}: ` : ""}${e?.message ?? String(error)}`;
    const payload = /PayloadSizeLimit/i.test(code);
    return {
      nl: `${action.nl} is niet gelukt; Excel meldde: ${detail}.${payload ? " Het blad is te groot voor één keer; probeer het in Excel voor Windows of Mac, of splits de lijst." : " Er is niets van uw gegevens veranderd dat niet door de PSO-toets was toegevoegd; probeer het opnieuw."}`,
      en: `${action.en} failed; Excel reported: ${detail}.${payload ? " The sheet is too large for one request; try Excel for Windows or Mac, or split the list." : " None of your own data was changed; please try again."}`,
    };
  },
  actions: {
    detect: { nl: "Het blad lezen", en: "Reading the sheet" },
    check: { nl: "Controleren", en: "Checking" },
    clear: { nl: "Markeringen wissen", en: "Clearing highlights" },
    loadPolicy: { nl: "Het PSO-beleid lezen", en: "Reading the PSO policy" },
    savePolicy: { nl: "Het PSO-beleid opslaan", en: "Saving the PSO policy" },
    resetPolicy: { nl: "Het PSO-beleid terugzetten", en: "Resetting the PSO policy" },
    refreshSocialSheet: { nl: "Het blad Sociale bijdrage vernieuwen", en: "Refreshing the Social contribution sheet" },
  },
  reportNeedsSupplierSheet: (): Message => ({
    nl: 'Ga eerst naar het blad met de leverancierslijst en druk op "Controleer"; daarna kan het blad Sociale bijdrage vernieuwd worden.',
    en: 'First go to the supplier sheet and press "Check"; then the Social contribution sheet can be refreshed.',
  }),
  notices: {
    table: (name: string): Message => ({
      nl: `De gegevens staan in Excel-tabel "${name}". De kolommen PSO-status en PSO-toelichting worden de laatste twee kolommen van die tabel, zodat sorteren en filteren ze bij hun leverancier houdt; "Wis markeringen" haalt ze weg en laat de tabel zoals hij was.`,
      en: `The data is in Excel table "${name}". The columns PSO-status and PSO-toelichting become that table's last two columns, so sorting and filtering keep them with their supplier; "Clear highlights" removes them and leaves the table as it was.`,
    }),
    tableWithoutResize: (name: string): Message => ({
      nl: `De gegevens staan in Excel-tabel "${name}". Deze versie van Excel kan een tabel niet vergroten of verkleinen (ExcelApi 1.13): de kolommen PSO-status en PSO-toelichting komen rechts naast de tabel. Neemt Excel ze zelf in de tabel op, dan laat "Wis markeringen" die twee kolomkoppen staan, zodat geen tabelkop leeg raakt of een andere naam krijgt; verwijder die tabelkolommen dan zelf.`,
      en: `The data is in Excel table "${name}". This version of Excel cannot resize a table (ExcelApi 1.13): the columns PSO-status and PSO-toelichting go right of the table. If Excel adds them to the table by itself, "Clear highlights" leaves those two column headers in place, so no table header is blanked or renamed; delete those table columns yourself.`,
    }),
    mergedUnchecked: (): Message => ({
      nl: "Deze versie van Excel kan samengevoegde cellen niet herkennen (ExcelApi 1.13); de controle gaat door zonder daarop te letten. Staan er samengevoegde cellen in de kopregel of rechts naast de lijst, hef die samenvoeging dan eerst op.",
      en: "This version of Excel cannot recognise merged cells (ExcelApi 1.13); the check goes on without looking for them. If the header row or the cells right of the list are merged, unmerge them first.",
    }),
    hiddenRows: (): Message => ({
      nl: "Er zijn verborgen of weggefilterde rijen. Die worden ook gecontroleerd en gemarkeerd; zet het filter uit om alles te zien.",
      en: "Some rows are hidden or filtered out. They are checked and highlighted too; clear the filter to see them all.",
    }),
    besideTable: (column: string): Message => ({
      nl: `Naast de tabel staan nog andere gegevens (vanaf kolom ${column}); die worden niet gecontroleerd.`,
      en: `There is other data beside the table (from column ${column}); it is not checked.`,
    }),
    mergedHeader: (address: string): Message => ({
      nl: `De kopregel bevat samengevoegde cellen (${address}); alleen de eerste cel van elke samenvoeging telt als kolomkop.`,
      en: `The header row holds merged cells (${address}); only the first cell of each merge counts as a column header.`,
    }),
    rememberedMapping: (): Message => ({
      nl: "De kolomkoppeling is de koppeling die eerder in deze werkmap is opgeslagen.",
      en: "The column mapping is the one saved earlier in this workbook.",
    }),
    previousResults: (): Message => ({
      nl: "Er staan al PSO-kolommen van een eerdere controle; opnieuw controleren werkt ze bij.",
      en: "PSO columns from an earlier check are present; checking again updates them.",
    }),
  },
});

/* Check report (issue 13 items 1-2): texts the Office adapter adds for the one check report. */
export const reportAdapterMessages = coded("excel.report", {
  noFreeColumns: (sheet: string): Message => ({
    nl: `Blad "${sheet}": rechts van de tabel is geen lege kolom meer voor PSO-status en PSO-toelichting (het blad is tot de laatste kolom gevuld of samengevoegd).`,
    en: `Sheet "${sheet}": there is no empty column left right of the table for PSO-status and PSO-toelichting (the sheet is filled or merged to its last column).`,
  }),
});
