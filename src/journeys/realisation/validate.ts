/**
 * Checks a realisation review against its JSON Schema (`realisation.schema.json`, with Ajv),
 * the embedded business case against the case's schema and rules, and then the review's own
 * rules ({@link realisationRuleProblems}). Messages lead with the path of the value at fault.
 */
import schema from "./realisation.schema.json";
import { schemaValidator } from "../../schema/validator";
import { caseProblems } from "./business-case";
import { realisationRuleProblems } from "./rules";
import type { Realisation } from "./types";

function extraProblems(r: Realisation): string[] {
  const inCase = caseProblems(r.businessCase).map((p) =>
    p.startsWith("/") ? `/businessCase${p}` : `/businessCase ${p}`
  );
  return inCase.length ? inCase : realisationRuleProblems(r);
}

const validator = schemaValidator<Realisation>(
  schema,
  { root: "the review", title: "The realisation review" },
  extraProblems
);

/** Problems with a review, empty when it is valid. */
export const realisationProblems = validator.problems;

/** The review, typed, or an error listing every problem. */
export const parseRealisation = validator.parse;
