/**
 * Merger and partnership savings: how savings ramp up to their full value, and the NPV and
 * discounted payback of a merger's savings against its one-off and recurring costs.
 *
 * Sources: the catalogue (`docs/functions.md`, "Partnership finance"); `docs/domain.md`,
 * "The partnership continuum" (savings are promised in merger business cases and reached over years: two
 * associations each aimed to take £5m a year out of costs by year five). Discounting and
 * payback are part I's (`appraisal.ts`), so the merger figures agree with PV and PAYBACK.
 */
import { npsv, payback, MAX_VALUES } from "./appraisal";
import type { DiscountSchedule } from "./discounting";
import { invalidArgument } from "./errors";
import { requireChoice, requireFinite, requireNonNegative, requireWhole } from "./validate";

/** How a saving grows to its full value. */
export type RampShape = "linear" | "immediate" | "s_curve";
export const RAMP_SHAPES: readonly RampShape[] = ["linear", "immediate", "s_curve"];

/** Steepness of the S-curve: the logistic runs from σ(−5) to σ(5) across the ramp. */
const S_CURVE_SPAN = 10;

const logistic = (x: number) => 1 / (1 + Math.exp(-x));

/**
 * Share of the full saving reached in year k of a ramp lasting `yearsToFull` years:
 * - `linear`: min(1, k / Y);
 * - `immediate`: 1;
 * - `s_curve`: a logistic half-way at Y/2, rescaled to run from 0 at year 0 to 1 at Y:
 *   (σ(10(k/Y − ½)) − σ(−5)) / (σ(5) − σ(−5)), and 1 from year Y.
 * Y = 0 means full from year 1.
 *
 * @example rampShare(1, 5, "linear") = 0.2; rampShare(2.5, 5, "s_curve") = 0.5
 */
export function rampShare(k: number, yearsToFull: number, shape: RampShape): number {
  if (shape === "immediate" || k >= yearsToFull) return 1;
  if (k <= 0) return 0;
  if (shape === "linear") return k / yearsToFull;
  const low = logistic(-S_CURVE_SPAN / 2);
  const high = logistic(S_CURVE_SPAN / 2);
  return (logistic(S_CURVE_SPAN * (k / yearsToFull - 0.5)) - low) / (high - low);
}

/**
 * Savings for years 1 … horizon: full_saving · share(k) ({@link rampShare}).
 *
 * @example savingsRamp(100, 4, 6) → [25, 50, 75, 100, 100, 100]
 */
export function savingsRamp(
  fullSaving: number,
  yearsToFull: number,
  horizon: number,
  shape: RampShape | string = "linear"
): number[] {
  requireFinite(fullSaving, "full_saving");
  requireNonNegative(yearsToFull, "years_to_full");
  requireWhole(horizon, "horizon", 1, MAX_VALUES);
  const s = requireChoice(shape, "shape", RAMP_SHAPES);
  const out = new Array<number>(horizon);
  for (let k = 1; k <= horizon; k++) out[k - 1] = fullSaving * rampShare(k, yearsToFull, s);
  return out;
}

/** A merger (or other partnership) case as MERGER_NPV takes it. */
export interface MergerCase {
  readonly fullSaving: number;
  readonly yearsToFull: number;
  readonly horizon: number;
  /** One-off costs by year from year 0. */
  readonly oneOffCosts: readonly number[];
  /** Recurring costs: one value for every year 1 … horizon, or a row for years 1, 2, …. */
  readonly annualCosts?: number | readonly number[];
  readonly shape?: RampShape | string;
}

/**
 * The case's benefits and costs by year 0 … horizon, as PV, NPSV and PAYBACK take them:
 * benefits[0] = 0 and benefits[k] = the ramped saving; costs[k] = one-off[k] + annual[k].
 * Costs past the horizon are an error rather than silently dropped.
 */
export function mergerFlows(c: MergerCase): { benefits: number[]; costs: number[] } {
  const savings = savingsRamp(c.fullSaving, c.yearsToFull, c.horizon, c.shape);
  const h = c.horizon;
  if (c.oneOffCosts.length > h + 1) {
    throw invalidArgument(
      `one_off_costs runs from year 0 to year ${c.oneOffCosts.length - 1}, past the horizon of ${h} years.`
    );
  }
  const annual = c.annualCosts ?? 0;
  if (typeof annual !== "number" && annual.length > h) {
    throw invalidArgument(
      `annual_costs runs from year 1 to year ${annual.length}, past the horizon of ${h} years.`
    );
  }
  const benefits = [0, ...savings];
  const costs = new Array<number>(h + 1).fill(0);
  c.oneOffCosts.forEach((x, k) => (costs[k] += requireFinite(x, "one_off_costs")));
  for (let k = 1; k <= h; k++) {
    costs[k] += requireFinite(
      typeof annual === "number" ? annual : (annual[k - 1] ?? 0),
      "annual_costs"
    );
  }
  return { benefits, costs };
}

/**
 * NPV of a merger: Σ_{k=1}^{H} saving_k · DF(k) − Σ_k one_off_k · DF(k) − Σ_{k=1}^{H} annual_k · DF(k).
 *
 * @example mergerNpv({ fullSaving: 2e6, yearsToFull: 5, horizon: 10, oneOffCosts: [2e6, 1e6],
 *   annualCosts: 0.3e6 }, flatSchedule(0.035)) = 7,435,807.86 (the catalogue's example, `docs/functions.md`)
 */
export function mergerNpv(c: MergerCase, schedule: DiscountSchedule): number {
  const { benefits, costs } = mergerFlows(c);
  return npsv(benefits, costs, schedule, 0);
}

/**
 * Discounted payback of a merger in years, as PAYBACK: the time the cumulative discounted
 * net value first returns to 0, interpolated within the year; `#N/A` if it never does.
 *
 * @example the catalogue's merger example pays back in 4.32 years at 3.5%
 */
export function mergerPayback(c: MergerCase, schedule: DiscountSchedule): number {
  const { benefits, costs } = mergerFlows(c);
  return payback(benefits, costs, schedule, 0, true);
}
