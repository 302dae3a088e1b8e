import type { Finding, Status } from "../rules/finding";
import { STATUSES } from "../rules/evaluate";
import type { RowFigures } from "../rules/evaluateColumns";
import { atLeast, isClaim, Level, LEVELS } from "../read/levels";
import { Policy } from "../policy/policy";

export type NiveauKey = "1" | "2" | "3" | "onbekend";
export interface Tally {
  suppliers: number;
  spend: number;
}

export interface Kpis {
  /** Rows that could be read (rows with status `error` are counted in `errors` only). */
  suppliers: number;
  errors: number;
  inScope: number;
  /**
   * Suppliers with a certificate valid on the peildatum at the policy's "certified" level or higher. A certificate
   * without a "geldig tot" date is not counted: its row stays "Let op" until the date is filled in.
   */
  certified: number;
  /** Suppliers in scope (the rule applies to them) counted as `certified` counts them (issue 23 item 12). */
  certifiedInScope: number;
  /**
   * `certifiedInScope` over `inScope`: the share of the suppliers the rule applies to (whitepaper, seed 000: "Van de
   * ruim 80 leveranciers heeft de helft een certificaat. Nog 40 te gaan dus."); 0 when none is in scope.
   */
  certifiedShare: number;
  /** Suppliers in scope without such a certificate: `inScope` − `certifiedInScope`, "nog te gaan". */
  stillToGo: number;
  spend: number;
  /** Spend at suppliers with a valid certificate at the policy's spend level (trede 2 by default) or higher. */
  spendTrede2Plus: number;
  spendTrede2PlusShare: number;
  /**
   * Spend times the audited total social contribution of each certified supplier (as `certified` counts them) and of
   * each SW-bedrijf, certificate or not (seed 004: the indirect contribution counts purchases at "PSO-gecertificeerde
   * organisaties en sociale werkvoorzieningen (SW-bedrijven)"): the euros that reach the target groups. Any other
   * expired or missing certificate contributes nothing.
   */
  psoContributionEuro: number;
  psoContributionShare: number;
  /** Certified suppliers and SW-bedrijven whose contribution is known (the others add nothing to the PSO contribution). */
  contributionKnown: number;
  /** SW-bedrijven (issue 24.5) that are not counted as certified: their spend counts in the PSO contribution all the same. */
  swUncertified: number;
  /** The part of `psoContributionEuro` from those SW-bedrijven. */
  swContributionEuro: number;
  perStatus: Record<Status, number>;
  /**
   * Per valid level on the peildatum; an expired or undated certificate counts as `geen`, and so does "in aanvraag"
   * (requested: not certified) and "Nee".
   */
  perLevel: Record<Level, Tally>;
  /**
   * Suppliers with a valid, dated certificate whose level the sheet does not give ("Ja", "gecertificeerd"). They count
   * as certified when the policy's "certified" level is at most basistrede (a PSO certificate is at least that;
   * Aspirant-status is no certificate), never at the spend level, and are in no `perLevel` line.
   */
  certifiedLevelUnknown: Tally;
  perNiveau: Record<NiveauKey, Tally>;
}

const share = (part: number, whole: number) => (whole > 0 ? part / whole : 0);

/**
 * The level a supplier counts with in the KPIs: a certificate valid on the peildatum with a known end date, else none.
 * "Ja" (level unknown) is null: certified, at no known level.
 */
export function kpiLevel(f: Pick<Finding, "heldLevel" | "certificateValid" | "validUntil">): Level | null {
  if (f.heldLevel === "requested") return "geen";
  const counts = f.certificateValid && f.heldLevel !== null && f.validUntil !== null;
  if (!counts) return "geen";
  return isClaim(f.heldLevel) ? null : f.heldLevel;
}

export function computeKpis(findings: Iterable<RowFigures>, policy: Policy): Kpis {
  const perStatus = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;
  const perLevel = Object.fromEntries(LEVELS.map((l) => [l, { suppliers: 0, spend: 0 }])) as Record<Level, Tally>;
  const perNiveau: Record<NiveauKey, Tally> = {
    "1": { suppliers: 0, spend: 0 },
    "2": { suppliers: 0, spend: 0 },
    "3": { suppliers: 0, spend: 0 },
    onbekend: { suppliers: 0, spend: 0 },
  };
  const unknownLevel: Tally = { suppliers: 0, spend: 0 };
  const unknownIsCertified = atLeast("basis", policy.kpi.certifiedMinLevel);
  let suppliers = 0, inScope = 0, certified = 0, certifiedInScope = 0, spend = 0, spendHigh = 0, contribution = 0, contributionKnown = 0;
  let swUncertified = 0, swContribution = 0;
  for (const f of findings) {
    perStatus[f.status]++;
    if (f.status === "error") continue;
    const euros = f.spend ?? 0;
    suppliers++;
    spend += euros;
    const scoped = f.status !== "out_of_scope";
    if (scoped) inScope++;
    const level = kpiLevel(f);
    const tally = level === null ? unknownLevel : perLevel[level];
    tally.suppliers++;
    tally.spend += euros;
    const niveau = perNiveau[f.niveau === null ? "onbekend" : (String(f.niveau) as NiveauKey)];
    niveau.suppliers++;
    niveau.spend += euros;
    const isCertified = level === null ? unknownIsCertified : level !== "geen" && atLeast(level, policy.kpi.certifiedMinLevel);
    if (isCertified) certified++;
    if (isCertified && scoped) certifiedInScope++;
    if (level !== null && level !== "geen" && atLeast(level, policy.kpi.spendMinLevel)) spendHigh += euros;
    // Whitepaper (seed 000): only an audited contribution on a valid certificate lands with the target groups.
    if (isCertified && f.contribution !== null) {
      contribution += euros * f.contribution;
      contributionKnown++;
    }
    // Seed 004: purchases at an SW-bedrijf count in the indirect contribution, with or without a PSO certificate.
    if (!isCertified && f.supplierType === "sw") {
      swUncertified++;
      if (f.contribution !== null) {
        contribution += euros * f.contribution;
        swContribution += euros * f.contribution;
        contributionKnown++;
      }
    }
  }
  const round = (n: number) => Math.round(n * 100) / 100;
  return {
    suppliers,
    errors: perStatus.error,
    inScope,
    certified,
    certifiedInScope,
    certifiedShare: share(certifiedInScope, inScope),
    stillToGo: inScope - certifiedInScope,
    spend: round(spend),
    spendTrede2Plus: round(spendHigh),
    spendTrede2PlusShare: share(spendHigh, spend),
    psoContributionEuro: round(contribution),
    psoContributionShare: share(contribution, spend),
    contributionKnown,
    swUncertified,
    swContributionEuro: round(swContribution),
    perStatus,
    perLevel,
    certifiedLevelUnknown: unknownLevel,
    perNiveau,
  };
}

/** Spend times the audited social contribution (a fraction): the PSO contribution in euros of one supplier. */
export function psoContribution(spend: number, contribution: number): number {
  return Math.round(spend * contribution * 100) / 100;
}
