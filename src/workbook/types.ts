/**
 * A workbook plan: everything a generated workbook contains (sheets, cells with values or
 * formulas and their formats, Excel tables, defined names, conditional formats for checks,
 * charts), as plain data. Journeys produce a plan from their case; adapters apply it: the
 * Office.js adapter in Excel and the exceljs adapter for .xlsx files. Keeping the plan pure
 * lets the tests check a workbook's content without Excel.
 *
 * Formulas are in Excel's English syntax without the leading "=", and use Excel's built-in
 * functions only, so the workbook calculates for people without the add-in.
 */
export type CellValue = string | number | boolean | null;

/** How a cell looks, after the FAST standard: inputs stand out from calculations. */
export type CellRole =
  | "title"
  | "note"
  | "heading"
  | "label"
  | "unit"
  | "input"
  | "assumption"
  | "calc"
  | "output"
  | "check";

export interface PlanCell {
  /** A1 address on its sheet. */
  ref: string;
  value?: CellValue;
  /** Formula without "="; when set, `value` is ignored. */
  formula?: string;
  numFmt?: string;
  role?: CellRole;
}

/** An Excel table over a block of cells: a header row then data rows. */
export interface PlanTable {
  name: string;
  /** Top-left cell of the header row. */
  ref: string;
  columns: { name: string; numFmt?: string; role?: CellRole }[];
  rows: CellValue[][];
}

export interface PlanName {
  name: string;
  /** Absolute reference with the sheet, e.g. 'Inputs'!$C$5 or a range. */
  ref: string;
  comment?: string;
}

export interface PlanChart {
  /**
   * A line chart over a numeric axis (years); columns over text categories; or horizontal
   * bars over text categories, the series overlapping and the first category at the top
   * (a tornado).
   */
  kind?: "line" | "column" | "bar";
  title: string;
  /** Range of category labels (years) with its sheet. */
  categories: string;
  series: { name: string; values: string }[];
  /** Cell range the chart covers on its sheet. */
  anchor: string;
  yAxisTitle: string;
}

export interface PlanSheet {
  name: string;
  /** Column letter → width in characters. */
  widths: Record<string, number>;
  cells: PlanCell[];
  tables: PlanTable[];
  /** Ranges whose TRUE shows green and FALSE red. */
  checks: string[];
  /** Ranges of red–amber–green statuses: the words Green, Amber and Red show in their colour. */
  statuses?: string[];
  charts: PlanChart[];
  /** Rows and columns kept in view: freeze above `row` and left of `column` (1-based). */
  freeze?: { row: number; column: number };
}

export interface WorkbookPlan {
  sheets: PlanSheet[];
  names: PlanName[];
}
