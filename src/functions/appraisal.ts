/**
 * Custom functions of the catalogue's "Appraisal (HM Treasury Green Book)" section: thin
 * adapters from Excel's argument shapes to `src/model/appraisal.ts` and `discounting.ts`.
 */
import { excel } from "./excel-errors";
import {
  bool,
  discountArg,
  firstYearArg,
  num,
  numbers,
  optNum,
  scheduleArg,
  series,
  table,
  type Arg,
} from "./args";
import { discountFactor, discountSchedule } from "../model/discounting";
import {
  bcr,
  distributionalWeight,
  npsv,
  optimismBias,
  payback,
  pv,
  realTerms,
} from "../model/appraisal";

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

/**
 * Present value of a row of annual values, discounted from the base year.
 * @customfunction PV
 * @category Appraisal (HM Treasury Green Book)
 * @helpurl https://localhost:3000/taskpane.html#PV
 * @param values Annual values in a row or column; value k falls in year first_year + k. A blank cell is a year with nothing.
 * @param [discount] A flat annual rate such as 0.035, or "STPR" (default) or "HEALTH".
 * @param [first_year] The year of the first value (default 0, undiscounted).
 * @returns Σ value_k · DF(first_year + k).
 * @example =PCBA.PV({100,100,100}, 0.1) → 273.55
 */
export function pvFn(values: any[][], discount?: any, first_year?: number): number {
  return excel("PV", () =>
    pv(series(values, "values").values, scheduleArg(discount, "STPR"), firstYearArg(first_year))
  );
}

/**
 * Net present social value: PV of benefits less PV of costs.
 * @customfunction NPSV
 * @category Appraisal (HM Treasury Green Book)
 * @helpurl https://localhost:3000/taskpane.html#NPSV
 * @param benefits Annual benefits in a row or column, from first_year.
 * @param costs Annual costs in a row or column, from first_year; may differ in length from benefits.
 * @param [discount] A flat annual rate such as 0.035, or "STPR" (default) or "HEALTH".
 * @param [first_year] The year of the first value (default 0).
 * @returns PV(benefits) − PV(costs).
 * @example =PCBA.NPSV({0,60,60}, 100, 0.035) → 13.98
 */
export function npsvFn(
  benefits: any[][],
  costs: any[][],
  discount?: any,
  first_year?: number
): number {
  return excel("NPSV", () =>
    npsv(
      series(benefits, "benefits").values,
      series(costs, "costs").values,
      scheduleArg(discount, "STPR"),
      firstYearArg(first_year)
    )
  );
}

/**
 * Benefit–cost ratio: PV of benefits over PV of costs.
 * @customfunction BCR
 * @category Appraisal (HM Treasury Green Book)
 * @helpurl https://localhost:3000/taskpane.html#BCR
 * @param benefits Annual benefits in a row or column, from first_year.
 * @param costs Annual costs in a row or column, from first_year.
 * @param [discount] A flat annual rate such as 0.035, or "STPR" (default) or "HEALTH".
 * @param [first_year] The year of the first value (default 0).
 * @returns PV(benefits) / PV(costs); #DIV/0! when costs are worth 0.
 * @example =PCBA.BCR({0,60,60}, 100, 0.035) → 1.1398
 */
export function bcrFn(
  benefits: any[][],
  costs: any[][],
  discount?: any,
  first_year?: number
): number {
  return excel("BCR", () =>
    bcr(
      series(benefits, "benefits").values,
      series(costs, "costs").values,
      scheduleArg(discount, "STPR"),
      firstYearArg(first_year)
    )
  );
}

/**
 * Years until the cumulative (discounted) net value first reaches zero.
 * @customfunction PAYBACK
 * @category Appraisal (HM Treasury Green Book)
 * @helpurl https://localhost:3000/taskpane.html#PAYBACK
 * @param benefits Annual benefits in a row or column, from first_year.
 * @param costs Annual costs in a row or column, from first_year.
 * @param [discount] A flat annual rate such as 0.035, or "STPR" (default) or "HEALTH".
 * @param [first_year] The year of the first value (default 0).
 * @param [discounted] TRUE (default) to discount the net values; FALSE for simple payback.
 * @returns Years, interpolated within the year the cumulative value turns; 0 if it never goes negative; #N/A if it never pays back.
 * @example =PCBA.PAYBACK({0,40,40,40,40,40}, 100, 0, 0, FALSE) → 2.5
 */
