/**
 * Excel's argument shapes, made plain for the model.
 *
 * Excel hands a custom function single values, 2-D arrays for ranges (rows of columns), and
 * `null` (or `undefined` outside Excel) for an omitted optional argument. An empty cell
 * arrives as `null` in Excel on the web but as `0` in Excel on Windows and Mac (office-js
 * issues 4702, 1951, 5262); a cell holding `=""` arrives as "". Numbers formatted as a
 * percentage arrive as decimals. These helpers apply the catalogue's conventions
 * (`docs/functions.md`, "Conventions"): vectors may be a row, a column or one cell; a scalar
 * is broadcast; a spare table row (its required cells each empty or 0) is skipped, so both
 * conventions for empty cells give the same answer; a blank optional share is 0; in a text
 * column a 0 is an empty cell; text is case-insensitive.
 */
import { discountSchedule, type DiscountSchedule } from "../model/discounting";
import { invalidArgument } from "../model/errors";
import { fastNumericTable } from "./columns";

/** One cell as Excel passes it. */
export type Cell = number | string | boolean | null | undefined;
/** A range or array argument as Excel passes it. */
export type Matrix = Cell[][];
/** Any argument: a single value or a range. */
export type Arg = Cell | Matrix;

/** The direction of a vector argument, so a spilled result can follow it. */
export type Orientation = "row" | "column";

/** An empty cell or an omitted argument. */
export function isBlank(value: unknown): value is null | undefined | "" {
  return (
    value === null || value === undefined || (typeof value === "string" && value.trim() === "")
  );
}

/**
 * A cell that may be an empty cell of a table: blank as the web passes it (`null`, "") or 0
 * as desktop Excel passes it. Only used to decide whether a row is spare, never to read a
 * value: in a kept row a 0 is a 0.
 */
export function isEmptyOrZero(value: unknown): boolean {
  return value === 0 || isBlank(value);
}

/** A cell of a text column: a 0 there is an empty cell as desktop Excel passes it. */
function isBlankText(value: unknown): boolean {
  return value === 0 || isBlank(value);
}

function isMatrix(value: Arg): value is Matrix {
  return Array.isArray(value);
}

/** Unwraps a 1 × 1 range to its cell; a larger range where one value is wanted is an error. */
function single(value: Arg, name: string): Cell {
  if (!isMatrix(value)) return value;
  if (value.length === 1 && value[0].length === 1) return value[0][0];
  throw invalidArgument(
    `${name} must be a single value, not a range of ${value.length} × ${value[0]?.length ?? 0} cells.`
  );
}

function describe(cell: Cell): string {
  return typeof cell === "string" ? `"${cell}"` : String(cell);
}

/** A cell that must be a number (not text, not TRUE/FALSE). */
function cellNumber(cell: Cell, name: string): number {
  if (typeof cell === "number" && Number.isFinite(cell)) return cell;
  throw invalidArgument(`${name} must be a number; got ${describe(cell)}.`);
}

/** A required number. */
export function num(value: Arg, name: string): number {
  const cell = single(value, name);
  if (isBlank(cell)) throw invalidArgument(`${name} is required.`);
  return cellNumber(cell, name);
}

/** An optional number: omitted or blank gives `fallback`. */
export function optNum(value: Arg, name: string, fallback: number): number {
  const cell = single(value, name);
  return isBlank(cell) ? fallback : cellNumber(cell, name);
}

/** A required text, trimmed. */
export function text(value: Arg, name: string): string {
  const cell = single(value, name);
  if (isBlank(cell)) throw invalidArgument(`${name} is required.`);
  if (typeof cell !== "string")
    throw invalidArgument(`${name} must be text; got ${describe(cell)}.`);
  return cell.trim();
}

/** An optional text, trimmed; omitted or blank gives `fallback`. */
export function optText(value: Arg, name: string, fallback: string): string {
  const cell = single(value, name);
  return isBlank(cell) ? fallback : text(cell, name);
}

/** An optional TRUE/FALSE (1 and 0 accepted, as Excel does); omitted gives `fallback`. */
export function bool(value: Arg, name: string, fallback: boolean): boolean {
  const cell = single(value, name);
  if (isBlank(cell)) return fallback;
  if (typeof cell === "boolean") return cell;
  if (cell === 1 || cell === 0) return cell === 1;
  throw invalidArgument(`${name} must be TRUE or FALSE; got ${describe(cell)}.`);
}

