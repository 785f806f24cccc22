/**
 * Evaluation of a returns-by-perspective analysis (src/model/perspectives.ts): one row per
 * party, then government and societal.
 */
import { discountSchedule } from "../../model/discounting";
import { perspectiveTable, type PerspectiveResult } from "../../model/perspectives";
import type { PerspectiveAnalysis } from "./types";

export function evaluatePerspectives(c: PerspectiveAnalysis): PerspectiveResult[] {
  return perspectiveTable(c.flows, discountSchedule(c.discount), c.start, c.includeQol);
}
