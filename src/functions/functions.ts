/**
 * PCBA custom functions: thin adapters from Excel's argument shapes to the pure model in
 * `src/model/`. Each adapter reads its arguments (`./args`), calls one model function and
 * shapes the result; failures become Excel errors (`./excel-errors`).
 *
 * The JSDoc here is the single source of truth for the functions' metadata: webpack's
 * custom-functions-metadata-plugin turns it into `functions.json` and appends the
 * `CustomFunctions.associate` calls, and `npm run docs` renders the README's function
 * reference from it. Optional parameters arrive as `null` from Excel (TypeScript default
 * values do not apply), so defaults are applied in the adapters.
 *
 * Custom tags read by `scripts/function-reference.mjs`: `@example` (a formula and its
 * result, shown in the README and the pane).
 */
import { excel } from "./excel-errors";
import { discountArg, num, type Arg } from "./args";
import { discountFactor, discountSchedule } from "../model/discounting";

/**
 * Discount factor for a year: Green Book STPR by default, the health schedule, or a flat rate.
 * @customfunction DISCOUNT_FACTOR
 * @category Appraisal (HM Treasury Green Book)
 * @helpurl https://localhost:3000/taskpane.html#DISCOUNT_FACTOR
 * @param year Years after the base year (0 = the base year, factor 1); may be fractional.
 * @param [discount] A flat annual rate such as 0.035, or "STPR" (the default: Green Book 3.5% for years 1-30, declining after) or "HEALTH" (1.5%, declining).
 * @returns The factor that converts a value in that year to a present value.
 * @example =PCBA.DISCOUNT_FACTOR(31) → 0.345901 (3.5% for 30 years, then 3.0%)
 */
export function discountFactorFn(year: number, discount?: any): number {
  return excel("DISCOUNT_FACTOR", () =>
    discountFactor(
      num(year as Arg, "year"),
      discountSchedule(discountArg(discount, "discount", "STPR"))
    )
  );
}
