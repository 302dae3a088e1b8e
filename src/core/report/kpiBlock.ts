import type { Kpis, NiveauKey } from "./kpi";
import { heldLabel, Level, levelInSentence, levelLabel, LEVELS } from "../read/levels";
import { Policy } from "../policy/policy";
import { Lang, Message } from "../result";
import { coded } from "../i18n/coded";
import { formatEuro } from "../read/numbers";

/** One line of the KPI block: a count or euros, with a share and the policy's target where there is one. */
export interface KpiLine {
  key: "suppliers" | "inScope" | "certified" | "stillToGo" | "spend" | "spendHigh" | "psoContribution" | "errors";
  label: string;
  value: number;
  unit: "count" | "euro";
  share: number | null;
  target: number | null;
  /**
   * What the share is taken over ("van de inkoopwaarde van de beoordeelde leveranciers"); null without a share, and
   * where the label says it already ("Met geldig PSO-certificaat (van de leveranciers binnen scope)").
   */
  shareOf: string | null;
  /** Why the figure cannot be computed; the figure is then "onbekend", never € 0,00. Null when it can. */
  unknown: string | null;
}

/** One line of a breakdown (per level or per sector level): spend, its share of all spend, and suppliers. */
export interface TallyLine {
  key: string;
  label: string;
  spend: number;
  share: number;
  suppliers: number;
}

export interface KpiBlock {
  lines: KpiLine[];
  perLevel: TallyLine[];
  perNiveau: TallyLine[];
}

/** Breakdown order on the sheet: the growth path upwards, "no certificate" last. */
const LEVEL_ORDER: readonly Level[] = [...LEVELS.filter((l) => l !== "geen"), "geen"];
const NIVEAU_ORDER: readonly NiveauKey[] = ["1", "2", "3", "onbekend"];

const share = (part: number, whole: number) => (whole > 0 ? part / whole : 0);

function niveauLabel(key: NiveauKey, policy: Policy, lang: Lang): string {
  if (key === "onbekend") return lang === "nl" ? "Geen niveau (categorie onbekend)" : "No level (category unknown)";
  const meaning = policy.sectorLevels.levels.find((l) => String(l.niveau) === key)?.meaning;
  const name = lang === "nl" ? `Niveau ${key}` : `Level ${key}`;
  return meaning && lang === "nl" ? `${name}: ${meaning}` : name;
}

/** The labels of the KPI lines, the same in the CLI, the taskpane and the Sociale bijdrage sheet. */
export const kpiLabels = coded("core.kpi", {
  suppliers: (): Message => ({ nl: "Leveranciers", en: "Suppliers" }),
  inScope: (): Message => ({ nl: "Binnen scope", en: "In scope" }),
  certified: (): Message => ({
    nl: "Met geldig PSO-certificaat (van de leveranciers binnen scope)",
    en: "With a valid PSO certificate (of the suppliers in scope)",
  }),
  stillToGo: (): Message => ({ nl: "Nog te gaan", en: "Still to go" }),
  spend: (): Message => ({ nl: "Uitgaven totaal", en: "Total spend" }),
  spendHigh: (level: string): Message => ({ nl: `Uitgaven bij ${level} of hoger`, en: `Spend at ${level} or higher` }),
  psoContribution: (): Message => ({ nl: "PSO-bijdrage (uitgaven x sociale bijdrage)", en: "PSO contribution (spend x social contribution)" }),
  errors: (): Message => ({ nl: "Rijen met fouten (niet meegeteld)", en: "Rows with errors (not counted)" }),
});

/** What a KPI share is taken over, and why a KPI is unknown (issue 16, item 4). */
export const kpiNotes = coded("core.kpiNote", {
  ofSuppliers: (): Message => ({ nl: "van de beoordeelde leveranciers", en: "of the suppliers assessed" }),
  ofSpend: (): Message => ({ nl: "van de inkoopwaarde van de beoordeelde leveranciers", en: "of the spend at the suppliers assessed" }),
  unknown: (): Message => ({ nl: "onbekend", en: "unknown" }),
  noContributionColumn: (): Message => ({
    nl: "geen kolom met de sociale bijdrage (%) gevonden; voeg die toe of kies die kolom bij de kolomindeling",
    en: "no column with the social contribution (%) found; add one or choose that column in the column mapping",
  }),
  /** Issue 24.5: the part of the PSO contribution at SW-bedrijven without a certificate (seed 004). */
  swPart: (count: number, euros: string): Message => ({
    nl: `waarvan ${euros} bij ${count === 1 ? "1 SW-bedrijf" : `${count} SW-bedrijven`} zonder PSO-certificaat (inkoop bij een sociale werkvoorziening telt mee)`,
    en: `of which ${euros} at ${count === 1 ? "1 sheltered-work company" : `${count} sheltered-work companies`} without a PSO certificate (purchases at an SW-bedrijf count)`,
  }),
  noContributionKnown: (certified: number): Message => ({
    nl: `bij geen van de ${certified} gecertificeerde leveranciers is de sociale bijdrage (%) ingevuld`,
    en: `the social contribution (%) is filled in for none of the ${certified} certified suppliers`,
  }),
});

