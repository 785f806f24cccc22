/** The example files in examples/, by journey (their names start with the journey, except business cases). */
import * as fs from "fs";
import * as path from "path";

export const EXAMPLES = path.resolve(__dirname, "../../examples");
const PREFIXES = ["bids-", "sroi-", "perspectives-", "sharing-"] as const;

export function exampleFiles(kind: "case" | "bids" | "sroi" | "perspectives"): string[] {
  const all = fs.readdirSync(EXAMPLES).filter((f) => f.endsWith(".json"));
  return kind === "case" ? all.filter((f) => !PREFIXES.some((p) => f.startsWith(p))) : all.filter((f) => f.startsWith(`${kind}-`));
}
