/** Checks an SROI analysis against its JSON Schema (Ajv); messages carry the path at fault. */
import Ajv from "ajv";
import schema from "./sroi-analysis.schema.json";
import type { SroiAnalysisCase } from "./types";

const check = new Ajv({ allErrors: true }).compile(schema);

export function sroiProblems(value: unknown): string[] {
  if (check(value)) return [];
  return (check.errors ?? []).map((e) => `${e.instancePath || "(the analysis)"} ${e.message}`);
}

export function parseSroi(value: unknown): SroiAnalysisCase {
  const problems = sroiProblems(value);
  if (problems.length)
    throw new Error(`The SROI analysis is not valid:\n- ${problems.join("\n- ")}`);
  return value as SroiAnalysisCase;
}
