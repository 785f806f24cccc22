/**
 * Validation (JSON Schema, Ajv) and evaluation (src/model/perspectives.ts) of a returns-by-
 * perspective analysis: one row per party, then government and societal.
 */
import Ajv from "ajv";
import schema from "./perspective-analysis.schema.json";
import { discountSchedule } from "../model/discounting";
import { perspectiveTable, type PerspectiveResult } from "../model/perspectives";
import type { PerspectiveAnalysis } from "./types";

const check = new Ajv({ allErrors: true }).compile(schema);

export function perspectiveProblems(value: unknown): string[] {
  if (check(value)) return [];
  return (check.errors ?? []).map((e) => `${e.instancePath || "(the analysis)"} ${e.message}`);
}

export function parsePerspectives(value: unknown): PerspectiveAnalysis {
  const problems = perspectiveProblems(value);
  if (problems.length) throw new Error(`The analysis is not valid:\n- ${problems.join("\n- ")}`);
  return value as PerspectiveAnalysis;
}

export function evaluatePerspectives(c: PerspectiveAnalysis): PerspectiveResult[] {
  return perspectiveTable(c.flows, discountSchedule(c.discount), c.start, c.includeQol);
}