/**
 * A `discount` argument: a flat rate (number) or "STPR"/"HEALTH"; omitted gives `fallback`.
 * The model validates the value itself.
 */
export function discountArg(value: Arg, name: string, fallback: number | string): number | string {
  const cell = single(value, name);
  if (isBlank(cell)) return fallback;
  if (typeof cell === "number" || typeof cell === "string") return cell;
  throw invalidArgument(
    `${name} must be a rate such as 0.035, or "STPR" or "HEALTH"; got ${describe(cell)}.`
  );
}

/** A `discount` argument resolved to its schedule (a flat rate, STPR or HEALTH). */
export function scheduleArg(discount: Arg, fallback: number | string): DiscountSchedule {
  return discountSchedule(discountArg(discount, "discount", fallback));
}

/** `first_year`: the year of the first value, default 0 (the model checks it is whole). */
export function firstYearArg(firstYear: Arg): number {
  return optNum(firstYear, "first_year", 0);
}

/** A vector's cells in order, and its orientation. */
export interface RawVector {
  readonly cells: Cell[];
  readonly orientation: Orientation;
  /** True when the argument was a single value (to be broadcast). */
  readonly scalar: boolean;
}

/** A row, a column or a single cell, flattened. A block of several rows and columns is an error. */
export function rawVector(value: Arg, name: string): RawVector {
  if (!isMatrix(value)) return { cells: [value], orientation: "column", scalar: true };
  const rows = value.length;
  const cols = rows > 0 ? value[0].length : 0;
  if (rows === 0 || cols === 0) return { cells: [], orientation: "column", scalar: false };
  if (rows === 1 && cols === 1)
    return { cells: [value[0][0]], orientation: "column", scalar: true };
  if (rows === 1) return { cells: value[0].slice(), orientation: "row", scalar: false };
  if (cols === 1) return { cells: value.map((r) => r[0]), orientation: "column", scalar: false };
  throw invalidArgument(
    `${name} must be a single row or a single column; got ${rows} rows × ${cols} columns.`
  );
}

/**
 * A row of annual values (PV, NPSV, cash flows): blank cells are years with nothing (0),
 * so timing is kept — unlike Excel's NPV, which skips blanks and shifts later years.
 */
export function series(value: Arg, name: string): { values: number[]; orientation: Orientation } {
  const { cells, orientation } = rawVector(value, name);
  const values = cells.map((c, i) => (isBlank(c) ? 0 : cellNumber(c, `${name} (value ${i + 1})`)));
  return { values, orientation };
}

/** A vector argument of a table, for {@link table}. */
export interface ColumnSpec {
  readonly name: string;
  readonly value: Arg;
  /** Required columns decide whether a row is spare (each required cell empty or 0); a kept row must fill them all. */
  readonly required: boolean;
  /**
   * For optional columns: the value of a blank cell or an omitted argument (default 0; null
   * keeps the blank, for a default that depends on other columns).
   */
  readonly fallback?: number | null;
  /** Text columns keep strings; numeric columns reject them. */
  readonly kind?: "number" | "text";
}

/** Parallel vectors aligned into rows, with the blank rows skipped. */
export interface Table {
  readonly columns: Record<string, (number | string | null)[]>;
  readonly rows: number;
  readonly orientation: Orientation;
  /** Each kept row's position in the arguments, so a spill can line up with them. */
  readonly source: readonly number[];
  /** The arguments' length, blank rows included. */
  readonly length: number;
}

/**
 * Aligns parallel vector arguments (the columns of a value map or a loan table):
 * broadcasts single values, checks lengths, skips spare rows ({@link keptRows}: required
 * cells each empty or 0), and fills blank optional cells with their fallback. In a text
 * column a 0 is an empty cell. An optional numeric cell that desktop Excel passes as 0 is a
 * 0, not its fallback: the two cannot be told apart, so `docs/functions.md` asks for columns
 * whose default is not 0 to be filled in or omitted.
 */
export function table(specs: readonly ColumnSpec[]): Table {
  const fast = fastNumericTable(specs);
  if (fast) {
    const columns: Record<string, (number | string | null)[]> = {};
    specs.forEach((spec, j) => (columns[spec.name] = fast.columns[j]));
    return { ...fast, columns };
  }
  return generalTable(specs);
}

