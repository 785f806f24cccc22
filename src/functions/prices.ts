/**
 * The catalogue's price-base function (its "Appraisal" section; a module of its own so the
 * shipped deflators stay apart from discounting): a thin adapter from Excel's ranges to
 * `src/model/price-base.ts` (HM Treasury's GDP deflators, or the user's own series).
 */
import { cellError, excel } from "./excel-errors";
import { isBlank, num, rawVector, spill, type Arg, type Cell, type Matrix } from "./args";
import { invalidArgument, ModelError } from "../model/errors";
import {
  deflatorSeries,
  indexFor,
  parsePriceYear,
  priceBase,
  shippedDeflators,
  type DeflatorSeries,
  type PriceYear,
} from "../model/price-base";

/** How messages name a user's `deflators` argument. */
const USER_SERIES = "the deflators range";

/** A cell that should hold a year: a number or a label; anything else is left to the model to reject. */
function yearCell(cell: Cell): PriceYear {
  return typeof cell === "number" || typeof cell === "string" ? cell : String(cell);
}

/** `base_year`: one year (a 1 × 1 range is unwrapped). */
function baseYearArg(value: Arg): PriceYear {
  let cell: Cell;
  if (Array.isArray(value)) {
    if (value.length !== 1 || value[0].length !== 1) {
      throw invalidArgument(
        `base_year must be a single year, not a range of ${value.length} × ${value[0]?.length ?? 0} cells.`
      );
    }
    cell = value[0][0];
  } else cell = value;
  if (isBlank(cell)) throw invalidArgument("base_year is required.");
  return yearCell(cell);
}

/** A year cell that is text and not a year: the header of a deflators table. */
function isHeaderRow(row: Cell[]): boolean {
  if (typeof row[0] !== "string" || typeof row[1] !== "string") return false;
  try {
    parsePriceYear(row[0]);
    return false;
  } catch {
    return true;
  }
}

/**
 * `deflators`: omitted gives the shipped series; otherwise two columns, year and index. Rows
 * with both cells blank are spare table rows; a first row of two headings is skipped.
 */
function deflatorsArg(value: Arg): DeflatorSeries {
  if (!Array.isArray(value)) {
    if (isBlank(value)) return shippedDeflators();
    throw invalidArgument(
      "deflators must be a range of two columns, year and index; omit it for HM Treasury's GDP deflators."
    );
  }
  const matrix = value as Matrix;
  const cols = matrix[0]?.length ?? 0;
  if (matrix.length === 1 && cols === 1 && isBlank(matrix[0][0])) return shippedDeflators();
  if (cols !== 2) {
    throw invalidArgument(
      `deflators must be two columns, year and index; got ${matrix.length} rows × ${cols} columns.`
    );
  }
  const rows: [PriceYear, number][] = [];
  const rowNumbers: number[] = [];
  matrix.forEach((row, i) => {
    if (isBlank(row[0]) && isBlank(row[1])) return;
    if (i === 0 && isHeaderRow(row)) return;
    rows.push([yearCell(row[0]), row[1] as number]);
    rowNumbers.push(i + 1);
  });
  return deflatorSeries(rows, { name: USER_SERIES }, (i) => `deflators (row ${rowNumbers[i]})`);
}

/**
 * Restates an amount in another year's prices, on HM Treasury's GDP deflators or your own.
 * @customfunction PRICE_BASE
 * @category Appraisal (HM Treasury Green Book)
 * @helpurl https://localhost:3000/taskpane.html#PRICE_BASE
 * @param amount The amount in its price year's prices, or a column (or row) of amounts, such as a value map's proxies.
 * @param price_year The year of each amount's prices: a year such as 2014, or a financial year such as "2010/11"; one for all amounts or one per amount.
 * @param base_year The year whose prices to express the amounts in, such as 2024 (one year).
 * @param [deflators] Your own series: two columns, year and index (financial years such as 2010/11 allowed). Omitted: HM Treasury's GDP deflators, calendar years 1990-2024, 2024 = 100 (December 2025, Open Government Licence v3.0).
 * @returns amount × index(base_year) / index(price_year), one per amount, in the shape of the amounts; #N/A for a year outside the series.
 * @example =PCBA.PRICE_BASE(100, 2014, 2024) → 133.95
 * @example =PCBA.PRICE_BASE({1200;500}, {2014;2019}, 2024) → 1607.45, 616.46
 * @example =PCBA.PRICE_BASE(500, "2010/11", "2024/25", {"2010/11",88;"2024/25",110}) → 625
 */
export function priceBaseFn(
  amount: any[][],
  price_year: any[][],
  base_year: any,
  deflators?: any[][]
): any[][] {
  return excel("PRICE_BASE", () => {
    const series = deflatorsArg(deflators);
    const base = baseYearArg(base_year);
    indexFor(base, series, "base_year"); // a base year outside the series fails every row
    const amounts = rawVector(amount, "amount");
    const years = rawVector(price_year, "price_year");
    const vectors = [amounts, years].filter((v) => !v.scalar);
    const length = vectors.length ? vectors[0].cells.length : 1;
    if (vectors.some((v) => v.cells.length !== length)) {
      throw invalidArgument(
        `amount and price_year must have the same length: amount has ${amounts.cells.length}, price_year has ${years.cells.length}.`
      );
    }
    if (length === 0) throw invalidArgument("amount is required.");
    const orientation = vectors.length ? vectors[0].orientation : "column";
    const at = (v: typeof amounts, i: number) => (v.scalar ? v.cells[0] : v.cells[i]);
    const where = (name: string, i: number) => (length > 1 ? `${name} (row ${i + 1})` : name);

    const convert = (i: number): number | "" => {
      const a = at(amounts, i);
      const y = at(years, i);
      // A spare row of the table: its vector cells are all blank.
      if (length > 1 && vectors.every((v) => isBlank(v.cells[i]))) return "";
      if (isBlank(a))
        throw invalidArgument(`${where("amount", i)} is blank; fill it in or clear the row.`);
      if (isBlank(y))
        throw invalidArgument(`${where("price_year", i)} is blank; fill it in or clear the row.`);
      return priceBase(
        num(a, where("amount", i)),
        yearCell(y),
        base,
        series,
        where("price_year", i)
      );
    };

    if (length === 1) return [[convert(0)]];
    const out = Array.from({ length }, (_, i) => {
      try {
        return convert(i);
      } catch (error) {
        // One bad row shows its own error; the other rows still convert.
        if (error instanceof ModelError) return cellError(error.code, error.message);
        throw error;
      }
    });
    return spill(out, orientation);
  });
}
