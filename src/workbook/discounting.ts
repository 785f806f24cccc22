/**
 * Discounting as the generated workbooks write it, shared by every plan: a table of the
 * schedule's bands (first year and rate, so a user can see and edit the Green Book STPR), the
 * rate of a year looked up from it, and the factor by the spec's recurrence
 * DF(0) = 1, DF(t) = DF(t − 1) / (1 + r_t), the same as `discountFactors` in the model.
 */
import { HEALTH, STPR, type DiscountBand, type DiscountSchedule } from "../model/discounting";
import { SHARE, WHOLE } from "./refs";
import { NUMBER, tableCodec } from "./table-codec";
import type { TableValues } from "./read-tables";
import type { PlanTable } from "./types";

/** The bands table's codec: "From year" and "Rate", one row per band. */
export const discountBandsCodec = (name: string) =>
  tableCodec<DiscountBand>()(name, {
    from: { header: "From year", numFmt: WHOLE, role: "input", kind: NUMBER, write: (b) => b.from },
    rate: { header: "Rate", numFmt: SHARE, role: "input", kind: NUMBER, write: (b) => b.rate },
  });

/** The bands table of `schedule`, named `name`, at `ref`. */
export function discountBandsTable(
  name: string,
  ref: string,
  schedule: DiscountSchedule
): PlanTable {
  return { ...discountBandsCodec(name).table(schedule.bands), ref };
}

const sameBands = (a: readonly DiscountBand[], b: readonly DiscountBand[]) =>
  a.length === b.length && a.every((x, i) => x.from === b[i].from && x.rate === b[i].rate);

/**
 * The discount a bands table ("From year", "Rate") describes: the Green Book STPR or health
 * schedule when it is exactly that, a flat rate when it is one band from year 1. Anything
 * else (a band edited in the sheet) cannot be shown in the pane, so it is an error, not a
 * rate picked from the table.
 */
export function discountFromBands(
  table: TableValues | undefined,
  name: string,
  allowed: readonly ("STPR" | "HEALTH")[] = ["STPR", "HEALTH"]
): number | "STPR" | "HEALTH" {
  const bands = discountBandsCodec(name).read(table);
  if (allowed.includes("STPR") && sameBands(bands, STPR.bands)) return "STPR";
  if (allowed.includes("HEALTH") && sameBands(bands, HEALTH.bands)) return "HEALTH";
  if (bands.length === 1 && bands[0].from === 1) return bands[0].rate;
  throw new Error(
    `The ${name} table holds a schedule the pane cannot show (${allowed.join(" or ")} exactly, or one flat rate from year 1). Change it back in the sheet, or rebuild from the pane.`
  );
}

/** The rate of the year in cell `year`: 0 in year 0, else its band's (LOOKUP over the bands). */
export const rateFormula = (year: string, bandFrom: string, bandRate: string): string =>
  `IF(${year}=0,0,LOOKUP(${year},${bandFrom},${bandRate}))`;

/** The factor of the year in cell `year`, from the previous year's factor and this year's rate. */
export const factorFormula = (year: string, previousFactor: string, rate: string): string =>
  `IF(${year}=0,1,${previousFactor}/(1+${rate}))`;
