import { Level } from "../read/levels";

/** From this date on, suppliers in scope need at least this level. Dates are ISO strings so a policy is plain JSON. */
export interface Requirement {
  from: string;
  minLevel: Level;
}

/** A growth-path step: this level is due this many months after the award. */
export interface GrowthStep {
  level: Level;
  monthsAfterAward: number;
}

export type Niveau = 1 | 2 | 3;

export interface SectorLevel {
  niveau: Niveau;
  /** What the level means for a tender, e.g. "PSO is een voorwaarde". */
  meaning: string;
  /** Words that put a purchase category on this level; matched as whole words or word starts. */
  keywords: string[];
}

/** How each field is checked, written on the PSO-beleid sheet and edited in the taskpane: policySettings.ts. */
export interface Policy {
  name: string;
  scope: {
    /** Suppliers with a smaller annual contract sum (opdrachtsom per jaar, euros) are out of scope. */
    minAnnualSpend: number;
  };
  requirements: Requirement[];
  growthPath: {
    enabled: boolean;
    /** The growth path is for contracts that run longer than this. */
    minTermMonths: number;
    /**
     * Only contracts awarded on or after this ISO date follow the growth path (they were awarded under the policy);
     * older contracts follow the date rule. "" (blank): the policy's first requirement date.
     */
    awardFrom: string;
    steps: GrowthStep[];
  };
  /** A valid certificate that ends within this many days gives a warning. */
  expiryWarningDays: number;
  /** Reminder moments before a certificate ends, for the action list. */
  reminderDays: number[];
  /** The outlook (issue 24): what falls due in the months after the peildatum. */
  outlook: {
    /** How many months after the peildatum the outlook covers. */
    months: number;
  };
  sectorLevels: {
    /** When true, a failing supplier in a niveau 2 or 3 category gets a warning instead of a failure. */
    applyToStatus: boolean;
    levels: SectorLevel[];
  };
  kpi: {
    /** The lowest valid level that counts as "holds a PSO certificate". */
    certifiedMinLevel: Level;
    /** The lowest level whose spend counts in "share of spend at trede 2 or higher". */
    spendMinLevel: Level;
    targetCertifiedShare: number;
    targetSpendShare: number;
  };
  /**
   * Sheltered-work companies (SW-bedrijven, issue 24.5). Their spend counts in the PSO-bijdrage whatever this says
   * (seed 004); whether one without a certificate meets the requirement is the buyer's choice (no seed says).
   */
  swCompanies: {
    /** When true, an SW-bedrijf in scope without the required certificate is "Voldoet", with a reason saying why. */
    meetRequirement: boolean;
  };
  /** Checking against the PSO register (issue 17). */
  register: {
    /** A supplier that claims a level but is not in the register fails instead of getting a warning. */
    absentIsFailure: boolean;
  };
  /**
   * Who writes to the suppliers: the letters' sender and contact person. Blank in a preset: a preset never signs a
   * letter for another organisation, and `brieven` refuses until the sender is set. Phone and e-mail may stay blank.
   */
  buyer: {
    name: string;
    contact: string;
    phone: string;
    email: string;
  };
  letters: {
    /** Days a supplier gets to reply to a letter about something already due (its plan and expected certificate date). */
    replyDays: number;
  };
  /** Classic social return (SROI), with the proportionality of the government guide. */
  sroi: {
    minContractSum: number;
    minTermMonths: number;
    percentage: number;
    lowLabourShare: number;
    lowLabourPercentage: number;
  };
}
