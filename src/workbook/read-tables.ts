/**
 * Reading a built workbook's input tables back into a journey's plain object, so reopening
 * a workbook restores the pane from what the workbook holds (the workbook is the source of
 * truth) and edits made in the sheet carry into the next build. Each journey's reader
 * (`src/journeys/<journey>/inputs.ts`) reads its tables through their codecs
 * (./table-codec.ts), which are built on these pieces. Nothing is guessed: a missing table,
 * row or column is an error that names it.
 */
import type { CellValue } from "./types";

/** A table as read from Excel: header row first, then data rows. */
export type TableValues = CellValue[][];

/** How to read one journey back from its workbook: its tables and the inverse of its plan. */
export interface JourneyReader<T> {
  /** The tables to read, by name before the build's suffix ("_2"); absent ones are skipped. */
  readonly tables: readonly string[];
  /** The journey's object from the tables' values (header row first) and the title cell. */
  readonly from: (tables: Record<string, TableValues>, title: string) => T;
}

/** A cell as trimmed text ("" for an empty cell). */
export const text = (v: CellValue): string =>
  (v === null || v === undefined ? "" : String(v)).trim();

/** A number written out in decimals (12, -0.5, 1.2E+3), as a number cell holds it. */
const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/**
 * A cell as a number. A cell the user cleared is an error, not 0, and so is text that is not
 * a number written in decimals: `Number()` alone would read "0x10" as 16, "0b11" as 3 and
 * "" as 0, silently changing a result.
 */
export function number(v: CellValue, what = "a cell"): number {
  if (typeof v === "number") {
    if (Number.isFinite(v)) return v;
    throw new Error(`${what} should be a number; it holds ${String(v)}.`);
  }
  if (v === null || v === undefined || text(v) === "")
    throw new Error(`${what} is empty: it needs a number.`);
  const x = Number(text(v));
  if (!DECIMAL.test(text(v)) || !Number.isFinite(x))
    throw new Error(`${what} should be a number; it holds "${text(v)}".`);
  return x;
}

/** A cell as a yes/no: TRUE or FALSE, 1 or 0, or that text; anything else is an error. */
export function flag(v: CellValue, what = "a cell"): boolean {
  if (v === true || v === 1) return true;
  if (v === false || v === 0) return false;
  const t = text(v).toUpperCase();
  if (t === "TRUE" || t === "1") return true;
  if (t === "FALSE" || t === "0") return false;
  // Anything else (a cleared cell, "yes", "0x1") would otherwise be read as FALSE silently.
  throw new Error(
    t === ""
      ? `${what} is empty: it needs TRUE or FALSE (1 or 0).`
      : `${what} should be TRUE or FALSE (1 or 0); it holds "${text(v)}".`
  );
}

/** One table row keyed by its header. */
export type TableRecord = Record<string, CellValue>;

/**
 * Rows of a table as records keyed by header, blank rows dropped. Throws, naming the table,
 * when the table is missing or lacks one of `columns`.
 */
export function records(
  table: TableValues | undefined,
  name: string,
  columns: readonly string[] = []
): TableRecord[] {
  if (!table || table.length === 0) throw new Error(`The workbook has no ${name} table.`);
  const [header, ...rows] = table;
  const headings = header.map(text);
  const missing = columns.filter((c) => !headings.includes(c));
  if (missing.length)
    throw new Error(`The ${name} table has no ${missing.map((m) => `"${m}"`).join(", ")} column.`);
  return rows
    .map((r, i) => ({ r, row: i + 1 }))
    .filter(({ r }) => r.some((v) => text(v) !== ""))
    .map(({ r, row }) => {
      const record: TableRecord = Object.fromEntries(headings.map((h, i) => [h, r[i] ?? null]));
      ROW.set(record, row);
      return record;
    });
}

/** Each record's row in its table (1 = the first row under the header), for messages. */
const ROW = new WeakMap<TableRecord, number>();

/** The row of a record `records` returned, in its table (1 = the first under the header). */
export const rowOf = (record: TableRecord): number | undefined => ROW.get(record);
