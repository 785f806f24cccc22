/** The returns-by-perspective examples: the file the pane starts from, and every such file in examples/. */
import communityNavigators from "../../../examples/perspectives-community-navigators.json";
import type { PerspectiveAnalysis } from "./types";

export const EXAMPLE_FILES = ["perspectives-community-navigators.json"] as const;

/** The pane's first draft: an illustrative analysis (every number to replace with your own). */
export const STARTING_EXAMPLE = communityNavigators as PerspectiveAnalysis;
