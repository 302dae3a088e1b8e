import { columnName, SheetModel } from "../excel-standin";
import { sheetExtras } from "../excel-standin/charts";
import type { Lang } from "../core";
import { displayValue, errorText } from "./display";
import { cellError, cellFill } from "./sheetView";
import { F, frameMessages as T } from "./messages";

const MAX_ROWS = 500;

/** White text on dark fills (a green header row), as Excel's automatic font colour does. */
function isDark(hex: string): boolean {
  const n = parseInt(hex.replace("#", ""), 16);
  if (!Number.isFinite(n)) return false;
  const [r, g, b] = [(n >> 16) & 255, (n >> 8) & 255, n & 255];
  return 0.299 * r + 0.587 * g + 0.114 * b < 128;
}

export interface Selection {
  row: number;
  col: number;
}

/** The active sheet as a plain table: stored values under their number formats, fills and conditional formats. */
export function Grid({
  sheet,
  selection,
  onSelect,
  lang = "nl",
}: {
  sheet: SheetModel;
  selection: Selection | null;
  onSelect: (s: Selection) => void;
  lang?: Lang;
}) {
  const used = sheet.usedRect(false);
  const rows = Math.min(MAX_ROWS, Math.max(30, used ? used.row + used.rows + 3 : 0));
  const cols = Math.max(16, used ? used.col + used.cols + 3 : 0);
  const covered = new Set<string>();
  const spans = new Map<string, { rows: number; cols: number }>();
  for (const m of sheet.merged) {
    spans.set(`${m.row},${m.col}`, { rows: m.rows, cols: m.cols });
    for (let r = m.row; r < m.row + m.rows; r++) for (let c = m.col; c < m.col + m.cols; c++) if (r !== m.row || c !== m.col) covered.add(`${r},${c}`);
  }
  const bold = sheetExtras(sheet).bold;
  const header = Array.from({ length: cols }, (_, c) => columnName(c));
  return (
    <div className="wb-grid-scroll">
      <table className="wb-grid" aria-label={`Blad ${sheet.name}`}>
        <thead>
          <tr>
            <th className="wb-corner" />
            {header.map((h) => (
              <th key={h} scope="col">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {Array.from({ length: rows }, (_, r) =>
            sheet.hiddenRows.has(r) ? null : (
              <tr key={r}>
                <th scope="row">{r + 1}</th>
                {header.map((letter, c) => {
                  const key = `${r},${c}`;
                  if (covered.has(key)) return null;
                  const span = spans.get(key);
                  const value = sheet.get(r, c);
                  const error = cellError(sheet, r, c);
                  const fill = cellFill(sheet, r, c);
                  const selected = selection?.row === r && selection.col === c;
                  return (
                    <td
                      key={letter}
                      data-cell={`${letter}${r + 1}`}
                      data-fill={fill}
                      rowSpan={span?.rows}
                      colSpan={span?.cols}
                      className={[typeof value === "number" ? "wb-num" : "", selected ? "wb-selected" : ""].join(" ").trim() || undefined}
                      style={{ background: fill, color: fill && isDark(fill) ? "#fff" : undefined, fontWeight: bold.has(key) ? 600 : undefined }}
                      title={error ? `${errorText(error.code, lang)} ${error.message}` : undefined}
                      onClick={() => onSelect({ row: r, col: c })}
                    >
                      {displayValue(value, sheet.numberFormats.get(key), lang)}
                    </td>
                  );
                })}
              </tr>
            ),
          )}
        </tbody>
      </table>
      {used && used.row + used.rows > MAX_ROWS && <p className="wb-note">{F(T.firstRowsOnly(String(MAX_ROWS)))}</p>}
    </div>
  );
}

export function SheetTabs({ names, active, onChoose }: { names: string[]; active: number; onChoose: (index: number) => void }) {
  return (
    <nav className="wb-tabs" aria-label={F(T.sheets)}>
      {names.map((name, i) => (
        <button key={name} type="button" role="tab" aria-selected={i === active} className={i === active ? "wb-tab wb-tab-active" : "wb-tab"} onClick={() => onChoose(i)}>
          {name}
        </button>
      ))}
    </nav>
  );
}
