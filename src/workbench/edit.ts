import { columnName, SheetModel, WorkbookModel } from "../excel-standin";
import type { CommitResult } from "./FormulaBar";
import { displayValue } from "./display";
import type { Lang } from "../core";
import { formatFormula, FormulaError, parseFormula } from "./formula";
import { workbenchMessages } from "./messages";
import { isPsoFormula } from "./sheetView";
import type { Selection } from "./Grid";

/**
 * Typed input as Dutch Excel takes it: a formula, a number in Dutch notation, or text. Like Excel, a user's edit fires
 * the sheet's onChanged, so a direct edit of PSO-beleid reaches the PSO formulas (src/excel/policyWatch.ts).
 */
export function commitEdit(
  model: WorkbookModel,
  sheet: SheetModel,
  s: Selection,
  text: string,
  recalc: () => void,
  lang: Lang = "nl",
): CommitResult {
  const key = `${s.row},${s.col}`;
  let note: string | undefined;
  if (text.trim().startsWith("=")) {
    let formula: string;
    try {
      formula = formatFormula(parseFormula(text, "nl"), "en");
    } catch (error) {
      return { text: "", error: error instanceof FormulaError ? error.message : String(error) };
    }
    sheet.set(s.row, s.col, "");
    sheet.formulas.set(key, formula);
    // =SOM(...) and the like are kept (the download has them, Excel calculates them) but not calculated here.
    if (!isPsoFormula(formula)) note = workbenchMessages.notCalculated(text.trim().replace(/^=\s*/, "").split("(")[0].toUpperCase() || text.trim())[lang];
  } else {
    const number = /^-?\d+(,\d+)?$/.test(text.trim()) ? Number(text.trim().replace(",", ".")) : null;
    sheet.set(s.row, s.col, number ?? text);
  }
  model.fireChanged(sheet, `${columnName(s.col)}${s.row + 1}`);
  recalc();
  return { text: displayValue(sheet.get(s.row, s.col), sheet.numberFormats.get(key), lang), note };
}
