import { fail, Message, registerFromGrid, RegisterRead, REGISTER_SHEET_NAME, registerMessages, Result } from "../core";

/** Most register-row problems listed as notices; the rest are counted. */
const MAX_PROBLEM_NOTICES = 10;

/**
 * Queues the lookup of the PSO-register sheet, to ride along with the next sync the caller makes (no extra sync
 * without the sheet). The returned function, called after that sync, reads the sheet (one more sync) or gives null
 * when the workbook has none.
 */
export function queueRegisterSheet(context: Excel.RequestContext): () => Promise<Result<RegisterRead> | null> {
  const sheet = context.workbook.worksheets.getItemOrNullObject(REGISTER_SHEET_NAME);
  sheet.load("name");
  return async () => {
    // eslint-disable-next-line office-addins/call-sync-before-read -- the caller syncs before calling this (see above)
    if (sheet.isNullObject) return null;
    // Only now: a method chained on a null object (the sheet missing) would fail the whole batch.
    const used = sheet.getUsedRangeOrNullObject(true).load("values");
    await context.sync();
    if (used.isNullObject) return fail(registerMessages.sheetEmpty(REGISTER_SHEET_NAME));
    return registerFromGrid(used.values, `"${REGISTER_SHEET_NAME}"`);
  };
}

/** The register rows that could not be read, as notices: the first ten, then how many more. */
export function registerProblemNotices(read: RegisterRead): Message[] {
  const shown = read.problems.slice(0, MAX_PROBLEM_NOTICES);
  const more = read.problems.length - shown.length;
  return more > 0 ? [...shown, registerMessages.moreProblems(more)] : shown;
}
