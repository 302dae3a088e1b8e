import type { CellValue } from "../read/cells";
import type { Field } from "../read/columns";
import type { Day } from "../read/dates";
import type { GrowthState } from "./growthPath";
import type { HeldLevel, Level, LevelClaim } from "../read/levels";
import type { Niveau } from "../policy/policy";
import type { RegisterRecord } from "../register/registerTypes";
import type { Message } from "../result";

/*
 * The data of a verdict: what evaluate() returns and what reasons.ts, kpi.ts and the report read. Types only, so the
 * rules and the texts depend on this file and not on each other.
 */

export type Status = "compliant" | "non_compliant" | "warning" | "out_of_scope" | "error";

/** One supplier row as read from a sheet: its 1-based sheet row number and the raw cells per field. */
export type SupplierRow = { row: number } & Partial<Record<Field, CellValue>>;

export interface Finding {
  row: number;
  supplier: string;
  status: Status;
  /** The level the policy asks on the peildatum, growth path included; null when out of scope or unreadable. */
  requiredLevel: Level | null;
  /** What the level cell says (valid or not): a level, or "certified" / "requested" without one; null when unreadable. */
  heldLevel: HeldLevel | null;
  /** Whether the held level is a certificate valid on the peildatum. */
  certificateValid: boolean;
  validUntil: Day | null;
  spend: number | null;
  /** Audited total social contribution as a fraction. */
  contribution: number | null;
  niveau: Niveau | null;
  growth: GrowthState | null;
  /** When the follow-up is due: the expiry, the step deadline or the day the requirement began. */
  deadline: Day | null;
  reasons: Reason[];
  /** "sw" for a sheltered-work company (SW-bedrijf, issue 24.5), named by its category; absent otherwise. */
  supplierType?: "sw";
  /** What the PSO register says about this row; only when the check ran against a register. */
  register?: RegisterRecord;
}

/** Why a row got its status, as data; rendered to text only at the edge. */
export type Reason =
  | { code: "invalid"; field: Field; problem: Message }
  | { code: "outOfScope"; spend: number; threshold: number }
  /** The contract's end date lies before the peildatum: a former supplier, not judged (issue 23.11). */
  | { code: "contractEnded"; endDate: Day }
  | { code: "noRequirementYet" }
  | { code: "meets"; held: Level; required: Level; since: Day | null }
  | { code: "below"; held: Level; required: Level; since: Day | null }
  /** The level cell gives no trede: "Ja" (claim certified) or "in aanvraag" (requested); expiredOn for an expired "Ja". */
  | { code: "levelNotGiven"; claim: LevelClaim; required: Level; since: Day | null; expiredOn: Day | null }
  | { code: "expired"; level: Level; validUntil: Day }
  | { code: "expiresSoon"; level: Level; validUntil: Day }
  | { code: "validUntilMissing"; level: Level }
  | { code: "growthPath"; award: Day; due: Level; next: { level: Level; deadline: Day } | null }
  | { code: "requirementRises"; level: Level; from: Day }
  | { code: "sectorAdvice"; niveau: Niveau }
  | { code: "validUntilImplausible"; level: Level; validUntil: Day }
  /** Issue 24.6: a "PSO 30+" row whose stated total social contribution (a fraction) is below 30 %. */
  | { code: "pso30PlusShare"; contribution: number }
  /** Issue 24.4: an Aspirant-status held since `since` lapsed on `lapsed`, two years later. */
  | { code: "aspirantLapsed"; since: Day; lapsed: Day }
  /** Issue 24.5: an SW-bedrijf below the requirement that meets it by the policy's setting (swCompanies.meetRequirement). */
  | { code: "swMeets" }
  /** Issue 24.5: an SW-bedrijf below the requirement, judged like any supplier (the setting is off): a note. */
  | { code: "swNote" }
  | { code: "percentRead"; field: Field; input: string; fraction: number }
  | { code: "spendDerived"; total: string; termMonths: number; annual: number }
  // ---- issue 17 (PSO register): texts from core/registerMessages.ts ----
  | { code: "register"; note: Message }
  | { code: "registerWarning"; note: Message };

/** How a column is named in messages: the sheet's own header and letter when known. */
export type ColumnNames = Partial<Record<Field, string>>;
