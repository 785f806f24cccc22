/**
 * Green Book appraisal: present values, net present social value, benefit–cost ratio,
 * payback, optimism bias, distributional weights and real terms.
 *
 * Source: HM Treasury, The Green Book (2022): NPSV = PVB − PVC and BCR = PVB / PVC
 * (section 5 and Annex A6); optimism bias applied up front and reduced as risks are
 * mitigated (Annex A5 and the supplementary guidance); distributional weights with the
 * marginal utility of income elasticity 1.3 (Annex A3); real terms with the GDP deflator.
 */
import { discountFactors, type DiscountSchedule } from "./discounting";
import { divisionByZero, finiteResult, invalidArgument, notAvailable } from "./errors";
import {
  requireFinite,
  requireNonNegative,
  requirePositive,
  requireShare,
  shown,
} from "./validate";

/** Longest row of annual values accepted (years). */
export const MAX_VALUES = 1000;

function checkTimeline(length: number, firstYear: number, what: string): void {
  requireNonNegative(firstYear, "first_year");
  if (!Number.isInteger(firstYear))
    throw invalidArgument(`first_year must be a whole number; got ${shown(firstYear)}.`);
  if (firstYear + length - 1 > MAX_VALUES) {
    throw invalidArgument(
      `${what} reaches year ${firstYear + length - 1}; the last year allowed is ${MAX_VALUES}.`
    );
  }
}

/**
 * Each value's present value: value_k · DF(first_year + k).
 *
 * @example discountedValues([100, 100], STPR, 0) → [100, 96.618…]
 */
export function discountedValues(
  values: readonly number[],
  schedule: DiscountSchedule,
  firstYear = 0
): number[] {
  checkTimeline(values.length, firstYear, "values");
  const df = discountFactors(firstYear + values.length, schedule);
  return values.map((v, k) => requireFinite(v, "values") * df[firstYear + k]);
}

/**
 * Present value of a row of annual values: PV = Σ_k value_k · DF(first_year + k).
 * Value k falls in year first_year + k (`docs/functions.md`, "Conventions").
 *
 * @example pv([100, 100, 100], flatSchedule(0.1)) = 100 + 90.909 + 82.645 = 273.554
 * @see Green Book (2022) Annex A6.
 */
export function pv(values: readonly number[], schedule: DiscountSchedule, firstYear = 0): number {
  const parts = discountedValues(values, schedule, firstYear);
  let sum = 0;
  for (const p of parts) sum += p;
  return finiteResult(sum, "The present value");
}

/**
 * Net present social value: NPSV = PV(benefits) − PV(costs); the rows may differ in length.
 *
 * @example npsv([0, 60, 60], [100], flatSchedule(0.035)) = 113.982 − 100 = 13.982
 */
export function npsv(
  benefits: readonly number[],
  costs: readonly number[],
  schedule: DiscountSchedule,
  firstYear = 0
): number {
  return finiteResult(pv(benefits, schedule, firstYear) - pv(costs, schedule, firstYear), "NPSV");
}

/**
 * Benefit–cost ratio: BCR = PV(benefits) / PV(costs); `#DIV/0!` when PV(costs) is 0.
 *
 * @example bcr([0, 60, 60], [100], flatSchedule(0.035)) = 1.13982
 */
export function bcr(
  benefits: readonly number[],
  costs: readonly number[],
  schedule: DiscountSchedule,
  firstYear = 0
): number {
  const pvc = pv(costs, schedule, firstYear);
  if (pvc === 0)
    throw divisionByZero("The present value of costs is 0, so the ratio is undefined.");
  return finiteResult(pv(benefits, schedule, firstYear) / pvc, "BCR");
}

/**
 * Payback on a timeline: the first time t at which the cumulative net value, having been
 * negative, reaches 0, interpolating linearly inside the year it turns. Value k lands at
 * time `years[k]`. Returns 0 if the cumulative value never goes negative; throws `#N/A`
 * if it never recovers.
 */
