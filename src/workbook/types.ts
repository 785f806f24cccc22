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
  /**
   * The model's value of a formula cell, written as the formula's cached result so a viewer
   * that does not recalculate (a preview, a mail client) still shows the number. Excel and
   * LibreOffice recalculate on opening and replace it.
   */
  cached?: CellValue;
}

/** An Excel table over a block of cells: a header row then data rows. */
export interface PlanTable {
  name: string;
  /** Top-left cell of the header row. */
  ref: string;
  columns: { name: string; numFmt?: string; role?: CellRole }[];
  rows: CellValue[][];
  /** A cell's own number format where its column's does not fit (a settings table's values). */
  cellFormats?: (string | undefined)[][];
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
  /** Number format of the value axis's labels ("£#,##0", "0.00"); "#,##0" when absent. */
  valueFormat?: string;
}

/**
 * How a sheet prints: the orientation, fitted to `pagesWide` pages across (1 unless a long
 * timeline would be too small to read) and as many down as it needs, the rows and columns
 * repeated on every page, the area printed, and rows a new page starts at (so a chart is
 * never split). `finishPlan` (./finish) works it out from the sheet's contents.
 */
export interface PrintSetup {
  orientation: "portrait" | "landscape";
  pagesWide: number;
  /** Rows repeated at the top of every page, e.g. "1:4". */
  titleRows?: string;
  /** Columns repeated at the left of every page, e.g. "A:D". */
  titleColumns?: string;
  /** The printed range, e.g. "A1:K30". */
  area: string;
  /** Rows (1-based) a new page starts at. */
  breaksBefore: number[];
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
  /** Rows of long headers, wrapped onto two lines (`finishPlan` finds them). */
  tallRows?: number[];
  /** Cells whose text is longer than its column, wrapped (`finishPlan` finds them). */
  wrapped?: string[];
  /** Print set-up; `finishPlan` works it out when a plan leaves it out. */
  print?: PrintSetup;
}

export interface WorkbookPlan {
  sheets: PlanSheet[];
  names: PlanName[];
}
