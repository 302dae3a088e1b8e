import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { useEffect, useMemo, useState, useSyncExternalStore } from "react";
import { type Lang, parseCell } from "../core";
import { columnName, SheetModel } from "../excel-standin";
import type { TaskpaneActions } from "../addin/actions";
import { App } from "../taskpane/App";
import { displayValue } from "./display";
import { commitEdit } from "./edit";
import { FormulaBar } from "./FormulaBar";
import { formatFormula, parseFormula } from "./formula";
import { Grid, Selection, SheetTabs } from "./Grid";
import { F, frameMessages as T } from "./messages";
import type { FunctionHelpTable } from "./argumentHints";
import type { WorkbenchStore } from "./store";

export interface WorkbenchProps {
  store: WorkbenchStore;
  lang: Lang;
  functionNames: string[];
  /** The PSO functions' arguments (functions.json and its English table), for the formula bar's hints. */
  functionHelp?: FunctionHelpTable;
  createActions: () => TaskpaneActions;
  onOpen: (file: File) => void;
  onDownload: () => void;
  samples: { file: string; label: string }[];
  onOpenSample: (file: string) => void;
  /** ?debug: the stand-in's sync counter, for developers; never in a user's view. */
  debug?: boolean;
}

function cellContent(sheet: SheetModel, s: Selection, lang: Lang): string {
  const formula = sheet.formulas.get(`${s.row},${s.col}`);
  if (formula) {
    try {
      return formatFormula(parseFormula(formula, "en"), "nl");
    } catch {
      return formula;
    }
  }
  return displayValue(sheet.get(s.row, s.col), sheet.numberFormats.get(`${s.row},${s.col}`), lang);
}

export function Workbench({ store, lang, functionNames, functionHelp, createActions, onOpen, onDownload, samples, onOpenSample, debug }: WorkbenchProps) {
  const state = useSyncExternalStore(store.subscribe, store.snapshot);
  const { book } = state;
  const model = book.model;
  const sheet = model.sheets[model.activeSheet] ?? model.sheets[0];
  const [selection, setSelection] = useState<Selection>({ row: 0, col: 0 });
  const actions = useMemo(() => createActions(), [createActions, state.generation]);
  const [dragging, setDragging] = useState(false);

  // The add-in selects rows (a click on a failing row): follow Excel's selection.
  const selected = model.selection;
  useEffect(() => {
    if (!selected) return;
    const cell = parseCell(selected.address.split(":")[0]);
    if (cell) setSelection(cell);
  }, [selected?.sheet, selected?.address]);

  const select = (s: Selection) => {
    setSelection(s);
    model.selection = { sheet: sheet.name, address: addressOf(s) };
  };

  return (
    <div
      className={dragging ? "wb wb-dragging" : "wb"}
      onDragOver={(event) => {
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={(event) => {
        event.preventDefault();
        setDragging(false);
        const file = event.dataTransfer.files[0];
        if (file) onOpen(file);
      }}
    >
      <header className="wb-bar">
        <strong>{F(T.title)}</strong>
        <span className="wb-file" data-testid="file-name">
          {state.fileName}
        </span>
        <label className="wb-button">
          {F(T.open)}
          <input
            type="file"
            accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
            onChange={(event) => {
              const file = event.target.files?.[0];
              if (file) onOpen(file);
              event.target.value = "";
            }}
          />
        </label>
        <button type="button" className="wb-button" onClick={onDownload}>
          {F(T.download)}
        </button>
        <label className="wb-sample">
          <span className="wb-hint">{F(T.sample)}</span>{" "}
          <select
            aria-label={F(T.sampleFile)}
            value={samples.some((s) => s.file === state.fileName) ? state.fileName : ""}
            onChange={(event) => event.target.value && onOpenSample(event.target.value)}
          >
            {!samples.some((s) => s.file === state.fileName) && <option value="">{F(T.ownFile)}</option>}
            {samples.map((s) => (
              <option key={s.file} value={s.file}>
                {s.label}
              </option>
            ))}
          </select>
        </label>
        <span className="wb-hint">{F(T.dropHint)}</span>
        {debug && <span className="wb-hint" data-testid="debug-syncs">syncs: {book.log.count}</span>}
      </header>
      <div className="wb-main">
        <section className="wb-sheet" aria-label={F(T.workbook)}>
          <FormulaBar
            selection={selection}
            content={cellContent(sheet, selection, lang)}
            functionNames={functionNames}
            help={functionHelp}
            lang={lang}
            onCommit={(text) => commitEdit(model, sheet, selection, text, () => store.changed(), lang)}
          />
          <Grid sheet={sheet} selection={selection} onSelect={select} lang={lang} />
          <SheetTabs
            names={model.sheets.map((s) => s.name)}
            active={model.sheets.indexOf(sheet)}
            onChoose={(i) => {
              model.activeSheet = i;
              model.selection = null;
              setSelection({ row: 0, col: 0 });
              store.changed();
            }}
          />
        </section>
        <aside className="wb-taskpane" aria-label={F(T.taskpane)}>
          <FluentProvider theme={webLightTheme}>
            <App key={state.generation} actions={actions} lang={lang} />
          </FluentProvider>
        </aside>
      </div>
    </div>
  );
}

const addressOf = (s: Selection): string => `${columnName(s.col)}${s.row + 1}`;
