/**
 * The business case in one price base (Green Book: real terms, in the prices of one base
 * year): a savings line or one-off cost given in another year's prices is converted to the
 * case's price base year with the case's deflators (its own series, `deflators`, else HM
 * Treasury's GDP deflators, shipped), as the SROI journey converts its proxies; a line
 * without a price year is already in the price base and is taken exactly as it stands.
 */
import { indexFor, priceBase, type DeflatorSeries, type PriceYear } from "../../model/price-base";
import { ModelError } from "../../model/errors";
import { deflatorProblem, seriesOf, type UserDeflators } from "../../values/user-deflators";
import type { BusinessCase } from "./types";

/**
 * The series the case converts with: its own deflators, else HM Treasury's, shipped.
 * @throws `#VALUE!` for deflators that cannot be read (listed by {@link casePriceProblems}).
 */
export const caseSeries = (c?: { deflators?: UserDeflators }): DeflatorSeries =>
  seriesOf(c?.deflators);

/**
 * An amount in the case's price base: itself when `priceYear` is absent, else
 * amount × index(price base year) / index(price year).
 *
 * @example inPriceBase(1000, 2014, 2024) = 1000 × 100 / 74.6524 = 1,339.55 (shipped series)
 * @throws `#N/A` for a year outside the series (listed first by {@link casePriceProblems}).
 */
export function inPriceBase(
  amount: number,
  priceYear: PriceYear | undefined,
  baseYear: PriceYear,
  series: DeflatorSeries = caseSeries()
): number {
  return priceYear === undefined ? amount : priceBase(amount, priceYear, baseYear, series);
}

/** Whether any line of the case carries a price year. */
export function caseHasPriceYears(c: BusinessCase): boolean {
  return c.options.some(
    (o) =>
      o.savings.some((l) => l.priceYear !== undefined) ||
      o.oneOffCosts.some((k) => k.priceYear !== undefined)
  );
}

/**
 * Whether the case's workbook holds the Price year columns and the Deflators table: a line
 * carries a price year, or the case has its own deflators (kept in the workbook so they
 * read back, even before a line uses them).
 */
export const casePriced = (c: BusinessCase): boolean =>
  caseHasPriceYears(c) || c.deflators !== undefined;

/**
 * The case's deflators that cannot be read, then each line whose price year, or the case's
 * price base year, is outside the series, by path, then in words (the pane places the path:
 * "Step 2 · Option 1 · Savings line 2: its price year 2010/11 is not in HM Treasury's GDP
 * deflators (December 2025), which covers calendar years 1990 to 2024; for a financial
 * year, give a series with financial years.").
 */
export function casePriceProblems(c: BusinessCase): string[] {
  const bad = deflatorProblem(c.deflators);
  if (bad) return [`/deflators: ${bad}`];
  if (!caseHasPriceYears(c)) return [];
  const series = caseSeries(c);
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
      indexFor(priceYear, series, "its price year");
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
