/**
 * The Office.js adapter: applies a workbook plan inside Excel. Everything is queued on one
 * request context and sent in a single `context.sync()`, so a build costs the same few round
 * trips whatever the case's size (one to list the sheets, one to write; the tests count
 * them with a recording fake). Each sheet's cells go in one dense `formulas` array and one
 * `numberFormat` array; tables, names, check formats, freeze panes and the chart follow.
 *
 * Nothing the user typed is overwritten: the pane asks for fresh names (`namesForNewBuild`:
 * sheets, tables and defined names none of which the workbook has), and this adapter only
 * ever adds sheets.
 */
/* global Excel, Office */
import {
  freshNames,
  freshSheetFor,
  freshSheetNames,
  type NamesInUse,
  type SheetNames,
} from "./sheet-names";
import { columnName, decodeRef, STATUS_COLOURS } from "./refs";
import type { CellRole, PlanCell, PlanSheet, WorkbookPlan } from "./types";
import type { JourneyReader, TableValues } from "./read-tables";
import { finishPlan } from "./finish";

/**
 * Whether this Excel has an API set. The manifest declares only what a build cannot do
 * without (ExcelApi 1.4: defined names, reading back); later features (check colours,
 * frozen panes, charts, overlapping bars) are skipped where Excel lacks them, and the
 * workbook still calculates. test/build/requirement-sets.test.ts checks every use.
 */
function supports(set: string, version: string): boolean {
  // Outside Office (a test's fake without requirements) nothing beyond the minimum is used.
  try {
    return (
      typeof Office !== "undefined" &&
      Office.context?.requirements?.isSetSupported(set, version) === true
    );
  } catch {
    return false;
  }
}

/** Fill colours by role (FAST: inputs stand out). */
const FILL: Partial<Record<CellRole, string>> = { input: "#FFF2CC", assumption: "#FCE4D6" };

/** The workbook's sheet names (one sync). */
export async function workbookSheetNames(context: Excel.RequestContext): Promise<string[]> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  await context.sync();
  return sheets.items.map((s) => s.name);
}

/** The workbook's sheet, table and defined names, in one sync. */
export async function workbookNamesInUse(context: Excel.RequestContext): Promise<NamesInUse> {
  const { worksheets, tables, names } = context.workbook;
  worksheets.load("items/name");
  tables.load("items/name");
  names.load("items/name");
  await context.sync();
  return {
    sheets: worksheets.items.map((s) => s.name),
    tables: tables.items.map((t) => t.name),
    names: names.items.map((n) => n.name),
  };
}

/**
 * Sheet names for a new build that leave everything in the workbook alone: with the plan,
 * its tables and defined names are fresh too (a workbook may have its own `Loans` table
 * or `Horizon` name); without it, only the sheets are checked.
 */
export async function namesForNewBuild(
  context: Excel.RequestContext,
  base: SheetNames,
  plan?: (names: SheetNames) => WorkbookPlan
): Promise<SheetNames> {
  if (!plan) return freshSheetNames(await workbookSheetNames(context), base);
  return freshNames(await workbookNamesInUse(context), base, plan);
}

/** A fresh sheet for a one-sheet record whose tables' names are fresh too. */
export async function sheetForNewRecord(
  context: Excel.RequestContext,
  base: string,
  plan: (at: { name: string; suffix: string }) => WorkbookPlan
): Promise<{ name: string; suffix: string }> {
  return freshSheetFor(await workbookNamesInUse(context), base, plan);
}

/** A table's header and rows as cells, with its columns' formats and roles. */
function tableCells(sheet: PlanSheet): PlanCell[] {
  return sheet.tables.flatMap((t) => {
    const { row, column } = decodeRef(t.ref);
    const header = t.columns.map((c, j) => ({
      ref: `${columnName(column + j)}${row}`,
      value: c.name,
      role: "heading" as const,
    }));
    const body = t.rows.flatMap((r, i) =>
      t.columns.map((c, j) => ({
        ref: `${columnName(column + j)}${row + 1 + i}`,
        value: r[j],
        numFmt: t.cellFormats?.[i]?.[j] ?? c.numFmt,
        role: c.role,
      }))
    );
    return [...header, ...body];
  });
}

/**
 * A constant as Excel's `formulas` array takes it. Text is written after an apostrophe, the
 * quote prefix Excel itself applies to a typed entry: the rest lands as literal text, so a
 * name the user typed as `=HYPERLINK(…)`, `+44…`, `-`, `@x`, `2024` or `TRUE` stays that
 * text and never becomes a formula, a number or a boolean. The prefix is not part of the
 * value: reading `values` back gives the text without it (office-js issue 6687 reports
 * Excel reading `formulas` back without it too).
 */
export function constantEntry(value: PlanCell["value"]): string | number | boolean {
  if (value === null || value === undefined || value === "") return "";
  return typeof value === "string" ? `'${value}` : value;
}

