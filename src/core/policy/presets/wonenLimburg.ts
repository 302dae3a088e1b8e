import { Policy } from "../policy";

/**
 * The housing corporation of the whitepaper (Wonen Limburg): EUR 150,000 a year or more needs trede 1 from
 * 1 January 2021 and trede 2 from 1 January 2022; contracts longer than a year get a growth path
 * (Aspirant-status within a year of the award, trede 1 a year later, trede 2 the year after).
 */
export const wonenLimburgPolicy: Policy = {
  name: "Wonen Limburg (whitepaper)",
  scope: { minAnnualSpend: 150_000 },
  requirements: [
    { from: "2021-01-01", minLevel: "trede1" },
    { from: "2022-01-01", minLevel: "trede2" },
  ],
  growthPath: {
    enabled: true,
    minTermMonths: 12,
    // The whitepaper brings in the growth path with the policy: for contracts awarded from its first requirement date.
    awardFrom: "",
    steps: [
      { level: "aspirant", monthsAfterAward: 12 },
      { level: "trede1", monthsAfterAward: 24 },
      { level: "trede2", monthsAfterAward: 36 },
    ],
  },
  expiryWarningDays: 90,
  reminderDays: [90, 60, 30, 7],
  outlook: { months: 12 },
  sectorLevels: {
    applyToStatus: false,
    levels: [
      {
        niveau: 1,
        meaning: "PSO is een voorwaarde",
        keywords: [
          "facilitair", "facilitaire", "schoonmaak", "groenvoorziening", "groen", "hovenier", "industrie", "bouw",
          "aannemer", "techniek", "technisch", "installatie", "onderhoud", "infra", "catering", "uitzend",
          "uitzendbureau", "uitzendorganisatie", "beveiliging", "opsporing", "gezondheid", "zorg", "welzijn",
          "detailhandel", "groothandel", "vervoer", "transport", "opslag", "logistiek",
          "glazenwasser", "glazenwassen", "glasbewassing", "schilder", "verhuis", "verhuizing", "inhuur",
        ],
      },
      {
        niveau: 2,
        meaning: "PSO is dringend advies",
        keywords: [
          "callcenter", "callcentre", "klantcontact", "telecom", "telefonie", "energie", "advies", "advisering",
          "adviesbureau", "consultancy", "accountant", "financieel", "financiële", "bank", "verzekeraar", "verzekering",
          "gas", "aardgas", "elektra", "elektriciteit", "stroom",
        ],
      },
      {
        niveau: 3,
        meaning: "PSO wordt aangeraden",
        keywords: ["it", "ict", "software", "automatisering", "vastgoed", "makelaar", "verhuur", "huur van goederen", "huur", "kantoorruimte"],
      },
    ],
  },
  kpi: {
    certifiedMinLevel: "basis",
    spendMinLevel: "trede2",
    targetCertifiedShare: 0.5,
    targetSpendShare: 0.75,
  },
  // The seeds do not say: an SW-bedrijf is judged like any supplier, with a note on its row.
  swCompanies: { meetRequirement: false },
  register: { absentIsFailure: false },
  // The preset keeps the whitepaper's rules but never signs a letter: the user fills in the sender (issue 25 item 7).
  buyer: { name: "", contact: "", phone: "", email: "" },
  letters: { replyDays: 30 },
  sroi: {
    minContractSum: 100_000,
    minTermMonths: 6,
    percentage: 0.05,
    lowLabourShare: 0.5,
    lowLabourPercentage: 0.02,
  },
};
