/**
 * Benefits realisation: did the partnership deliver what its business case promised? The
 * chosen option's lines, planned against actual year by year, re-forecast to maturity, and
 * the NPV and payback now against what the board approved (docs/realisation.md).
 */
import { journey, type Journey } from "../journey";
import { money } from "../common";
import type { Realisation, RealisationResult } from "./types";
import { parseRealisation, realisationProblems } from "./validate";
import { normaliseRealisation } from "./normalise";
import { evaluateRealisation } from "./evaluate";
import { realisationPlan, REALISATION_SHEETS } from "./workbook";
import { REALISATION_READER } from "./inputs";
import { EXAMPLE_FILES } from "./examples";

const pct = (x: number | null) => (x === null ? "n/a" : `${(x * 100).toFixed(1)}%`);
const years = (x: number | null) =>
  x === null ? "not within the horizon" : `${x.toFixed(2)} years`;
const STATUS: Record<string, string> = {
  green: "green",
  amber: "amber",
  red: "red",
  no_actuals: "no actuals yet",
  not_rated: "not rated",
};

export const realisation: Journey<Realisation, RealisationResult> = {
  id: "realisation",
  label: "Realisation",
  cli: { name: "realisation", file: "review", does: "build a benefits-realisation review" },
  parse: (value) => normaliseRealisation(parseRealisation(value)),
  problems: realisationProblems,
  evaluate: evaluateRealisation,
  sheets: REALISATION_SHEETS,
  plan: realisationPlan,
  reader: REALISATION_READER,
  draftKey: "pcba.realisation.draft",
  examples: EXAMPLE_FILES,
  summary: (r) => {
    const e = evaluateRealisation(r);
    return [
      `${e.optionName}, years 0 to ${e.asAtYear} reported:`,
      `savings ${money(e.savings.actual)} against ${money(e.savings.plannedReported)} planned (${pct(e.savings.rate)}, ${STATUS[e.savings.status]})`,
      `costs ${money(e.costs.actual)} against ${money(e.costs.plannedReported)} planned (${pct(e.costs.rate)}, ${STATUS[e.costs.status]})`,
      `NPV now ${money(e.outturn.npv)} against ${money(e.approved.npv)} approved (${money(e.npvVariance)})`,
      `payback now ${years(e.outturn.payback)}, approved ${years(e.approved.payback)}`,
    ];
  },
};

export default journey(realisation);
