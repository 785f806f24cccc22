/** The business case: options for a partnership appraised against doing nothing (Green Book). */
import { journey, type Journey } from "../journey";
import type { BusinessCase } from "./types";
import { caseProblems, parseCase } from "./validate";
import { evaluateCase, type OptionResult } from "./evaluate";
import { businessCasePlan, BUSINESS_CASE_SHEETS } from "./workbook";
import { CASE_READER } from "./inputs";
import { EXAMPLE_FILES } from "./examples";

const pounds = (x: number) => `£${x.toLocaleString("en-GB", { maximumFractionDigits: 0 })}`;

export const businessCase: Journey<BusinessCase, OptionResult[]> = {
  id: "business-case",
  label: "Business case",
  cli: { name: "case", file: "case", does: "build a business-case workbook" },
  parse: parseCase,
  problems: caseProblems,
  evaluate: evaluateCase,
  sheets: BUSINESS_CASE_SHEETS,
  plan: businessCasePlan,
  reader: CASE_READER,
  draftKey: "pcba.businessCase.draft",
  examples: EXAMPLE_FILES,
  summary: (c) =>
    evaluateCase(c).map((r) => {
      const bcr = r.bcr === null ? "n/a" : r.bcr.toFixed(2);
      const payback = r.payback === null ? "never" : `${r.payback.toFixed(1)} years`;
      return `${r.name}: NPV ${pounds(r.npv)}, BCR ${bcr}, payback ${payback}`;
    }),
};

export default journey(businessCase);