/** {@link table} for any input: the path that names what is wrong. */
export function generalTable(specs: readonly ColumnSpec[]): Table {
  const raws = specs.map((spec) => ({
    spec,
    raw: isBlank(spec.value as Cell) && !spec.required ? null : rawVector(spec.value, spec.name),
  }));
  const vectors = raws.filter((r) => r.raw && !r.raw.scalar);
  const length = vectors.length ? vectors[0].raw!.cells.length : 1;
  const mismatched = vectors.filter((v) => v.raw!.cells.length !== length);
  if (mismatched.length) {
    const sizes = vectors.map((v) => `${v.spec.name} has ${v.raw!.cells.length}`).join(", ");
    throw invalidArgument(`the vectors must have the same length: ${sizes}.`);
  }
  const orientation = vectors.length ? vectors[0].raw!.orientation : "column";

  const keep = keptRows(
    raws.filter((r) => r.spec.required && r.raw !== null).map((r) => r.raw!),
    length
  );

  const columns: Record<string, (number | string | null)[]> = {};
  for (const { spec, raw } of raws) {
    const out = new Array<number | string | null>(keep.length);
    const where = (i: number) => (length > 1 ? `${spec.name} (row ${i + 1})` : spec.name);
    for (let r = 0; r < keep.length; r++) {
      const i = keep[r];
      const cell = raw === null ? null : raw.scalar ? raw.cells[0] : raw.cells[i];
      if (typeof cell === "number" && spec.kind !== "text" && Number.isFinite(cell)) {
        out[r] = cell;
      } else if (isBlank(cell) || (spec.kind === "text" && isBlankText(cell))) {
        if (spec.required) {
          throw invalidArgument(`${where(i)} is blank; fill it in or clear the whole row.`);
        }
        out[r] = spec.kind === "text" ? "" : spec.fallback === undefined ? 0 : spec.fallback;
      } else if (spec.kind === "text") {
        if (typeof cell !== "string") {
          throw invalidArgument(`${where(i)} must be text; got ${describe(cell)}.`);
        }
        out[r] = cell.trim();
      } else {
        out[r] = cellNumber(cell, where(i));
      }
    }
    columns[spec.name] = out;
  }
  return { columns, rows: keep.length, orientation, source: keep, length };
}

/**
 * The rows of a table to keep: a row is spare when each of its required cells is empty or 0
 * (`null` or "" as Excel on the web passes an empty cell, 0 as desktop Excel does). The
 * required cells of row i are row i of each required column given as a range; a single
 * value broadcast to every row (one discount rate for all loans) does not decide, or it
 * would make the spare rows look filled in. When every required column is a single value,
 * those values decide. A spare row contributes nothing to any result: every table's
 * required columns include a quantity, amount, balance or count whose 0 adds 0.
 */
export function keptRows(required: readonly RawVector[], length: number): number[] {
  const deciding = required.some((raw) => !raw.scalar)
    ? required.filter((raw) => !raw.scalar)
    : required;
  const keep: number[] = [];
  for (let i = 0; i < length; i++) {
    let spare = true;
    for (let j = 0; j < deciding.length && spare; j++) {
      const raw = deciding[j];
      spare = isEmptyOrZero(raw.scalar ? raw.cells[0] : raw.cells[i]);
    }
    if (!spare) keep.push(i);
  }
  return keep;
}

/** Reads a column of a {@link table} as numbers. */
export function numbers(t: Table, name: string): number[] {
  return t.columns[name] as number[];
}

/** Reads an optional column whose blanks were kept (`fallback: null`): undefined for a blank. */
export function optionalNumbers(t: Table, name: string): (number | undefined)[] {
  return t.columns[name].map((x) => (x === null ? undefined : (x as number)));
}

/** Reads a text column of a {@link table}. */
export function texts(t: Table, name: string): string[] {
  return t.columns[name] as string[];
}

/**
 * Shapes one result per row of a {@link table} as a spill that lines up with its arguments:
 * the same orientation, and `filler` (an empty cell) in the spare rows that were skipped.
 */
export function alignedSpill<T>(t: Table, values: readonly T[], filler: T | "" = ""): (T | "")[][] {
  const out = new Array<T | "">(t.length).fill(filler);
  t.source.forEach((i, r) => (out[i] = values[r]));
  return spill(out, t.orientation);
}

/** A vector as a spill: a column ([[a], [b], …]) or a row ([[a, b, …]]). */
export function spill<T>(values: readonly T[], orientation: Orientation): T[][] {
  return orientation === "row" ? [values.slice()] : values.map((v) => [v]);
}
