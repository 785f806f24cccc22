/**
 * The business-case workbook plan: a case in, the Inputs, Calculations and Summary sheets
 * out, laid out after the FAST standard and the ICAEW Financial Modelling Code
 * (`docs/domain.md`, "Generated workbooks"), one builder per sheet:
 * - Inputs (./inputs-sheet.ts): Excel tables and named ranges, with units, sources and
 *   assumption flags;
 * - Calculations (./calculations-sheet.ts): one timeline across the columns (years 0 …
 *   horizon), one formula per row and the same across the row, Excel's built-in functions
 *   only, no numbers typed inside formulas (0 and 1 as structural constants aside);
 * - Summary (./summary-sheet.ts): per option NPV, BCR, discounted payback, savings at
 *   maturity, VAT and repricing costs and autonomy kept; checks that show green or red; a
 *   chart of cumulative net value.
 *
 * The formulas mirror `./evaluate.ts` operation for operation, so LibreOffice's
 * recalculation agrees with the model to the penny (tested end to end).
 */
import type { SheetNames } from "../../workbook/sheet-names";
import type { WorkbookPlan } from "../../workbook/types";
import type { BusinessCase } from "./types";
import { caseBuild } from "./build-context";
import { inputsSheet } from "./inputs-sheet";
import { calculationsSheet } from "./calculations-sheet";
import { summarySheet } from "./summary-sheet";

export { SUMMARY_COLUMNS, SUMMARY_FIRST_OPTION_ROW } from "./summary-sheet";

export const BUSINESS_CASE_SHEETS: SheetNames = {
  inputs: "Inputs",
  calculations: "Calculations",
  summary: "Summary",
  suffix: "",
};

/** Builds the business-case workbook plan. */
export function businessCasePlan(
  c: BusinessCase,
  sheets: SheetNames = BUSINESS_CASE_SHEETS
): WorkbookPlan {
  const b = caseBuild(c, sheets);
  const inputs = inputsSheet(b);
  const calculations = calculationsSheet(b, inputs.tables);
  const summary = summarySheet(b, inputs.tables, calculations.rows);
  return { sheets: [summary, inputs.sheet, calculations.sheet], names: inputs.names };
}
