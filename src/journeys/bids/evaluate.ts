/**
 * A bid comparison computed by the model (src/model/bids.ts and pbr.ts): price, quality and
 * social value points, totals, ranks and abnormally-low flags per bid; the central-government
 * social-value warning; and the payment-by-results check. The generated workbook computes
 * the same with Excel's functions; the tests require agreement to the penny.
 */
import { abnormallyLow, bidScores } from "../../model/bids";
import { pbrExpectedPayment, pbrFinancingCost, pbrWorkingCapital } from "../../model/pbr";
import type { BidComparison } from "./types";

/** Central government weights social value at least 10% of the total (`docs/domain.md`, "Facts and rules"; Procurement Policy Note 06/20). */
export const CENTRAL_GOVERNMENT_SOCIAL_VALUE_MINIMUM = 0.1;

export interface BidResult {
  bidder: string;
  pricePoints: number;
  qualityPoints: number;
  socialValuePoints: number;
  total: number;
  /** 1 = best; equal totals share a rank (as RANK.EQ). */
  rank: number;
  abnormallyLow: boolean;
}

export interface BidEvaluation {
  bids: BidResult[];
  /** Social value's share of all the weights. */
  socialValueShare: number;
  /** A message when central-government rules apply and social value weighs less than 10%. */
  socialValueWarning: string | null;
  pbr: { expectedPayment: number; workingCapital: number; financingCost: number } | null;
}

export function evaluateBids(c: BidComparison): BidEvaluation {
  const { weights, method } = c;
  // Each component on its own, then the total as BID_SCORES adds them.
  const pricePoints = bidScores(
    c.bids.map((b) => ({ price: b.price, quality: 0 })),
    { price: weights.price, quality: 0 },
    method
  );
  const qualityPoints = c.bids.map((b) => weights.quality * b.quality);
  const best = Math.max(0, ...c.bids.map((b) => b.socialValue));
  const socialValuePoints = c.bids.map((b) =>
    best > 0 ? weights.socialValue * (b.socialValue / best) : 0
  );
  const totals = bidScores(c.bids, weights, method);
  const flags = abnormallyLow(
    c.bids.map((b) => b.price),
    c.threshold
  );
  const allWeights = weights.price + weights.quality + weights.socialValue;
  const socialValueShare = allWeights > 0 ? weights.socialValue / allWeights : 0;
  return {
    bids: c.bids.map((b, i) => ({
      bidder: b.bidder,
      pricePoints: pricePoints[i],
      qualityPoints: qualityPoints[i],
      socialValuePoints: socialValuePoints[i],
      total: totals[i],
      rank: 1 + totals.filter((t) => t > totals[i]).length,
      abnormallyLow: flags[i],
    })),
    socialValueShare,
    socialValueWarning:
      c.centralGovernment && socialValueShare < CENTRAL_GOVERNMENT_SOCIAL_VALUE_MINIMUM
        ? `Social value weighs ${(socialValueShare * 100).toFixed(1)}% of the evaluation; central-government rules expect at least 10%.`
        : null,
    pbr: c.pbr
      ? {
          expectedPayment: pbrExpectedPayment(c.pbr),
          workingCapital: pbrWorkingCapital(c.pbr.cashflows),
          financingCost: pbrFinancingCost(c.pbr.cashflows, c.pbr.annualRate, 12),
        }
      : null,
  };
}
