/** Checks a bid comparison against its JSON Schema (Ajv); messages carry the path at fault. */
import Ajv from "ajv";
import schema from "./bid-comparison.schema.json";
import type { BidComparison } from "./types";

const check = new Ajv({ allErrors: true }).compile(schema);

export function bidProblems(value: unknown): string[] {
  if (check(value)) return [];
  return (check.errors ?? []).map((e) => `${e.instancePath || "(the comparison)"} ${e.message}`);
}

export function parseBids(value: unknown): BidComparison {
  const problems = bidProblems(value);
  if (problems.length)
    throw new Error(`The bid comparison is not valid:\n- ${problems.join("\n- ")}`);
  return value as BidComparison;
}
