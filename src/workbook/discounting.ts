/**
 * Discounting as the generated workbooks write it, shared by every plan: a table of the
 * schedule's bands (first year and rate, so a user can see and edit the Green Book STPR), the
 * rate of a year looked up from it, and the factor by the spec's recurrence
 * DF(0) = 1, DF(t) = DF(t − 1) / (1 + r_t), the same as `discountFactors` in the model.
 */
import type { DiscountSchedule } from "../model/discounting";
import { SHARE, WHOLE } from "./refs";
import type { PlanTable } from "./types";

/** The bands table: "From year" and "Rate", one row per band. */
export function discountBandsTable(
  name: string,
  ref: string,
  schedule: DiscountSchedule
): PlanTable {
  return {
    name,
    ref,
    columns: [
      { name: "From year", numFmt: WHOLE, role: "input" },
      { name: "Rate", numFmt: SHARE, role: "input" },
    ],
    rows: schedule.bands.map((b) => [b.from, b.rate]),
  };
}

/** The rate of the year in cell `year`: 0 in year 0, else its band's (LOOKUP over the bands). */
export const rateFormula = (year: string, bandFrom: string, bandRate: string): string =>
  `IF(${year}=0,0,LOOKUP(${year},${bandFrom},${bandRate}))`;

/** The factor of the year in cell `year`, from the previous year's factor and this year's rate. */
export const factorFormula = (year: string, previousFactor: string, rate: string): string =>
  `IF(${year}=0,1,${previousFactor}/(1+${rate}))`;
