import { whenPaneVisible } from "../excel/pane";
import { createTaskpaneActions } from "../excel/taskpaneActions";
import { officeRun } from "../excel/run";
import type { TaskpaneActions } from "./actions";

/** The actions against the real Excel (Office.js), as the taskpane entry point and the workbench use them. */
export const createOfficeActions = (): TaskpaneActions => ({ ...createTaskpaneActions(officeRun), whenVisible: (start) => whenPaneVisible(start) });
