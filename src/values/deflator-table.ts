/**
 * The price-base conversion as a workbook does it with Excel's built-ins, so a value map
 * still calculates without the add-in: a `Deflators` table (year, index) and, beside each
 * proxy, a lookup formula equal to {@link priceBase}. Pure text and data: a workbook plan
 * places them (the journeys' job).
 */
import { canonicalYear, type DeflatorSeries, type PriceYear, priceBase } from "../model/price-base";

/** The rows of a Deflators table: [year, index], calendar years as numbers, financial years as "2010/11". */
export function deflatorTableRows(series: DeflatorSeries): [PriceYear, number][] {
  return series.points.map((p) => [canonicalYear(p.year.label), p.index]);
}

/** Cell references (A1 style, or structured references such as `Deflators[Year]`) for {@link priceBaseFormula}. */
export interface PriceBaseRefs {
  readonly amount: string;
  readonly priceYear: string;
  readonly baseYear: string;
  /** The Deflators table's year column. */
  readonly years: string;
  /** The Deflators table's index column. */
  readonly index: string;
}

/**
 * The formula (without "=") that converts an amount to the base year's prices:
 *
 *   amount * (INDEX(index, MATCH(base_year, years, 0)) / INDEX(index, MATCH(price_year, years, 0)))
 *
 * the same arithmetic, in the same order, as {@link priceBase}, so the two agree to the
 * last digit. A year missing from the table gives #N/A, as `PCBA.PRICE_BASE` does. The
 * years must be written as {@link deflatorTableRows} writes them (a financial year as text:
 * typed into a cell, 2010/11 becomes a date), and a price year cell in the same form
 * (`canonicalYear`).
 *
 * @example priceBaseFormula({ amount: "E5", priceYear: "F5", baseYear: "BaseYear", years: "Deflators[Year]", index: "Deflators[Index]" })
 * → "E5*(INDEX(Deflators[Index],MATCH(BaseYear,Deflators[Year],0))/INDEX(Deflators[Index],MATCH(F5,Deflators[Year],0)))"
 */
export function priceBaseFormula(refs: PriceBaseRefs): string {
  const lookup = (year: string) => `INDEX(${refs.index},MATCH(${year},${refs.years},0))`;
  return `${refs.amount}*(${lookup(refs.baseYear)}/${lookup(refs.priceYear)})`;
}

/**
 * The sentence a pane shows beside a proxy: "£1,200 in 2014 prices = £1,607 in 2024 prices",
 * whole pounds (pence below £100). Throws as {@link priceBase} does for a year outside
 * the series.
 */
export function describeConversion(
  amount: number,
  priceYear: PriceYear,
  baseYear: PriceYear,
  series: DeflatorSeries
): string {
  const converted = priceBase(amount, priceYear, baseYear, series);
  const money = (x: number) =>
    `${x < 0 ? "−" : ""}£${Math.abs(x).toLocaleString("en-GB", {
      maximumFractionDigits: Math.abs(x) < 100 ? 2 : 0,
      minimumFractionDigits: Math.abs(x) < 100 && !Number.isInteger(x) ? 2 : 0,
    })}`;
  const label = (y: PriceYear) => String(canonicalYear(y));
  return `${money(amount)} in ${label(priceYear)} prices = ${money(converted)} in ${label(baseYear)} prices`;
}
