/* The pieces of a sheet layout (socialLayout.ts and the tables it places, such as outlookLayout.ts). */

export type CellKind = "text" | "count" | "euro" | "percent" | "date";

export type SheetValue = string | number;

/** A rectangle of cells the adapters write in one assignment. Rows and columns are zero-based. */
export interface LayoutBlock {
  row: number;
  col: number;
  values: SheetValue[][];
  kinds: CellKind[][];
  /** "good" and "bad": a KPI's share against its target (green or red). */
  style: "title" | "subtitle" | "header" | "section" | "body" | "good" | "bad";
}

export interface Rect {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

export interface ChartSpec {
  name: string;
  type: "line" | "column";
  title: string;
  /** Header row and the category column included. */
  source: Rect;
  /** Where the chart goes, as an A1 range. */
  position: string;
}

