/**
 * Discounting: HM Treasury Green Book schedules and flat rates.
 *
 * Source: HM Treasury, The Green Book (2022), section 6 and Annex A6: the social time
 * preference rate (STPR) is 3.5% real for years 1–30 and declines thereafter; the health
 * schedule starts at 1.5%. The catalogue (`docs/functions.md`, "Discounting") fixes the bands
 * and the recurrence DF(0) = 1, DF(t) = DF(t − 1) / (1 + r_t).
 */
import { invalidArgument } from "./errors";
import { requireFinite, requireNonNegative, shown } from "./validate";

/** A band of years sharing one annual rate: years `from` … (next band's from − 1). */
export interface DiscountBand {
  readonly from: number;
  readonly rate: number;
}

/** An annual discount schedule; the first band starts at year 1. */
export interface DiscountSchedule {
  readonly label: string;
  readonly bands: readonly DiscountBand[];
}

/** What a `discount` argument may be: a flat annual rate, or the name of a Green Book schedule. */
export type DiscountInput = number | string;

/** First years of the Green Book bands: 1–30, 31–75, 76–125, 126–200, 201–300, 301+. */
const GREEN_BOOK_BAND_STARTS = [1, 31, 76, 126, 201, 301] as const;

function greenBook(label: string, rates: readonly number[]): DiscountSchedule {
  return { label, bands: GREEN_BOOK_BAND_STARTS.map((from, i) => ({ from, rate: rates[i] })) };
}

/** Green Book STPR: 3.5%, 3.0%, 2.5%, 2.0%, 1.5%, 1.0% over the bands. */
export const STPR: DiscountSchedule = greenBook("STPR", [0.035, 0.03, 0.025, 0.02, 0.015, 0.01]);

/** Green Book health schedule: 1.5%, 1.29%, 1.07%, 0.86%, 0.64%, 0.43% over the same bands. */
export const HEALTH: DiscountSchedule = greenBook(
  "HEALTH",
  [0.015, 0.0129, 0.0107, 0.0086, 0.0064, 0.0043]
);

/** Largest flat rate accepted: 100% a year. A rate of 3.5 almost always means 3.5%. */
export const MAX_DISCOUNT_RATE = 1;

/** A flat annual rate r for every year. Rates must lie in (−100%, 100%]. */
export function flatSchedule(rate: number, name = "discount"): DiscountSchedule {
  requireFinite(rate, name);
  if (rate <= -1 || rate > MAX_DISCOUNT_RATE) {
    const hint =
      rate > 1 && rate <= 100 ? ` (for ${shown(rate)}%, enter ${shown(rate / 100)})` : "";
    throw invalidArgument(
      `${name} must be a decimal rate above -1 and at most 1, such as 0.035 for 3.5%, or "STPR" or "HEALTH"${hint}; got ${shown(rate)}.`
    );
  }
  return { label: String(rate), bands: [{ from: 1, rate }] };
}

/**
 * Resolves a `discount` argument: a number is a flat rate; "STPR" or "HEALTH" (any case)
 * names a Green Book schedule.
 *
 * @example discountSchedule("stpr") === STPR; discountSchedule(0.05) → 5% flat
 */
export function discountSchedule(discount: DiscountInput, name = "discount"): DiscountSchedule {
  if (typeof discount === "number") return flatSchedule(discount, name);
  const key = String(discount).trim().toUpperCase();
  if (key === "STPR") return STPR;
  if (key === "HEALTH") return HEALTH;
  throw invalidArgument(
    `${name} must be a rate such as 0.035, or "STPR" or "HEALTH"; got "${discount}".`
  );
}

/** The rate that applies in year t (t ≥ 1): the rate of t's band. */
export function rateForYear(schedule: DiscountSchedule, year: number): number {
  const { bands } = schedule;
  let rate = bands[0].rate;
  for (let i = 1; i < bands.length && bands[i].from <= year; i++) rate = bands[i].rate;
  return rate;
}

/** Largest year accepted by discounting functions; beyond it factors underflow to noise. */
export const MAX_YEAR = 1000;

/**
 * Discount factor for year t: DF(0) = 1, DF(t) = DF(t − 1) / (1 + r_t); a fractional t
 * takes DF(⌊t⌋) / (1 + r)^(t − ⌊t⌋) with r the rate of year ⌊t⌋ + 1.
 *
 * Computed band by band with powers, so DF(300) carries no accumulated rounding.
 *
 * @example discountFactor(30, STPR) = 1.035^−30 ≈ 0.356278; discountFactor(31, STPR) ≈ 0.345901
 */
export function discountFactor(year: number, schedule: DiscountSchedule): number {
  requireNonNegative(year, "year");
  if (year > MAX_YEAR)
    throw invalidArgument(`year must be at most ${MAX_YEAR}; got ${shown(year)}.`);
  const whole = Math.floor(year);
  const { bands } = schedule;
  let df = 1;
  for (let i = 0; i < bands.length; i++) {
    const first = bands[i].from;
    const last = i + 1 < bands.length ? bands[i + 1].from - 1 : Infinity;
    const years = Math.min(whole, last) - first + 1;
    if (years <= 0) break;
    df /= Math.pow(1 + bands[i].rate, years);
  }
  const fraction = year - whole;
  return fraction > 0 ? df / Math.pow(1 + rateForYear(schedule, whole + 1), fraction) : df;
}

/**
 * DF(0) … DF(lastYear) for whole years, by the catalogue's recurrence: the hot path for
 * present values, SROI and simulation (one division per year).
 */
export function discountFactors(lastYear: number, schedule: DiscountSchedule): Float64Array {
  const n = Math.max(0, Math.floor(lastYear));
  const factors = new Float64Array(n + 1);
  factors[0] = 1;
  const { bands } = schedule;
  let band = 0;
  let growth = 1 + bands[0].rate;
  for (let t = 1; t <= n; t++) {
    while (band + 1 < bands.length && bands[band + 1].from <= t) {
      band++;
      growth = 1 + bands[band].rate;
    }
    factors[t] = factors[t - 1] / growth;
  }
  return factors;
}

/** The schedule with every rate multiplied by `factor` (for sensitivity and simulation). */
export function scaleSchedule(schedule: DiscountSchedule, factor: number): DiscountSchedule {
  return {
    label: `${schedule.label}×${shown(factor)}`,
    bands: schedule.bands.map((b) => ({ from: b.from, rate: Math.max(-0.99, b.rate * factor) })),
  };
}
