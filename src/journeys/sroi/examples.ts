/** The SROI examples: the file the pane starts from, and every SROI file in examples/. */
import communityNavigators from "../../../examples/sroi-community-navigators.json";
import type { SroiAnalysisCase } from "./types";

export const EXAMPLE_FILES = [
  "sroi-community-navigators.json",
  "sroi-wellbeing-price-base.json",
] as const;

/** The pane's first draft: an illustrative value map (every number to replace with your own). */
export const STARTING_EXAMPLE = communityNavigators as SroiAnalysisCase;
