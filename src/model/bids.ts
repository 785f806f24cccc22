/**
 * Comparing bids: price points, weighted totals of price, quality and social value, and
 * abnormally low tenders.
 *
 * Sources: the Procurement Act 2023 (procurements from 24 Feb 2025) awards to the most
 * advantageous tender; central government weights social value at least 10% (Procurement
 * Policy Note 002, 2025; `docs/domain.md`, "Facts and rules: Bids"); a price far below the
 * others must be explained by the bidder before any decision (so the flag is a prompt, never a rejection). Formulas from the catalogue
 * (`docs/functions.md`, "Commissioning: comparing bids").
 */
import { finiteResult, invalidArgument, notAvailable } from "./errors";
import {
  requireChoice,
  requireNonNegative,
  requirePositive,
  requireShare,
  shown,
} from "./validate";

/** How price points are awarded. */
export type PriceMethod = "relative" | "linear";
export const PRICE_METHODS: readonly PriceMethod[] = ["relative", "linear"];

/** A price-scoring method from its name (any case). */
export function priceMethod(method: string): PriceMethod {
  return requireChoice(method, "method", PRICE_METHODS);
}

function checkPrices(prices: readonly number[]): number {
  if (prices.length === 0) throw invalidArgument("prices is empty: give at least one bid's price.");
  let lowest = Infinity;
  prices.forEach((p, i) => {
    // Checked inline; the message is built only for a bad price.
    if (!(p > 0 && p <= Number.MAX_VALUE)) {
      requirePositive(p, prices.length > 1 ? `prices (bid ${i + 1})` : "prices");
    }
    lowest = Math.min(lowest, p);
  });
  return lowest;
}

/** Points for one price given the lowest: relative max·lowest/price; linear max·(1 − (price − lowest)/lowest), not below 0. */
function points(price: number, lowest: number, max: number, method: PriceMethod): number {
  return method === "relative"
    ? (max * lowest) / price
    : Math.max(0, max * (1 - (price - lowest) / lowest));
}

/**
 * Price points for one bid. `relative`: max · lowest / price; `linear`: max · (1 − (price −
 * lowest) / lowest), not below 0 (a bid twice the lowest scores nothing). The lowest is
 * taken over `prices` and `price`, so no bid scores more than `max_points`.
 *
 * @example priceScore(120, [100, 120, 150], 40, "relative") = 33.33; "linear" → 32
 */
export function priceScore(
  price: number,
  prices: readonly number[],
  maxPoints: number,
  method: PriceMethod = "relative"
): number {
  requirePositive(price, "price");
  requireNonNegative(maxPoints, "max_points");
  const lowest = Math.min(price, checkPrices(prices));
  return finiteResult(points(price, lowest, maxPoints, method), "The price score");
}

/** A bid as BID_SCORES takes it. */
export interface Bid {
  readonly price: number;
  /** Quality marks as a share of the marks available (0.8 = 80%). */
  readonly quality: number;
  /** Social value offered, in any unit common to the bids (e.g. £ or a marks share). */
  readonly socialValue?: number;
}

/** The weights of the evaluation; they need not sum to 100 but must not be negative. */
export interface BidWeights {
  readonly price: number;
  readonly quality: number;
  readonly socialValue?: number;
}

/**
 * Each bid's total: price points by `method` out of the price weight, plus quality_weight ·
 * quality, plus social_value_weight · social_value / the best social value (0 for every bid
 * when nobody offers any). Depends on the other bids only through the lowest price and the
 * best social value, so it is invariant to the order of the bids.
 *
 * @example bidScores([{ price: 100, quality: 0.6 }, { price: 125, quality: 0.9 }],
 *   { price: 60, quality: 40 }) → [84, 84]
 */
export function bidScores(
  bids: readonly Bid[],
  weights: BidWeights,
  method: PriceMethod = "relative"
): number[] {
  requireNonNegative(weights.price, "price_weight");
  requireNonNegative(weights.quality, "quality_weight");
  const svWeight = requireNonNegative(weights.socialValue ?? 0, "social_value_weight");
  const lowest = checkPrices(bids.map((b) => b.price));
  let bestSocialValue = 0;
  // Checked inline; the messages are built only for a bad bid.
  const where = (i: number) => (bids.length > 1 ? ` (bid ${i + 1})` : "");
  bids.forEach((b, i) => {
    if (!(b.quality >= 0 && b.quality <= 1)) requireShare(b.quality, `quality${where(i)}`);
    if (svWeight > 0 && b.socialValue === undefined) {
      throw invalidArgument(
        `social_value${where(i)} is needed when social_value_weight is more than 0.`
      );
    }
    const sv = b.socialValue ?? 0;
    if (!(sv >= 0 && sv <= Number.MAX_VALUE)) requireNonNegative(sv, `social_value${where(i)}`);
    bestSocialValue = Math.max(bestSocialValue, sv);
  });
  return bids.map((b) =>
    finiteResult(
      points(b.price, lowest, weights.price, method) +
        weights.quality * b.quality +
        // The share first (≤ 1), so tiny values cannot underflow in the product.
        (bestSocialValue > 0 ? svWeight * ((b.socialValue ?? 0) / bestSocialValue) : 0),
      "The bid score"
    )
  );
}

/** Default threshold: more than 15% below the benchmark mean. */
export const ABNORMALLY_LOW_THRESHOLD = 0.15;

/**
 * Flags bids priced more than `threshold` below the mean of the bids other than the
 * highest (one highest bid is left out, so a single outlier above cannot hide a low one):
 * price < (1 − threshold) · mean. A flag is a prompt to ask the bidder to explain its
 * price, never a reason to reject on its own.
 *
 * @example abnormallyLow([100, 105, 110, 70, 200]) → [false, false, false, true, false]
 *   (the mean without 200 is 96.25; 70 is 27% below it)
 */
export function abnormallyLow(
  prices: readonly number[],
  threshold = ABNORMALLY_LOW_THRESHOLD
): boolean[] {
  requireShare(threshold, "threshold");
  checkPrices(prices);
  if (prices.length < 2) {
    throw notAvailable(
      `ABNORMALLY_LOW needs at least two bids to compare; got ${shown(prices.length)}.`
    );
  }
  // Sum the others directly (not total − highest), so with two bids the benchmark is
  // exactly the lower one and no rounding can flag a bid against itself.
  let highest = 0;
  for (let i = 1; i < prices.length; i++) if (prices[i] > prices[highest]) highest = i;
  let sum = 0;
  for (let i = 0; i < prices.length; i++) if (i !== highest) sum += prices[i];
  const mean = sum / (prices.length - 1);
  const limit = (1 - threshold) * mean;
  return prices.map((p) => p < limit);
}