export function paybackFn(
  benefits: any[][],
  costs: any[][],
  discount?: any,
  first_year?: number,
  discounted?: boolean
): number {
  return excel("PAYBACK", () =>
    payback(
      series(benefits, "benefits").values,
      series(costs, "costs").values,
      scheduleArg(discount, "STPR"),
      firstYearArg(first_year),
      bool(discounted, "discounted", true)
    )
  );
}

/**
 * An amount raised for optimism bias, reduced as risks are mitigated (Green Book).
 * @customfunction OPTIMISM_BIAS
 * @category Appraisal (HM Treasury Green Book)
 * @helpurl https://localhost:3000/taskpane.html#OPTIMISM_BIAS
 * @param amount An amount, or a column of amounts by cost type (their adjusted sum is returned).
 * @param uplift The optimism bias uplift, such as 0.24 for 24%; one value or one per amount.
 * @param [mitigation] The share of the uplift mitigated, 0 to 1 (default 0); one value or one per amount.
 * @returns Σ amount · (1 + uplift · (1 − mitigation)).
 * @example =PCBA.OPTIMISM_BIAS({0.3;0.7}, {0.51;0.24}) → 1.321 (a 32.1% combined uplift)
 */
export function optimismBiasFn(amount: any[][], uplift: any[][], mitigation?: any[][]): number {
  return excel("OPTIMISM_BIAS", () => {
    const t = table([
      { name: "amount", value: amount, required: true },
      { name: "uplift", value: uplift, required: true },
      { name: "mitigation", value: mitigation, required: false, fallback: 0 },
    ]);
    return optimismBias(numbers(t, "amount"), numbers(t, "uplift"), numbers(t, "mitigation"));
  });
}

/**
 * Distributional weight for a household's income (Green Book, elasticity 1.3 by default).
 * @customfunction DISTRIBUTIONAL_WEIGHT
 * @category Appraisal (HM Treasury Green Book)
 * @helpurl https://localhost:3000/taskpane.html#DISTRIBUTIONAL_WEIGHT
 * @param income The household's income (more than 0).
 * @param reference_income The reference income, such as the median (more than 0).
 * @param [elasticity] Elasticity of the marginal utility of income (default 1.3).
 * @returns (reference_income / income)^elasticity.
 * @example =PCBA.DISTRIBUTIONAL_WEIGHT(15000, 30000) → 2.4623
 */
export function distributionalWeightFn(
  income: number,
  reference_income: number,
  elasticity?: number
): number {
  return excel("DISTRIBUTIONAL_WEIGHT", () =>
    distributionalWeight(
      num(income, "income"),
      num(reference_income, "reference_income"),
      optNum(elasticity, "elasticity", 1.3)
    )
  );
}

/**
 * An amount in a year's prices expressed in base-year prices.
 * @customfunction REAL_TERMS
 * @category Appraisal (HM Treasury Green Book)
 * @helpurl https://localhost:3000/taskpane.html#REAL_TERMS
 * @param amount The amount in the prices of its year (nominal).
 * @param year The year of the amount.
 * @param [deflator] Annual inflation (GDP deflator) as a decimal (default 0.02).
 * @param [base_year] The price base year (default 0).
 * @returns amount / (1 + deflator)^(year − base_year).
 * @example =PCBA.REAL_TERMS(1000, 3) → 942.32
 */
export function realTermsFn(
  amount: number,
  year: number,
  deflator?: number,
  base_year?: number
): number {
  return excel("REAL_TERMS", () =>
    realTerms(
      num(amount, "amount"),
      num(year, "year"),
      optNum(deflator, "deflator", 0.02),
      optNum(base_year, "base_year", 0)
    )
  );
}
