/**
 * Sharing costs and gains fairly between partners: what every group could do on its own,
 * five allocations side by side (Shapley, use, equal, stand-alone, the partners' own), each
 * partner's saving and VAT, and the core check.
 */
import { journey, type Journey } from "../journey";
import type { SharingAnalysis } from "./types";
import { parseSharing, sharingProblems } from "./validate";
import { evaluateSharing, type SharingEvaluation } from "./evaluate";
import { sharingPlan, SHARING_SHEETS } from "./workbook";
import { SHARING_READER } from "./inputs";
import { EXAMPLE_FILES } from "./examples";

const pounds = (x: number) => x.toFixed(2);

/** What the command line prints: the problems, or each rule's split and its core verdict. */
export function sharingSummary(a: SharingAnalysis): string[] {
  const e = evaluateSharing(a);
  if (e.problems.length) return e.problems.map((p) => `Problem: ${p}`);
  return e.allocations.map((x) => {
    if (!x.amounts) return `${x.label}: does not apply (${x.problems.join(" ")})`;
    const split = x.amounts.map((v, i) => `${a.partners[i].name} ${pounds(v)}`).join(", ");
    const core = x.core!;
    const verdict = core.inCore
      ? "no group better off alone"
      : core.blocking.length
        ? `${core.blocking[0].label} better off alone by ${pounds(core.blocking[0].betterOffAloneBy)}`
        : `adds up to ${pounds(Math.abs(core.surplus))} ${core.surplus > 0 ? "more" : "less"} than the total`;
    return `${x.label}: ${split}; ${verdict}`;
  });
}

export const sharing: Journey<SharingAnalysis, SharingEvaluation> = {
  id: "sharing",
  label: "Sharing",
  cli: { name: "sharing", file: "sharing", does: "build a cost- or gain-sharing workbook" },
  parse: parseSharing,
  problems: sharingProblems,
  evaluate: evaluateSharing,
  sheets: SHARING_SHEETS,
  plan: sharingPlan,
  reader: SHARING_READER,
  draftKey: "pcba.sharing.draft",
  examples: EXAMPLE_FILES,
  summary: sharingSummary,
};

export default journey(sharing);
