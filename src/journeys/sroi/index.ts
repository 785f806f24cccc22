/** Social return on investment: a value map of outcomes, valued and discounted (SROI guide, 2012). */
import { journey, type Journey } from "../journey";
import type { SroiAnalysisCase } from "./types";
import { parseSroi, sroiProblems } from "./validate";
import { evaluateSroi, type SroiResult } from "./evaluate";
import { sroiPlan, SROI_SHEETS } from "./workbook";
import { SROI_READER } from "./inputs";
import { EXAMPLE_FILES } from "./examples";

const pounds = (x: number) => `£${x.toLocaleString("en-GB", { maximumFractionDigits: 0 })}`;

export const sroi: Journey<SroiAnalysisCase, SroiResult> = {
  id: "sroi",
  label: "Social return",
  cli: { name: "sroi", file: "sroi", does: "build an SROI value map" },
  parse: parseSroi,
  problems: sroiProblems,
  evaluate: evaluateSroi,
  sheets: SROI_SHEETS,
  plan: sroiPlan,
  reader: SROI_READER,
  draftKey: "pcba.sroi.draft",
  examples: EXAMPLE_FILES,
  summary: (c) => {
    const r = evaluateSroi(c);
    const ratio = r.ratio === null ? "n/a" : r.ratio.toFixed(2);
    const payback = r.paybackMonths === null ? "never" : `${r.paybackMonths.toFixed(1)} months`;
    return [
      `SROI ratio ${ratio} : 1, NPV ${pounds(r.npv)}, payback ${payback}`,
      ...r.warnings.map((w) => `Warning: ${w}`),
    ];
  },
};

export default journey(sroi);
