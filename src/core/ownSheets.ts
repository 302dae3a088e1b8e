/*
 * Which sheets are PSO-toets's own (issue 22 item 3): the Sociale bijdrage report, the PSO-beleid policy and the
 * Brieven letters. Each is marked by a hidden workbook-level defined name that points at its A1: Excel keeps defined
 * names through every save, follows a renamed sheet with them, never shows a hidden one, and the same name is written
 * by Office.js (`workbook.names`) and by the file path (`<definedName hidden="1">`). A sheet is never taken as ours
 * because of its name alone: a user's own sheet with the same name is left untouched and ours goes to a free name.
 */
import { LETTERS_SHEET_NAME, POLICY_SHEET_NAME, SOCIAL_SHEET_NAME } from "./sheetNames";

export interface OwnSheetKind {
  /** The hidden defined name that marks the sheet. */
  mark: string;
  /** The name PSO-toets gives the sheet when that name is free. */
  name: string;
  /**
   * Whether a sheet of this name in a workbook without this mark is taken for one an earlier version wrote, when
   * choosing a supplier list: the report's action list has supplier columns and would pass for a list; the policy and
   * letters sheets would not, so a user's own list under those names is read.
   */
  unmarkedByName: boolean;
}

/** The three sheets PSO-toets writes, each with its mark. */
export const OWN_SHEETS = {
  report: { mark: "PSOtoets_SocialeBijdrage", name: SOCIAL_SHEET_NAME, unmarkedByName: true },
  policy: { mark: "PSOtoets_Beleid", name: POLICY_SHEET_NAME, unmarkedByName: false },
  letters: { mark: "PSOtoets_Brieven", name: LETTERS_SHEET_NAME, unmarkedByName: false },
} as const satisfies Record<string, OwnSheetKind>;

const quote = (sheet: string) => `'${sheet.replace(/'/g, "''")}'`;

/** What a mark refers to: the sheet's A1, absolute ("'Sociale bijdrage'!$A$1"). */
export function markReference(sheet: string): string {
  return `${quote(sheet)}!$A$1`;
}

/** The sheet a mark's reference names ("='Sociale bijdrage'!$A$1" or "Blad1!$A$1"), or null (#REF!, anything else). */
export function sheetOfMark(reference: string | null | undefined): string | null {
  if (!reference) return null;
  const text = reference.trim().replace(/^=/, "");
  const quoted = /^'((?:[^']|'')+)'!\$?A\$?1$/.exec(text);
  if (quoted) return quoted[1].replace(/''/g, "'");
  const plain = /^([^'!:\s#][^!:]*)!\$?A\$?1$/.exec(text);
  return plain ? plain[1] : null;
}

/** `base`, or "base (2)", "(3)" … : the first name no sheet has (names compare as Excel does, ignoring case). */
export function freeSheetName(base: string, sheetNames: readonly string[]): string {
  const taken = new Set(sheetNames.map((n) => n.toLowerCase()));
  if (!taken.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) {
    const name = `${base} (${n})`;
    if (!taken.has(name.toLowerCase())) return name;
  }
}

export interface OwnSheetChoice {
  /** The sheet PSO-toets writes to. */
  name: string;
  /** Whether that sheet exists (a refresh) or is added. */
  exists: boolean;
  /** A user's own sheet with our name, left untouched; null when there was none. */
  userSheetKept: string | null;
}

/**
 * Where one of our sheets goes: the sheet its mark points at; else a sheet with its name that an earlier PSO-toets
 * version wrote before marks existed (`isEarlier`, asked only then); else a new sheet at a free name.
 */
export function chooseOwnSheet(
  kind: OwnSheetKind,
  sheetNames: readonly string[],
  markReferenceText: string | null,
  isEarlier: (name: string) => boolean,
): OwnSheetChoice {
  const find = (name: string | null) => (name === null ? undefined : sheetNames.find((n) => n.toLowerCase() === name.toLowerCase()));
  const marked = find(sheetOfMark(markReferenceText));
  if (marked) return { name: marked, exists: true, userSheetKept: null };
  const named = find(kind.name);
  if (named && isEarlier(named)) return { name: named, exists: true, userSheetKept: null };
  return { name: freeSheetName(kind.name, sheetNames), exists: false, userSheetKept: named ?? null };
}

/**
 * The sheets of a workbook that are ours, from the marks it holds (mark name in lower case → its reference). An
 * unmarked "Sociale bijdrage" counts as ours only when the workbook has no report mark at all (a report from before
 * the marks, see `unmarkedByName`); a user's own "Brieven" or "PSO-beleid" is theirs.
 */
export function ownSheetNames(sheetNames: readonly string[], marks: ReadonlyMap<string, string>): Set<string> {
  const own = new Set<string>();
  const lower = new Map(sheetNames.map((n) => [n.toLowerCase(), n]));
  for (const kind of Object.values(OWN_SHEETS)) {
    const reference = marks.get(kind.mark.toLowerCase());
    const marked = sheetOfMark(reference);
    const byName = reference === undefined && kind.unmarkedByName ? lower.get(kind.name.toLowerCase()) : undefined;
    const sheet = marked === null ? byName : lower.get(marked.toLowerCase());
    if (sheet !== undefined) own.add(sheet);
  }
  return own;
}
