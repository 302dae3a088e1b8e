import type { StandinWorkbook } from "../excel-standin";

/**
 * The workbook the page shows and the add-in works on. Excel.run always reaches the current one, so dropping a new
 * file swaps the workbook under the taskpane; every finished run bumps `version` so the grid re-renders.
 */
export interface WorkbenchState {
  book: StandinWorkbook;
  fileName: string;
  /** The file as loaded: the download starts from it, so whatever the stand-in does not model is kept. */
  original: ArrayBuffer | null;
  /** Bumped when the workbook changes; the taskpane is remounted when `generation` changes (a new file). */
  version: number;
  generation: number;
}

type Listener = () => void;

export class WorkbenchStore {
  private listeners = new Set<Listener>();
  private runs = 0;
  constructor(public state: WorkbenchState, private readonly afterRun: (book: StandinWorkbook) => void = () => {}) {}

  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  snapshot = (): WorkbenchState => this.state;

  /** Call after changing the workbook outside Excel.run (typing a formula, choosing a sheet tab). */
  changed(): void {
    this.afterRun(this.state.book);
    this.state = { ...this.state, version: this.state.version + 1 };
    for (const l of this.listeners) l();
  }

  load(book: StandinWorkbook, fileName: string, original: ArrayBuffer | null): void {
    this.state = { book, fileName, original, version: this.state.version + 1, generation: this.state.generation + 1 };
    this.changed();
  }

  /** Excel.run for the add-in: the real adapter code runs against the stand-in of the current file. */
  run = async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    this.runs++;
    try {
      return await this.state.book.run(batch);
    } finally {
      this.runs--;
      this.changed();
    }
  };

  get busy(): boolean {
    return this.runs > 0;
  }
}
