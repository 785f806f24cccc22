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
import { cellError, excel } from "./excel-errors";
import {
  bool,
  discountArg,
  isBlank,
  num,
  numbers,
  optNum,
  series,
  rawVector,
  table,
  text,
  type Arg,
  type Cell,
} from "./args";
import { discountFactor, discountSchedule, type DiscountSchedule } from "../model/discounting";
import { invalidArgument, notAvailable } from "../model/errors";
import { requireWhole } from "../model/validate";
import {
  bcr,
  distributionalWeight,
  npsv,
  optimismBias,
  payback,
  pv,
  realTerms,
} from "../model/appraisal";
import {
  impact,
  impactSchedule,
  outcomeTableFromColumns,
  sroiNpv,
  sroiPayback,
  sroiPv,
  sroiRatio,
  type OutcomeTable,
  type SroiAnalysis,
} from "../model/sroi";
import { sroiSensitivity, sroiSimulate, sroiSwitching, switchingInput } from "../model/uncertainty";
import {
  FLOW_KINDS,
  perspectiveRoi,
  perspectiveTable,
  SECTORS,
  type Flow,
  type FlowKind,
  type Sector,
} from "../model/perspectives";

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

/** A discount argument resolved to its schedule. */
function scheduleArg(discount: Arg, fallback: number | string): DiscountSchedule {
  return discountSchedule(discountArg(discount, "discount", fallback));
}

