/** The sharing examples: the file the pane starts from, and every such file in examples/. */
import backOffice from "../../../examples/sharing-back-office.json";
import consortium from "../../../examples/sharing-employment-consortium.json";
import type { SharingAnalysis } from "./types";

export const EXAMPLE_FILES = [
  "sharing-back-office.json",
  "sharing-employment-consortium.json",
] as const;

/** The examples the pane offers to start from (illustrative figures, to replace). */
export const EXAMPLES: readonly { id: string; label: string; analysis: SharingAnalysis }[] = [
  {
    id: "back-office",
    label: "Three housing associations sharing a back office",
    analysis: backOffice as SharingAnalysis,
  },
  {
    id: "consortium",
    label: "Four partners splitting a payment-by-results income",
    analysis: consortium as SharingAnalysis,
  },
];

/** The pane's first draft. */
export const STARTING_EXAMPLE = EXAMPLES[0].analysis;
