/** The SROI examples: the file the pane starts from, and every SROI file in examples/. */
import communityNavigators from "../../../examples/sroi-community-navigators.json";
import wellbeingPriceBase from "../../../examples/sroi-wellbeing-price-base.json";
import type { SroiAnalysisCase } from "./types";

export const EXAMPLE_FILES = [
  "sroi-community-navigators.json",
  "sroi-wellbeing-price-base.json",
] as const;

/** The pane's first draft: an illustrative value map (every number to replace with your own). */
export const STARTING_EXAMPLE = communityNavigators as SroiAnalysisCase;

/** Every shipped example, for the pane's "Start from". */
export const EXAMPLES: readonly { id: string; label: string; analysis: SroiAnalysisCase }[] = [
  { id: "community-navigators", label: communityNavigators.title, analysis: STARTING_EXAMPLE },
  {
    id: "wellbeing-price-base",
    label: wellbeingPriceBase.title,
    analysis: wellbeingPriceBase as SroiAnalysisCase,
  },
];
