/**
 * Checks a business case against its JSON Schema (`business-case.schema.json`, with Ajv)
 * and the rules a schema cannot say: option ids unique, one-off costs inside the horizon.
 * Returns messages a user can act on, each with the path of the value at fault.
 */
import Ajv from "ajv";
import schema from "./business-case.schema.json";
import type { BusinessCase } from "./types";

const ajv = new Ajv({ allErrors: true });
const check = ajv.compile(schema);

/** Problems with a case, empty when it is valid. */
export function caseProblems(value: unknown): string[] {
  if (!check(value)) {
    return (check.errors ?? []).map((e) => `${e.instancePath || "(the case)"} ${e.message}`);
  }
  const c = value as unknown as BusinessCase;
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
  return problems;
}

/** The case, typed, or an error listing every problem. */
export function parseCase(value: unknown): BusinessCase {
  const problems = caseProblems(value);
  if (problems.length) throw new Error(`The case is not valid:\n- ${problems.join("\n- ")}`);
  return value as BusinessCase;
}
