import { buildCheckReport, CellValue, CheckReport, ColumnMapping, fail, Message, ok, Result, cellText, FIELD_LABELS, letterMessages, lettersFor, outlookOfReport, RESULT_HEADERS, SupplierTable } from "../core";
import { writeLettersSheet } from "./lettersSheet";
import { queueRegisterSheet, registerProblemNotices } from "./registerSheet";
import { REPORT_MARK_NAME, sheetOfMark } from "../core/report/reportSheet";
import { refreshSocialSheet } from "./socialSheet";
import { POLICY_SHEET_NAME } from "../core/policy/policySheet";
import type { CheckOptions, CheckSummary, MappingOwner, SheetInfo, TaskpaneActions } from "../addin/actions";
import { areasOf, checkMapping, GridMerges, locateTable, mergedProblems, TableLayout, tableOf } from "./layout";
import { adapterMessages as M, reportAdapterMessages } from "./messages";
import { guard } from "./guard";
import { hasExcelApi, IsSetSupported } from "./apiSets";
import { queueJoinTable, queueLeaveTable, queueTableBoxes, tableBoxes } from "./tables";
import { createPolicyWatch } from "./policyWatch";
import { removePolicySheet, writePolicySheet } from "./policySheet";
import { MAX_CELLS_PER_READ, readPercentFormats, readUsedGrid, UsedGrid } from "./read";
import { AdapterOptions, DEFAULT_PAYLOAD_BUDGET, ExcelRun, officeRun } from "./run";
import { emptyState, queueStateLoad, queueStateSave, rememberedMapping, stateOf, StoredState } from "./store";
import { ownRules, queueClearResultCells, queueDeleteRules, queueHighlights, RULE_PROPS, statusCellOf, writeResultColumns } from "./write";

interface ActiveRead {
  sheet: Excel.Worksheet;
  sheetName: string;
  grid: UsedGrid;
  state: StoredState;
  conditionalFormats: Excel.ConditionalFormat[];
  tables: Excel.Table[];
  notices: Message[];
  mergedAddress: string;
}

const ownsSheet = (owner: MappingOwner, sheetName: string, headers: readonly string[]): boolean =>
  owner.sheetName === sheetName && owner.headers.length === headers.length && owner.headers.every((h, i) => h === headers[i]);

interface Limits {
  budget: number;
  maxCells: number;
  isSetSupported?: IsSetSupported;
}

/** The first three filled cells under each header of the table, for the column panel's samples. */
function samplesOf(grid: UsedGrid, l: TableLayout, per = 3): CellValue[][] {
  return l.headers.map((_, i) => {
    const c = l.firstColumn + i - grid.col;
    const out: CellValue[] = [];
    for (let r = l.firstDataRow - grid.row; r <= l.lastDataRow - grid.row && out.length < per; r++) {
      const v = grid.values[r]?.[c];
      if (v !== null && v !== undefined && cellText(v) !== "") out.push(v);
    }
    return out;
  });
}

/** Merged areas and Table.resize are ExcelApi 1.13, above the manifest's 1.7. */
const hasApi113 = (limits: Limits) => hasExcelApi("1.13", limits.isSetSupported);


/** One read of the active sheet with everything the actions need: values, settings, tables, merges, our formats. */
async function readActive(context: Excel.RequestContext, limits: Limits, named?: string): Promise<Result<ActiveRead>> {
  const sheet = named ? context.workbook.worksheets.getItem(named) : context.workbook.worksheets.getActiveWorksheet();
  const api113 = hasApi113(limits);
  const { grid, extras } = await readUsedGrid(
    context,
    sheet,
    () => ({
      name: sheet.load("name"),
      setting: queueStateLoad(context),
      tables: sheet.tables.load("items/name"),
      merged: api113 ? sheet.getUsedRange(true).getMergedAreasOrNullObject().load("address") : null,
      formats: sheet.getRange().conditionalFormats.load(RULE_PROPS),
    }),
    limits.budget,
    limits.maxCells,
  );
  const sheetName = extras.name.name;
  if (sheetName === POLICY_SHEET_NAME) return fail(M.policySheetActive());
  if (grid.values.every((row) => row.every((v) => v === "" || v === null))) return fail(M.emptySheet(sheetName));
  const notices: Message[] = extras.tables.items.map((t) => (api113 ? M.notices.table(t.name) : M.notices.tableWithoutResize(t.name)));
  if (!extras.merged) notices.push(M.notices.mergedUnchecked());
  if (grid.rowHidden !== false) notices.push(M.notices.hiddenRows());
  return ok({
    sheet,
    sheetName,
    grid,
    state: stateOf(extras.setting),
    conditionalFormats: extras.formats.items,
    tables: extras.tables.items,
    notices,
    mergedAddress: !extras.merged || extras.merged.isNullObject ? "" : extras.merged.address ?? "",
  });
}

