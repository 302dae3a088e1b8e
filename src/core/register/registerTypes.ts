import type { Day } from "../read/dates";
import type { Level } from "../read/levels";

/*
 * The register's data as a finding carries it (Finding.register): types only, importing nothing of the rules, so that
 * rules/finding.ts and register.ts do not import each other.
 */

export interface RegisterEntry {
  /** 1-based row in the register sheet or file. */
  row: number;
  name: string;
  /** 8 digits, or null when the register row has none. */
  kvk: string | null;
  level: Level;
  validUntil: Day | null;
  place: string;
}

export type MatchedBy = "kvk" | "name";

/** What the register says about one supplier row, and how the row was found there. */
export interface RegisterRecord {
  found: boolean;
  matchedBy: MatchedBy | null;
  entry: RegisterEntry | null;
  /** What the supplier list itself says (null where it says nothing readable). */
  list: { level: Level | null; validUntil: Day | null };
  /** The list's level or expiry is not the register's. */
  differs: boolean;
  /** Other supplier rows found on the same register entry. */
  sharedWith: number[];
}
