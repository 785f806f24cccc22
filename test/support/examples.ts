/** The example files in examples/, by journey (its command-line name), as each journey lists them. */
import * as path from "path";
import { JOURNEYS } from "../../src/journeys";

export const EXAMPLES = path.resolve(__dirname, "../../examples");

export function exampleFiles(kind: string): string[] {
  const journey = JOURNEYS.find((j) => j.cli.name === kind);
  if (!journey) throw new Error(`no journey is called ${kind} on the command line`);
  return [...journey.examples].sort();
}
