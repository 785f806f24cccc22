/**
 * Validation (JSON Schema, Ajv) and evaluation (src/model/perspectives.ts) of a returns-by-
 * perspective analysis: one row per party, then government and societal.
 */
import schema from "./perspective-analysis.schema.json";
import { schemaValidator } from "../schema/validator";
import { discountSchedule } from "../model/discounting";
import { perspectiveTable, type PerspectiveResult } from "../model/perspectives";
import type { PerspectiveAnalysis } from "./types";

const validator = schemaValidator<PerspectiveAnalysis>(schema, {
  root: "the analysis",
  title: "The analysis",
});

export const perspectiveProblems = validator.problems;
export const parsePerspectives = validator.parse;

export function evaluatePerspectives(c: PerspectiveAnalysis): PerspectiveResult[] {
  return perspectiveTable(c.flows, discountSchedule(c.discount), c.start, c.includeQol);
}
