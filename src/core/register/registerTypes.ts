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
  /** The KvK vestigingsnummer (12 digits) from a vestigingsnummer column, or null. */
  vestiging?: string | null;
  level: Level;
  validUntil: Day | null;
  place: string;
}

export type MatchedBy = "kvk" | "vestiging" | "name";

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
  /**
   * Found by KvK number or vestigingsnummer under another name: "differ" when the names are not the same after
   * normalising, "nothingShared" when they share no significant word either (issue 23 item 2); null when the names
   * agree or one is missing.
   */
  names: "differ" | "nothingShared" | null;
  /**
   * Not found, but a register entry whose name is close (the same but for a trailing "te ...", or one name inside the
   * other): a suggestion to check, whose level is not applied (issue 23 item 1).
   */
  suggestion: RegisterEntry | null;
}
