import { cellText, fail, Letter, LETTER_FIELDS, LETTERS_SHEET_NAME, letterMessages, ok, Result } from "../core";
import { formatsFor, queueWrite } from "./text";

/** The sheet the letters' merge fields go on, one row per supplier, for Word's mail merge (named in src/core/sheetNames.ts). */
export { LETTERS_SHEET_NAME };

/** The header row: the merge fields' own names, so a Word mail merge finds {leverancier} under "leverancier". */
export const LETTERS_HEADER: readonly string[] = LETTER_FIELDS;

export interface LettersWritten {
  count: number;
  sheetName: string;
  letters: Letter[];
}

/**
 * Writes the Brieven sheet (created when absent) in two syncs: the header and one row per letter, every cell as text
 * ("@"), so a KvK number keeps its leading zero and a date stays the text the letter shows. A sheet named Brieven
 * that PSO-toets did not write (another header in row 1) is left alone and the user is told. The caller checks the
 * sender first (senderProblem): no letter goes out unsigned.
 */
export async function writeLettersSheet(context: Excel.RequestContext, letters: readonly Letter[]): Promise<Result<LettersWritten>> {
  // Letters made under a policy without a sender would go out unsigned, or signed by nobody the supplier knows.
  if (letters.some((l) => !l.fields.inkoper || !l.fields.contact)) return fail(letterMessages.senderMissing(["Afzender brieven", "Contactregel brieven"], ["buyer.name", "buyer.contact"]));
  const sheets = context.workbook.worksheets;
  const existing = sheets.getItemOrNullObject(LETTERS_SHEET_NAME);
  existing.load("name");
  await context.sync();
  let sheet: Excel.Worksheet;
  if (existing.isNullObject) sheet = sheets.add(LETTERS_SHEET_NAME);
  else {
    const used = existing.getUsedRangeOrNullObject(false).load("values,address");
    await context.sync();
    const header = used.isNullObject ? [] : used.values[0].map((v) => cellText(v as never));
    // Ours when row 1 is our header, or the shorter header of an earlier version (new fields are appended at the end).
    const filled = header.filter((h) => h !== "");
    const ours = used.isNullObject || (filled.length >= 19 && filled.every((h, i) => LETTERS_HEADER[i] === h));
    if (!ours) return fail(letterMessages.sheetNotOurs(LETTERS_SHEET_NAME));
    if (!used.isNullObject) used.clear("Contents");
    sheet = existing;
  }
  const values = [[...LETTERS_HEADER], ...letters.map((l) => LETTER_FIELDS.map((f) => l.fields[f]))];
  const range = sheet.getRangeByIndexes(0, 0, values.length, LETTERS_HEADER.length);
  queueWrite(range, values, formatsFor(values, () => "@"));
  sheet.getRangeByIndexes(0, 0, 1, LETTERS_HEADER.length).format.font.bold = true;
  sheet.activate();
  await context.sync();
  return ok({ count: letters.length, sheetName: LETTERS_SHEET_NAME, letters: [...letters] });
}
