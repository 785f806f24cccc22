/** Comparing bids: price, quality and social value scored, with a payment-by-results check. */
import { journey, type Journey } from "../journey";
import type { BidComparison } from "./types";
import { bidProblems, parseBids } from "./validate";
import { evaluateBids, type BidEvaluation } from "./evaluate";
import { bidComparisonPlan, BID_SHEETS } from "./workbook";
import { BID_READER } from "./inputs";
import { EXAMPLE_FILES } from "./examples";

export const bids: Journey<BidComparison, BidEvaluation> = {
  id: "bids",
  label: "Compare bids",
  cli: { name: "bids", file: "bids", does: "build a bid-comparison workbook" },
  parse: parseBids,
  problems: bidProblems,
  evaluate: evaluateBids,
  sheets: BID_SHEETS,
  plan: bidComparisonPlan,
  reader: BID_READER,
  draftKey: "pcba.bids.draft",
  examples: EXAMPLE_FILES,
  summary: (c) => {
    const e = evaluateBids(c);
    return [
      ...[...e.bids]
        .sort((x, y) => x.rank - y.rank)
        .map(
          (b) =>
            `${b.rank}. ${b.bidder}: ${b.total.toFixed(2)} points${b.abnormallyLow ? "  (abnormally low: ask the bidder to explain)" : ""}`
        ),
      ...(e.socialValueWarning ? [`Warning: ${e.socialValueWarning}`] : []),
    ];
  },
};

export default journey(bids);
