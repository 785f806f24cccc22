/**
 * What makes a planned sheet readable on screen and on paper, worked out in one place from
 * its contents: column widths from the text and the formatted numbers each column shows,
 * long headers wrapped onto two lines, and the print set-up (landscape where wide, fitted
 * to one page across, titles repeated, charts kept whole on one page). Both adapters apply
 * `finishPlan` to whatever plan they are given, so every journey's workbook, present and
 * future, gets the same treatment.
 */
import { columnName, decodeRef } from "./refs";
import type { CellValue, PlanCell, PlanSheet, PrintSetup, WorkbookPlan } from "./types";

/** Widest and narrowest a column is made, in characters. */
const MAX_WIDTH = 50;
const MIN_WIDTH = 6;
/** A header longer than this is wrapped onto two lines (its row made two lines high). */
const WRAP_HEADER = 12;

/** The page, in points: A4 less the default margins (0.7 in at the sides, 0.75 in top and bottom). */
const PAGE = {
  portrait: { width: 8.27 * 72 - 2 * 0.7 * 72, height: 11.69 * 72 - 2 * 0.75 * 72 },
  landscape: { width: 11.69 * 72 - 2 * 0.7 * 72, height: 8.27 * 72 - 2 * 0.75 * 72 },
};
/** Printed smaller than this, a timeline is spread over more pages across instead. */
const SMALLEST_SCALE = 0.5;
/** Default row height in points. */
const ROW = 15;

/** A column width in characters as points on paper (Excel: 7 px a character plus 5 px padding). */
const widthPoints = (chars: number) => (chars * 7 + 5) * 0.75;

/** Digits of |x| rounded to `decimals`, with thousands separators when `grouped`. */
function digits(x: number, decimals: number, grouped: boolean): number {
  const whole = Math.floor(Math.abs(Math.round(x * 10 ** decimals) / 10 ** decimals));
  const n = String(whole).length;
  return n + (grouped ? Math.floor((n - 1) / 3) : 0) + (decimals ? decimals + 1 : 0);
}

