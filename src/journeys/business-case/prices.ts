/**
 * The business case in one price base (Green Book: real terms, in the prices of one base
 * year): a savings line or one-off cost given in another year's prices is converted to the
 * case's price base year with HM Treasury's GDP deflators (shipped), as the SROI journey
 * converts its proxies; a line without a price year is already in the price base and is
 * taken exactly as it stands.
 */
import {
  indexFor,
  priceBase,
  shippedDeflators,
  type DeflatorSeries,
  type PriceYear,
} from "../../model/price-base";
import { ModelError } from "../../model/errors";
import type { BusinessCase } from "./types";

/** The series the case converts with. */
export const caseSeries = (): DeflatorSeries => shippedDeflators();

/**
 * An amount in the case's price base: itself when `priceYear` is absent, else
 * amount × index(price base year) / index(price year).
 *
 * @example inPriceBase(1000, 2014, 2024) = 1000 × 100 / 74.6524 = 1,339.55
 * @throws `#N/A` for a year outside the series (listed first by {@link casePriceProblems}).
 */
export function inPriceBase(
  amount: number,
  priceYear: PriceYear | undefined,
  baseYear: PriceYear
): number {
  return priceYear === undefined ? amount : priceBase(amount, priceYear, baseYear, caseSeries());
}

/** Whether any line of the case carries a price year (then its workbook holds the Deflators table). */
export function caseHasPriceYears(c: BusinessCase): boolean {
  return c.options.some(
    (o) =>
      o.savings.some((l) => l.priceYear !== undefined) ||
      o.oneOffCosts.some((k) => k.priceYear !== undefined)
  );
}

/** Each line whose price year, or the case's price base year, is outside the series, by path. */
export function casePriceProblems(c: BusinessCase): string[] {
  if (!caseHasPriceYears(c)) return [];
  const series = caseSeries();
  try {
    indexFor(c.appraisal.priceBaseYear, series, "the price base year");
  } catch (error) {
    if (!(error instanceof ModelError)) throw error;
    return [`/appraisal/priceBaseYear: ${error.message} (lines in other years' prices need it)`];
  }
  const problems: string[] = [];
  const check = (priceYear: PriceYear | undefined, at: string) => {
    if (priceYear === undefined) return;
    try {
      indexFor(priceYear, series, "the price year");
    } catch (error) {
      if (!(error instanceof ModelError)) throw error;
      problems.push(`${at}/priceYear: ${error.message}`);
    }
  };
  c.options.forEach((o, i) => {
    o.savings.forEach((l, j) => check(l.priceYear, `/options/${i}/savings/${j}`));
    o.oneOffCosts.forEach((k, j) => check(k.priceYear, `/options/${i}/oneOffCosts/${j}`));
  });
  return problems;
}
