import { cellText, coded, fail, Letter, LETTER_FIELDS, LETTERS_SHEET_NAME, letterMessages, Message, ok, Result } from "../core";
import { chooseOwnSheet, OWN_SHEETS, sheetOfMark } from "../core/ownSheets";
import { formatsFor, queueWrite } from "./text";

/** The sheet the letters' merge fields go on, one row per supplier, for Word's mail merge (named in src/core/sheetNames.ts). */
export { LETTERS_SHEET_NAME };

/** The header row: the merge fields' own names, so a Word mail merge finds {leverancier} under "leverancier". */
export const LETTERS_HEADER: readonly string[] = LETTER_FIELDS;

export interface LettersWritten {
  count: number;
  sheetName: string;
  letters: Letter[];
  /** A user's own sheet called "Brieven", left as it is (the letters went to `sheetName`); null when there was none. */
  userSheetKept: string | null;
  /** What to tell the user about it, or null. */
  notice: Message | null;
}

/** Shown only to someone who unhides the name: what it is for. */
const MARK_COMMENT = "PSO-toets: dit blad is het blad Brieven";

/** The Brieven sheet of an earlier version, before the mark: row 1 is our header, or its shorter first part. */
function isEarlierLettersSheet(header: readonly string[]): boolean {
  const filled = header.filter((h) => h !== "");
  return filled.length >= 19 && filled.every((h, i) => LETTERS_HEADER[i] === h);
}

export const lettersSheetMessages = coded("excel.lettersSheet", {
  userSheetKept: (userSheet: string, lettersSheet: string): Message => ({
    nl: `Het blad "${userSheet}" is niet door PSO-toets gemaakt en blijft zoals het is; de brieven staan op het blad "${lettersSheet}".`,
    en: `The sheet "${userSheet}" was not made by PSO-toets and is left as it is; the letters are on the sheet "${lettersSheet}".`,
  }),
});

/**
 * Writes the Brieven sheet in three syncs: the header and one row per letter, every cell as text ("@"), so a KvK
 * number keeps its leading zero and a date stays the text the letter shows. The sheet is the one PSO-toets marked
 * (core/ownSheets.ts), or an unmarked "Brieven" an earlier version wrote (our header in row 1); a user's own sheet
 * called Brieven is left alone and the letters go to a free name ("Brieven (2)"), said in `notice`. The caller checks
 * the sender first (senderProblem): no letter goes out unsigned.
 */
export async function writeLettersSheet(context: Excel.RequestContext, letters: readonly Letter[]): Promise<Result<LettersWritten>> {
  // Letters made under a policy without a sender would go out unsigned, or signed by nobody the supplier knows.
  if (letters.some((l) => !l.fields.inkoper || !l.fields.contact)) return fail(letterMessages.senderMissing(["Afzender brieven", "Contactregel brieven"], ["buyer.name", "buyer.contact"]));
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  const mark = context.workbook.names.getItemOrNullObject(OWN_SHEETS.letters.mark);
  mark.load("formula");
  await context.sync();
  const names = sheets.items.map((w) => w.name);
  const markRef = mark.isNullObject ? null : String(mark.formula);
  const find = (name: string | null) => (name === null ? undefined : names.find((n) => n.toLowerCase() === name.toLowerCase()));
  const candidate = find(sheetOfMark(markRef)) ?? find(LETTERS_SHEET_NAME);
  const used = candidate === undefined ? null : sheets.getItem(candidate).getUsedRangeOrNullObject(false).load("values");
  await context.sync();
  const header = used === null || used.isNullObject ? [] : used.values[0].map((v) => cellText(v as never));
  const choice = chooseOwnSheet(OWN_SHEETS.letters, names, markRef, () => used === null || used.isNullObject || isEarlierLettersSheet(header));
  const sheet = choice.exists ? sheets.getItem(choice.name) : sheets.add(choice.name);
  if (choice.exists && used !== null && !used.isNullObject) used.clear("Contents");
  const values = [[...LETTERS_HEADER], ...letters.map((l) => LETTER_FIELDS.map((f) => l.fields[f]))];
  const range = sheet.getRangeByIndexes(0, 0, values.length, LETTERS_HEADER.length);
  queueWrite(range, values, formatsFor(values, () => "@"));
  sheet.getRangeByIndexes(0, 0, 1, LETTERS_HEADER.length).format.font.bold = true;
  if (sheetOfMark(markRef)?.toLowerCase() !== choice.name.toLowerCase()) {
    if (!mark.isNullObject) mark.delete();
    context.workbook.names.add(OWN_SHEETS.letters.mark, sheet.getRange("A1"), MARK_COMMENT).visible = false;
  }
  sheet.activate();
  await context.sync();
  const notice = choice.userSheetKept === null ? null : lettersSheetMessages.userSheetKept(choice.userSheetKept, choice.name);
  return ok({ count: letters.length, sheetName: choice.name, letters: [...letters], userSheetKept: choice.userSheetKept, notice });
}
