/** The realisation examples: the file the pane starts from, and every such file in examples/. */
import twoAssociations from "../../../examples/realisation-two-associations.json";
import type { Realisation } from "./types";

export const EXAMPLE_FILES = ["realisation-two-associations.json"] as const;

/** The pane's example: three years into the £5m-a-year merger (illustrative figures). */
export const STARTING_EXAMPLE = twoAssociations as unknown as Realisation;
