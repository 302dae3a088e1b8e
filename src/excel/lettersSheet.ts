import { cellText, fail, Letter, LETTER_FIELDS, letterMessages, ok, Result } from "../core";
import { formatsFor, queueWrite } from "./text";

/** The sheet the letters' merge fields go on, one row per supplier, for Word's mail merge. */
export const LETTERS_SHEET_NAME = "Brieven";

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
 * that PSO-toets did not write (another header in row 1) is left alone and the user is told.
 */
export async function writeLettersSheet(context: Excel.RequestContext, letters: readonly Letter[]): Promise<Result<LettersWritten>> {
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
    const ours = used.isNullObject || LETTERS_HEADER.every((h, i) => header[i] === h);
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
