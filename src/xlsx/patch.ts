import {
  columnLetter, EXPLANATION_HEADER, explanation, fail, Finding, highlightFormulas, Lang, Message, ok, Result, STATUS_HEADER,
  statusLine, SupplierTable,
} from "../core";
import { fileMessages } from "./messages";
import type { XlsxSheetSource } from "./readXlsx";
import { SheetScan } from "./sheetReader";
import { CellContent, SheetPatch, sheetPatchWriter } from "./sheetPatch";
import { editedParts, patchStyles } from "./stylesPatch";
import { Codec, fflateCodec, findEntry, patchZip } from "./zip";

const STATUS_WIDTH = 40;
const EXPLANATION_WIDTH = 80;
const LAST_COLUMN = 16_383;

export interface AddedColumns {
  /** 1-based column numbers of PSO-status and PSO-toelichting. */
  status: number;
  explanation: number;
}

/**
 * Where the two result columns go: an earlier run's pair (PSO-status with PSO-toelichting right beside it), else the
 * first two columns right of the table that hold no value and no merged block in or below the header, else right of
 * everything. Never on a column the user has filled: a user's own "PSO-status" column without its partner is theirs.
 */
export function placeResultColumns(scan: SheetScan, table: SupplierTable): AddedColumns | null {
  if (table.statusColumn !== null && table.explanationColumn === table.statusColumn + 1) {
    return { status: table.statusColumn + 1, explanation: table.explanationColumn + 1 };
  }
  const header = table.headerRow - 1;
  const merged = (c: number) => scan.merges.some((m) => m.c1 <= c && c <= m.c2 && m.r2 >= header);
  const free = (c: number) => c <= LAST_COLUMN && !scan.usedColumns.has(c) && !merged(c);
  const own = [table.statusColumn, table.explanationColumn].filter((c): c is number => c !== null);
  const right = Math.max(table.lastUserColumn, ...own) + 1;
  if (free(right) && free(right + 1)) return { status: right + 1, explanation: right + 2 };
  const mergeEdge = scan.merges.reduce((edge, m) => (m.r2 >= header && m.c2 < LAST_COLUMN ? Math.max(edge, m.c2) : edge), -1);
  let c = Math.max(scan.maxColumn, mergeEdge, right) + 1;
  while (c < LAST_COLUMN && !(free(c) && free(c + 1))) c++;
  return c < LAST_COLUMN ? { status: c + 1, explanation: c + 2 } : null;
}

/**
 * The annotated copy as zip pieces: the checked sheet gets PSO-status and PSO-toelichting (inline strings, never
 * formulas), their widths and two highlight rules; styles.xml gets a bold header style and two fills appended; every
 * other part of the archive is copied byte for byte.
 */
export function annotatedCopy(
  source: XlsxSheetSource,
  table: SupplierTable,
  findings: readonly Finding[],
  lang: Lang,
  file: string,
  codec: () => Codec = fflateCodec,
): Result<{ pieces: Uint8Array[]; columns: AddedColumns }> {
  const columns = placeResultColumns(source.scan, table);
  if (!columns) return fail<never>(fileMessages.noFreeColumns(file, source.sheet.name) as Message);
  const styles = patchStyles(source.zip, source.parts);
  const status = columns.status - 1;
  const expl = columns.explanation - 1;
  const header = { kind: "text", style: styles.boldXf } as const;
  const headerCells = new Map<number, CellContent>([[status, { ...header, text: STATUS_HEADER }], [expl, { ...header, text: EXPLANATION_HEADER }]]);
  // Findings are in sheet order: a row's texts are found by binary search and made only when the row is written.
  const findingAt = (row: number): Finding | undefined => {
    let lo = 0;
    let hi = findings.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const r = findings[mid].row;
      if (r === row) return findings[mid];
      if (r < row) lo = mid + 1;
      else hi = mid - 1;
    }
    return undefined;
  };
  const cellsAt = (row: number): Map<number, CellContent> | undefined => {
    if (row === table.headerRow) return headerCells;
    const f = findingAt(row);
    if (!f) return undefined;
    return new Map<number, CellContent>([
      [status, { kind: "text", text: statusLine(f, lang, table.columnNames) }],
      [expl, { kind: "text", text: explanation(f, lang, table.columnNames) }],
    ]);
  };
  const rows = [table.headerRow];
  for (const f of findings) if (f.row > rows[rows.length - 1]) rows.push(f.row);
  const lastRow = findings.reduce((max, f) => Math.max(max, f.row), table.headerRow + 1);
  const statusRef = `$${columnLetter(status)}${table.headerRow + 1}`;
  const formulas = highlightFormulas(statusRef);
  const rerun = table.statusColumn === status;
  const patch: SheetPatch = {
    rows,
    cellsAt,
    lastColumn: expl,
    widths: [[columns.status, STATUS_WIDTH], [columns.explanation, EXPLANATION_WIDTH]],
    formats: [{
      sqref: `A${table.headerRow + 1}:${columnLetter(expl)}${lastRow}`,
      rules: [{ formula: formulas.fail, dxf: styles.failDxf }, { formula: formulas.warn, dxf: styles.warnDxf }],
    }],
    // A re-run replaces its own cells and rule; the user's formats and cells are never touched.
    dropFormat: rerun ? (block) => block.includes(`LEFT(${statusRef},`) : undefined,
    clearColumns: rerun ? new Set([status, expl]) : undefined,
    clearFromRow: table.headerRow,
  };
  const replace = editedParts(source.zip, styles.edits);
  replace.set(source.sheet.path, sheetPatchWriter(source.zip, findEntry(source.zip, source.sheet.path)!, patch));
  return ok({ pieces: patchZip(source.zip, replace, codec), columns });
}
