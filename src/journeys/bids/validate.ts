/** Checks a bid comparison against its JSON Schema (Ajv); messages carry the path at fault. */
import schema from "./bid-comparison.schema.json";
import { schemaValidator } from "../../schema/validator";
import type { BidComparison } from "./types";

const validator = schemaValidator<BidComparison>(schema, {
  root: "the comparison",
  title: "The bid comparison",
});

export const bidProblems = validator.problems;
export const parseBids = validator.parse;