export function paybackOnTimeline(net: readonly number[], years: readonly number[]): number {
  let cumulative = 0;
  let wasNegative = false;
  for (let k = 0; k < net.length; k++) {
    const before = cumulative;
    cumulative += net[k];
    if (cumulative < 0) {
      wasNegative = true;
      continue;
    }
    if (before < 0) {
      // before < 0 needs an earlier value, so k ≥ 1.
      const start = years[k - 1];
      return start + (years[k] - start) * (-before / net[k]);
    }
  }
  if (!wasNegative) return 0;
  throw notAvailable(
    "Never pays back: the cumulative net value is still negative in the last year given."
  );
}

/**
 * Years until cumulative (discounted) net value first reaches 0, interpolated linearly
 * within the year it turns; 0 if it never goes negative; `#N/A` if never reached.
 *
 * @example payback([0, 40, 40, 40, 40, 40], [100], flat 0, 0, false) = 2.5 (the catalogue's example, `docs/functions.md`)
 */
export function payback(
  benefits: readonly number[],
  costs: readonly number[],
  schedule: DiscountSchedule,
  firstYear = 0,
  discounted = true
): number {
  const n = Math.max(benefits.length, costs.length);
  checkTimeline(n, firstYear, "benefits and costs");
  const df = discountFactors(firstYear + n, schedule);
  const net: number[] = [];
  const years: number[] = [];
  for (let k = 0; k < n; k++) {
    const value =
      requireFinite(benefits[k] ?? 0, "benefits") - requireFinite(costs[k] ?? 0, "costs");
    net.push(discounted ? value * df[firstYear + k] : value);
    years.push(firstYear + k);
  }
  return paybackOnTimeline(net, years);
}

/**
 * Optimism bias: amount · (1 + uplift · (1 − mitigation)), summed over components so that
 * a cost split by type can be adjusted in one call.
 *
 * @example optimismBias([0.3, 0.7], [0.51, 0.24], [0, 0]) = 1.321: the Green Book's
 * 30% × 51% + 70% × 24% = 32.1% combined uplift.
 */
export function optimismBias(
  amounts: readonly number[],
  uplifts: readonly number[],
  mitigations: readonly number[]
): number {
  let total = 0;
  for (let i = 0; i < amounts.length; i++) {
    const amount = requireFinite(amounts[i], "amount");
    const uplift = requireNonNegative(uplifts[i], "uplift");
    const mitigation = requireShare(mitigations[i], "mitigation");
    total += amount * (1 + uplift * (1 - mitigation));
  }
  return finiteResult(total, "The adjusted amount");
}

/**
 * Distributional weight: (reference_income / income)^elasticity, the Green Book's
 * marginal-utility-of-income weight (elasticity 1.3 by default).
 *
 * @example distributionalWeight(15000, 30000, 1.3) = 2^1.3 = 2.4623
 */
export function distributionalWeight(
  income: number,
  referenceIncome: number,
  elasticity = 1.3
): number {
  requirePositive(income, "income");
  requirePositive(referenceIncome, "reference_income");
  requireNonNegative(elasticity, "elasticity");
  return finiteResult(Math.pow(referenceIncome / income, elasticity), "The weight");
}

/**
 * Real terms: amount / (1 + deflator)^(year − base_year).
 *
 * @example realTerms(1000, 1..5, 0.02) → 980.39, 961.17, 942.32, 923.85, 905.73 (Green Book
 * example: £1,000 a year at 2% → 980, 961, 942, 924, 906)
 */
export function realTerms(amount: number, year: number, deflator = 0.02, baseYear = 0): number {
  requireFinite(amount, "amount");
  requireFinite(year, "year");
  requireFinite(baseYear, "base_year");
  requireFinite(deflator, "deflator");
  if (deflator <= -1 || deflator > 1) {
    throw invalidArgument(
      `deflator must be a decimal rate above -1 and at most 1, such as 0.02; got ${shown(deflator)}.`
    );
  }
  return finiteResult(amount / Math.pow(1 + deflator, year - baseYear), "The real-terms amount");
}
