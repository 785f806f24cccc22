/** Checks a returns-by-perspective analysis against its JSON Schema (Ajv); messages carry the path at fault. */
import schema from "./perspective-analysis.schema.json";
import { schemaValidator } from "../../schema/validator";
import type { PerspectiveAnalysis } from "./types";

const validator = schemaValidator<PerspectiveAnalysis>(schema, {
  root: "the analysis",
  title: "The analysis",
});

export const perspectiveProblems = validator.problems;
export const parsePerspectives = validator.parse;