/** The sheet's merged blocks, relative to the used range (the grid the core reads). */
function mergesOf(read: ActiveRead): GridMerges {
  return areasOf(read.mergedAddress).map((a) => ({
    firstRow: a.row - read.grid.row,
    lastRow: a.row + a.rows - 1 - read.grid.row,
    firstColumn: a.col - read.grid.col,
    lastColumn: a.col + a.cols - 1 - read.grid.col,
  }));
}

function layoutOf(read: ActiveRead): Result<TableLayout> {
  const layout = locateTable(read.sheetName, read.grid, mergesOf(read));
  if (!layout.ok) return layout;
  const merged = mergedProblems(read.mergedAddress, layout.value);
  const blocked = layout.value.blocked ?? merged.refuse;
  return ok({ ...layout.value, blocked, notices: [...read.notices, ...merged.notices, ...layout.value.notices] });
}

/** Our rules on the sheet: those of the recorded check and those of the status column found now. */
function ourFormats(read: ActiveRead, layout: TableLayout | null): Excel.ConditionalFormat[] {
  const cells: string[] = [];
  const record = read.state.results[read.sheetName];
  if (record) cells.push(statusCellOf(record.headerRow, record.statusColumn));
  if (layout) cells.push(statusCellOf(layout.headerRow, layout.statusColumn));
  return ownRules(read.conditionalFormats, cells);
}

interface EvaluatedSheet {
  read: ActiveRead;
  table: SupplierTable;
  layout: TableLayout;
  mapping: ColumnMapping;
  report: CheckReport;
}

/** Reads the supplier sheet (the active one unless named) and evaluates it: the shared first half of check and refresh. */
async function evaluateSheet(
  context: Excel.RequestContext,
  opts: CheckOptions,
  limits: Limits,
  fallbackOwner: MappingOwner | null,
  sheetName?: string,
): Promise<Result<EvaluatedSheet>> {
  const registerSheet = queueRegisterSheet(context);
  const read = await readActive(context, limits, sheetName);
  if (!read.ok) return read;
  const layout = layoutOf(read.value);
  if (!layout.ok) return layout;
  const l = layout.value;
  if (l.blocked) return fail(l.blocked);
  const owner = opts.mappingFor ?? fallbackOwner;
  const foreign = owner !== null && !ownsSheet(owner, read.value.sheetName, l.headers);
  // A mapping made on another sheet (or before the headers changed) is never applied: this sheet's own is used.
  const chosen = foreign ? rememberedMapping(read.value.state, read.value.sheetName, l.headers) ?? l.detected : opts.mapping;
  const mapping = checkMapping(chosen, l.headers);
  if (!mapping.ok) return mapping;
  for (const field of ["spend", "level"] as const) {
    // A total contract value stands in for the annual sum (derived over the term in the core).
    if (mapping.value[field] !== undefined || (field === "spend" && mapping.value.contractSum !== undefined)) continue;
    return fail(foreign && owner ? M.mappingOtherSheet(owner.sheetName, read.value.sheetName, FIELD_LABELS[field]) : M.unmappedRequired(FIELD_LABELS[field]));
  }
  const table = tableOf(read.value.grid, l, mapping.value);
  await readPercentFormats(context, read.value.sheet, table, limits.budget);
  // A PSO-register sheet counts (issue 17): its levels replace the list's, and the report says so.
  const register = await registerSheet();
  if (register && !register.ok) return register;
  const report = buildCheckReport(table, l.use, { policy: opts.policy, peildatum: opts.peildatum, lang: opts.lang, register: register?.value.register });
  if (!report) return fail(reportAdapterMessages.noFreeColumns(read.value.sheetName));
  if (register) report.notices.push(...registerProblemNotices(register.value));
  // The rows a user mapping ends the table at may differ from the detected ones: the report's bounds are written.
  const layoutOfReport: TableLayout = { ...l, lastDataRow: report.lastDataRow - 1, statusColumn: report.result.status };
  return ok({ read: read.value, table, layout: layoutOfReport, mapping: mapping.value, report });
}

/**
 * Removes what the last check on the active sheet recorded (its two columns and its two conditional formats) in three
 * small syncs, whatever the row count. False when there is no record or the columns moved: then the caller reads the
 * sheet to find them.
 */