/** The dense arrays for one sheet: formulas (or constants) and number formats. */
export function denseBlock(cells: readonly PlanCell[]): {
  rows: number;
  columns: number;
  formulas: (string | number | boolean)[][];
  formats: string[][];
} {
  let rows = 0;
  let columns = 0;
  const placed = cells.map((c) => {
    const at = decodeRef(c.ref);
    rows = Math.max(rows, at.row);
    columns = Math.max(columns, at.column);
    return { at, c };
  });
  const formulas = Array.from({ length: rows }, () =>
    new Array<string | number | boolean>(columns).fill("")
  );
  const formats = Array.from({ length: rows }, () => new Array<string>(columns).fill("General"));
  for (const { at, c } of placed) {
    formulas[at.row - 1][at.column - 1] =
      c.formula !== undefined ? `=${c.formula}` : constantEntry(c.value);
    if (c.numFmt) formats[at.row - 1][at.column - 1] = c.numFmt;
  }
  return { rows, columns, formulas, formats };
}

function queueSheet(context: Excel.RequestContext, sheet: PlanSheet): Excel.Worksheet {
  const ws = context.workbook.worksheets.add(sheet.name);
  const cells = [...tableCells(sheet), ...sheet.cells];
  const block = denseBlock(cells);
  if (block.rows > 0) {
    const range = ws.getRange(`A1:${columnName(block.columns)}${block.rows}`);
    range.numberFormat = block.formats;
    range.formulas = block.formulas;
  }
  for (const c of cells) {
    if (!c.role) continue;
    const format = ws.getRange(c.ref).format;
    if (FILL[c.role]) format.fill.color = FILL[c.role]!;
    if (c.role === "title") {
      format.font.bold = true;
      format.font.size = 14;
    } else if (c.role === "heading" || c.role === "output") format.font.bold = true;
    else if (c.role === "note" || c.role === "unit") {
      format.font.italic = true;
      format.font.color = "#595959";
    }
  }
  for (const t of sheet.tables) {
    const { row, column } = decodeRef(t.ref);
    const end = `${columnName(column + t.columns.length - 1)}${row + t.rows.length}`;
    const table = ws.tables.add(`${t.ref}:${end}`, true);
    table.name = t.name;
    table.style = "TableStyleLight9";
  }
  for (const [col, width] of Object.entries(sheet.widths)) {
    ws.getRange(`${col}:${col}`).format.columnWidth = width * 7; // characters → points, roughly
  }
  for (const ref of sheet.checks) {
    if (!supports("ExcelApi", "1.6")) break; // the checks still say TRUE or FALSE, uncoloured
    for (const [value, fill, font] of [
      ["=TRUE", "#C6EFCE", "#006100"],
      ["=FALSE", "#FFC7CE", "#9C0006"],
    ]) {
      const cf = ws.getRange(ref).conditionalFormats.add(Excel.ConditionalFormatType.cellValue);
      cf.cellValue.format.fill.color = fill;
      cf.cellValue.format.font.color = font;
      cf.cellValue.rule = { formula1: value, operator: Excel.ConditionalCellValueOperator.equalTo };
    }
  }
  // Status words coloured like the checks (ExcelApi 1.6); without it they stay plain words.
  for (const ref of sheet.statuses ?? []) {
    if (!supports("ExcelApi", "1.6")) break;
    for (const [value, fill, font] of STATUS_COLOURS) {
      const cf = ws.getRange(ref).conditionalFormats.add(Excel.ConditionalFormatType.cellValue);
      cf.cellValue.format.fill.color = `#${fill}`;
      cf.cellValue.format.font.color = `#${font}`;
      cf.cellValue.rule = {
        formula1: `="${value}"`,
        operator: Excel.ConditionalCellValueOperator.equalTo,
      };
    }
  }
  if (sheet.freeze && supports("ExcelApi", "1.7")) {
    if (sheet.freeze.row > 0) ws.freezePanes.freezeRows(sheet.freeze.row);
    if (sheet.freeze.column > 1) ws.freezePanes.freezeColumns(sheet.freeze.column - 1);
  }
  for (const r of sheet.tallRows ?? []) {
    const format = ws.getRange(`${r}:${r}`).format;
    format.wrapText = true;
    format.rowHeight = 30;
  }
  for (const ref of sheet.wrapped ?? []) ws.getRange(ref).format.wrapText = true;
  const p = sheet.print;
  if (p && supports("ExcelApi", "1.9")) {
    const layout = ws.pageLayout;
    layout.orientation = p.orientation === "landscape" ? "Landscape" : "Portrait";
    layout.paperSize = "A4";
    // Pages across only: as many down as the sheet needs.
    layout.zoom = { horizontalFitToPages: p.pagesWide };
    layout.setPrintArea(p.area);
    if (p.titleRows) layout.setPrintTitleRows(`$${p.titleRows.replace(":", ":$")}`);
    if (p.titleColumns) layout.setPrintTitleColumns(`$${p.titleColumns.replace(":", ":$")}`);
    layout.headersFooters.defaultForAllPages.leftFooter = "&A";
    layout.headersFooters.defaultForAllPages.rightFooter = "Page &P of &N";
    for (const r of p.breaksBefore) ws.horizontalPageBreaks.add(`A${r}`);
  }
  return ws;
}

