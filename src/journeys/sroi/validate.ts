/** Checks an SROI analysis against its JSON Schema (Ajv); messages carry the path at fault. */
import schema from "./sroi-analysis.schema.json";
import { schemaValidator } from "../../schema/validator";
import type { SroiAnalysisCase } from "./types";
import { sroiPriceProblems } from "./prices";

/** The schema, then what it cannot say: every proxy's price year is in the deflator series. */
const validator = schemaValidator<SroiAnalysisCase>(
  schema,
  { root: "the analysis", title: "The SROI analysis" },
  sroiPriceProblems
);

export const sroiProblems = validator.problems;
export const parseSroi = validator.parse;