/** About how many characters a value shows in a number format. */
export function shownLength(value: CellValue | undefined, numFmt?: string): number {
  if (value === null || value === undefined) return 0;
  if (typeof value === "boolean") return 5;
  if (typeof value === "string") return value.length;
  const fmt = (numFmt ?? "General").split(";")[0];
  const decimals = (/\.(0+)/.exec(fmt.replace(/"[^"]*"/g, ""))?.[1] ?? "").length;
  const sign = value < 0 ? 1 : 0;
  if (fmt.includes("%")) return sign + digits(value * 100, decimals, false) + 1;
  if (/#,##0|0/.test(fmt) && fmt !== "General") {
    const quoted = [...fmt.matchAll(/"([^"]*)"/g)].map((m) => m[1]);
    const bare = fmt.replace(/"[^"]*"/g, "");
    const literal = quoted.join("").length + (bare.includes("£") ? 1 : 0);
    return sign + literal + digits(value, decimals, fmt.includes(","));
  }
  return Math.min(11, String(value).length);
}

/** What a formula cell without a cached value is assumed to show, by its format. */
function formulaLength(numFmt?: string): number {
  if (!numFmt) return 8;
  if (numFmt.includes("%")) return 7;
  if (numFmt.includes("£")) return 12;
  return 8;
}

/** The longer line of a header split at the space nearest its middle. */
export function twoLineLength(text: string): number {
  let best = text.length;
  for (let i = 0; i < text.length; i++)
    if (text[i] === " ") best = Math.min(best, Math.max(i, text.length - i - 1));
  return best;
}

interface Placed {
  row: number;
  column: number;
  cell: PlanCell;
  /** A header (of a table, or a row of headings). */
  header: boolean;
  /** A table's header, with its filter button. */
  button?: boolean;
}

/** Every cell of a sheet, tables' headers and rows included. */
function placedCells(sheet: PlanSheet): Placed[] {
  const placed: Placed[] = [];
  for (const t of sheet.tables) {
    const { row, column } = decodeRef(t.ref);
    t.columns.forEach((c, j) => {
      placed.push({
        row,
        column: column + j,
        cell: { ref: "", value: c.name },
        header: true,
        button: true,
      });
      t.rows.forEach((r, i) =>
        placed.push({
          row: row + 1 + i,
          column: column + j,
          cell: { ref: "", value: r[j], numFmt: t.cellFormats?.[i]?.[j] ?? c.numFmt },
          header: false,
        })
      );
    });
  }
  for (const c of sheet.cells) {
    const at = decodeRef(c.ref);
    placed.push({ ...at, cell: c, header: false });
  }
  // A heading beside another heading is a column header (a row of them), not a section title.
  const key = (r: number, c: number) => `${r}:${c}`;
  const headings = new Set(
    placed.filter((p) => p.cell.role === "heading").map((p) => key(p.row, p.column))
  );
  for (const p of placed)
    if (
      p.cell.role === "heading" &&
      (headings.has(key(p.row, p.column - 1)) || headings.has(key(p.row, p.column + 1)))
    )
      p.header = true;
  return placed;
}

/** The sheet's used extent: last row and column with a cell or a chart. */
function extent(sheet: PlanSheet, placed: readonly Placed[]) {
  let rows = 1;
  let columns = 1;
  for (const p of placed) {
    rows = Math.max(rows, p.row);
    columns = Math.max(columns, p.column);
  }
  for (const chart of sheet.charts) {
    const to = decodeRef(chart.anchor.split(":")[1]);
    rows = Math.max(rows, to.row);
    columns = Math.max(columns, to.column);
  }
  return { rows, columns };
}

/**
 * Widths from contents: each column as wide as the widest thing it shows (headers on two
 * lines when long), between 6 and 50 characters. Text with an empty cell to its right
 * (titles, notes, section headings, a sentence of result) runs over into it and does not
 * widen its column; longer text in a full row is wrapped.
 * Columns with nothing in them keep the plan's width (room beside a chart).
 */
export function contentWidths(sheet: PlanSheet): {
  widths: Record<string, number>;
  tallRows: number[];
  wrapped: string[];
} {
  const placed = placedCells(sheet);
  const filled = new Set(
    placed
      .filter((p) => p.cell.formula !== undefined || (p.cell.value ?? "") !== "")
      .map((p) => `${p.row}:${p.column}`)
  );
  const { columns: lastColumn } = extent(sheet, placed);
  const chars = new Map<number, number>();
  const tall = new Set<number>();
  const long: { ref: string; n: number; column: number }[] = [];
  for (const p of placed) {
    const c = p.cell;
    let n: number;
    if (c.formula !== undefined)
      n = c.cached !== undefined ? shownLength(c.cached, c.numFmt) : formulaLength(c.numFmt);
    else n = shownLength(c.value, c.numFmt);
    if (n === 0) continue;
    const text = typeof (c.formula !== undefined ? c.cached : c.value) === "string";
    if (p.header) {
      // A formula heading (a rule's name read from another sheet) by what it shows.
      const name = String((c.formula !== undefined ? c.cached : c.value) ?? "");
      if (name.length > WRAP_HEADER) {
        n = twoLineLength(name);
        tall.add(p.row);
      }
      n += p.button ? 3 : 1; // a table's filter button; a header's bold
    } else if (text && !filled.has(`${p.row}:${p.column + 1}`) && p.column < lastColumn) continue;
    else if (c.role === "output" || c.role === "heading") n = Math.ceil(n * 1.05);
    chars.set(p.column, Math.max(chars.get(p.column) ?? 0, n));
    if (text && n > MAX_WIDTH)
      long.push({ ref: `${columnName(p.column)}${p.row}`, n, column: p.column });
  }
  const widths: Record<string, number> = { ...sheet.widths };
  for (const [column, n] of chars)
    widths[columnName(column)] = Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, n + 1));
  return {
    widths,
    tallRows: [...tall].sort((a, b) => a - b),
    // Text longer than its column is wrapped (the row grows to fit it).
    wrapped: long.map((l) => l.ref),
  };
}

