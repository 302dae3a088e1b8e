import { ok, Result } from "../core";
import type { PolicySource } from "../addin/actions";
import { guard } from "./guard";
import { adapterMessages as M } from "./messages";
import { readPolicySheet } from "./policySheet";
import type { ExcelRun } from "./run";

type Listener = (result: Result<PolicySource>) => void;

/**
 * Reads the PSO-beleid sheet and keeps watching it (Worksheet.onChanged), so a direct edit of the sheet reaches the
 * PSO.* formulas (with a recalculation) and the taskpane without going through the policy editor.
 */
export function createPolicyWatch(run: ExcelRun) {
  const listeners = new Set<Listener>();
  /** Id of the sheet whose onChanged is ours; a sheet deleted and made anew gets a new id and a new handler. */
  let watchedId: string | null = null;

  const watch = async (context: Excel.RequestContext, sheet: Excel.Worksheet): Promise<void> => {
    if (sheet.id === watchedId) return;
    watchedId = sheet.id;
    sheet.onChanged.add(changed);
    await context.sync();
  };

  const readAndWatch = (context: Excel.RequestContext): Promise<Result<PolicySource>> =>
    readPolicySheet(context).then(async (read) => {
      if (!read.ok) return read;
      if (read.value.sheet) await watch(context, read.value.sheet);
      return ok(read.value.source);
    });

  const load = () => guard(M.actions.loadPolicy, () => run(readAndWatch));

  async function changed(): Promise<void> {
    const result = await load();
    for (const listener of listeners) listener(result);
  }

  return {
    load,
    /** After the editor saved to `sheetName` (it may be new, or "PSO-beleid (2)" beside a user's own): watch it. */
    watchNew: (sheetName: string) =>
      run(async (context) => {
        const sheet = context.workbook.worksheets.getItemOrNullObject(sheetName);
        sheet.load("id");
        await context.sync();
        if (!sheet.isNullObject) await watch(context, sheet);
      }).catch(() => undefined), // watching is a convenience: its failure must not turn a successful save into an error
    subscribe(listener: Listener): () => void {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}