/** Whether a range such as 'Sheet'!$B$5:$B$9 runs down one column (a series by columns). */
function vertical(ref: string): boolean {
  const m = /!\$?([A-Z]+)\$?\d+:\$?([A-Z]+)\$?\d+$/.exec(ref);
  return m !== null && m[1] === m[2];
}

/** Splits 'Sheet'!$A$1:$B$2 into the worksheet and the address. */
function rangeOf(context: Excel.RequestContext, ref: string): Excel.Range {
  const m = /^'((?:[^']|'')+)'!(.*)$/.exec(ref);
  if (!m) throw new Error(`not a sheet reference: ${ref}`);
  return context.workbook.worksheets
    .getItem(m[1].replace(/''/g, "'"))
    .getRange(m[2].replace(/\$/g, ""));
}

/**
 * Applies a plan: adds its sheets, tables, names, check formats and charts, then syncs once.
 * The plan's sheets must not exist yet (see {@link namesForNewBuild}).
 */
export async function applyPlan(
  context: Excel.RequestContext,
  planned: WorkbookPlan
): Promise<void> {
  const plan = finishPlan(planned);
  const added = plan.sheets.map((sheet) => ({ sheet, ws: queueSheet(context, sheet) }));
  for (const n of plan.names) context.workbook.names.add(n.name, `=${n.ref}`, n.comment);
  for (const { sheet, ws } of added) {
    for (const chart of sheet.charts) {
      if (!supports("ExcelApi", "1.7")) break; // series need 1.7; the figures are on the sheet
      const [first, ...rest] = chart.series;
      const type =
        chart.kind === "bar"
          ? Excel.ChartType.barClustered
          : chart.kind === "column"
            ? Excel.ChartType.columnClustered
            : Excel.ChartType.line;
      const c = ws.charts.add(
        type,
        rangeOf(context, first.values),
        vertical(first.values) ? Excel.ChartSeriesBy.columns : Excel.ChartSeriesBy.rows
      );
      c.title.text = chart.title;
      c.axes.valueAxis.title.text = chart.yAxisTitle;
      if (supports("ExcelApi", "1.8")) c.axes.valueAxis.numberFormat = chart.valueFormat ?? "#,##0";
      const [from, to] = chart.anchor.split(":");
      c.setPosition(from, to);
      const s0 = c.series.getItemAt(0);
      s0.name = first.name;
      s0.setXAxisValues(rangeOf(context, chart.categories));
      for (const s of rest) {
        const series = c.series.add(s.name);
        series.setValues(rangeOf(context, s.values));
        series.setXAxisValues(rangeOf(context, chart.categories));
      }
      if (chart.kind === "bar") {
        // A tornado: bars overlap, the first (widest) category at the top, labels at the left.
        if (supports("ExcelApi", "1.8")) s0.overlap = 100;
        c.axes.categoryAxis.reversePlotOrder = true;
        c.axes.categoryAxis.tickLabelPosition = Excel.ChartAxisTickLabelPosition.low;
      }
    }
  }
  added[0]?.ws.activate();
  await context.sync();
}

/**
 * Reads a journey back from a workbook (two syncs: which sheet and tables exist, then their
 * values), for the pane to restore itself when the workbook is reopened. The title is A1 of
 * the inputs sheet. `null` when the workbook has no inputs sheet under these names.
 */
export async function readFromWorkbook<T>(
  context: Excel.RequestContext,
  sheets: SheetNames,
  reader: JourneyReader<T>
): Promise<T | null> {
  const ws = context.workbook.worksheets.getItemOrNullObject(sheets.inputs);
  const found = reader.tables.map((name) => ({
    name,
    table: context.workbook.tables.getItemOrNullObject(name + sheets.suffix),
  }));
  await context.sync(); // null objects report isNullObject after a sync, no load needed
  if (ws.isNullObject) return null;
  const title = ws.getRange("A1");
  title.load("values");
  const ranges = found
    .filter((f) => !f.table.isNullObject)
    .map((f) => {
      const range = f.table.getRange();
      range.load("values");
      return { name: f.name, range };
    });
  await context.sync();
  const tables: Record<string, TableValues> = {};
  for (const r of ranges) tables[r.name] = r.range.values as TableValues;
  return reader.from(tables, String(title.values[0][0] ?? ""));
}
