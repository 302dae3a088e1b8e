/**
 * Excel's built-in number formats (ECMA-376 Part 1, 18.8.30), the one table of them: a cell style names one by its
 * id without writing its code. Reading a file, an id tells whether a cell shows a date or a percentage, and the
 * workbench shows the code; writing one, a code from this table needs no <numFmt> of its own.
 */
export interface BuiltinFormat {
  id: number;
  code: string;
  /** What the format shows: a plain number (or text), a date or time, or a percentage. */
  shows: "number" | "date" | "percent";
  /**
   * Shown in the reader's regional format (the dates and times): the code is how Dutch Excel shows it, so a writer
   * that means exactly this code must not name it by id.
   */
  regional?: true;
}

export const BUILTIN_FORMATS: readonly BuiltinFormat[] = [
  { id: 0, code: "General", shows: "number" },
  { id: 1, code: "0", shows: "number" },
  { id: 2, code: "0.00", shows: "number" },
  { id: 3, code: "#,##0", shows: "number" },
  { id: 4, code: "#,##0.00", shows: "number" },
  { id: 9, code: "0%", shows: "percent" },
  { id: 10, code: "0.00%", shows: "percent" },
  { id: 11, code: "0.00E+00", shows: "number" },
  { id: 14, code: "d-m-yyyy", shows: "date", regional: true },
  { id: 15, code: "d-mmm-yy", shows: "date", regional: true },
  { id: 16, code: "d-mmm", shows: "date", regional: true },
  { id: 17, code: "mmm-yy", shows: "date", regional: true },
  { id: 18, code: "h:mm AM/PM", shows: "date", regional: true },
  { id: 19, code: "h:mm:ss AM/PM", shows: "date", regional: true },
  { id: 20, code: "h:mm", shows: "date", regional: true },
  { id: 21, code: "h:mm:ss", shows: "date", regional: true },
  { id: 22, code: "d-m-yyyy h:mm", shows: "date", regional: true },
  { id: 45, code: "mm:ss", shows: "date", regional: true },
  { id: 46, code: "[h]:mm:ss", shows: "date", regional: true },
  { id: 47, code: "mmss.0", shows: "date", regional: true },
  { id: 49, code: "@", shows: "number" },
];

const BY_ID = new Map(BUILTIN_FORMATS.map((f) => [f.id, f]));
/** Codes a writer may name by id: those that mean the same in every region (the writer only uses its own codes). */
const ID_OF_CODE = new Map(BUILTIN_FORMATS.filter((f) => !f.regional).map((f) => [f.code, f.id]));

/** The built-in format with this id, if Excel has one. */
export const builtinFormat = (id: number): BuiltinFormat | undefined => BY_ID.get(id);

/** The id that names this code without a <numFmt> of its own, if any ("0%" -> 9, "@" -> 49). */
export const builtinIdOf = (code: string): number | undefined => ID_OF_CODE.get(code);
