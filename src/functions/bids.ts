/**
 * Custom functions of the catalogue's "Commissioning: comparing bids" section: thin
 * adapters to `src/model/bids.ts`. Per-bid results spill in line with the bids: the same
 * orientation as `prices`, with an empty cell for each spare (blank) row of the table.
 */
import { excel } from "./excel-errors";
import {
  alignedSpill,
  isBlank,
  num,
  numbers,
  optionalNumbers,
  optNum,
  optText,
  table,
  type Arg,
} from "./args";
import { invalidArgument } from "../model/errors";
import { abnormallyLow, bidScores, priceMethod, priceScore } from "../model/bids";

/** A column (or row) of prices, spare rows skipped. */
function pricesTable(prices: Arg) {
  const t = table([{ name: "prices", value: prices, required: true }]);
  if (t.rows === 0) throw invalidArgument("prices is empty: give at least one bid's price.");
  return t;
}

/**
 * Price points for one bid, against the lowest price.
 * @customfunction PRICE_SCORE
 * @category Commissioning: comparing bids
 * @helpurl https://localhost:3000/taskpane.html#PRICE_SCORE
 * @param price The bid's price (more than 0).
 * @param prices Every bid's price, in a row or column (blank rows skipped).
 * @param max_points Points available for price.
 * @param [method] "relative" (default): max · lowest / price; "linear": max · (1 − (price − lowest) / lowest), not below 0.
 * @returns The bid's price points.
 * @example =PCBA.PRICE_SCORE(120, {100;120;150}, 40) → 33.33
 * @example =PCBA.PRICE_SCORE(120, {100;120;150}, 40, "linear") → 32
 */
export function priceScoreFn(
  price: number,
  prices: any[][],
  max_points: number,
  method?: string
): number {
  return excel("PRICE_SCORE", () =>
    priceScore(
      num(price, "price"),
      numbers(pricesTable(prices), "prices"),
      num(max_points, "max_points"),
      priceMethod(optText(method, "method", "relative"))
    )
  );
}

/**
 * Each bid's weighted total of price, quality and social value points.
 * @customfunction BID_SCORES
 * @category Commissioning: comparing bids
 * @helpurl https://localhost:3000/taskpane.html#BID_SCORES
 * @param prices Every bid's price, in a row or column (blank rows skipped).
 * @param quality Each bid's quality marks as a share of the marks available, 0 to 1.
 * @param price_weight Points for price, such as 60.
 * @param quality_weight Points for quality, such as 30.
 * @param [social_value] Each bid's social value offer (any common unit; blank = 0).
 * @param [social_value_weight] Points for social value, such as 10 (default 0; central government uses at least 10%).
 * @param [method] Price scoring: "relative" (default) or "linear".
 * @returns Spills one total per bid, in line with prices: price points + quality_weight · quality + social_value_weight · social_value / best social value.
 * @example =PCBA.BID_SCORES({100;125}, {0.6;0.9}, 60, 40) → 84, 84
 * @example =PCBA.BID_SCORES({100;125;90}, {0.6;0.9;0.5}, 50, 40, {1000;3000;0}, 10) → 72.33, 82, 70
 */
export function bidScoresFn(
  prices: any[][],
  quality: any[][],
  price_weight: number,
  quality_weight: number,
  social_value?: any[][],
  social_value_weight?: number,
  method?: string
): any[][] {
  return excel("BID_SCORES", () => {
    const withSocialValue = !isBlank(social_value);
    const t = table([
      { name: "prices", value: prices, required: true },
      { name: "quality", value: quality, required: true },
      { name: "social_value", value: social_value, required: false, fallback: 0 },
    ]);
    if (t.rows === 0) throw invalidArgument("prices is empty: give at least one bid's price.");
    const quality_ = numbers(t, "quality");
    const socialValue = optionalNumbers(t, "social_value");
    const scores = bidScores(
      numbers(t, "prices").map((price, i) => ({
        price,
        quality: quality_[i],
        socialValue: withSocialValue ? socialValue[i] : undefined,
      })),
      {
        price: num(price_weight, "price_weight"),
        quality: num(quality_weight, "quality_weight"),
        socialValue: optNum(social_value_weight, "social_value_weight", 0),
      },
      priceMethod(optText(method, "method", "relative"))
    );
    return alignedSpill(t, scores);
  });
}

/**
 * Flags bids priced abnormally low: a prompt to ask the bidder to explain, never a reason to reject on its own.
 * @customfunction ABNORMALLY_LOW
 * @category Commissioning: comparing bids
 * @helpurl https://localhost:3000/taskpane.html#ABNORMALLY_LOW
 * @param prices Every bid's price, in a row or column (blank rows skipped).
 * @param [threshold] How far below the benchmark counts as abnormally low, 0 to 1 (default 0.15).
 * @returns Spills TRUE for each bid more than threshold below the mean of the bids other than the highest, in line with prices.
 * @example =PCBA.ABNORMALLY_LOW({100;105;110;70;200}) → FALSE, FALSE, FALSE, TRUE, FALSE
 */
export function abnormallyLowFn(prices: any[][], threshold?: number): any[][] {
  return excel("ABNORMALLY_LOW", () => {
    const t = pricesTable(prices);
    return alignedSpill(
      t,
      abnormallyLow(numbers(t, "prices"), optNum(threshold, "threshold", 0.15))
    );
  });
}
