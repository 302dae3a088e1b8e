import { coded } from "../i18n/coded";
import { formatDate } from "../read/dates";
import { formatEuro } from "../read/numbers";
import type { Message } from "../result";

const SHORT_NL = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"];
const SHORT_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** The outlook's words (issue 24): the section title, a month's line and each kind of item. */
export const outlookMessages = coded("outlook", {
  title: { nl: "Komende maanden", en: "Coming months" },
  /** "jan 2027". */
  month: (year: number, monthOfYear: number): Message => ({ nl: `${SHORT_NL[monthOfYear - 1]} ${year}`, en: `${SHORT_EN[monthOfYear - 1]} ${year}` }),
  atRisk: (spend: number): Message => ({ nl: `${formatEuro(spend, "nl")} op het spel`, en: `${formatEuro(spend, "en")} at stake` }),
  /** A month whose total is unknown: some suppliers at stake have no spend in the list. */
  atRiskUnknown: (known: number, unknown: number): Message => ({
    nl: `onbekend bedrag op het spel: ${formatEuro(known, "nl")} plus de uitgaven van ${unknown} ${unknown === 1 ? "leverancier" : "leveranciers"} zonder bedrag in de lijst`,
    en: `unknown amount at stake: ${formatEuro(known, "en")} plus the spend of ${unknown} ${unknown === 1 ? "supplier" : "suppliers"} without an amount in the list`,
  }),
  nothingAtRisk: { nl: "geen opdrachtsom op het spel", en: "no spend at stake" },
  more: (n: number): Message => ({ nl: `en nog ${n}`, en: `and ${n} more` }),
  kind: {
    certificateExpires: (date: number): Message => ({ nl: `certificaat verloopt ${formatDate(date, "nl")}`, en: `certificate expires ${formatDate(date, "en")}` }),
    growthStep: (date: number): Message => ({ nl: `groeipadstap valt ${formatDate(date, "nl")}`, en: `growth-path step due ${formatDate(date, "en")}` }),
    requirementRises: (date: number): Message => ({ nl: `eis stijgt ${formatDate(date, "nl")}`, en: `requirement rises ${formatDate(date, "en")}` }),
    aspirantLimit: (date: number): Message => ({
      nl: `Aspirant-status twee jaar op ${formatDate(date, "nl")}`,
      en: `Aspirant status reaches two years on ${formatDate(date, "en")}`,
    }),
    contractEnds: (date: number, status: string): Message => ({
      nl: `contract loopt af ${formatDate(date, "nl")}, PSO-status nu: ${status}`,
      en: `contract ends ${formatDate(date, "en")}, PSO status now: ${status}`,
    }),
  },
  /** A kind in a month's line of reasons on the sheet ("certificaat verloopt (2)"). */
  reason: {
    certificateExpires: (n: number): Message => ({ nl: `certificaat verloopt (${n})`, en: `certificate expires (${n})` }),
    growthStep: (n: number): Message => ({ nl: `groeipadstap (${n})`, en: `growth-path step (${n})` }),
    requirementRises: (n: number): Message => ({ nl: `eis stijgt (${n})`, en: `requirement rises (${n})` }),
    aspirantLimit: (n: number): Message => ({ nl: `Aspirant-status twee jaar (${n})`, en: `Aspirant status two years (${n})` }),
    contractEnds: (n: number): Message => ({ nl: `contract loopt af (${n})`, en: `contract ends (${n})` }),
  },
  /** The Vooruitblik on the Sociale bijdrage sheet (issue 24.2, 24.7). */
  sheet: {
    title: { nl: "Vooruitblik (komende maanden)", en: "Outlook (coming months)" },
    month: { nl: "Maand", en: "Month" },
    atRisk: { nl: "Uitgaven op het spel", en: "Spend at risk" },
    suppliers: { nl: "Leveranciers op het spel", en: "Suppliers at risk" },
    reasons: { nl: "Waarom", en: "Why" },
    nothing: { nl: "niets", en: "nothing" },
    chart: { nl: "Uitgaven op het spel per maand", en: "Spend at risk per month" },
    contracts: { nl: "Contracten die aflopen (aanbesteding voorbereiden)", en: "Contracts ending (prepare the tender)" },
    supplier: { nl: "Leverancier", en: "Supplier" },
    endDate: { nl: "Einddatum", en: "End date" },
    status: { nl: "PSO-status nu", en: "PSO status now" },
    row: { nl: "Rij", en: "Row" },
    spend: { nl: "Uitgaven", en: "Spend" },
    noContracts: { nl: "Geen contract loopt af in de komende maanden.", en: "No contract ends in the coming months." },
  },
});