/** Why the PSO contribution cannot be computed, or null when it can (no certified supplier: it is truly € 0). */
function contributionUnknown(kpis: Kpis, contributionColumn: boolean | undefined, lang: Lang): string | null {
  if (contributionColumn === false) return kpiNotes.noContributionColumn()[lang];
  // An SW-bedrijf's purchases count too (issue 24.5): with one of them, and no contribution known at all, it is unknown.
  if (kpis.certified + kpis.swUncertified > 0 && kpis.contributionKnown === 0) return kpiNotes.noContributionKnown(kpis.certified + kpis.swUncertified)[lang];
  return null;
}

/**
 * The KPI block of the Sociale bijdrage sheet as data: labels in the user's language, values unformatted.
 * `contributionColumn`: whether the sheet has a social-contribution column (unknown: judged from the figures).
 */
export function kpiBlock(kpis: Kpis, policy: Policy, lang: Lang = "nl", options: { contributionColumn?: boolean } = {}): KpiBlock {
  const high = lang === "nl" ? levelInSentence(policy.kpi.spendMinLevel) : levelLabel(policy.kpi.spendMinLevel, "en");
  const ofSuppliers = kpiNotes.ofSuppliers()[lang];
  const ofSpend = kpiNotes.ofSpend()[lang];
  const plain = { shareOf: null, unknown: null };
  const lines: KpiLine[] = [
    { key: "suppliers", label: kpiLabels.suppliers()[lang], value: kpis.suppliers, unit: "count", share: null, target: null, ...plain },
    {
      key: "inScope",
      label: kpiLabels.inScope()[lang],
      value: kpis.inScope,
      unit: "count",
      share: share(kpis.inScope, kpis.suppliers),
      target: null,
      shareOf: ofSuppliers,
      unknown: null,
    },
    // Over the suppliers in scope, as the whitepaper counts (seed 000: "Van de ruim 80 leveranciers heeft de helft een
    // certificaat. Nog 40 te gaan dus."); without a supplier in scope there is no share.
    {
      key: "certified",
      label: kpiLabels.certified()[lang],
      value: kpis.certifiedInScope,
      unit: "count",
      share: kpis.inScope > 0 ? kpis.certifiedShare : null,
      target: policy.kpi.targetCertifiedShare,
      shareOf: null,
      unknown: null,
    },
    { key: "stillToGo", label: kpiLabels.stillToGo()[lang], value: kpis.stillToGo, unit: "count", share: null, target: null, ...plain },
    { key: "spend", label: kpiLabels.spend()[lang], value: kpis.spend, unit: "euro", share: null, target: null, ...plain },
    {
      key: "spendHigh",
      label: kpiLabels.spendHigh(high)[lang],
      value: kpis.spendTrede2Plus,
      unit: "euro",
      share: kpis.spendTrede2PlusShare,
      target: policy.kpi.targetSpendShare,
      shareOf: ofSpend,
      unknown: null,
    },
    {
      key: "psoContribution",
      label: kpiLabels.psoContribution()[lang],
      value: kpis.psoContributionEuro,
      unit: "euro",
      share: kpis.psoContributionShare,
      target: null,
      shareOf: kpis.swContributionEuro > 0 ? `${ofSpend}; ${kpiNotes.swPart(kpis.swUncertified, formatEuro(kpis.swContributionEuro, lang))[lang]}` : ofSpend,
      unknown: contributionUnknown(kpis, options.contributionColumn, lang),
    },
    { key: "errors", label: kpiLabels.errors()[lang], value: kpis.errors, unit: "count", share: null, target: null, ...plain },
  ];
  const unknown = kpis.certifiedLevelUnknown;
  // Only when the sheet has such rows: the Sociale bijdrage sheet keeps its layout for lists that name every level.
  const unknownLine: TallyLine[] =
    unknown.suppliers === 0
      ? []
      : [{ key: "onbekend", label: heldLabel("certified", lang), spend: Math.round(unknown.spend * 100) / 100, share: share(unknown.spend, kpis.spend), suppliers: unknown.suppliers }];
  const perLevel: TallyLine[] = LEVEL_ORDER.map((level) => ({
    key: level,
    label: levelLabel(level, lang),
    spend: Math.round(kpis.perLevel[level].spend * 100) / 100,
    share: share(kpis.perLevel[level].spend, kpis.spend),
    suppliers: kpis.perLevel[level].suppliers,
  }));
  perLevel.splice(perLevel.length - 1, 0, ...unknownLine);
  const perNiveau = NIVEAU_ORDER.map((key) => ({
    key: `niveau${key}`,
    label: niveauLabel(key, policy, lang),
    spend: Math.round(kpis.perNiveau[key].spend * 100) / 100,
    share: share(kpis.perNiveau[key].spend, kpis.spend),
    suppliers: kpis.perNiveau[key].suppliers,
  }));
  return { lines, perLevel, perNiveau };
}
