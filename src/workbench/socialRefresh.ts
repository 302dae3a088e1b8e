import type { CheckOptions, TaskpaneActions } from "../taskpane/actions";
import { refreshSocialSheet } from "../excel/socialSheet";
import type { ExcelRun } from "../excel/run";

/**
 * Until createOfficeActions offers refreshSocialSheet itself, the workbench adds it from the adapter's own parts:
 * check the active sheet, then let src/excel/socialSheet.ts build the sheet from the findings. When the adapter
 * provides the action, its own version is used and this one is never called.
 */
export function withSocialRefresh(actions: TaskpaneActions, run: ExcelRun): TaskpaneActions {
  if (actions.refreshSocialSheet) return actions;
  return {
    ...actions,
    async refreshSocialSheet(options: CheckOptions) {
      const info = await actions.detect();
      if (!info.ok) return info;
      const checked = await actions.check(options);
      if (!checked.ok) return checked;
      const { policy, peildatum, lang } = options;
      return run((context) => refreshSocialSheet(context, { findings: checked.value.findings, policy, peildatum, lang, sourceSheet: info.value.sheetName }));
    },
  };
}
