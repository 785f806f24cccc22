/**
 * A bid comparison: the plain object the pane's "Compare bids" view fills in and
 * `npx pcba bids build` reads. Its JSON Schema is `src/journeys/bids/bid-comparison.schema.json`.
 * Amounts in pounds; weights in points (they need not sum to 100); shares as decimals.
 */
export interface Bid {
  bidder: string;
  price: number;
  /** Quality marks as a share of the marks available (0.72 = 72%). */
  quality: number;
  /** Social value offered, in a unit common to the bids (e.g. £ of TOMs-style value the user sourced). */
  socialValue: number;
}

/** A payment-by-results check for the supply chain behind a bid. */
export interface PbrCheck {
  attachmentFee: number;
  outcomeFee: number;
  sustainmentMax: number;
  outcomeRate: number;
  sustainmentShare: number;
  /** Share the prime keeps: no published typical value. */
  topSlice: number;
  /** Annual cost of borrowing for the working capital. */
  annualRate: number;
  /** Net cash flow by month for the subcontractor (payments less delivery costs). */
  cashflows: number[];
}

export interface BidComparison {
  schemaVersion: 1;
  title: string;
  /** Central-government rules apply: social value should weigh at least 10%. */
  centralGovernment: boolean;
  weights: { price: number; quality: number; socialValue: number };
  method: "relative" | "linear";
  /** Abnormally low: more than this share below the mean of the other bids (excluding the highest). */
  threshold: number;
  bids: Bid[];
  pbr: PbrCheck | null;
}
