/** The bid-comparison examples: the file the pane starts from, and every such file in examples/. */
import floatingSupport from "../../../examples/bids-floating-support.json";
import employmentSupport from "../../../examples/bids-employment-support.json";
import type { BidComparison } from "./types";

export const EXAMPLE_FILES = [
  "bids-employment-support.json",
  "bids-floating-support.json",
] as const;

/** The pane's first draft: an illustrative comparison (every number to replace with your own). */
export const STARTING_EXAMPLE = floatingSupport as BidComparison;

/** Every shipped example, for the pane's "Start from". */
export const EXAMPLES: readonly { id: string; label: string; comparison: BidComparison }[] = [
  { id: "floating-support", label: floatingSupport.title, comparison: STARTING_EXAMPLE },
  {
    id: "employment-support",
    label: employmentSupport.title,
    comparison: employmentSupport as BidComparison,
  },
];
