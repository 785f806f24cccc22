/**
 * A value map's proxies in one price base: each proxy converted from its own price year to
 * the analysis's base year ({@link priceBase}), with a problem to list for each one that
 * cannot be converted. For the journeys (SROI, business-case lines given in another year's
 * prices), so the pane, the model and the workbook convert the same way.
 */
import { ModelError } from "../model/errors";
import { indexFor, priceBase, type DeflatorSeries, type PriceYear } from "../model/price-base";

/** What a conversion needs from a row: its amount and the year of its prices. */
export interface PricedAmount {
  readonly amount: number;
  readonly priceYear: PriceYear;
}

/** One row's conversion: the amount in base-year prices, or null when it cannot be converted. */
export interface Conversion {
  readonly value: number | null;
  /** index(base_year) / index(price_year); 1 with no price base. */
  readonly factor: number | null;
}

/** The rows' conversions and the problems to list (the base year's once, then each row's). */
export interface Conversions {
  readonly rows: readonly Conversion[];
  readonly problems: readonly string[];
}

function sentence(error: ModelError): string {
  return error.message.charAt(0).toUpperCase() + error.message.slice(1);
}

/**
 * Converts each row to `baseYear`'s prices: value = amount × factor, factor =
 * index(base_year) / index(price_year). With no `baseYear` (an analysis saved before it
 * had a price base) every amount is kept as it is (factor 1), so no saved result changes.
 * A price year outside the series, or not a year, is a problem naming the row (`label`)
 * and the years the series covers; a base year outside it is one problem for all rows.
 *
 * @example convertAmounts([{ amount: 1200, priceYear: 2014 }], 2024, shippedDeflators())
 * → { rows: [{ value: 1607.45, factor: 1.33954 }], problems: [] }
 */
export function convertAmounts(
  rows: readonly PricedAmount[],
  baseYear: PriceYear | undefined,
  series: DeflatorSeries,
  label: (i: number) => string = (i) => `Row ${i + 1}`
): Conversions {
  if (baseYear === undefined) {
    return { rows: rows.map((r) => ({ value: r.amount, factor: 1 })), problems: [] };
  }
  try {
    indexFor(baseYear, series, "the price base year");
  } catch (error) {
    if (!(error instanceof ModelError)) throw error;
    return { rows: rows.map(() => ({ value: null, factor: null })), problems: [sentence(error)] };
  }
  const problems: string[] = [];
  const converted = rows.map((r, i) => {
    try {
      indexFor(r.priceYear, series, "the price year");
      const factor = priceBase(1, r.priceYear, baseYear, series);
      return { value: priceBase(r.amount, r.priceYear, baseYear, series), factor };
    } catch (error) {
      if (!(error instanceof ModelError)) throw error;
      problems.push(`${label(i)}: ${sentence(error)}`);
      return { value: null, factor: null };
    }
  });
  return { rows: converted, problems };
}