async function clearRecorded(context: Excel.RequestContext, limits: Limits): Promise<boolean> {
  const sheet = context.workbook.worksheets.getActiveWorksheet();
  sheet.load("name");
  const setting = queueStateLoad(context);
  const formats = sheet.getRange().conditionalFormats.load(RULE_PROPS);
  const tables = sheet.tables.load("items/name");
  await context.sync();
  const state = stateOf(setting);
  const record = state.results[sheet.name];
  if (!record) return false;
  const header = sheet.getRangeByIndexes(record.headerRow, record.statusColumn, 1, 2).load("values");
  const boxes = queueTableBoxes(tables.items);
  await context.sync();
  if (header.values[0].some((v, i) => cellText(v) !== RESULT_HEADERS[i])) return false;
  const from = queueLeaveTable(boxes(), record.headerRow, record.statusColumn, hasApi113(limits));
  queueDeleteRules(ownRules(formats.items, [statusCellOf(record.headerRow, record.statusColumn)]));
  await queueClearResultCells(context, sheet, from, record.statusColumn, record.lastRow - from + 1, limits.budget);
  const next: StoredState = { ...state, results: { ...state.results } };
  delete next.results[sheet.name];
  queueStateSave(context, next);
  await context.sync();
  return true;
}

/** The Office.js implementation of the taskpane's actions. Pass the stand-in's `run` to test it without Office. */
export function createTaskpaneActions(run: ExcelRun = officeRun, options: AdapterOptions = {}): TaskpaneActions {
  const budget = options.payloadBudget ?? DEFAULT_PAYLOAD_BUDGET;
  const policyWatch = createPolicyWatch(run);
  const limits: Limits = { budget, maxCells: options.maxCellsPerRead ?? MAX_CELLS_PER_READ, isSetSupported: options.isSetSupported };
  let last: { sheetName: string; headers: string[]; firstColumn: number; width: number } | null = null;
  /** The sheet the taskpane's mapping belongs to: the last one detected (what the taskpane shows), not the last checked. */
  let shown: MappingOwner | null = null;

  return {
    detect: () =>
      guard(M.actions.detect, () =>
        run(async (context) => {
          const read = await readActive(context, limits);
          if (!read.ok) return read;
          const layout = layoutOf(read.value);
          if (!layout.ok) return layout;
          const l = layout.value;
          const remembered = rememberedMapping(read.value.state, read.value.sheetName, l.headers);
          const mapping = remembered ?? l.detected;
          last = { sheetName: read.value.sheetName, headers: l.headers, firstColumn: l.firstColumn, width: l.statusColumn + 2 - l.firstColumn };
          shown = { sheetName: read.value.sheetName, headers: l.headers };
          const table = tableOf(read.value.grid, l, mapping);
          const info: SheetInfo = {
            sheetName: read.value.sheetName,
            headerRow: l.headerRow + 1,
            headers: l.headers,
            firstColumn: l.firstColumn,
            mapping,
            dataRowCount: table.rows.length,
            notices: [...(l.blocked ? [l.blocked] : []), ...l.notices, ...(remembered ? [M.notices.rememberedMapping()] : [])],
            rows: {
              first: l.headerRow + 2,
              last: table.lastDataRow,
              subtotals: table.subtotalRows,
              end: table.nextBlockRow,
              hidden: read.value.grid.rowHidden !== false,
            },
            samples: samplesOf(read.value.grid, l),
          };
          return ok(info);
        }),
      ),

    check: (opts: CheckOptions) =>
      guard(M.actions.check, () =>
        run(async (context): Promise<Result<CheckSummary>> => {
          const evaluated = await evaluateSheet(context, opts, limits, shown);
          if (!evaluated.ok) return evaluated;
          const { read, layout: l, mapping, report, table } = evaluated.value;
          // The outlook reads the end and Aspirant dates from the table's cells, as `check` on the command line does.
          const outlook = outlookOfReport(report, table.columns, opts.policy, opts.peildatum);
          const { sheet, sheetName, state } = read;
          const byRow = new Map(report.findings.map((f) => [f.row, f]));
          const results: CellValue[][] = [];
          for (let r = l.firstDataRow; r <= l.lastDataRow; r++) {
            const f = byRow.get(r + 1);
            results.push(f ? [...report.resultTexts(f)] : ["", ""]);
          }
          const boxes = await tableBoxes(context, read.tables);
          await writeResultColumns(context, sheet, l, results, budget, () => {
            queueJoinTable(boxes, l.headerRow, l.statusColumn, hasApi113(limits));
            queueDeleteRules(ourFormats(read, l));
            queueHighlights(sheet, report);
          });
          const next: StoredState = { ...state, mappings: { ...state.mappings }, results: { ...state.results } };
          next.mappings[sheetName] = { headers: l.headers, mapping };
          next.results[sheetName] = {
            headerRow: l.headerRow,
            statusColumn: l.statusColumn,
            lastRow: l.headerRow + results.length,
          };
          queueStateSave(context, next);
          await context.sync();
          last = { sheetName, headers: l.headers, firstColumn: l.firstColumn, width: l.statusColumn + 2 - l.firstColumn };

          const { kpis, findings } = report;
          return ok({ peildatum: opts.peildatum, counts: kpis.perStatus, kpis, failing: report.attention, findings, sheetName, mapping, report, outlook });
        }),
      ),

    clear: () =>
      guard(M.actions.clear, () =>
        run(async (context): Promise<Result<void>> => {
          // Fast path: what the last check recorded says where its columns are; no need to read the sheet's values.
          if (await clearRecorded(context, limits)) return ok(undefined);
          const read = await readActive(context, limits);
          if (!read.ok) return read;
          const { sheet, sheetName, state } = read.value;
          const layout = locateTable(sheetName, read.value.grid, mergesOf(read.value));
          const l = layout.ok && layout.value.previousResults ? layout.value : null;
          const formats = ourFormats(read.value, l);
          if (!l && formats.length === 0) return ok(undefined);
          queueDeleteRules(formats);
          if (l) {
            const from = queueLeaveTable(await tableBoxes(context, read.value.tables), l.headerRow, l.statusColumn, hasApi113(limits));
            const lastRow = Math.max(l.previousLastRow, l.lastDataRow, l.headerRow);
            if (lastRow >= from) await queueClearResultCells(context, sheet, from, l.statusColumn, lastRow - from + 1, budget);
          }
          const next: StoredState = { ...(state ?? emptyState()), results: { ...state.results } };
          delete next.results[sheetName];
          queueStateSave(context, next);
          await context.sync();
          return ok(undefined);
        }),
      ),

    selectRow: async (row: number) => {
      await run(async (context) => {
        const target = last;
        if (target) {
          const sheet = context.workbook.worksheets.getItem(target.sheetName);
          sheet.activate();
          sheet.getRangeByIndexes(row - 1, target.firstColumn, 1, target.width).select();
        } else context.workbook.worksheets.getActiveWorksheet().getRange(`${row}:${row}`).select();
        await context.sync();
      });
    },

    loadPolicy: () => policyWatch.load(),
    savePolicy: async (policy) => {
      const saved = await guard(M.actions.savePolicy, () => run((context) => writePolicySheet(context, policy)));
      if (saved.ok) await policyWatch.watchNew(saved.value.sheet);
      return saved;
    },
    onPolicyChange: (listener) => policyWatch.subscribe(listener),
    resetPolicy: () => guard(M.actions.resetPolicy, () => run((context) => removePolicySheet(context))),

    refreshSocialSheet: (opts: CheckOptions) =>
      guard(M.actions.refreshSocialSheet, () =>
        run(async (context) => {
          const active = context.workbook.worksheets.getActiveWorksheet().load("name");
          // The report is the sheet PSO-toets marked (core/report/reportSheet.ts), never a sheet found by its name:
          // a user's own "Sociale bijdrage" with suppliers on it is a supplier sheet like any other.
          const mark = context.workbook.names.getItemOrNullObject(REPORT_MARK_NAME).load("formula");
          await context.sync();
          const onReport = !mark.isNullObject && sheetOfMark(String(mark.formula))?.toLowerCase() === active.name.toLowerCase();
          // Pressed while the report itself is active: report on the supplier sheet checked last (never the report,
          // which the pane may have looked at when it opened on it).
          const source = onReport && last && last.sheetName.toLowerCase() !== active.name.toLowerCase() ? last.sheetName : undefined;
          if (onReport && !source) return fail(M.reportNeedsSupplierSheet());
          const evaluated = await evaluateSheet(context, opts, limits, shown, source);
          if (!evaluated.ok) return evaluated;
          const { read, report, table } = evaluated.value;
          // The Vooruitblik reads the contract end and Aspirant dates from the list's columns.
          const outlook = outlookOfReport(report, table.columns, opts.policy, opts.peildatum);
          return refreshSocialSheet(context, { findings: report.findings, policy: opts.policy, peildatum: opts.peildatum, lang: opts.lang, sourceSheet: read.sheetName, printSetup: hasExcelApi("1.9", limits.isSetSupported), payloadBudget: limits.budget, outlook });
        }),
      ),

    writeLetters: (opts: CheckOptions) =>
      guard(letterMessages.actionLetters(), () =>
        run(async (context) => {
          const evaluated = await evaluateSheet(context, opts, limits, shown, last?.sheetName);
          if (!evaluated.ok) return evaluated;
          const { table, report } = evaluated.value;
          return writeLettersSheet(context, lettersFor(table.rows, report.findings, opts.policy, opts.peildatum, opts.lang));
        }),
      ),

    saveMapping: async (mapping, mappingFor) => {
      const target = mappingFor ?? shown;
      if (!target) return;
      await run(async (context) => {
        const setting = queueStateLoad(context);
        await context.sync();
        const state = stateOf(setting);
        queueStateSave(context, { ...state, mappings: { ...state.mappings, [target.sheetName]: { headers: target.headers, mapping } } });
        await context.sync();
      });
    },
  };
}
