/**
 * Checks a business case against its JSON Schema (`business-case.schema.json`, with Ajv)
 * and the rules a schema cannot say: option ids unique, one-off costs inside the horizon.
 * Returns messages a user can act on, each with the path of the value at fault.
 */
import schema from "./business-case.schema.json";
import { schemaValidator } from "../../schema/validator";
import type { BusinessCase } from "./types";
import { casePriceProblems } from "./prices";

/** The rules the schema cannot say, checked once it holds. */
function crossChecks(c: BusinessCase): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  c.options.forEach((o, i) => {
    if (ids.has(o.id)) problems.push(`/options/${i}/id "${o.id}" is used by another option`);
    ids.add(o.id);
    o.oneOffCosts.forEach((k, j) => {
      if (k.year > c.appraisal.horizon) {
        problems.push(
          `/options/${i}/oneOffCosts/${j}/year ${k.year} is after the horizon (${c.appraisal.horizon} years)`
        );
      }
    });
  });
  return [...problems, ...casePriceProblems(c)];
}

const validator = schemaValidator<BusinessCase>(
  schema,
  { root: "the case", title: "The case" },
  crossChecks
);

/** Problems with a case, empty when it is valid. */
export const caseProblems = validator.problems;

/** The case, typed, or an error listing every problem. */
export const parseCase = validator.parse;