/**
 * The print set-up from the sheet's widths and extent: portrait when it fits across at full
 * size, else landscape; one page across unless that would print below 50% (a long
 * timeline), then as many pages across as keep it readable, the row labels repeated; the
 * frozen header rows repeated on every page; a page break before any chart that would
 * otherwise be split.
 */
export function printSetup(
  sheet: PlanSheet,
  widths: Record<string, number>,
  tallRows: readonly number[] = []
): PrintSetup {
  const placed = placedCells(sheet);
  const { rows, columns } = extent(sheet, placed);
  const total = Array.from({ length: columns }, (_, j) =>
    widthPoints(widths[columnName(j + 1)] ?? 8.43)
  ).reduce((a, b) => a + b, 0);
  const orientation = total <= PAGE.portrait.width ? "portrait" : "landscape";
  const page = PAGE[orientation];
  let pagesWide = 1;
  let scale = Math.min(1, page.width / total);
  const titleColumns =
    sheet.freeze && sheet.freeze.column > 1
      ? `A:${columnName(sheet.freeze.column - 1)}`
      : undefined;
  if (scale < SMALLEST_SCALE) {
    const titles = Array.from({ length: (sheet.freeze?.column ?? 1) - 1 }, (_, j) =>
      widthPoints(widths[columnName(j + 1)] ?? 8.43)
    ).reduce((a, b) => a + b, 0);
    const perPage = page.width / SMALLEST_SCALE - titles;
    pagesWide = Math.ceil((total - titles) / perPage);
    scale = SMALLEST_SCALE;
  }
  const titleRows = sheet.freeze && sheet.freeze.row > 0 ? `1:${sheet.freeze.row}` : undefined;
  // Page breaks: rows fill a page at this scale; a chart that would straddle one starts a page.
  const heightOf = (r: number) => (tallRows.includes(r) ? 2 * ROW : ROW);
  const repeated = sheet.freeze ? sheet.freeze.row * ROW : 0;
  const room = page.height / scale;
  const breaksBefore: number[] = [];
  const charts = sheet.charts
    .map((c) => c.anchor.split(":").map(decodeRef))
    .map(([from, to]) => ({ top: from.row, bottom: to.row }))
    .sort((a, b) => a.top - b.top);
  let pageTop = 1;
  let used = 0;
  for (let r = 1; r <= rows; r++) {
    const chart = charts.find((c) => c.top === r);
    const need = chart
      ? Array.from({ length: chart.bottom - chart.top + 1 }, (_, k) => heightOf(r + k)).reduce(
          (a, b) => a + b,
          0
        )
      : heightOf(r);
    if (used + need > room && r > pageTop) {
      if (chart) breaksBefore.push(r);
      pageTop = r;
      used = pageTop > 1 ? repeated : 0;
    }
    used += heightOf(r);
  }
  return {
    orientation,
    pagesWide,
    titleRows,
    titleColumns: pagesWide > 1 ? titleColumns : undefined,
    area: `A1:${columnName(columns)}${rows}`,
    breaksBefore,
  };
}

/** A sheet with its widths from its contents and its print set-up (the plan's own kept). */
export function finishSheet(sheet: PlanSheet): PlanSheet {
  const { widths, tallRows, wrapped } = contentWidths(sheet);
  return {
    ...sheet,
    widths,
    tallRows: sheet.tallRows ?? tallRows,
    wrapped: sheet.wrapped ?? wrapped,
    print: sheet.print ?? printSetup(sheet, widths, tallRows),
  };
}

/** Every sheet of a plan finished (idempotent: a finished sheet keeps its set-up). */
export function finishPlan(plan: WorkbookPlan): WorkbookPlan {
  return { ...plan, sheets: plan.sheets.map(finishSheet) };
}