/** first_year: a whole number ≥ 0, default 0. */
function firstYearArg(firstYear: Arg): number {
  return optNum(firstYear, "first_year", 0);
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

/** The outcome columns of a value map, aligned and validated. */
function outcomesArg(
  quantity: Arg,
  proxy: Arg,
  duration: Arg,
  deadweight: Arg,
  displacement: Arg,
  attribution: Arg,
  dropOff: Arg,
  start: Arg
): OutcomeTable {
  const t = table([
    { name: "quantity", value: quantity, required: true },
    { name: "proxy", value: proxy, required: true },
    { name: "duration", value: duration, required: true },
    { name: "deadweight", value: deadweight, required: false, fallback: 0 },
    { name: "displacement", value: displacement, required: false, fallback: 0 },
    { name: "attribution", value: attribution, required: false, fallback: 0 },
    { name: "drop_off", value: dropOff, required: false, fallback: 0 },
    { name: "start", value: start, required: false, fallback: 1 },
  ]);
  const outcomes = outcomeTableFromColumns({
    quantity: numbers(t, "quantity"),
    proxy: numbers(t, "proxy"),
    duration: numbers(t, "duration"),
    deadweight: numbers(t, "deadweight"),
    displacement: numbers(t, "displacement"),
    attribution: numbers(t, "attribution"),
    dropOff: numbers(t, "drop_off"),
    start: numbers(t, "start"),
  });
  return outcomes;
}

/** `inputs`: one value (taken as is) or a row of yearly inputs from year 0. */
function inputsArg(inputs: Arg): number | number[] {
  const { values } = series(inputs, "inputs");
  if (values.length === 0) throw invalidArgument("inputs is required.");
  return values.length === 1 ? values[0] : values;
}

/** The SROI arguments shared by SROI, SROI_NPV, SROI_PAYBACK and the uncertainty functions. */
function analysisArg(
  inputs: Arg,
  quantity: Arg,
  proxy: Arg,
  duration: Arg,
  deadweight: Arg,
  displacement: Arg,
  attribution: Arg,
  dropOff: Arg,
  discount: Arg,
  start: Arg
): SroiAnalysis {
  const outcomes = outcomesArg(
    quantity,
    proxy,
    duration,
    deadweight,
    displacement,
    attribution,
    dropOff,
    start
  );
  return { outcomes, inputs: inputsArg(inputs), discount: scheduleArg(discount, 0.035) };
}

/**
 * Year-1 impact of a value map's outcomes, net of deadweight, displacement and attribution.
 * @customfunction IMPACT
 * @category Social value (SROI)
 * @helpurl https://localhost:3000/taskpane.html#IMPACT
 * @param quantity The quantity of each outcome (e.g. people), one per outcome.
 * @param proxy The financial proxy: value of one unit of each outcome.
 * @param [deadweight] Share that would have happened anyway (0 to 1; blank = 0).
 * @param [displacement] Share that displaced other outcomes (0 to 1; blank = 0).
 * @param [attribution] Share due to others' contribution (0 to 1; blank = 0).
 * @returns Σ quantity · proxy · (1 − deadweight) · (1 − displacement) · (1 − attribution).
 * @example =PCBA.IMPACT(10, 1000, 0.2, 0, 0.25) → 6000
 */
export function impactFn(
  quantity: any[][],
  proxy: any[][],
  deadweight?: any[][],
  displacement?: any[][],
  attribution?: any[][]
): number {
  return excel("IMPACT", () => {
    const outcomes = outcomesArg(
      quantity,
      proxy,
      [[1]],
      deadweight,
      displacement,
      attribution,
      null,
      null
    );
    return impact(outcomes);
  });
}

/**
 * Present value of all impact in a value map, with drop-off and discounting.
 * @customfunction SROI_PV
 * @category Social value (SROI)
 * @helpurl https://localhost:3000/taskpane.html#SROI_PV
 * @param quantity The quantity of each outcome, one per outcome (a column of the value map).
 * @param proxy The financial proxy for one unit of each outcome.
 * @param duration Years each outcome lasts; a fractional duration pro-rates its last year.
 * @param [deadweight] Share that would have happened anyway (0 to 1; blank = 0).
 * @param [displacement] Share that displaced other outcomes (0 to 1; blank = 0).
 * @param [attribution] Share due to others (0 to 1; blank = 0).
 * @param [drop_off] Share of the outcome lost each later year (0 to 1; blank = 0).
 * @param [discount] A flat annual rate (default 0.035), or "STPR" or "HEALTH".
 * @param [start] Year of each outcome's first year of impact (default 1: the year after the investment).
 * @returns The present value of impact.
 * @example =PCBA.SROI_PV(10, 1000, 2, 0, 0, 0, 0.1) → 18063.43
 */
export function sroiPvFn(
  quantity: any[][],
  proxy: any[][],
  duration: any[][],
  deadweight?: any[][],
  displacement?: any[][],
  attribution?: any[][],
  drop_off?: any[][],
  discount?: any,
  start?: any[][]
): number {
  return excel("SROI_PV", () => {
    const outcomes = outcomesArg(
      quantity,
      proxy,
      duration,
      deadweight,
      displacement,
      attribution,
      drop_off,
      start
    );
    return sroiPv(outcomes, scheduleArg(discount, 0.035));
  });
}

/**
 * The social return ratio: present value of impact per £1 of inputs.
 * @customfunction SROI
 * @category Social value (SROI)
 * @helpurl https://localhost:3000/taskpane.html#SROI
 * @param inputs The value of inputs: one value (taken as is), or a row of yearly inputs from year 0 (discounted).
 * @param quantity The quantity of each outcome, one per outcome.
 * @param proxy The financial proxy for one unit of each outcome.
 * @param duration Years each outcome lasts.
 * @param [deadweight] Share that would have happened anyway (0 to 1; blank = 0).
 * @param [displacement] Share that displaced other outcomes (0 to 1; blank = 0).
 * @param [attribution] Share due to others (0 to 1; blank = 0).
 * @param [drop_off] Share lost each later year (0 to 1; blank = 0).
 * @param [discount] A flat annual rate (default 0.035), or "STPR" or "HEALTH".
 * @param [start] Year of each outcome's first year of impact (default 1).
 * @returns PV of impact / value of inputs; #DIV/0! if inputs are worth 0.
 * @example =PCBA.SROI(10000, 10, 1000, 2, 0, 0, 0, 0.1) → 1.8063
 */
export function sroiFn(
  inputs: any[][],
  quantity: any[][],
  proxy: any[][],
  duration: any[][],
  deadweight?: any[][],
  displacement?: any[][],
  attribution?: any[][],
  drop_off?: any[][],
  discount?: any,
  start?: any[][]
): number {
  return excel("SROI", () =>
    sroiRatio(
      analysisArg(
        inputs,
        quantity,
        proxy,
        duration,
        deadweight,
        displacement,
        attribution,
        drop_off,
        discount,
        start
      )
    )
  );
}

/**
 * Net social value: present value of impact less the value of inputs.
 * @customfunction SROI_NPV
 * @category Social value (SROI)
 * @helpurl https://localhost:3000/taskpane.html#SROI_NPV
 * @param inputs The value of inputs: one value, or a row of yearly inputs from year 0.
 * @param quantity The quantity of each outcome, one per outcome.
 * @param proxy The financial proxy for one unit of each outcome.
 * @param duration Years each outcome lasts.
 * @param [deadweight] Share that would have happened anyway (0 to 1; blank = 0).
 * @param [displacement] Share that displaced other outcomes (0 to 1; blank = 0).
 * @param [attribution] Share due to others (0 to 1; blank = 0).
 * @param [drop_off] Share lost each later year (0 to 1; blank = 0).
 * @param [discount] A flat annual rate (default 0.035), or "STPR" or "HEALTH".
 * @param [start] Year of each outcome's first year of impact (default 1).
 * @returns PV of impact − value of inputs.
 * @example =PCBA.SROI_NPV(10000, 10, 1000, 2, 0, 0, 0, 0.1) → 8063.43
 */
export function sroiNpvFn(
  inputs: any[][],
  quantity: any[][],
  proxy: any[][],
  duration: any[][],
  deadweight?: any[][],
  displacement?: any[][],
  attribution?: any[][],
  drop_off?: any[][],
  discount?: any,
  start?: any[][]
): number {
  return excel("SROI_NPV", () =>
    sroiNpv(
      analysisArg(
        inputs,
        quantity,
        proxy,
        duration,
        deadweight,
        displacement,
        attribution,
        drop_off,
        discount,
        start
      )
    )
  );
}

/**
 * Undiscounted impact by outcome and year, as in the value map's "year 1 … year 5" table.
 * @customfunction SROI_SCHEDULE
 * @category Social value (SROI)
 * @helpurl https://localhost:3000/taskpane.html#SROI_SCHEDULE
 * @param quantity The quantity of each outcome, one per outcome.
 * @param proxy The financial proxy for one unit of each outcome.
 * @param duration Years each outcome lasts.
 * @param [deadweight] Share that would have happened anyway (0 to 1; blank = 0).
 * @param [displacement] Share that displaced other outcomes (0 to 1; blank = 0).
 * @param [attribution] Share due to others (0 to 1; blank = 0).
 * @param [drop_off] Share lost each later year (0 to 1; blank = 0).
 * @param [start] Year of each outcome's first year of impact (default 1).
 * @returns Spills one row per outcome and one column per year from year 1 (year 0 too if an outcome starts then) to the last year of impact.
 * @example =PCBA.SROI_SCHEDULE(10, 1000, 3, , , , 0.1) → 10000, 9000, 8100
 */
export function sroiScheduleFn(
  quantity: any[][],
  proxy: any[][],
  duration: any[][],
  deadweight?: any[][],
  displacement?: any[][],
  attribution?: any[][],
  drop_off?: any[][],
  start?: any[][]
): number[][] {
  return excel("SROI_SCHEDULE", () => {
    const outcomes = outcomesArg(
      quantity,
      proxy,
      duration,
      deadweight,
      displacement,
      attribution,
      drop_off,
      start
    );
    const firstYear = outcomes.start.some((s) => s === 0) ? 0 : 1;
    const rows = impactSchedule(outcomes, firstYear);
    if (rows.length === 0 || rows[0].length === 0)
      throw notAvailable("No outcome has any impact to schedule.");
    return rows;
  });
}

/**
 * Months until the present value of impact covers the value of inputs.
 * @customfunction SROI_PAYBACK
 * @category Social value (SROI)
 * @helpurl https://localhost:3000/taskpane.html#SROI_PAYBACK
 * @param inputs The value of inputs: one value, or a row of yearly inputs from year 0.
 * @param quantity The quantity of each outcome, one per outcome.
 * @param proxy The financial proxy for one unit of each outcome.
 * @param duration Years each outcome lasts.
 * @param [deadweight] Share that would have happened anyway (0 to 1; blank = 0).
 * @param [displacement] Share that displaced other outcomes (0 to 1; blank = 0).
 * @param [attribution] Share due to others (0 to 1; blank = 0).
 * @param [drop_off] Share lost each later year (0 to 1; blank = 0).
 * @param [discount] A flat annual rate (default 0.035), or "STPR" or "HEALTH".
 * @param [start] Year of each outcome's first year of impact (default 1).
 * @returns Months, with each year's impact spread evenly over its months; #N/A if never.
 * @example =PCBA.SROI_PAYBACK(10000, 10, 1000, 2, 0, 0, 0, 0.1) → 12.48
 */
export function sroiPaybackFn(
  inputs: any[][],
  quantity: any[][],
  proxy: any[][],
  duration: any[][],
  deadweight?: any[][],
  displacement?: any[][],
  attribution?: any[][],
  drop_off?: any[][],
  discount?: any,
  start?: any[][]
): number {
  return excel("SROI_PAYBACK", () =>
    sroiPayback(
      analysisArg(
        inputs,
        quantity,
        proxy,
        duration,
        deadweight,
        displacement,
        attribution,
        drop_off,
        discount,
        start
      )
    )
  );
}

/**
 * A tornado table: the ratio with each input scaled down and up by the swing.
 * @customfunction SROI_SENSITIVITY
 * @category Social value (SROI)
 * @helpurl https://localhost:3000/taskpane.html#SROI_SENSITIVITY
 * @param inputs The value of inputs: one value, or a row of yearly inputs from year 0.
 * @param quantity The quantity of each outcome, one per outcome.
 * @param proxy The financial proxy for one unit of each outcome.
 * @param duration Years each outcome lasts.
 * @param [deadweight] Share that would have happened anyway (0 to 1; blank = 0).
 * @param [displacement] Share that displaced other outcomes (0 to 1; blank = 0).
 * @param [attribution] Share due to others (0 to 1; blank = 0).
 * @param [drop_off] Share lost each later year (0 to 1; blank = 0).
 * @param [discount] A flat annual rate (default 0.035), or "STPR" or "HEALTH".
 * @param [start] Year of each outcome's first year of impact (default 1).
 * @param [swing] How far each input is scaled down and up (default 0.2 = ±20%).
 * @returns Spills a table with a header row: input, ratio at −swing, ratio at +swing, width; widest first.
 * @example =PCBA.SROI_SENSITIVITY(10000, 10, 1000, 2, 0, 0, 0, 0.1)
 */
export function sroiSensitivityFn(
  inputs: any[][],
  quantity: any[][],
  proxy: any[][],
  duration: any[][],
  deadweight?: any[][],
  displacement?: any[][],
  attribution?: any[][],
  drop_off?: any[][],
  discount?: any,
  start?: any[][],
  swing?: number
): any[][] {
  return excel("SROI_SENSITIVITY", () => {
    const a = analysisArg(
      inputs,
      quantity,
      proxy,
      duration,
      deadweight,
      displacement,
      attribution,
      drop_off,
      discount,
      start
    );
    const s = optNum(swing, "swing", 0.2);
    const pct = `${Number((s * 100).toPrecision(6))}%`;
    const rows = sroiSensitivity(a, s);
    return [
      ["input", `ratio at -${pct}`, `ratio at +${pct}`, "width"],
      ...rows.map((r) => [r.input, r.low, r.high, r.width]),
    ];
  });
}

/**
 * The switching value: the uniform deadweight, displacement, attribution, drop-off or discount rate at which the ratio falls to 1.
 * @customfunction SROI_SWITCHING
 * @category Social value (SROI)
 * @helpurl https://localhost:3000/taskpane.html#SROI_SWITCHING
 * @param input_name "deadweight", "displacement", "attribution", "drop_off" or "discount".
 * @param inputs The value of inputs: one value, or a row of yearly inputs from year 0.
 * @param quantity The quantity of each outcome, one per outcome.
 * @param proxy The financial proxy for one unit of each outcome.
 * @param duration Years each outcome lasts.
 * @param [deadweight] Share that would have happened anyway (0 to 1; blank = 0).
 * @param [displacement] Share that displaced other outcomes (0 to 1; blank = 0).
 * @param [attribution] Share due to others (0 to 1; blank = 0).
 * @param [drop_off] Share lost each later year (0 to 1; blank = 0).
 * @param [discount] A flat annual rate (default 0.035), or "STPR" or "HEALTH".
 * @param [start] Year of each outcome's first year of impact (default 1).
 * @returns The value applied to every outcome at which the ratio equals 1; #N/A if none in its valid range.
 * @example =PCBA.SROI_SWITCHING("deadweight", 10000, 10, 1000, 2, 0, 0, 0, 0.1) → 0.4464
 */
export function sroiSwitchingFn(
  input_name: string,
  inputs: any[][],
  quantity: any[][],
  proxy: any[][],
  duration: any[][],
  deadweight?: any[][],
  displacement?: any[][],
  attribution?: any[][],
  drop_off?: any[][],
  discount?: any,
  start?: any[][]
): number {
  return excel("SROI_SWITCHING", () => {
    const which = switchingInput(text(input_name, "input_name"));
    const a = analysisArg(
      inputs,
      quantity,
      proxy,
      duration,
      deadweight,
      displacement,
      attribution,
      drop_off,
      discount,
      start
    );
    return sroiSwitching(a, which);
  });
}

/**
 * Monte Carlo: percentiles of the ratio, and the chance it exceeds 1, with every input uncertain.
 * @customfunction SROI_SIMULATE
 * @category Social value (SROI)
 * @helpurl https://localhost:3000/taskpane.html#SROI_SIMULATE
 * @param inputs The value of inputs: one value, or a row of yearly inputs from year 0 (not varied).
 * @param quantity The quantity of each outcome, one per outcome.
 * @param proxy The financial proxy for one unit of each outcome.
 * @param duration Years each outcome lasts.
 * @param [deadweight] Share that would have happened anyway (0 to 1; blank = 0).
 * @param [displacement] Share that displaced other outcomes (0 to 1; blank = 0).
 * @param [attribution] Share due to others (0 to 1; blank = 0).
 * @param [drop_off] Share lost each later year (0 to 1; blank = 0).
 * @param [discount] A flat annual rate (default 0.035), or "STPR" or "HEALTH".
 * @param [start] Year of each outcome's first year of impact (default 1).
 * @param [uncertainty] Half-width of each input's triangular distribution, as a share of its value (default 0.2).
 * @param [iterations] Number of iterations, 1 to 1,000,000 (default 10,000).
 * @param [seed] Random seed, a whole number (default 1); the same seed gives the same answer.
 * @returns Spills a header row (P5, P50, P95, P(ratio>1)) and a row of values.
 * @example =PCBA.SROI_SIMULATE(10000, 10, 1000, 2, 0, 0, 0, 0.1)
 */
export function sroiSimulateFn(
  inputs: any[][],
  quantity: any[][],
  proxy: any[][],
  duration: any[][],
  deadweight?: any[][],
  displacement?: any[][],
  attribution?: any[][],
  drop_off?: any[][],
  discount?: any,
  start?: any[][],
  uncertainty?: number,
  iterations?: number,
  seed?: number
): any[][] {
  return excel("SROI_SIMULATE", () => {
    const a = analysisArg(
      inputs,
      quantity,
      proxy,
      duration,
      deadweight,
      displacement,
      attribution,
      drop_off,
      discount,
      start
    );
    const s = sroiSimulate(a, {
      uncertainty: optNum(uncertainty, "uncertainty", 0.2),
      iterations: optNum(iterations, "iterations", 10000),
      seed: optNum(seed, "seed", 1),
    });
    return [
      ["P5", "P50", "P95", "P(ratio>1)"],
      [s.p5, s.p50, s.p95, s.probabilityAboveOne],
    ];
  });
}

/** The flows table of the perspective functions: rows of amounts with kind, party and sector. */
function flowsArg(amounts: Arg, kinds: Arg, parties: Arg, sectors: Arg): Flow[] {
  const grid: Cell[][] = Array.isArray(amounts) ? amounts : [[amounts]];
  const rows = grid.length;
  const column = (value: Arg, name: string): ((i: number) => string) => {
    const raw = rawVector(value, name);
    if (!raw.scalar && raw.cells.length !== rows) {
      throw invalidArgument(`amounts has ${rows} rows but ${name} has ${raw.cells.length}.`);
    }
    return (i) => {
      const cell = raw.scalar ? raw.cells[0] : raw.cells[i];
      if (isBlank(cell)) return "";
      if (typeof cell !== "string")
        throw invalidArgument(`${name} (row ${i + 1}) must be text; got ${String(cell)}.`);
      return cell.trim();
    };
  };
  const kindAt = column(kinds, "kinds");
  const partyAt = column(parties, "parties");
  const sectorAt = column(sectors, "sectors");
  const flows: Flow[] = [];
  for (let i = 0; i < rows; i++) {
    const cells = grid[i];
    const kind = kindAt(i);
    const party = partyAt(i);
    const sector = sectorAt(i);
    if (cells.every(isBlank) && !kind && !party && !sector) continue; // a spare table row
    const where = rows > 1 ? ` (row ${i + 1})` : "";
    const k = kind.toLowerCase();
    if (!(FLOW_KINDS as readonly string[]).includes(k)) {
      throw invalidArgument(
        `kinds${where} must be "cost", "benefit", "transfer" or "qol"; got "${kind}".`
      );
    }
    const s = sector.toLowerCase();
    if (!(SECTORS as readonly string[]).includes(s)) {
      throw invalidArgument(`sectors${where} must be "public" or "private"; got "${sector}".`);
    }
    if (!party)
      throw invalidArgument(
        `parties${where} is blank; name who bears the cost or gets the benefit.`
      );
    flows.push({
      amounts: series([cells], `amounts${where}`).values,
      kind: k as FlowKind,
      party,
      sector: s as Sector,
    });
  }
  if (flows.length === 0) throw invalidArgument("amounts has no flows: fill in at least one row.");
  return flows;
}

/**
 * Return on investment from one perspective: government, societal, or a named party.
 * @customfunction PERSPECTIVE_ROI
 * @category Return by perspective
 * @helpurl https://localhost:3000/taskpane.html#PERSPECTIVE_ROI
 * @param amounts One row per flow: one column of annual values, or several columns for years start, start+1, ….
 * @param kinds Each flow's kind: "cost", "benefit", "transfer" or "qol".
 * @param parties Who bears the cost or gets the benefit, e.g. "NHS", "Council", "Volunteers".
 * @param sectors Each flow's sector: "public" or "private".
 * @param perspective "government", "societal", or a party's name for that party's own fiscal return.
 * @param [discount] A flat annual rate (default 0.035), or "STPR" or "HEALTH".
 * @param [start] The year of the first column of amounts (default 1).
 * @param [include_qol] TRUE to count quality-of-life flows in the societal perspective (default FALSE).
 * @returns PV(benefits) / PV(costs) for the perspective; #DIV/0! if it bears no costs.
 * @example =PCBA.PERSPECTIVE_ROI({100;30;250;150;44}, {"cost";"cost";"benefit";"benefit";"transfer"}, {"Council";"Volunteers";"NHS";"Council";"DWP"}, {"public";"private";"public";"public";"public"}, "government") → 4.44
 * @example =PCBA.PERSPECTIVE_ROI(B2:B6, C2:C6, D2:D6, E2:E6, "societal") (a table on the sheet)
 */
export function perspectiveRoiFn(
  amounts: any[][],
  kinds: any[][],
  parties: any[][],
  sectors: any[][],
  perspective: string,
  discount?: any,
  start?: number,
  include_qol?: boolean
): number {
  return excel("PERSPECTIVE_ROI", () =>
    perspectiveRoi(
      flowsArg(amounts, kinds, parties, sectors),
      text(perspective, "perspective"),
      scheduleArg(discount, 0.035),
      startArg(start),
      bool(include_qol, "include_qol", false)
    )
  );
}

function startArg(start: Arg): number {
  return requireWhole(optNum(start, "start", 1), "start", 0, 200);
}

/**
 * Who pays and who benefits: PV costs, PV benefits, net and return for each party, government and society.
 * @customfunction PERSPECTIVE_TABLE
 * @category Return by perspective
 * @helpurl https://localhost:3000/taskpane.html#PERSPECTIVE_TABLE
 * @param amounts One row per flow: one column of annual values, or several columns for years start, start+1, ….
 * @param kinds Each flow's kind: "cost", "benefit", "transfer" or "qol".
 * @param parties Who bears the cost or gets the benefit.
 * @param sectors Each flow's sector: "public" or "private".
 * @param [discount] A flat annual rate (default 0.035), or "STPR" or "HEALTH".
 * @param [start] The year of the first column of amounts (default 1).
 * @param [include_qol] TRUE to count quality-of-life flows in the societal perspective (default FALSE).
 * @returns Spills a header row and one row per party, then government and societal; a perspective with no costs shows #DIV/0! as its return.
 * @example =PCBA.PERSPECTIVE_TABLE(B2:B6, C2:C6, D2:D6, E2:E6)
 */
export function perspectiveTableFn(
  amounts: any[][],
  kinds: any[][],
  parties: any[][],
  sectors: any[][],
  discount?: any,
  start?: number,
  include_qol?: boolean
): any[][] {
  return excel("PERSPECTIVE_TABLE", () => {
    const rows = perspectiveTable(
      flowsArg(amounts, kinds, parties, sectors),
      scheduleArg(discount, 0.035),
      startArg(start),
      bool(include_qol, "include_qol", false)
    );
    return [
      ["perspective", "PV costs", "PV benefits", "net", "return"],
      ...rows.map((r) => [
        r.perspective,
        r.pvCosts,
        r.pvBenefits,
        r.net,
        r.ratio === null ? cellError("#DIV/0!") : r.ratio,
      ]),
    ];
  });
}
