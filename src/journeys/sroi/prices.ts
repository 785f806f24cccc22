/**
 * An SROI analysis in one price base: each proxy converted from its own price year to the
 * analysis's price base year with a GDP deflator series (Green Book: appraise in the real
 * prices of one base year; SROI guide, stage 4: proxies found in different years are
 * restated before they are summed). The model (`./evaluate.ts`), the pane and the value
 * map workbook (`./workbook.ts`, by INDEX/MATCH on a Deflators table) convert the same way.
 */
import { ModelError, invalidArgument } from "../../model/errors";
import { latestYear, shippedDeflators, type DeflatorSeries } from "../../model/price-base";
import { seriesOf } from "../../values/user-deflators";
import { convertAmounts, type Conversions } from "../../values/convert";
import type { SroiAnalysisCase } from "./types";

/** The series an analysis converts with: its own deflators, else HM Treasury's, shipped. */
export function sroiSeries(c: Pick<SroiAnalysisCase, "deflators">): DeflatorSeries {
  return seriesOf(c.deflators);
}

/**
 * The price base year a new analysis starts with: the latest calendar year of the shipped
 * series (2024 for the December 2025 release).
 */
export function defaultPriceBaseYear(): number {
  return latestYear(shippedDeflators())!.start;
}

const outcomeLabel = (c: SroiAnalysisCase) => (i: number) =>
  `Outcome ${i + 1} (${c.outcomes[i]?.outcome || "unnamed"})`;

/**
 * Each proxy in the base year's prices (factor 1, nothing converted, with no price base),
 * and the problems that stop a conversion: a price year outside the series, a base year
 * outside it, a deflator table that cannot be read.
 *
 * @example a proxy of £1,200 in 2014 prices with priceBaseYear 2024 on the shipped series:
 * value 1200 × 100 / 74.6524 = £1,607.45, factor 1.33954.
 */
export function sroiConversions(c: SroiAnalysisCase): Conversions {
  let series: DeflatorSeries;
  try {
    series = sroiSeries(c);
  } catch (error) {
    if (!(error instanceof ModelError)) throw error;
    const message = error.message.charAt(0).toUpperCase() + error.message.slice(1);
    return {
      rows: c.outcomes.map(() => ({ value: null, factor: null })),
      problems: [`The deflators: ${message}`],
    };
  }
  return convertAmounts(
    c.outcomes.map((o) => ({ amount: o.proxy, priceYear: o.priceYear })),
    c.priceBaseYear,
    series,
    outcomeLabel(c)
  );
}

/** The problems of {@link sroiConversions} (for the pane's list and the schema's `extra`). */
export function sroiPriceProblems(c: SroiAnalysisCase): string[] {
  if (c.priceBaseYear === undefined && c.deflators === undefined) return [];
  return [...sroiConversions(c).problems];
}

/**
 * The proxies in the base year's prices, in outcome order.
 * @throws `#VALUE!` / `#N/A` listing every proxy that cannot be converted.
 */
export function convertedProxies(c: SroiAnalysisCase): number[] {
  const { rows, problems } = sroiConversions(c);
  if (problems.length) throw invalidArgument(problems.join(" "));
  return rows.map((r) => r.value!);
}
