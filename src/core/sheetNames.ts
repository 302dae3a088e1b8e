/**
 * The sheets PSO-toets writes into a workbook, named in one place. The names are the same in Dutch and English
 * Excel: a workbook moves between colleagues with either, and each must find the same sheets again.
 */

/** The policy the custom functions and the check use (read and written by the add-in and the CLI). */
export const POLICY_SHEET_NAME = "PSO-beleid";
/** The controller's report: key figures, history, action list. */
export const SOCIAL_SHEET_NAME = "Sociale bijdrage";
/** An export of the PSO register, matched to the supplier list. */
export const REGISTER_SHEET_NAME = "PSO-register";
/** One row per supplier that has to act, the letters' merge fields as columns. */
export const LETTERS_SHEET_NAME = "Brieven";

/** Every sheet PSO-toets writes itself: none of them is a supplier list. */
export const OWN_SHEET_NAMES: readonly string[] = [SOCIAL_SHEET_NAME, POLICY_SHEET_NAME, REGISTER_SHEET_NAME, LETTERS_SHEET_NAME];
