import { keepFormulasOnToday } from "../excel/newDay";
import { officeRun } from "../excel/run";

/** What the add-in does once Office is ready, besides showing the pane: keep the PSO.* formulas on today's date. */
export function startOfficeSession(): void {
  keepFormulasOnToday(officeRun);
}
