/** Returns by perspective: who pays and who gains, party by party, then government and society. */
import { journey, type Journey } from "../journey";
import type { PerspectiveAnalysis } from "./types";
import type { PerspectiveResult } from "../../model/perspectives";
import { parsePerspectives, perspectiveProblems } from "./validate";
import { evaluatePerspectives } from "./evaluate";
import { perspectivePlan, PERSPECTIVE_SHEETS } from "./workbook";
import { PERSPECTIVE_READER } from "./inputs";
import { EXAMPLE_FILES } from "./examples";

export const perspectives: Journey<PerspectiveAnalysis, PerspectiveResult[]> = {
  id: "perspectives",
  label: "Perspectives",
  cli: { name: "perspectives", file: "flows", does: "build returns by perspective" },
  parse: parsePerspectives,
  problems: perspectiveProblems,
  evaluate: evaluatePerspectives,
  sheets: PERSPECTIVE_SHEETS,
  plan: perspectivePlan,
  reader: PERSPECTIVE_READER,
  draftKey: "pcba.perspectives.draft",
  examples: EXAMPLE_FILES,
  summary: (c) =>
    evaluatePerspectives(c).map(
      (r) =>
        `${r.perspective}: return ${r.ratio === null ? "n/a (no costs)" : r.ratio.toFixed(2)}, net ${r.net.toFixed(2)}`
    ),
};

export default journey(perspectives);
